// The trained English model: tagger, lemmatizer and parser in one file.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "parse/conllu.h"
#include "parse/lemmatizer.h"
#include "parse/parser.h"
#include "parse/tagger.h"
#include "sitrep/status.h"

namespace sitrep {

class Model {
 public:
  static Result<std::unique_ptr<Model>> Load(const std::string& path);
  static Result<std::unique_ptr<Model>> FromBytes(std::string_view bytes);
  // Trains all three parts; the parser learns from jackknifed tags (see TrainOptions).
  static std::unique_ptr<Model> Train(const std::vector<ConlluSentence>& train, const TrainOptions& o);
  Status Save(const std::string& path) const;
  std::string Serialize() const;

  // Fills UPOS, XPOS, lemma, head and deprel of the words from their forms.
  void Annotate(std::vector<ConlluWord>* words) const;
  const Tagger& tagger() const { return tagger_; }
  // The parser's beam width: as trained, or narrower for speed (1: greedy).
  int beam() const { return parser_.beam(); }
  void set_beam(int width) { parser_.set_beam(width); }
  void Prune(int min_abs) {
    tagger_.Prune(min_abs);
    parser_.Prune(min_abs);
  }

 private:
  Tagger tagger_;
  Lemmatizer lemmatizer_;
  Parser parser_;
};

struct ParseScores {
  long words = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
  double Rate(long n) const { return words ? 100.0 * static_cast<double>(n) / static_cast<double>(words) : 0.0; }
};

// Compares predicted with gold sentences word by word (gold tokens). LAS compares the
// universal part of the relation ("nmod" for "nmod:poss"), as the CoNLL 2018 scorer does.
void AddScores(const std::vector<ConlluWord>& gold, const std::vector<ConlluWord>& predicted, ParseScores* s);
Result<std::vector<ConlluSentence>> ReadTreebank(const std::string& path);

}  // namespace sitrep
