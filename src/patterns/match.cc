#include "patterns/match.h"

#include <algorithm>
#include <iterator>

#include "base/utf8.h"

namespace sitrep::patterns {
namespace {

// TABARI's regular endings on an exact root word: nouns take S and 'S; verbs S, ES, ED, EN,
// ING, and D after a final E. PETRARCH's nouns take their plural (IES, ES, S).
bool HasEnding(const std::string& w, const std::string& text, RootKind kind, Dialect dialect) {
  if (text.size() <= w.size() || text.compare(0, w.size(), w) != 0) {
    if (dialect == Dialect::kPetrarch && EndsWith(w, "Y") && kind != RootKind::kVerb)
      return text == w.substr(0, w.size() - 1) + "IES";
    return false;
  }
  std::string_view rest(text.data() + w.size(), text.size() - w.size());
  if (kind == RootKind::kVerb) {
    if (rest == "S" || rest == "ES" || rest == "ED" || rest == "EN" || rest == "ING") return true;
    return rest == "D" && EndsWith(w, "E");
  }
  if (dialect == Dialect::kPetrarch) return rest == "S" || (rest == "ES" && EndsWith(w, "S"));
  return rest == "S" || rest == "'S";
}

}  // namespace

bool Matcher::WordMatches(const Elem& e, const std::string& text, RootKind k) const {
  if (text.empty() || text == ",") return false;
  if (e.stem) return text.compare(0, e.word.size(), e.word) == 0;
  if (text == e.word) return true;
  return e.endings && HasEnding(e.word, text, k, dict_.dialect);
}

bool Matcher::SlotElem(const Elem& e, int slot, int resume, const Cont& k) {
  const Slot& s = (*slots_)[slot];
  if (e.kind == Elem::kCompound && !s.compound) return false;
  if (e.kind != Elem::kSkipActor && s.pronoun && s.refers_to == -1) return false;
  Bind what = e.kind == Elem::kSource ? Bind::kSource : e.kind == Elem::kTarget ? Bind::kTarget
            : e.kind == Elem::kCompound ? Bind::kCompound : Bind::kSkip;
  bindings.push_back({what, slot});
  if (k(resume)) return true;
  bindings.pop_back();
  return false;
}

// Element `e` with one end at word `at`: its first word when `forward` (k gets one past its
// last word), else its last word (k gets its first word).
bool Matcher::ElemAt(const Elem& e, int at, bool forward, const Cont& k) {
  if (at < 0 || at >= static_cast<int>(words_.size()) || --budget < 0) return false;
  switch (e.kind) {
    case Elem::kWord:
      if (!WordMatches(e, words_[at].up, kind)) return false;
      path.push_back(at);
      if (k(forward ? at + 1 : at)) return true;
      path.pop_back();
      return false;
    case Elem::kSynset:
    case Elem::kAlt: {
      const std::vector<Phrase>* choices = &e.alts;
      if (e.kind == Elem::kSynset) {
        auto it = dict_.synsets.find(e.word);
        if (it == dict_.synsets.end() || depth_ >= 8) return false;  // a synset may name itself
        choices = &it->second;
      }
      ++depth_;
      bool found = false;
      for (const Phrase& m : *choices)
        if ((found = forward ? Forward(m, 0, at, true, k) : Backward(m, static_cast<int>(m.size()) - 1, at, true, k)))
          break;
      --depth_;
      return found;
    }
    case Elem::kVerb:
      return false;
    default:
      return ActorAt(e, at, forward, k);
  }
}

// `$ + % ^`: an actor slot with one end at `at`; PETRARCH's `^` also skips a short noun phrase
// that holds no actor.
bool Matcher::ActorAt(const Elem& e, int at, bool forward, const Cont& k) {
  if (!slots_) return false;
  for (size_t s = 0; s < slots_->size(); ++s) {
    const Slot& x = (*slots_)[s];
    if ((forward ? x.first : x.last) == at && SlotElem(e, static_cast<int>(s), forward ? x.last + 1 : x.first, k))
      return true;
  }
  if (e.kind != Elem::kSkipActor || dict_.dialect != Dialect::kPetrarch) return false;
  for (int n = 1; n <= 3; ++n) {  // the phrase's n words, from `at` on or back to it
    int first = forward ? at : at - n + 1, last = forward ? at + n - 1 : at;
    if (!PlainWord(forward ? last : first)) break;
    if (!InSlot(last + 1) && k(forward ? last + 1 : first)) return true;
  }
  return false;
}

bool Matcher::InSlot(int w) const {
  for (const Slot& s : *slots_)
    if (s.first <= w && w <= s.last) return true;
  return false;
}

// A word a PETRARCH "^" may skip when no actor is there: a letter word outside every actor, not
// a preposition (the noun phrase would then run into an actor: "at the Gondor").
bool Matcher::PlainWord(int w) const {
  static const std::string_view kFunction[] = {"TO", "OF", "IN", "AT", "ON", "BY", "FOR", "WITH", "FROM", "AND", "OR"};
  if (w < 0 || w >= static_cast<int>(words_.size()) || !words_[w].letter || InSlot(w)) return false;
  return std::find(std::begin(kFunction), std::end(kFunction), words_[w].up) == std::end(kFunction);
}

bool Matcher::Forward(const Phrase& phrase, size_t i, int p, bool adjacent, const Cont& k) {
  if (i == phrase.size()) return k(p);
  int n = static_cast<int>(words_.size());
  for (int s = p; s < n && (!adjacent || s == p); ++s) {
    if (s > p && comma_stops && words_[s - 1].comma) break;
    if (ElemAt(phrase[i], s, true, [&](int end) { return Forward(phrase, i + 1, end, phrase[i].next, k); }))
      return true;
  }
  return false;
}

bool Matcher::Backward(const Phrase& phrase, int i, int q, bool adjacent, const Cont& k) {
  if (i < 0) return k(q + 1);
  for (int s = q; s >= 0 && (!adjacent || s == q); --s) {
    bool joined = i > 0 && phrase[i - 1].next;
    if (ElemAt(phrase[i], s, false, [&](int start) { return Backward(phrase, i - 1, start - 1, joined, k); }))
      return true;
  }
  return false;
}

}  // namespace sitrep::patterns
