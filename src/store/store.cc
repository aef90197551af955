#include "store/store.h"

#include "base/hash.h"

#include <sqlite3.h>

#include <cstdio>

namespace sitrep {
namespace {

const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS documents (
  hash TEXT PRIMARY KEY, doc_id TEXT NOT NULL, date TEXT NOT NULL, title TEXT, source TEXT,
  url TEXT, n_events INTEGER NOT NULL, coded_at TEXT NOT NULL DEFAULT (datetime('now')));
CREATE TABLE IF NOT EXISTS events (
  doc_hash TEXT NOT NULL REFERENCES documents(hash), n INTEGER NOT NULL, event_id TEXT NOT NULL,
  doc_id TEXT NOT NULL, type TEXT, mode TEXT, cameo TEXT, quad_class INTEGER, goldstein REAL,
  modality TEXT, date_start TEXT, date_end TEXT, precision TEXT, killed INTEGER, injured INTEGER,
  acled_type TEXT, acled_subtype TEXT, confidence REAL, json TEXT NOT NULL, PRIMARY KEY (doc_hash, n));
CREATE TABLE IF NOT EXISTS actors (
  doc_hash TEXT NOT NULL, n INTEGER NOT NULL, role TEXT NOT NULL, idx INTEGER NOT NULL, text TEXT,
  name TEXT, country TEXT, sector TEXT, grp TEXT, code TEXT, PRIMARY KEY (doc_hash, n, role, idx));
CREATE TABLE IF NOT EXISTS mentions (
  doc_hash TEXT NOT NULL, n INTEGER NOT NULL, idx INTEGER NOT NULL, sentence INTEGER, text TEXT,
  trigger_begin INTEGER, trigger_end INTEGER, rule TEXT, PRIMARY KEY (doc_hash, n, idx));
CREATE TABLE IF NOT EXISTS learned_actors (
  name TEXT PRIMARY KEY, country TEXT, sector TEXT, grp TEXT, code TEXT, first_doc TEXT, first_date TEXT,
  last_date TEXT, docs INTEGER NOT NULL DEFAULT 1, status TEXT NOT NULL DEFAULT 'learned');
CREATE INDEX IF NOT EXISTS events_date ON events(date_start);
CREATE INDEX IF NOT EXISTS actors_country ON actors(country);
)sql";

void BindText(sqlite3_stmt* st, int i, const std::string& s) {
  if (s.empty()) sqlite3_bind_null(st, i);
  else sqlite3_bind_text(st, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
}

void BindOpt(sqlite3_stmt* st, int i, const std::optional<int>& v) {
  if (v) sqlite3_bind_int(st, i, *v);
  else sqlite3_bind_null(st, i);
}

std::string Column(sqlite3_stmt* st, int i) {
  const unsigned char* t = sqlite3_column_text(st, i);
  return t ? reinterpret_cast<const char*>(t) : "";
}

}  // namespace

std::string DocumentHash(const Document& doc) {
  uint64_t h = kFnvOffset;
  for (const std::string* part : {&doc.id, &doc.date, &doc.title, &doc.text}) h = Fnv1a("\xFF", Fnv1a(*part, h));
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, int batch_size) {
  std::unique_ptr<Store> s(new Store());
  s->batch_size_ = batch_size;
  if (sqlite3_open(path.c_str(), &s->db_) != SQLITE_OK)
    return Status::Error(path + ": cannot open database: " + sqlite3_errmsg(s->db_));
  sqlite3_busy_timeout(s->db_, 5000);
  SITREP_RETURN_IF_ERROR(s->Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"));
  SITREP_RETURN_IF_ERROR(s->Exec(kSchema));
  SITREP_RETURN_IF_ERROR(s->Prepare());
  return s;
}

Store::~Store() {
  if (in_txn_) Commit();
  for (sqlite3_stmt* st : {has_doc_, ins_doc_, ins_event_, ins_actor_, ins_mention_, learn_}) sqlite3_finalize(st);
  sqlite3_close(db_);
}

Status Store::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    return Status::Error("sqlite: " + msg);
  }
  return Status::Ok();
}

