// From sitrep's tokens to the syntactic words UD treebanks use, and back: "didn't" is the two words
// "did" and "n't" in EWT, "I'm" is "I" and "'m". The parser is trained on such words, so raw text is
// split before parsing, and the parse is read back onto whole tokens for the coder.
#pragma once

#include <string>
#include <vector>

#include "parse/conllu.h"

namespace sitrep {

struct UdWords {
  std::vector<ConlluWord> words;  // syntactic words, forms only until parsed
  std::vector<int> token;         // the token each word comes from
  std::vector<int> first_word;    // per token, its first word
};

// Splits contractions off their host ("don't" -> "do" "n't", "can't" -> "ca" "n't",
// "won't" -> "wo" "n't", "they're" -> "they" "'re"); other tokens stay one word.
UdWords SplitContractions(const std::vector<std::string>& tokens);

// One annotated word per token: the word of the token that heads the others (its head outside
// the token), with heads renumbered to tokens.
std::vector<ConlluWord> WordsToTokens(const UdWords& split, const std::vector<std::string>& tokens);

// CoNLL-U multiword token lines ("3-4\tdon't\t_...") for the split tokens, for ConlluSentence::extra_lines.
std::vector<std::pair<int, std::string>> MultiwordLines(const UdWords& split, const std::vector<std::string>& tokens);

}  // namespace sitrep
