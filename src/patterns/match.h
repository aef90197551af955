// Matching dictionary phrases and verb patterns against the words of one sentence.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "patterns/dictionary.h"

namespace sitrep::patterns {

struct Word {
  std::string up;         // upper case
  int begin = 0, end = 0; // code points into the document
  bool capital = false;   // capitalised, not at the start of the sentence
  bool letter = false;    // starts with a letter (counts as a word)
  bool comma = false;
};

// An actor, a compound of actors, or a pronoun standing for one, as `$ + % ^` see it.
struct Slot {
  int first = 0, last = 0;  // word positions, inclusive
  bool compound = false;
  bool pronoun = false;
  std::vector<std::vector<std::string>> members;  // each member's codes (a coded compound has several)
  int refers_to = -1;  // a pronoun: the slot it stands for (kForwarded: an actor of an earlier sentence)
  std::string base;    // the first member's own code, without agents (what TABARI's FORWARD carries on)
};
constexpr int kForwarded = -2;

enum class Bind : uint8_t { kSource, kTarget, kCompound, kSkip };
struct Binding {
  Bind what;
  int slot;
};

class Matcher {
 public:
  Matcher(const PatternDictionary& dict, const std::vector<Word>& words, const std::vector<Slot>* slots)
      : dict_(dict), words_(words), slots_(slots) {}
  using Cont = std::function<bool(int)>;

  // `phrase[i..]` from word `p` on (at `p` exactly when `adjacent`, else the nearest match
  // first); `k` receives the end (one past the last word); true stops the search.
  bool Forward(const Phrase& phrase, size_t i, int p, bool adjacent, const Cont& k);
  // `phrase[..i]` ending at word `q` (exactly when `adjacent`, else the nearest first);
  // `k` receives the first word.
  bool Backward(const Phrase& phrase, int i, int q, bool adjacent, const Cont& k);
  // Does a word element match this text word? (`kind`: the root kind, for endings)
  bool WordMatches(const Elem& e, const std::string& text, RootKind kind) const;

  RootKind kind = RootKind::kNoun;   // the kind of root being matched (endings)
  bool comma_stops = false;          // roots: a gap never crosses a comma
  std::vector<int> path;             // words matched by word elements, in match order
  std::vector<Binding> bindings;     // slots taken by $ + % ^
  int budget = 50000;                // element trials left: gaps and synsets cannot make it explode

 private:
  bool ElemAt(const Elem& e, int at, bool forward, const Cont& k);
  bool ActorAt(const Elem& e, int at, bool forward, const Cont& k);
  bool SlotElem(const Elem& e, int slot, int resume, const Cont& k);
  bool PlainWord(int w) const;
  bool InSlot(int w) const;

  const PatternDictionary& dict_;
  const std::vector<Word>& words_;
  const std::vector<Slot>* slots_;
  int depth_ = 0;  // synsets inside synsets (a synset may name itself)
};

}  // namespace sitrep::patterns
