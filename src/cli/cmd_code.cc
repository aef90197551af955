#include <algorithm>
#include <chrono>
#include <optional>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "code/coder.h"
#include "ingest/ingest.h"
#include "parse/model.h"
#include "patterns/pattern_coder.h"
#include "patterns/reader_util.h"
#include "store/store.h"

namespace sitrep {
namespace {

using Clock = std::chrono::steady_clock;

class CodingSink : public DocumentSink {
 public:
  CodingSink(const Coder& coder, std::ostream& out, Store* store, bool strict, bool quiet, bool explain)
      : coder_(coder), out_(out), store_(store), strict_(strict), quiet_(quiet), explain_(explain), start_(Clock::now()) {}
  // Imported dictionaries: replace sitrep's own coding, or add their events to it.
  void SetForeign(const patterns::PatternCoder* foreign, bool extend) {
    foreign_ = foreign;
    extend_ = extend;
  }

  void OnDocument(Document doc) override {
    ++documents_;
    std::string explanation;
    std::vector<Actor> learned;
    std::vector<Event> events;
    if (!foreign_ || extend_) events = coder_.Code(doc, &stats_, explain_ ? &explanation : nullptr, &learned);
    if (foreign_) AddForeign(doc, &events);
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

  // The imported dictionaries' events; when extending, those of a sentence and CAMEO root sitrep
  // already coded are left out.
  void AddForeign(const Document& doc, std::vector<Event>* events) {
    long sentences = 0;
    std::vector<Event> more = foreign_->Code(doc, extend_ ? nullptr : &sentences, &story_);
    stats_.sentences += sentences;
    const size_t own = events->size();
    for (Event& e : more) {
      bool seen = std::any_of(events->begin(), events->begin() + own, [&](const Event& x) {
        return !x.mentions.empty() && x.mentions[0].sentence == e.mentions[0].sentence &&
               x.cameo.substr(0, 2) == e.cameo.substr(0, 2);
      });
      if (seen) continue;
      e.event_id = doc.id + "#" + std::to_string(events->size() + 1);
      events->push_back(std::move(e));
      ++stats_.events;
    }
  }
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
  const patterns::PatternCoder* foreign_ = nullptr;
  patterns::Story story_;  // what FORWARD carries from one document to the next of a story
  bool extend_ = false;
  std::ostream& out_;
  Store* store_;
  bool strict_, quiet_, explain_;
  Clock::time_point start_, last_progress_;
  bool progress_shown_ = false;
  long documents_ = 0, skipped_ = 0;
  CodeStats stats_;
  std::string store_error_;
};

// "tabari:PROJECT_FILE" or "petrarch:DIR"; entries the reader skipped are reported.
Result<patterns::PatternDictionary> LoadForeignDictionaries(const std::string& spec, bool quiet) {
  size_t colon = spec.find(':');
  std::string kind = spec.substr(0, colon), path = colon == std::string::npos ? "" : spec.substr(colon + 1);
  Result<patterns::PatternDictionary> d = Status::Error("--dictionaries: expected tabari:PROJECT_FILE or petrarch:DIR, got '" + spec + "'");
  if (kind == "tabari" && !path.empty()) d = patterns::ReadTabariProject(path);
  else if (kind == "petrarch" && !path.empty()) d = patterns::ReadPetrarchFolder(path);
  if (!d.ok() || quiet) return d;
  const auto& v = d.value();
  size_t patterns = 0;
  for (const auto& verb : v.verbs) patterns += verb.patterns.size();
  std::fprintf(stderr, "sitrep: %s: %zu roots, %zu verbs, %zu patterns, %zu synsets from %zu files; %zu entries skipped\n",
               spec.c_str(), v.roots.size(), v.verbs.size(), patterns, v.synsets.size(), v.sources.size(), v.warnings.size());
  for (size_t i = 0; i < v.warnings.size() && i < 5; ++i) std::cerr << "sitrep:   " << v.warnings[i] << "\n";
  return d;
}

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
    if (o.beam > 0) parser->set_beam(o.beam);
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
  std::optional<patterns::PatternDictionary> imported;
  std::unique_ptr<patterns::PatternCoder> foreign;
  if (!o.dictionaries.empty()) {
    auto d = LoadForeignDictionaries(o.dictionaries, o.quiet);
    if (!d.ok()) {
      std::cerr << "sitrep: " << d.status().message() << "\n";
      return 2;
    }
    imported = std::move(d).value();
    for (const std::string& line : o.options) patterns::ApplyOption(patterns::Upper(line), &imported->options);
    foreign = std::make_unique<patterns::PatternCoder>(*imported, lex.value().get(), geocoder.get());
  }
  CodingSink sink(coder, o.output.empty() ? std::cout : file, store.get(), o.strict, o.quiet, o.explain);
  if (foreign) sink.SetForeign(foreign.get(), o.dictionaries_mode == "extend");
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