Status Store::Prepare() {
  struct { sqlite3_stmt** st; const char* sql; } stmts[] = {
      {&has_doc_, "SELECT 1 FROM documents WHERE hash = ?"},
      {&ins_doc_, "INSERT INTO documents(hash, doc_id, date, title, source, url, n_events) VALUES (?,?,?,?,?,?,?)"},
      {&ins_event_, "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
      {&ins_actor_, "INSERT INTO actors VALUES (?,?,?,?,?,?,?,?,?,?)"},
      {&ins_mention_, "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?)"},
      {&learn_, "INSERT INTO learned_actors(name, country, sector, grp, code, first_doc, first_date, last_date) "
                "VALUES (?1,?2,?3,?4,?5,?6,?7,?7) ON CONFLICT(name) DO UPDATE SET docs = docs + 1, "
                "last_date = max(last_date, excluded.last_date)"}};
  for (auto& s : stmts)
    if (sqlite3_prepare_v2(db_, s.sql, -1, s.st, nullptr) != SQLITE_OK)
      return Status::Error(std::string("sqlite: ") + sqlite3_errmsg(db_));
  return Status::Ok();
}

bool Store::HasDocument(const std::string& hash) {
  sqlite3_reset(has_doc_);
  BindText(has_doc_, 1, hash);
  return sqlite3_step(has_doc_) == SQLITE_ROW;
}

Status Store::Begin() {
  if (in_txn_) return Status::Ok();
  SITREP_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  in_txn_ = true;
  return Status::Ok();
}

Status Store::Commit() {
  if (!in_txn_) return Status::Ok();
  in_txn_ = false;
  pending_ = 0;
  return Exec("COMMIT");
}

Status Store::InsertEvent(const std::string& hash, int n, const Event& e) {
  sqlite3_stmt* st = ins_event_;
  sqlite3_reset(st);
  BindText(st, 1, hash);
  sqlite3_bind_int(st, 2, n);
  BindText(st, 3, e.event_id);
  BindText(st, 4, e.doc_id);
  BindText(st, 5, e.type);
  BindText(st, 6, e.mode);
  BindText(st, 7, e.cameo);
  sqlite3_bind_int(st, 8, e.quad_class);
  sqlite3_bind_double(st, 9, e.goldstein);
  BindText(st, 10, e.modality);
  BindText(st, 11, e.date.start);
  BindText(st, 12, e.date.end);
  BindText(st, 13, e.date.precision);
  BindOpt(st, 14, e.killed);
  BindOpt(st, 15, e.injured);
  BindText(st, 16, e.acled_type);
  BindText(st, 17, e.acled_subtype);
  sqlite3_bind_double(st, 18, e.confidence);
  BindText(st, 19, EventToJson(e));
  if (sqlite3_step(st) != SQLITE_DONE) return Status::Error(std::string("sqlite: ") + sqlite3_errmsg(db_));
  for (const char* role : {"source", "target"}) {
    const auto& list = std::string(role) == "source" ? e.source : e.target;
    for (size_t i = 0; i < list.size(); ++i) {
      const Actor& a = list[i];
      sqlite3_reset(ins_actor_);
      BindText(ins_actor_, 1, hash);
      sqlite3_bind_int(ins_actor_, 2, n);
      BindText(ins_actor_, 3, role);
      sqlite3_bind_int(ins_actor_, 4, static_cast<int>(i));
      BindText(ins_actor_, 5, a.text);
      BindText(ins_actor_, 6, a.name);
      BindText(ins_actor_, 7, a.country);
      BindText(ins_actor_, 8, a.sector);
      BindText(ins_actor_, 9, a.group);
      BindText(ins_actor_, 10, a.code);
      if (sqlite3_step(ins_actor_) != SQLITE_DONE) return Status::Error(std::string("sqlite: ") + sqlite3_errmsg(db_));
    }
  }
  for (size_t i = 0; i < e.mentions.size(); ++i) {
    const Mention& m = e.mentions[i];
    sqlite3_reset(ins_mention_);
    BindText(ins_mention_, 1, hash);
    sqlite3_bind_int(ins_mention_, 2, n);
    sqlite3_bind_int(ins_mention_, 3, static_cast<int>(i));
    sqlite3_bind_int(ins_mention_, 4, m.sentence);
    BindText(ins_mention_, 5, m.text);
    sqlite3_bind_int(ins_mention_, 6, m.trigger.first);
    sqlite3_bind_int(ins_mention_, 7, m.trigger.second);
    BindText(ins_mention_, 8, m.rule);
    if (sqlite3_step(ins_mention_) != SQLITE_DONE) return Status::Error(std::string("sqlite: ") + sqlite3_errmsg(db_));
  }
  return Status::Ok();
}

Status Store::Add(const Document& doc, const std::string& hash, const std::vector<Event>& events,
                  const std::vector<Actor>& learned) {
  SITREP_RETURN_IF_ERROR(Begin());
  if (HasDocument(hash)) return Status::Ok();
  sqlite3_reset(ins_doc_);
  BindText(ins_doc_, 1, hash);
  BindText(ins_doc_, 2, doc.id);
  BindText(ins_doc_, 3, doc.date);
  BindText(ins_doc_, 4, doc.title);
  BindText(ins_doc_, 5, doc.source);
  BindText(ins_doc_, 6, doc.url);
  sqlite3_bind_int(ins_doc_, 7, static_cast<int>(events.size()));
  if (sqlite3_step(ins_doc_) != SQLITE_DONE) return Status::Error(std::string("sqlite: ") + sqlite3_errmsg(db_));
  for (size_t i = 0; i < events.size(); ++i) SITREP_RETURN_IF_ERROR(InsertEvent(hash, static_cast<int>(i + 1), events[i]));
  for (const Actor& a : learned) {
    sqlite3_reset(learn_);
    BindText(learn_, 1, a.name);
    BindText(learn_, 2, a.country);
    BindText(learn_, 3, a.sector);
    BindText(learn_, 4, a.group);
    BindText(learn_, 5, a.code);
    BindText(learn_, 6, doc.id);
    BindText(learn_, 7, doc.date);
    if (sqlite3_step(learn_) != SQLITE_DONE) return Status::Error(std::string("sqlite: ") + sqlite3_errmsg(db_));
  }
  if (++pending_ >= batch_size_) return Commit();
  return Status::Ok();
}

long Store::CountEvents() {
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db_, "SELECT count(*) FROM events", -1, &st, nullptr);
  long n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
  sqlite3_finalize(st);
  return n;
}

