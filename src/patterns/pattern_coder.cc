#include "patterns/pattern_coder.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "base/date.h"
#include "code/location.h"
#include "text/text.h"

namespace sitrep::patterns {
namespace {

constexpr size_t kMaxWords = 128;

bool Has(const std::vector<Unit>& units, RootKind kind, std::string_view code) {
  return std::any_of(units.begin(), units.end(), [&](const Unit& u) {
    return u.kind == kind && u.code == code && !(kind == RootKind::kVerb && u.shifted && code == "+++");
  });
}

// A sentence that any of its roots discards ("###") or marks too complex ("+++").
bool Unusable(const std::vector<Unit>& units, std::string_view code) {
  for (RootKind k : {RootKind::kActor, RootKind::kVerb, RootKind::kTime, RootKind::kDiscard})
    if (Has(units, k, code)) return true;
  return false;
}

bool Adverb(const std::string& w) { return w.size() > 4 && w.compare(w.size() - 2, 2, "LY") == 0; }

struct Clause {
  int first, last;  // word positions, inclusive
};

// A lower-case word no dictionary entry covers.
bool Untyped(const std::vector<Unit>& units, const std::vector<Word>& words, int w) {
  if (!words[w].letter || words[w].capital || words[w].comma) return false;
  return std::none_of(units.begin(), units.end(), [&](const Unit& u) { return u.first <= w && w <= u.last; });
}

std::vector<Clause> Clauses(const std::vector<Word>& words, const std::vector<Unit>& units, bool petrarch) {
  std::vector<Clause> out;
  int start = 0;
  for (const Unit& u : units) {
    if (u.kind != RootKind::kBuiltin || u.code != kConjunction || u.in_compound) continue;
    if (u.first > 0 && u.last + 1 < static_cast<int>(words.size()) && Adverb(words[u.first - 1].up) &&
        Adverb(words[u.last + 1].up))
      continue;  // "heavily and unjustly criticized"
    if (petrarch && u.first > 0 && u.last + 1 < static_cast<int>(words.size()) && Untyped(units, words, u.first - 1) &&
        Untyped(units, words, u.last + 1))
      continue;  // "death and injury toll": one noun phrase
    if (u.first > 0) {
      const Unit *prev = nullptr, *next = nullptr;
      for (const Unit& p : units) {
        if (p.last == u.first - 1) prev = &p;
        if (p.first == u.last + 1) next = &p;
      }
      auto nominal = [](const Unit* x) { return x && (x->kind == RootKind::kNoun || x->kind == RootKind::kAdjective); };
      // "sheep and evil goats", "awful and evil": listed nouns and adjectives joined, not clauses
      // (TABARI needs both sides listed: "sheep and pigs of Gondor" does split); "a new bombing
      // and shelling offensive": a verb read as a noun
      if (prev && prev->kind == RootKind::kVerb && prev->shifted) continue;
      if (petrarch ? nominal(prev) : nominal(prev) && nominal(next)) continue;
    }
    if (u.first > start) out.push_back({start, u.first - 1});
    start = u.last + 1;
  }
  if (start < static_cast<int>(words.size())) out.push_back({start, static_cast<int>(words.size()) - 1});
  return out;
}

struct VerbResult {
  std::vector<Triple> triples;
  bool subordinate = false, dominant = false, discard = false, complex = false;
  int source = -1;
};

std::vector<std::string> Codes(const Slot& s) {
  std::vector<std::string> out;
  for (const auto& m : s.members) out.insert(out.end(), m.begin(), m.end());
  return out;
}

Span SlotSpan(const std::vector<Word>& words, const Slot& s) { return {words[s.first].begin, words[s.last].end}; }

class VerbCoder {
 public:
  VerbCoder(const PatternDictionary& dict, const std::vector<Word>& words, const std::vector<Slot>& slots,
            const std::vector<Unit>& units)
      : dict_(dict), words_(words), slots_(slots), units_(units) {}

  VerbResult Code(const Unit& verb, const Clause& clause, int prior_source) {
    VerbResult r;
    Matched m = MatchPatterns(verb);
    std::string code = m.code;
    if (code == "###") r.discard = true;
    if (code == "+++") r.complex = true;
    if (code.empty() || code == "---" || r.discard || r.complex) return r;
    if (!dict_.pico.empty() && Negated(verb)) code = Negate(code);
    if (code.back() == '?') r.subordinate = true, code.pop_back();
    if (code.back() == '!') r.dominant = true, code.pop_back();
    Roles roles = Bound(m.bindings, verb);
    DefaultRoles(verb, clause, prior_source, code, &roles);
    r.source = roles.src;
    Emitter emit{*this, code, Span{words_[verb.first].begin, words_[verb.last].end}, m.rule, &r};
    EmitEvents(roles, emit);
    return r;
  }

