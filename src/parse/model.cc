#include "parse/model.h"

#include <fstream>
#include <iostream>
#include <sstream>

#include "base/mapped_file.h"
#include "parse/serialize.h"

namespace sitrep {
namespace {

constexpr char kMagic[] = "SITREPM3";  // 3: parser features of 2026-12, beam width, packed weights

std::vector<ConlluSentence> Fold(const std::vector<ConlluSentence>& all, int k, int folds, bool inside) {
  std::vector<ConlluSentence> out;
  for (size_t i = 0; i < all.size(); ++i)
    if ((static_cast<int>(i % folds) == k) == inside) out.push_back(all[i]);
  return out;
}

std::string Universal(const std::string& deprel) { return deprel.substr(0, deprel.find(':')); }

}  // namespace

std::unique_ptr<Model> Model::Train(const std::vector<ConlluSentence>& train, const TrainOptions& o) {
  auto m = std::make_unique<Model>();
  std::vector<ConlluSentence> tagged = train;
  if (o.jackknife > 1) {
    TrainOptions quiet = o;
    quiet.verbose = false;
    for (int k = 0; k < o.jackknife; ++k) {
      Tagger t;
      t.Train(Fold(train, k, o.jackknife, false), quiet);
      for (size_t i = k; i < tagged.size(); i += o.jackknife) t.Tag(&tagged[i].words);
      if (o.verbose) std::cerr << "jackknife fold " << k + 1 << "/" << o.jackknife << " tagged\n";
    }
  }
  m->tagger_.Train(train, o);
  m->lemmatizer_.Train(train);
  m->parser_.Train(train, tagged, o);
  if (o.prune > 0) m->Prune(o.prune);
  return m;
}

void Model::Annotate(std::vector<ConlluWord>* words) const {
  tagger_.Tag(words);
  lemmatizer_.Lemmatize(words);
  parser_.Parse(words);
}

std::string Model::Serialize() const {
  std::string out(kMagic, 8);
  tagger_.Serialize(&out);
  lemmatizer_.Serialize(&out);
  parser_.Serialize(&out);
  return out;
}

Status Model::Save(const std::string& path) const {
  std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary);
    if (!(f << Serialize())) return Status::Error(path + ": cannot write");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) return Status::Error(path + ": cannot write");
  return Status::Ok();
}

Result<std::unique_ptr<Model>> Model::FromBytes(std::string_view bytes) {
  auto m = std::make_unique<Model>();
  size_t pos = 8;
  if (bytes.size() < 8 || bytes.substr(0, 8) != std::string_view(kMagic, 8))
    return Status::Error("not a sitrep model");
  if (!m->tagger_.Deserialize(bytes, &pos) || !m->lemmatizer_.Deserialize(bytes, &pos) ||
      !m->parser_.Deserialize(bytes, &pos) || pos != bytes.size())
    return Status::Error("corrupt sitrep model");
  return m;
}

Result<std::unique_ptr<Model>> Model::Load(const std::string& path) {
  auto file = MappedFile::Open(path, "model", 8);  // read in place: the tables copy what they keep
  if (!file.ok()) return Status::Error(path + ": cannot open model");
  auto m = FromBytes(std::string_view(file.value().data(), file.value().size()));
  if (!m.ok()) return Status::Error(path + ": " + m.status().message());
  return m;
}

void AddScores(const std::vector<ConlluWord>& gold, const std::vector<ConlluWord>& predicted, ParseScores* s) {
  for (size_t i = 0; i < gold.size() && i < predicted.size(); ++i) {
    const auto& g = gold[i];
    const auto& p = predicted[i];
    ++s->words;
    s->upos += g.upos == p.upos;
    s->xpos += g.xpos == p.xpos;
    s->lemma += g.lemma == p.lemma;
    bool head = g.head == p.head;
    s->uas += head;
    s->las += head && Universal(g.deprel) == Universal(p.deprel);
  }
}

Result<std::vector<ConlluSentence>> ReadTreebank(const std::string& path) {
  std::ifstream f(path);
  if (!f) return Status::Error(path + ": cannot open");
  std::vector<ConlluSentence> out;
  ConlluSentence s;
  long line = 0;
  while (true) {
    auto r = ReadConllu(f, &s, &line);
    if (!r.ok()) return Status::Error(path + ": " + r.status().message());
    if (!r.value()) break;
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace sitrep