Result<std::vector<EventRow>> Store::Query(const EventFilter& f) {
  const char* sql = R"sql(
SELECT e.date_start, e.type, e.cameo, e.modality, e.doc_id, e.killed, e.injured,
  (SELECT group_concat(coalesce(a.grp, a.country, '?') || coalesce(' ' || a.sector, ''), ', ')
     FROM actors a WHERE a.doc_hash = e.doc_hash AND a.n = e.n AND a.role = 'source'),
  (SELECT group_concat(coalesce(a.grp, a.country, '?') || coalesce(' ' || a.sector, ''), ', ')
     FROM actors a WHERE a.doc_hash = e.doc_hash AND a.n = e.n AND a.role = 'target'),
  json_extract(e.json, '$.location.name')
FROM events e
WHERE (?1 IS NULL OR e.date_start >= ?1) AND (?2 IS NULL OR e.date_start <= ?2)
  AND (?3 IS NULL OR e.type = ?3)
  AND (?4 IS NULL OR EXISTS (SELECT 1 FROM actors a WHERE a.doc_hash = e.doc_hash AND a.n = e.n AND a.country = ?4))
ORDER BY e.date_start, e.doc_id, e.n LIMIT ?5)sql";
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db_, sql, -1, &st, nullptr) != SQLITE_OK)
    return Status::Error(std::string("sqlite: ") + sqlite3_errmsg(db_));
  BindText(st, 1, f.from);
  BindText(st, 2, f.to);
  BindText(st, 3, f.type);
  BindText(st, 4, f.country);
  sqlite3_bind_int(st, 5, f.limit);
  std::vector<EventRow> rows;
  while (sqlite3_step(st) == SQLITE_ROW) {
    EventRow r;
    r.date = Column(st, 0);
    r.type = Column(st, 1);
    r.cameo = Column(st, 2);
    r.modality = Column(st, 3);
    r.doc_id = Column(st, 4);
    r.killed = sqlite3_column_type(st, 5) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 5);
    r.injured = sqlite3_column_type(st, 6) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 6);
    r.source = Column(st, 7);
    r.target = Column(st, 8);
    r.place = Column(st, 9);
    rows.push_back(std::move(r));
  }
  sqlite3_finalize(st);
  return rows;
}

}  // namespace sitrep

