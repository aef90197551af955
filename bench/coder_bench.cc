// Throughput of the text stage and of the whole coder on the bundled sample corpus.
// Run: build/bench/sitrep_bench   (Release build; see bench/README.md)
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>

#include "code/coder.h"
#include "ingest/ingest.h"
#include "parse/model.h"

namespace {

struct Corpus : sitrep::DocumentSink {
  std::vector<sitrep::Document> docs;
  void OnDocument(sitrep::Document d) override { docs.push_back(std::move(d)); }
  bool OnError(const sitrep::IngestError&) override { return true; }
};

const std::vector<sitrep::Document>& Docs() {
  static Corpus c = [] {
    Corpus corpus;
    const char* dir = std::getenv("SITREP_BENCH_CORPUS");
    (void)sitrep::ReadInputs({dir ? dir : SITREP_SOURCE_DIR "/data/sample"}, {}, &corpus);
    return corpus;
  }();
  return c.docs;
}

const sitrep::Lexicon& Lex() {
  static std::unique_ptr<sitrep::Lexicon> lex = [] {
    const char* p = std::getenv("SITREP_DICT");
    return std::move(sitrep::Lexicon::Open(p ? p : SITREP_DICT_DEFAULT)).value();
  }();
  return *lex;
}

long CountSentences() {
  long n = 0;
  for (const auto& d : Docs()) n += static_cast<long>(sitrep::Analyze(d.text).sentences.size());
  return n;
}

void BM_TextStage(benchmark::State& state) {
  long sentences = CountSentences();
  for (auto _ : state)
    for (const auto& d : Docs()) benchmark::DoNotOptimize(sitrep::Analyze(d.text));
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences * state.iterations()),
                                                     benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TextStage)->Unit(benchmark::kMillisecond);

void BM_CodeDocuments(benchmark::State& state) {
  sitrep::Coder coder(Lex());
  long sentences = CountSentences();
  for (auto _ : state)
    for (const auto& d : Docs()) benchmark::DoNotOptimize(coder.Code(d, nullptr));
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences * state.iterations()),
                                                     benchmark::Counter::kIsRate);
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(Docs().size() * state.iterations()),
                                                benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CodeDocuments)->Unit(benchmark::kMillisecond);

// Tag, lemmatize and parse every sentence of the corpus (sitrep's own tokens).
void BM_TagAndParse(benchmark::State& state) {
  const char* p = std::getenv("SITREP_MODEL");
  auto model = sitrep::Model::Load(p ? p : SITREP_MODEL_DEFAULT);
  if (!model.ok()) {
    state.SkipWithError(model.status().message().c_str());
    return;
  }
  std::vector<std::vector<sitrep::ConlluWord>> sentences;
  for (const auto& d : Docs()) {
    sitrep::Analysis a = sitrep::Analyze(d.text);
    for (const auto& s : a.sentences) {
      std::vector<sitrep::ConlluWord> words;
      for (int i = s.first; i < s.last; ++i) words.push_back(sitrep::ConlluWord{a.tokens[i].text});
      sentences.push_back(std::move(words));
    }
  }
  for (auto _ : state)
    for (auto words : sentences) {
      model.value()->Annotate(&words);
      benchmark::DoNotOptimize(words);
    }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences.size() * state.iterations()),
                                                     benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagAndParse)->Unit(benchmark::kMillisecond);

void BM_LoadDictionary(benchmark::State& state) {
  const char* p = std::getenv("SITREP_DICT");
  for (auto _ : state) benchmark::DoNotOptimize(sitrep::Lexicon::Open(p ? p : SITREP_DICT_DEFAULT));
}
BENCHMARK(BM_LoadDictionary)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
