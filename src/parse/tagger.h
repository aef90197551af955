// Part-of-speech tagger: UPOS and XPOS predicted jointly, left to right, averaged perceptron.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "parse/conllu.h"
#include "parse/perceptron.h"

namespace sitrep {

struct TrainOptions {
  int tagger_epochs = 10;
  int parser_epochs = 15;
  unsigned seed = 1;
  int jackknife = 4;  // folds for the parser's training tags (0: gold tags)
  int beam = 1;       // the parser's beam width (1: greedy with the dynamic oracle)
  bool verbose = true;
  int prune = 600;  // weights under this many quantization steps (of 32767) are dropped
};

class Tagger {
 public:
  // Tags the words' forms, filling upos and xpos.
  void Tag(std::vector<ConlluWord>* words) const;
  void Train(const std::vector<ConlluSentence>& train, const TrainOptions& o);
  void Prune(int min_abs) { model_.Prune(min_abs); }
  void Serialize(std::string* out) const;
  bool Deserialize(std::string_view data, size_t* pos);

 private:
  struct WordKeys;  // per-word hashes, computed once per sentence
  std::vector<WordKeys> Keys(const std::vector<ConlluWord>& words) const;
  void Features(const std::vector<WordKeys>& k, int i, int p1, int p2, std::vector<uint64_t>* out) const;
  std::vector<std::string> tags_;  // "UPOS/XPOS"
  std::unordered_map<std::string, int> frequent_;  // unambiguous frequent words -> tag
  std::unordered_map<std::string, int> usual_;     // the most frequent tag of every training word
  Perceptron model_;
};

std::string Lowercase(const std::string& s);
std::string WordShape(const std::string& s);

}  // namespace sitrep