namespace sitrep {

Result<std::vector<LearnedActor>> Store::Learned() {
  SITREP_RETURN_IF_ERROR(Commit());
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db_, "SELECT name, country, sector, grp, code, first_doc, first_date, last_date, docs, status "
                              "FROM learned_actors ORDER BY docs DESC, name", -1, &st, nullptr) != SQLITE_OK)
    return Status::Error(std::string("sqlite: ") + sqlite3_errmsg(db_));
  std::vector<LearnedActor> out;
  while (sqlite3_step(st) == SQLITE_ROW) {
    LearnedActor a;
    a.name = Column(st, 0);
    a.country = Column(st, 1);
    a.sector = Column(st, 2);
    a.group = Column(st, 3);
    a.code = Column(st, 4);
    a.first_doc = Column(st, 5);
    a.first_date = Column(st, 6);
    a.last_date = Column(st, 7);
    a.docs = sqlite3_column_int64(st, 8);
    a.status = Column(st, 9);
    out.push_back(std::move(a));
  }
  sqlite3_finalize(st);
  return out;
}

Result<bool> Store::SetLearned(const std::string& name, const std::string& status, const std::string& country,
                               const std::string& sector) {
  SITREP_RETURN_IF_ERROR(Commit());
  sqlite3_stmt* st = nullptr;
  const char* sql = "UPDATE learned_actors SET status = ?2, country = coalesce(?3, country), sector = coalesce(?4, sector), "
                    "code = CASE WHEN ?3 IS NULL AND ?4 IS NULL THEN code ELSE coalesce(?3, country) || coalesce(?4, sector, '') END "
                    "WHERE name = ?1";
  if (sqlite3_prepare_v2(db_, sql, -1, &st, nullptr) != SQLITE_OK)
    return Status::Error(std::string("sqlite: ") + sqlite3_errmsg(db_));
  BindText(st, 1, name);
  BindText(st, 2, status);
  BindText(st, 3, country);
  BindText(st, 4, sector);
  int rc = sqlite3_step(st);
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) return Status::Error(std::string("sqlite: ") + sqlite3_errmsg(db_));
  return sqlite3_changes(db_) > 0;
}

Result<std::vector<std::pair<std::string, long>>> Store::ActorCounts() {
  SITREP_RETURN_IF_ERROR(Commit());
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db_, "SELECT name, count(*) FROM actors WHERE name IS NOT NULL GROUP BY name", -1, &st,
                         nullptr) != SQLITE_OK)
    return Status::Error(std::string("sqlite: ") + sqlite3_errmsg(db_));
  std::vector<std::pair<std::string, long>> out;
  while (sqlite3_step(st) == SQLITE_ROW) out.push_back({Column(st, 0), sqlite3_column_int64(st, 1)});
  sqlite3_finalize(st);
  return out;
}

}  // namespace sitrep
