#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "code/coder.h"
#include "ingest/ingest.h"
#include "parse/model.h"
#include "store/store.h"

namespace sitrep {
namespace {

using Clock = std::chrono::steady_clock;

class CodingSink : public DocumentSink {
 public:
  CodingSink(const Coder& coder, std::ostream& out, Store* store, bool strict, bool quiet, bool explain)
      : coder_(coder), out_(out), store_(store), strict_(strict), quiet_(quiet), explain_(explain), start_(Clock::now()) {}

  void OnDocument(Document doc) override {
    ++documents_;
    std::string explanation;
    std::vector<Actor> learned;
    std::vector<Event> events = coder_.Code(doc, &stats_, explain_ ? &explanation : nullptr, &learned);
    if (explain_) std::cerr << "== " << doc.id << "\n" << explanation;
    std::string buf;
    for (const Event& e : events) {
      buf += EventToJson(e);
      buf.push_back('\n');
    }
    out_ << buf;
    if (store_) {
      Status st = store_->Add(doc, DocumentHash(doc), events, learned);
      if (!st.ok() && store_error_.empty()) store_error_ = st.message();
    }
    Progress();
  }

  bool OnError(const IngestError& e) override {
    ++skipped_;
    std::cerr << "sitrep: " << e.file << ":" << e.line << ": skipped: " << e.reason << "\n";
    return !strict_;
  }

  void Summary() {
    double secs = std::chrono::duration<double>(Clock::now() - start_).count();
    if (progress_shown_) std::cerr << "\n";
    if (!quiet_)
      std::fprintf(stderr, "sitrep: %ld documents, %ld sentences, %ld events, %ld skipped records, %.2f s\n",
                   documents_, stats_.sentences, stats_.events, skipped_, secs);
  }

  long skipped() const { return skipped_; }
  const std::string& store_error() const { return store_error_; }

 private:
  void Progress() {
    auto now = Clock::now();
    double secs = std::chrono::duration<double>(now - start_).count();
    if (quiet_ || secs < 2.0 || now - last_progress_ < std::chrono::seconds(1)) return;
    last_progress_ = now;
    progress_shown_ = true;
    std::fprintf(stderr, "\rsitrep: %ld documents (%.0f/s), %ld events", documents_, documents_ / secs, stats_.events);
  }

  const Coder& coder_;
  std::ostream& out_;
  Store* store_;
  bool strict_, quiet_, explain_;
  Clock::time_point start_, last_progress_;
  bool progress_shown_ = false;
  long documents_ = 0, skipped_ = 0;
  CodeStats stats_;
  std::string store_error_;
};

}  // namespace

int RunCode(const CodeOptions& o) {
  auto lex = Lexicon::Open(DefaultDictionaryPath(o.dict));
  if (!lex.ok()) {
    std::cerr << "sitrep: " << lex.status().message() << "\n";
    return 2;
  }
  std::unique_ptr<Store> store;
  if (!o.db.empty()) {
    auto s = Store::Open(o.db);
    if (!s.ok()) {
      std::cerr << "sitrep: " << s.status().message() << "\n";
      return 2;
    }
    store = std::move(s).value();
  }
  std::ofstream file;
  if (!o.output.empty()) {
    file.open(o.output);
    if (!file) {
      std::cerr << "sitrep: " << o.output << ": cannot write\n";
      return 2;
    }
  }
  std::unique_ptr<Model> parser;
  if (o.parse) {
    auto m = Model::Load(DefaultModelPath(o.model));
    if (!m.ok()) {
      std::cerr << "sitrep: " << m.status().message() << "\n";
      return 2;
    }
    parser = std::move(m).value();
  }
  std::unique_ptr<Gazetteer> gazetteer;
  std::unique_ptr<Geocoder> geocoder;
  if (!o.no_geo) {
    auto g = Gazetteer::Open(DefaultGazetteerPath(o.gazetteer));
    if (!g.ok()) {
      std::cerr << "sitrep: " << g.status().message() << " (or --no-geo)\n";
      return 2;
    }
    gazetteer = std::move(g).value();
    geocoder = std::make_unique<Geocoder>(*gazetteer);
  }
  Coder coder(*lex.value(), parser.get(), geocoder.get());
  if (store) {  // persons learned in earlier runs, unless a user rejected them
    auto learned = store->Learned();
    if (!learned.ok()) {
      std::cerr << "sitrep: " << learned.status().message() << "\n";
      return 2;
    }
    std::vector<Actor> known;
    for (const LearnedActor& l : learned.value()) {
      if (l.status == "rejected") continue;
      Actor a;
      a.name = l.name;
      a.country = l.country;
      a.sector = l.sector;
      a.group = l.group;
      a.code = l.code;
      known.push_back(std::move(a));
    }
    coder.SetKnownPersons(std::move(known));
  }
  CodingSink sink(coder, o.output.empty() ? std::cout : file, store.get(), o.strict, o.quiet, o.explain);
  Status st = ReadInputs(o.inputs, IngestOptions{}, &sink);
  if (store) {
    Status c = store->Commit();
    if (!c.ok()) std::cerr << "sitrep: " << c.message() << "\n";
  }
  sink.Summary();
  if (!sink.store_error().empty()) {
    std::cerr << "sitrep: store: " << sink.store_error() << "\n";
    return 1;
  }
  if (!st.ok()) {
    std::cerr << "sitrep: " << st.message() << " (--strict)\n";
    return 1;
  }
  return 0;
}

}  // namespace sitrep