 private:
  // The first pattern of the verb that matches, else the verb's own code.
  struct Matched {
    std::string code, rule;
    std::vector<Binding> bindings;
  };
  Matched MatchPatterns(const Unit& verb) const {
    const Root& root = dict_.roots[verb.root];
    Matched out{verb.code, root.file + ":" + std::to_string(root.line), {}};
    for (const VerbPattern& p : dict_.verbs[root.verb].patterns) {
      Matcher m(dict_, words_, &slots_);
      int last = static_cast<int>(p.lower.size()) - 1;
      bool ok = m.Backward(p.lower, last, verb.first - 1, last >= 0 && p.lower[last].next, [&](int) {
        return m.Forward(p.upper, 0, verb.last + 1, p.verb_next, [](int) { return true; });
      });
      if (!ok) continue;
      // PETRARCH does not act on a pattern's "+++"/"###": the next pattern is tried (read from the
      // PETRARCH-1 unit tests, DEMO-04, where a "+++" pattern must not stop the coding)
      if (dict_.dialect == Dialect::kPetrarch && (p.code == "+++" || p.code == "###")) continue;
      return {p.code, dict_.verbs[root.verb].file + ":" + std::to_string(p.line), m.bindings};
    }
    return out;
  }

  struct Roles {
    int src = -1, tgt = -1, comp = -1;
    std::vector<int> skipped;
    bool from_pattern = false;
    bool Free(int s) const {
      return s != src && s != tgt && s != comp && std::find(skipped.begin(), skipped.end(), s) == skipped.end();
    }
  };

  // The slots the pattern's $ + % ^ took.
  Roles Bound(const std::vector<Binding>& bound, const Unit& verb) const {
    Roles r;
    for (const Binding& b : bound) {
      if (b.what == Bind::kSource) r.src = b.slot;
      else if (b.what == Bind::kTarget) r.tgt = b.slot;
      else if (b.what == Bind::kCompound) r.comp = b.slot;
      else r.skipped.push_back(b.slot);
    }
    // PETRARCH: '%' after the verb is a compound target ("agrees with the Philippines and France")
    if (r.comp >= 0 && r.src < 0 && r.tgt < 0 && dict_.dialect == Dialect::kPetrarch && slots_[r.comp].first > verb.last)
      r.tgt = r.comp, r.comp = -1;
    r.from_pattern = r.src >= 0 || r.tgt >= 0 || r.comp >= 0;
    return r;
  }

  // Source: the first actor before the verb in its clause, else the sentence's previous source,
  // else (TABARI) the first actor after it; target: see DefaultTarget; then the passive swap.
  void DefaultRoles(const Unit& verb, const Clause& clause, int prior_source, const std::string& code, Roles* r) const {
    int after_from = verb.last + 1;
    auto free = [&](int s) { return r->Free(s); };
    if (r->src < 0 && r->comp < 0) {
      for (int s = 0; s < static_cast<int>(slots_.size()) && r->src < 0; ++s)
        if (slots_[s].first >= clause.first && slots_[s].last < verb.first && free(s)) r->src = s;
      if (r->src < 0 && prior_source >= 0) r->src = prior_source;
      if (r->src < 0 && dict_.dialect == Dialect::kTabari)  // PETRARCH's source is never after its verb
        for (int s = 0; s < static_cast<int>(slots_.size()) && r->src < 0; ++s)
          if (slots_[s].first > verb.last && slots_[s].last <= clause.last && free(s))
            r->src = s, after_from = slots_[s].last + 1;
    }
    if (r->tgt < 0 && r->comp < 0) r->tgt = DefaultTarget(verb, clause, r->src, after_from, free);
    // PETRARCH: a compound subject with no target, under a paired code, acts on itself ("Gondor
    // and Osgiliath have renewed diplomatic ties": each with the other)
    if (r->tgt < 0 && r->comp < 0 && r->src >= 0 && slots_[r->src].compound && dict_.dialect == Dialect::kPetrarch &&
        code.find(':') != std::string::npos)
      r->comp = r->src;
    if (!r->from_pattern && r->src >= 0 && r->tgt >= 0 && Passive(verb, clause, r->tgt)) std::swap(r->src, r->tgt);
  }

