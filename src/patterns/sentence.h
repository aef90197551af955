// One sentence as the pattern coder sees it: words, the dictionary roots found in them, and the
// actors, compounds and pronouns built from those roots.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "patterns/dictionary.h"
#include "patterns/match.h"
#include "text/text.h"

namespace sitrep::patterns {

// A root found in the sentence.
struct Unit {
  int root = -1;
  RootKind kind = RootKind::kNoun;
  int first = 0, last = 0;  // word positions, inclusive
  std::string code;         // resolved for the story's date; a builtin's tag; a verb's default
  bool shifted = false;     // a verb read as a noun
  bool in_compound = false; // a conjunction joining a compound
  bool used = false;        // an agent attached to an actor
};

// Roots by their first word, for finding candidates fast.
class RootIndex {
 public:
  explicit RootIndex(const PatternDictionary& dict);
  void Candidates(const std::string& word, std::vector<int>* out) const;

 private:
  std::unordered_map<std::string, std::vector<int>> exact_;  // by first word
  std::unordered_map<std::string, std::vector<int>> stem_;   // by the first three letters of a stem
  std::vector<int> other_;                                   // short stems, synsets, alternatives
};

// The words of a sentence (tokens [first, last) of the analysis), in the dialect's spelling.
std::vector<Word> SentenceWords(const Analysis& a, const Sentence& s, Dialect dialect);

// The code of an actor (or time phrase) on a date (YYYYMMDD): the narrowest dated code covering
// it, else the undated one, else "---".
std::string CodeOn(const std::vector<DatedCode>& codes, int32_t date);

// Longest-match root assignment over the words; `skip` marks words deleted (comma clauses).
std::vector<Unit> FindRoots(const PatternDictionary& dict, const RootIndex& index, const std::vector<Word>& words,
                            int32_t date);

// Verbs read as nouns: capitalised mid-sentence, or after a determiner.
void ShiftVerbs(const std::vector<Word>& words, std::vector<Unit>* units, bool all_caps, Dialect dialect);

// Words of comma clauses the options delete (list commas between actors are kept; `loose`: unknown
// lower-case words may stand before the next actor of a list).
std::vector<bool> CommaDeletions(const std::vector<Word>& words, const std::vector<Unit>& units, const Options& o,
                                 bool loose);

// Actors with their agents, compounds and pronouns, in word order. `forwarded`: the code a pronoun
// with no actor before it stands for ("" for none).
std::vector<Slot> BuildSlots(const PatternDictionary& dict, const std::vector<Word>& words, std::vector<Unit>* units,
                             const std::string& forwarded = "");

}  // namespace sitrep::patterns
