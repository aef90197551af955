// CoNLL-U treebanks: reading and writing sentences (https://universaldependencies.org/format.html).
#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "sitrep/status.h"

namespace sitrep {

struct ConlluWord {
  std::string form, lemma = "_", upos = "_", xpos = "_", feats = "_", deprel = "_", deps = "_", misc = "_";
  int head = -1;  // 0 is the root; -1 unknown
};

struct ConlluSentence {
  std::vector<std::string> comments;  // "# ..." lines, kept as they are
  std::vector<ConlluWord> words;      // syntactic words, ID 1..n
  // multiword token lines ("3-4\tdon't...") and empty nodes, kept to be written back:
  // (index of the word they precede, the line)
  std::vector<std::pair<int, std::string>> extra_lines;
};

// Reads the next sentence; false at the end. A malformed line is an error with its line number.
Result<bool> ReadConllu(std::istream& in, ConlluSentence* out, long* line_number);
void WriteConllu(const ConlluSentence& s, std::ostream& out);

}  // namespace sitrep