  struct Emitter {
    const VerbCoder& coder;
    const std::string& code;
    Span trigger;
    const std::string& rule;
    VerbResult* out;
    void operator()(const std::string& a, const std::string& b, const Slot& sa, const Slot& sb) const {
      coder.Emit(a, b, SlotSpan(coder.words_, sa), SlotSpan(coder.words_, sb), code, trigger, rule, out);
    }
  };

  static void EmitOne(const Emitter& e, const std::string& a, const std::string& b, Span sa, Span sb) {
    e.coder.Emit(a, b, sa, sb, e.code, e.trigger, e.rule, e.out);
  }

  // One event per pair of codes: every ordered pair of a compound's members for '%'; source x target.
  void EmitEvents(const Roles& r, const Emitter& emit) const {
    if (r.comp >= 0) {
      const Slot& c = slots_[r.comp];
      for (size_t i = 0; i < c.members.size(); ++i)
        for (size_t j = 0; j < c.members.size(); ++j)
          if (i != j)
            for (const std::string& a : c.members[i])
              for (const std::string& b : c.members[j]) emit(a, b, c, c);
      return;
    }
    // TABARI: with nothing else in the clause, the target is the nearest actor before the verb,
    // which may be the last member of the source compound ("the Prince ..., and Elrond ... attack")
    if (r.src >= 0 && r.tgt < 0 && slots_[r.src].compound && dict_.dialect == Dialect::kTabari) {
      for (const std::string& a : Codes(slots_[r.src]))
        for (const std::string& b : slots_[r.src].members.back()) emit(a, b, slots_[r.src], slots_[r.src]);
      return;
    }
    // PETRARCH with require_dyad false: a role left empty is coded "---" ("the official news agency
    // said": ---GOV --- 023)
    if ((r.src < 0) != (r.tgt < 0) && !dict_.options.require_dyad) {
      const Slot& s = slots_[r.src >= 0 ? r.src : r.tgt];
      Span none = emit.trigger;
      for (const std::string& c : Codes(s))
        if (r.src >= 0) EmitOne(emit, c, "---", SlotSpan(words_, s), none);
        else EmitOne(emit, "---", c, none, SlotSpan(words_, s));
      return;
    }
    if (r.src < 0 || r.tgt < 0) return;
    for (const std::string& a : Codes(slots_[r.src]))
      for (const std::string& b : Codes(slots_[r.tgt])) emit(a, b, slots_[r.src], slots_[r.tgt]);
  }

  template <typename Free>
  int DefaultTarget(const Unit& verb, const Clause& clause, int src, int after_from, Free free) const {
    auto same = [&](int s) { return src >= 0 && Codes(slots_[s]) == Codes(slots_[src]); };
    for (int s = 0; s < static_cast<int>(slots_.size()); ++s) {
      const Slot& x = slots_[s];
      if (x.first < after_from || x.last > clause.last || !free(s) || s == src) continue;
      if (x.pronoun && same(s) && words_[x.first].up != "THEIR") continue;  // "urged Bree to assist him"
      return s;
    }
    for (int s = static_cast<int>(slots_.size()) - 1; s >= 0; --s) {
      const Slot& x = slots_[s];
      if (x.first < verb.first && x.first >= clause.first && free(s) && s != src && !same(s)) return s;
    }
    return -1;
  }

  // "was opposed by X": an auxiliary before the verb and BY between it and the target. With a PICO
  // ontology (UD-PETRARCH) any passive counts: an auxiliary, adverbs, and a participle.
  bool Passive(const Unit& verb, const Clause& clause, int tgt) const {
    bool aux = false, by = false;
    for (const Unit& u : units_) {
      if (u.kind != RootKind::kBuiltin) continue;
      if (u.code == kAuxiliary && u.last < verb.first && u.first >= clause.first && verb.first - u.last <= 3) aux = true;
      if (u.code == kBy && u.first > verb.last && u.first < slots_[tgt].first) by = true;
    }
    if (aux && !by && !dict_.pico.empty()) return slots_[tgt].first > verb.last && Participle(verb);
    return aux && by;
  }

