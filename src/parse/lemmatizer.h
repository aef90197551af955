// Lemmatizer: forms seen in training by (form, XPOS); otherwise the most frequent suffix
// rewrite learned for the XPOS and the longest matching ending.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "parse/conllu.h"

namespace sitrep {

class Lemmatizer {
 public:
  void Train(const std::vector<ConlluSentence>& train);
  std::string Lemma(const std::string& form, const std::string& upos, const std::string& xpos) const;
  void Lemmatize(std::vector<ConlluWord>* words) const;
  void Serialize(std::string* out) const;
  bool Deserialize(std::string_view data, size_t* pos);

 private:
  std::unordered_map<std::string, std::string> known_;  // "form\tXPOS" -> lemma
  std::unordered_map<std::string, std::string> rules_;  // "XPOS\tending" -> "strip\tappend"
  std::unordered_map<std::string, std::string> by_upos_;  // "lower form\tUPOS" -> lemma
  std::unordered_map<std::string, std::string> lemmas_;   // every lemma seen in training (values empty)
};

}  // namespace sitrep
