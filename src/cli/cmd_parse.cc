#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "ingest/ingest.h"
#include "parse/model.h"
#include "parse/ud_words.h"
#include "text/text.h"

namespace sitrep {
std::string DefaultModelPath(const std::string& flag) {
  return DataFilePath(flag, "SITREP_MODEL", "models", "sitrep-en.model");
}

namespace {

using Clock = std::chrono::steady_clock;

// Raw documents through sitrep's own segmenter and tokenizer, one CoNLL-U sentence each.
class ParseSink : public DocumentSink {
 public:
  ParseSink(const Model& m, std::ostream& out) : model_(m), out_(out) {}
  void OnDocument(Document doc) override {
    Analysis a = Analyze(doc.text);
    int n = 0;
    for (const Sentence& s : a.sentences) {
      ConlluSentence cs;
      cs.comments.push_back("# sent_id = " + doc.id + "-" + std::to_string(++n));
      cs.comments.push_back("# text = " + SliceCodePoints(doc.text, s.begin, s.end));
      std::vector<std::string> forms;
      for (int i = s.first; i < s.last; ++i) forms.push_back(a.tokens[i].text);
      UdWords words = SplitContractions(forms);  // UD's syntactic words: "didn't" -> "did" "n't"
      model_.Annotate(&words.words);
      cs.extra_lines = MultiwordLines(words, forms);
      cs.words = std::move(words.words);
      WriteConllu(cs, out_);
    }
  }
  bool OnError(const IngestError& e) override {
    std::cerr << "sitrep: " << e.file << ":" << e.line << ": skipped: " << e.reason << "\n";
    return true;
  }

 private:
  const Model& model_;
  std::ostream& out_;
};

int ParseTreebank(const Model& model, const ParseOptions& o, std::ostream& out) {
  auto gold = ReadTreebank(o.conllu);
  if (!gold.ok()) {
    std::cerr << "sitrep: " << gold.status().message() << "\n";
    return 2;
  }
  ParseScores scores;
  auto start = Clock::now();
  for (const ConlluSentence& g : gold.value()) {
    ConlluSentence p = g;
    for (auto& w : p.words) w = ConlluWord{w.form};
    model.Annotate(&p.words);
    AddScores(g.words, p.words, &scores);
    if (!o.score_only) WriteConllu(p, out);
  }
  double secs = std::chrono::duration<double>(Clock::now() - start).count();
  if (o.score || o.score_only)
    std::fprintf(stderr, "%s: %zu sentences, %ld words: UPOS %.2f XPOS %.2f lemma %.2f UAS %.2f LAS %.2f (%.0f sentences/s)\n",
                 o.conllu.c_str(), gold.value().size(), scores.words, scores.Rate(scores.upos), scores.Rate(scores.xpos),
                 scores.Rate(scores.lemma), scores.Rate(scores.uas), scores.Rate(scores.las),
                 static_cast<double>(gold.value().size()) / secs);
  return 0;
}

}  // namespace

int RunParse(const ParseOptions& o) {
  auto start = Clock::now();
  auto model = Model::Load(DefaultModelPath(o.model));
  if (!model.ok()) {
    std::cerr << "sitrep: " << model.status().message() << "\n";
    return 2;
  }
  if (o.beam > 0) model.value()->set_beam(o.beam);
  if (o.prune > 0) {
    model.value()->Prune(o.prune);
    std::fprintf(stderr, "pruned model: %zu bytes\n", model.value()->Serialize().size());
  }
  if (o.score || o.score_only)
    std::fprintf(stderr, "model loaded in %.1f ms\n", std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  std::ofstream file;
  if (!o.output.empty()) file.open(o.output);
  std::ostream& out = o.output.empty() ? std::cout : file;
  if (!o.conllu.empty()) return ParseTreebank(*model.value(), o, out);
  ParseSink sink(*model.value(), out);
  return ReadInputs(o.inputs, IngestOptions{}, &sink).ok() ? 0 : 1;
}

int RunTrain(const TrainCommandOptions& o) {
  auto train = ReadTreebank(o.train);
  if (!train.ok()) {
    std::cerr << "sitrep: " << train.status().message() << "\n";
    return 2;
  }
  auto start = Clock::now();
  auto model = Model::Train(train.value(), o.options);
  std::fprintf(stderr, "trained on %zu sentences in %.0f s\n", train.value().size(),
               std::chrono::duration<double>(Clock::now() - start).count());
  Status st = model->Save(o.output);
  if (!st.ok()) {
    std::cerr << "sitrep: " << st.message() << "\n";
    return 2;
  }
  if (!o.dev.empty()) {
    ParseOptions p;
    p.model = o.output;
    p.conllu = o.dev;
    p.score_only = true;
    return RunParse(p);
  }
  return 0;
}

int RunPrune(const PruneOptions& o) {
  auto model = Model::Load(o.model);
  if (!model.ok()) {
    std::cerr << "sitrep: " << model.status().message() << "\n";
    return 2;
  }
  model.value()->Prune(o.min);
  Status st = model.value()->Save(o.output);
  if (!st.ok()) {
    std::cerr << "sitrep: " << st.message() << "\n";
    return 2;
  }
  std::fprintf(stderr, "%s: %zu bytes\n", o.output.c_str(), model.value()->Serialize().size());
  return 0;
}

}  // namespace sitrep
