// The embedded store: SQLite in WAL mode, documents, events, actors and mentions.
// A document and its events are written in one transaction with others of its batch, so a
// killed run leaves whole documents only, and a rerun adds exactly the missing ones.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "sitrep/document.h"
#include "sitrep/event.h"
#include "sitrep/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace sitrep {

// A stable 64-bit content hash of a document (FNV-1a over id, date, title and text), in hex.
std::string DocumentHash(const Document& doc);

struct EventFilter {
  std::string from, to;  // YYYY-MM-DD, inclusive
  std::string country;   // ISO3 of any actor
  std::string type;      // PLOVER type
  int limit = 200;
};

struct EventRow {
  std::string date, type, cameo, modality, source, target, doc_id, place;
  int killed = -1, injured = -1;
};

// A person the coder learned from a title in some document ("Foreign Minister Asaad al-Shaibani").
struct LearnedActor {
  std::string name, country, sector, group, code, first_doc, first_date, last_date, status;
  long docs = 0;
};

class Store {
 public:
  static Result<std::unique_ptr<Store>> Open(const std::string& path, int batch_size = 200);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  bool HasDocument(const std::string& hash);
  // Adds a document and its events; commits every batch_size documents.
  Status Add(const Document& doc, const std::string& hash, const std::vector<Event>& events,
             const std::vector<Actor>& learned = {});
  // Learned persons: all of them, and a user's verdict on one ("promoted", "rejected", or a
  // correction of country and sector, "corrected"); false when the name is unknown.
  Result<std::vector<LearnedActor>> Learned();
  Result<bool> SetLearned(const std::string& name, const std::string& status, const std::string& country,
                          const std::string& sector);
  // How often each actor name was coded, for the listing of dictionary actors.
  Result<std::vector<std::pair<std::string, long>>> ActorCounts();
  Status Commit();
  Result<std::vector<EventRow>> Query(const EventFilter& filter);
  long CountEvents();

 private:
  Store() = default;
  Status Exec(const char* sql);
  Status Prepare();
  Status Begin();
  Status InsertEvent(const std::string& hash, int n, const Event& e);

  sqlite3* db_ = nullptr;
  sqlite3_stmt* has_doc_ = nullptr;
  sqlite3_stmt* ins_doc_ = nullptr;
  sqlite3_stmt* ins_event_ = nullptr;
  sqlite3_stmt* ins_actor_ = nullptr;
  sqlite3_stmt* ins_mention_ = nullptr;
  sqlite3_stmt* learn_ = nullptr;
  int batch_size_ = 200;
  int pending_ = 0;
  bool in_txn_ = false;
};

}  // namespace sitrep
