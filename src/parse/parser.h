// Labeled dependency parser: arc-eager transitions, greedy decoding, averaged perceptron,
// trained with Goldberg and Nivre's dynamic oracle (error exploration).
#pragma once

#include <string>
#include <vector>

#include "parse/conllu.h"
#include "parse/perceptron.h"
#include "parse/tagger.h"

namespace sitrep {

class Parser {
 public:
  // Fills head and deprel from the forms and tags.
  void Parse(std::vector<ConlluWord>* words) const;
  // `tagged` holds the same sentences with predicted tags (for training features).
  void Train(const std::vector<ConlluSentence>& gold, const std::vector<ConlluSentence>& tagged,
             const TrainOptions& o);
  void Prune(int min_abs) { model_.Prune(min_abs); }
  void Serialize(std::string* out) const;
  bool Deserialize(std::string_view data, size_t* pos);

 private:
  std::vector<std::string> labels_;
  Perceptron model_;
};

}  // namespace sitrep