  // The auxiliary right before the verb, only adverbs between, and a participle ending.
  bool Participle(const Unit& verb) const {
    const std::string& w = words_[verb.first].up;
    auto ends = [&](std::string_view e) { return w.size() > e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0; };
    if (!(ends("ED") || ends("EN") || ends("WN") || ends("T"))) return false;
    for (int i = verb.first - 1; i >= 0; --i) {
      const std::string& x = words_[i].up;
      if (x == "WAS" || x == "WERE" || x == "BEEN" || x == "IS" || x == "ARE" || x == "BE" || x == "BEING") return true;
      bool adverb = x.size() > 3 && x.compare(x.size() - 2, 2, "LY") == 0;
      if (!adverb && x != "AND" && x != "ALSO") return false;
    }
    return false;
  }

  // NOT, N'T or NEVER before the verb, with only auxiliaries and adverbs between.
  bool Negated(const Unit& verb) const {
    for (int i = verb.first - 1; i >= 0 && verb.first - i <= 5; --i) {
      const Word& w = words_[i];
      if (w.comma) return false;
      if (w.up == "NOT" || w.up == "N'T" || w.up == "NEVER") return true;
      for (const Slot& s : slots_)
        if (s.first <= i && i <= s.last) return false;
    }
    return false;
  }

  // A code less 0xFFFF through the ontology ("[A:B]" part by part); unchanged when the result
  // has no CAMEO code.
  std::string Negate(const std::string& code) const {
    size_t colon = code.find(':');
    if (colon != std::string::npos) return Negate(code.substr(0, colon)) + ":" + Negate(code.substr(colon + 1));
    std::string base = code, mark;
    if (!base.empty() && (base.back() == '?' || base.back() == '!')) mark = base.back(), base.pop_back();
    auto it = dict_.pico.find(base);
    if (it == dict_.pico.end()) return code;
    auto back = dict_.pico_code.find(it->second - 0xFFFF);
    return back == dict_.pico_code.end() ? code : back->second + mark;
  }

  void Emit(const std::string& a, const std::string& b, Span sa, Span sb, const std::string& code, Span trigger,
            const std::string& rule, VerbResult* r) const {
    size_t colon = code.find(':');
    std::string forward = code.substr(0, colon);
    if (!forward.empty()) r->triples.push_back({a, b, forward, sa, sb, trigger, rule});
    if (colon != std::string::npos) r->triples.push_back({b, a, code.substr(colon + 1), sb, sa, trigger, rule});
  }

