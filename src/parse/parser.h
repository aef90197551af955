// Labeled dependency parser: arc-eager transitions, averaged perceptron. Greedy (beam 1), trained
// with Goldberg and Nivre's dynamic oracle and error exploration; or beam search, trained globally
// with max-violation updates.
#pragma once

#include <algorithm>
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
  int beam() const { return beam_; }
  void set_beam(int width) { beam_ = std::max(1, width); }
  void Serialize(std::string* out) const;
  bool Deserialize(std::string_view data, size_t* pos);

 private:
  std::vector<std::string> labels_;
  Perceptron model_;
  int beam_ = 1;  // decoding beam width, as trained
};

}  // namespace sitrep