  const PatternDictionary& dict_;
  const std::vector<Word>& words_;
  const std::vector<Slot>& slots_;
  const std::vector<Unit>& units_;
};

// SITREP_PATTERN_DEBUG=1: the words, roots and actors of every sentence, on standard error.
void Dump(const PatternDictionary& dict, const std::vector<Word>& words, const std::vector<Unit>& units,
          const std::vector<Slot>& slots) {
  std::string out = "words:";
  for (size_t i = 0; i < words.size(); ++i) out += " " + std::to_string(i) + ":" + words[i].up;
  out += "\nroots:";
  for (const Unit& u : units)
    out += " [" + std::to_string(u.first) + "-" + std::to_string(u.last) + " " + std::to_string(static_cast<int>(u.kind)) +
           " " + u.code + (u.shifted ? " noun" : "") + " " + dict.roots[u.root].file.substr(dict.roots[u.root].file.rfind('/') + 1) + ":" + std::to_string(dict.roots[u.root].line) + "]";
  out += "\nslots:";
  for (const Slot& s : slots) {
    out += " [" + std::to_string(s.first) + "-" + std::to_string(s.last);
    for (const auto& m : s.members)
      for (const auto& c : m) out += " " + c;
    out += s.pronoun ? " pron]" : "]";
  }
  std::fprintf(stderr, "%s\n", out.c_str());
}

void Cleanup(const Options& o, std::vector<Triple>* t) {
  std::vector<Triple> out;
  for (Triple& x : *t) {
    if (x.source == x.target) continue;
    if (o.require_dyad && (x.source == "---" || x.target == "---")) continue;
    bool dup = std::any_of(out.begin(), out.end(), [&](const Triple& y) {
      return y.source == x.source && y.target == x.target && y.code == x.code;
    });
    if (!dup) out.push_back(std::move(x));
  }
  *t = std::move(out);
}

}  // namespace

namespace {

// TABARI's COMPLEX option: too many verbs or conjunctions, or (NOACTPRIOR) a coding verb with no
// actor before it, and the sentence is not coded.
bool TooComplex(const Options& o, const std::vector<Unit>& units, const std::vector<Slot>& slots) {
  int verbs = 0, conj = 0;
  for (const Unit& u : units) {
    if (u.kind == RootKind::kVerb && !u.shifted) ++verbs;
    if (u.kind == RootKind::kBuiltin && u.code == kConjunction && !u.in_compound) ++conj;
  }
  if ((o.complex_verbs > 0 && verbs >= o.complex_verbs) || (o.complex_conj > 0 && conj >= o.complex_conj)) return true;
  if (!o.no_actor_prior) return false;
  for (const Unit& u : units) {
    if (u.kind != RootKind::kVerb || u.shifted || u.code == "---") continue;
    return std::none_of(slots.begin(), slots.end(), [&](const Slot& s) { return s.last < u.first; });
  }
  return false;
}

// Dominant events win; otherwise subordinate ones ("said") go when any other was coded.
std::vector<Triple> Keep(std::vector<VerbResult>& results) {
  bool dominant = std::any_of(results.begin(), results.end(), [](const VerbResult& r) { return r.dominant; });
  bool main = std::any_of(results.begin(), results.end(), [](const VerbResult& r) { return !r.subordinate; });
  std::vector<Triple> out;
  for (VerbResult& r : results)
    if (!((dominant && !r.dominant) || (main && r.subordinate))) out.insert(out.end(), r.triples.begin(), r.triples.end());
  return out;
}

}  // namespace

namespace {

// The code FORWARD gives a pronoun with no actor before it: the previous sentence's first actor when
// that sentence named it, else the story's first (TABARI forwards only once: FRWD-001-005 in its
// validation suite).
std::string Forwarded(const Story* story) {
  if (!story) return "";
  return story->last_named ? story->last : story->first;
}

void Remember(const std::vector<Slot>& slots, Story* story) {
  if (!story || slots.empty()) return;
  const Slot& s = slots.front();
  if (s.refers_to == kForwarded) {
    story->last_named = false;
  } else if (!s.pronoun && !s.base.empty()) {
    story->last = s.base;
    story->last_named = true;
    if (story->first.empty()) story->first = s.base;
  }
}

}  // namespace

std::vector<Triple> PatternCoder::CodeSentence(const std::vector<Word>& all, int32_t date, Story* story) const {
  const Options& o = dict_.options;
  if (!o.forward) story = nullptr;
  int letters = static_cast<int>(std::count_if(all.begin(), all.end(), [](const Word& w) { return w.letter; }));
  if (o.min_words > 0 && letters < o.min_words) return {};
  if (all.size() > kMaxWords) return {};  // TABARI's limit: a longer sentence is too complex to code
  // roots over every word find the discards and the list commas; again without the deleted clauses
  std::vector<Unit> units = FindRoots(dict_, index_, all, date);
  if (Unusable(units, "###")) return {};
  std::vector<bool> gone = CommaDeletions(all, units, o, dict_.dialect == Dialect::kPetrarch);
  std::vector<Word> words;
  for (size_t i = 0; i < all.size(); ++i)
    if (!gone[i]) words.push_back(all[i]);
  units = FindRoots(dict_, index_, words, date);
  ShiftVerbs(words, &units, false, dict_.dialect);
  if (Unusable(units, "+++")) return {};
  std::vector<Slot> slots = BuildSlots(dict_, words, &units, Forwarded(story));
  Remember(slots, story);
  if (debug_) Dump(dict_, words, units, slots);
  if (TooComplex(o, units, slots)) return {};
  // each clause's verbs left to right, up to its first event that is not subordinate
  VerbCoder vc(dict_, words, slots, units);
  std::vector<VerbResult> results;
  int prior_source = -1;
  bool petrarch = dict_.dialect == Dialect::kPetrarch;
  for (Clause c : Clauses(words, units, petrarch)) {
    int stopped = -1;  // the word of the verb whose event ended the clause
    for (const Unit& u : units) {
      if (u.kind != RootKind::kVerb || u.shifted || u.first < c.first || u.first > c.last) continue;
      if (stopped >= 0) {
        // PETRARCH codes every verb phrase: a verb after a comma that follows the event ("...,
        // the official news agency said on Thursday") opens a clause of its own
        int comma = -1;
        for (int k = stopped; k < u.first; ++k)
          if (words[k].up == ",") comma = k;
        if (!petrarch || !dict_.pico.empty() || comma < 0) break;  // (UD-PETRARCH, with PICO, does not)
        c.first = comma + 1;
        stopped = -1;
      }
      VerbResult r = vc.Code(u, c, prior_source);
      if (r.discard || r.complex) return {};
      if (r.triples.empty()) continue;
      if (r.source >= 0) prior_source = r.source;
      bool stop = !r.subordinate;
      results.push_back(std::move(r));
      if (stop) stopped = u.last;
    }
  }
  std::vector<Triple> out = Keep(results);
  Cleanup(o, &out);
  return out;
}

std::string PloverType(const std::string& cameo) {
  if (cameo.size() < 2 || !std::isdigit(static_cast<unsigned char>(cameo[0])) ||
      !std::isdigit(static_cast<unsigned char>(cameo[1])))
    return "";
  static const char* kTypes[] = {"",          "",        "",         "AGREE",    "CONSULT", "SUPPORT", "COOPERATE",
                                 "AID",       "CONCEDE", "INVESTIGATE", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
                                 "PROTEST",   "MOBILIZE", "SANCTION", "COERCE",  "ASSAULT", "ASSAULT", "ASSAULT"};
  int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
  return root >= 0 && root <= 20 ? kTypes[root] : "";
}

namespace {

// The event's place, chosen as for sitrep's own events from the trigger's tokens.
void Locate(const Analysis& a, int sentence, Span trigger, const std::vector<PlaceMention>& places,
            const Geocoder& geo, std::string_view body, Event* e) {
  EventDraft d;
  EventMention m;
  m.sentence = sentence;
  const Sentence& s = a.sentences[sentence];
  m.first = m.last = s.first;
  for (int t = s.first; t < s.last; ++t) {
    if (a.tokens[t].begin <= trigger.first) m.first = t;
    if (a.tokens[t].begin < trigger.second) m.last = t + 1;
  }
  d.mentions.push_back(m);
  if (auto p = ChooseEventPlace(d, a, places)) {
    e->location = MakeLocation(places[*p], geo, body);
    e->mentions.front().location.push_back({places[*p].begin, places[*p].end});
  }
}

}  // namespace

std::vector<Event> PatternCoder::Code(const Document& doc, long* sentences, Story* story) const {
  std::vector<Event> events;
  if (story) {
    std::string id = doc.id.substr(0, doc.id.rfind('-'));
    if (id != story->id) *story = Story{id, "", "", false};
  }
  Analysis a = Analyze(doc.text);
  std::vector<PlaceMention> places;
  if (geo_) places = geo_->Find(a, {}, geo_->DocumentPlaces(doc.title, doc.source, doc.url), Geocoder::OutletLanguages(doc.source));
  auto published = ParseIsoDate(doc.date);
  int32_t date = published ? published->year * 10000 + published->month * 100 + published->day : 0;
  for (size_t si = 0; si < a.sentences.size(); ++si) {
    if (sentences) ++*sentences;
    const Sentence& s = a.sentences[si];
    std::vector<Word> words = SentenceWords(a, s, dict_.dialect);
    for (Triple& t : CodeSentence(words, date, story)) {
      Event e;
      e.event_id = doc.id + "#" + std::to_string(events.size() + 1);
      e.doc_id = doc.id;
      e.doc_date = doc.date;
      e.cameo = t.code;
      e.type = PloverType(t.code);
      e.quad_class = QuadClass(t.code);
      if (lex_)
        if (const bin::Cameo* c = lex_->FindCameo(t.code)) e.goldstein = c->goldstein;
      Actor src, tgt;
      src.code = t.source, src.span = t.source_span, src.text = SliceCodePoints(doc.text, t.source_span.first, t.source_span.second);
      tgt.code = t.target, tgt.span = t.target_span, tgt.text = SliceCodePoints(doc.text, t.target_span.first, t.target_span.second);
      e.source.push_back(std::move(src));
      e.target.push_back(std::move(tgt));
      e.date.start = e.date.end = doc.date;
      Mention m;
      m.sentence = static_cast<int>(si);
      m.text = SliceCodePoints(doc.text, s.begin, s.end);
      m.trigger = t.trigger;
      m.source.push_back(t.source_span);
      m.target.push_back(t.target_span);
      m.rule = t.rule;
      e.mentions.push_back(std::move(m));
      e.confidence = 0.5;
      if (geo_) Locate(a, static_cast<int>(si), t.trigger, places, *geo_, doc.text, &e);
      events.push_back(std::move(e));
    }
  }
  return events;
}

}  // namespace sitrep::patterns
