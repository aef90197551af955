#include "patterns/sentence.h"

#include <algorithm>
#include <cctype>

#include "patterns/reader_util.h"

namespace sitrep::patterns {
namespace {

bool IsAscii(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

void PushWord(std::vector<Word>* out, std::string up, int begin, int end, bool capital) {
  if (up.empty()) return;
  Word w;
  w.letter = std::isalpha(static_cast<unsigned char>(up[0])) != 0;
  w.up = std::move(up);
  w.begin = begin;
  w.end = end;
  w.capital = capital;
  out->push_back(std::move(w));
}

// "DIDN'T" -> "DID" "N'T", "WON'T" -> "WO" "N'T", as the Penn Treebank writes them.
void PushPetrarch(std::vector<Word>* out, const std::string& up, int begin, int end, bool capital) {
  if (up.size() > 3 && up.compare(up.size() - 3, 3, "N'T") == 0) {
    PushWord(out, up.substr(0, up.size() - 3), begin, end, capital);
    PushWord(out, "N'T", begin, end, false);
    return;
  }
  PushWord(out, up, begin, end, capital);
}

bool IsActor(const Unit& u) { return u.kind == RootKind::kActor && u.code != "---"; }
bool IsTag(const Unit& u, std::string_view tag) { return u.kind == RootKind::kBuiltin && u.code == tag; }

const Unit* UnitAt(const std::vector<Unit>& units, int word) {
  for (const Unit& u : units)
    if (u.first <= word && word <= u.last) return &u;
  return nullptr;
}

bool Redundant(const std::string& code, const std::string& agent) {
  for (size_t at = 0; at + agent.size() <= code.size(); at += 3)
    if (code.compare(at, agent.size(), agent) == 0) return true;
  return false;
}

std::string WithAgent(const std::string& code, std::string agent) {
  bool prefix = !agent.empty() && agent.back() == '~';
  agent.erase(std::remove(agent.begin(), agent.end(), '~'), agent.end());
  if (agent.empty() || Redundant(code, agent)) return code;
  return prefix ? agent + code : code + agent;
}

std::vector<std::string> SplitSlash(const std::string& code) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t at = code.find('/', start);
    out.push_back(code.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) return out;
    start = at + 1;
  }
}

struct Ref {
  int first, last;
  std::vector<std::string> codes;
  std::string base;       // the actor's own code ("" for an agent alone)
  std::string of_agent;   // an agent joined by of/in/from ("the ambassadors of Arnor, ...")
  std::string alone;      // an agent with no actor
};

// The agent beside an actor: right after it, else right before it (or before "of"/"in" and it).
// The agent beside an actor: right after it, else right before it (or before "of"/"in" and it).
// `gap`: untyped words allowed between an actor and the agent after it (PETRARCH's noun phrase:
// "Dagolath's first Deputy Prime Minister"). `*via_prep` tells an agent joined by a preposition.
Unit* AgentFor(std::vector<Unit>& units, const std::vector<Word>& words, const Unit& actor, int gap, bool* via_prep) {
  *via_prep = false;
  const Unit* next = UnitAt(units, actor.last + 1);
  int after = next && IsTag(*next, kFormer) ? actor.last + 2 : actor.last + 1;  // "Arnor former officials"
  for (int g = 0; g <= gap; ++g) {
    int at = after + g;
    if (g > 0) {  // lower-case modifiers, "and" among them ("Ithilen's awful and evil minister")
      int w = at - 1;
      if (w >= static_cast<int>(words.size()) || words[w].comma) break;
      const Unit* between = UnitAt(units, w);
      if (between && !IsTag(*between, kConjunction)) break;
    }
    for (Unit& u : units)
      if (u.kind == RootKind::kAgent && !u.used && u.first == at) return &u;
  }
  for (Unit& u : units) {
    if (u.kind != RootKind::kAgent || u.used) continue;
    if (u.last == actor.first - 1) return &u;
    const Unit* between = UnitAt(units, actor.first - 1);
    if (u.last == actor.first - 2 && between && IsTag(*between, kPreposition)) {
      *via_prep = true;
      return &u;
    }
  }
  return nullptr;
}

std::vector<Ref> ActorRefs(const PatternDictionary& dict, const std::vector<Word>& words, std::vector<Unit>* units) {
  std::vector<Ref> refs;
  for (const Unit& actor : *units) {
    if (!IsActor(actor)) continue;
    Ref r{actor.first, actor.last, SplitSlash(actor.code), actor.code, "", ""};
    // PETRARCH reads every agent of the noun phrase: "an MSF Arnor diplomat" (one before, one after).
    bool petrarch = dict.dialect == Dialect::kPetrarch;
    for (int round = 0; round < (petrarch ? 2 : 1); ++round) {
      bool via_prep = false;
      Unit* agent = AgentFor(*units, words, actor, petrarch ? 3 : 0, &via_prep);
      if (!agent) break;
      if (via_prep) r.of_agent = agent->code;
      r.base = r.codes.front();  // the code before its last agent ("Danish Islamist" of "... media")
      agent->used = true;
      std::string code = agent->code;
      int before = std::min(agent->first, actor.first) - 1;
      const Unit* former = before >= 0 ? UnitAt(*units, before) : nullptr;
      const Unit* inside = agent->first > actor.last + 1 ? UnitAt(*units, agent->first - 1) : nullptr;
      if ((former && IsTag(*former, kFormer)) || (inside && IsTag(*inside, kFormer)))
        code = code.back() == '~' ? "ELI~" : "~ELI";
      for (std::string& c : r.codes) c = WithAgent(c, code);
      r.first = std::min(r.first, agent->first);
      r.last = std::max(r.last, agent->last);
    }
    refs.push_back(std::move(r));
  }
  if (dict.options.agent_alone_as_actor)
    for (Unit& u : *units)
      if (u.kind == RootKind::kAgent && !u.used) refs.push_back(Ref{u.first, u.last, {WithAgent("---", u.code)}, "", "", u.code});
  std::sort(refs.begin(), refs.end(), [](const Ref& a, const Ref& b) { return a.first < b.first; });
  return refs;
}

enum class Link { kNone, kPlain, kComma, kConj };  // kPlain: only determiners and adjectives

// `loose`: words no dictionary knows may modify the next actor ("and the evil awful Gondor"), as in
// PETRARCH's noun phrases; TABARI needs them in its <ADJECTIVE> list.
Link LinkBetween(const std::vector<Word>& words, const std::vector<Unit>& units, const Ref& a, const Ref& b,
                 bool loose) {
  bool conj = false, comma = false;
  int unknown = 0;
  for (int w = a.last + 1; w < b.first; ++w) {
    if (words[w].comma) {
      comma = true;
      continue;
    }
    const Unit* u = UnitAt(units, w);
    if (!u && loose && words[w].letter && ++unknown <= 3) continue;
    if (!u) return Link::kNone;
    if (loose && IsTag(*u, kPreposition) && words[w].up == "OF") continue;  // "Ithilen's sheep and goats of Gondor"
    auto nominal = [&](int x) {
      const Unit* n = x >= 0 && x < static_cast<int>(words.size()) ? UnitAt(units, x) : nullptr;
      return n && (n->kind == RootKind::kAdjective || n->kind == RootKind::kNoun);
    };
    if (IsTag(*u, kConjunction) && nominal(w - 1) && nominal(w + 1)) return Link::kNone;  // "awful and evil"
    if (IsTag(*u, kConjunction) && words[w].up != "BUT") conj = true;
    else if (!IsTag(*u, kDeterminer) && u->kind != RootKind::kAdjective) return Link::kNone;
  }
  return conj ? Link::kConj : comma ? Link::kComma : Link::kPlain;
}

void MarkCompoundConjunctions(std::vector<Unit>* units, int from, int to) {
  for (Unit& u : *units)
    if (IsTag(u, kConjunction) && u.first > from && u.last < to) u.in_compound = true;
}

// PETRARCH spreads a noun phrase's parts over its coordination: "the ambassadors of Arnor,
// Osgiliath and Gondor" (the agent to every member), "Danish media and government" (the actor to
// an agent alone).
void Distribute(std::vector<Ref>* refs, size_t from, size_t to) {
  // "Lawmakers and officials in Fornost and Gondor": agents alone before actors joined by a
  // preposition go with each of those actors
  for (size_t k = from; k < to; ++k) {
    Ref& r = (*refs)[k];
    if (r.alone.empty()) continue;
    auto joined = std::find_if(refs->begin() + k + 1, refs->begin() + to, [](const Ref& x) { return !x.of_agent.empty(); });
    if (joined == refs->begin() + to) continue;
    r.codes.clear();
    for (auto j = joined; j != refs->begin() + to; ++j)
      if (j->alone.empty()) r.codes.push_back(WithAgent(SplitSlash(j->base).front(), r.alone));
    if (r.codes.empty()) r.codes.push_back(WithAgent("---", r.alone));
  }
  for (size_t k = from + 1; k < to; ++k) {
    Ref& prev = (*refs)[k - 1];
    Ref& r = (*refs)[k];
    if (!prev.of_agent.empty() && r.of_agent.empty() && !r.base.empty()) {
      r.of_agent = prev.of_agent;
      for (std::string& c : r.codes) c = WithAgent(c, prev.of_agent);
    }
    if (r.base.empty() && !prev.base.empty() && !r.alone.empty() && r.codes.size() == 1)
      for (std::string& c : r.codes)
        if (c.rfind("---", 0) == 0) c = prev.base + c.substr(3);
  }
}

}  // namespace

RootIndex::RootIndex(const PatternDictionary& dict) {
  for (size_t r = 0; r < dict.roots.size(); ++r) {
    const Elem& e = dict.roots[r].phrase.front();
    int i = static_cast<int>(r);
    if (e.kind != Elem::kWord) other_.push_back(i);
    else if (!e.stem) exact_[e.word].push_back(i);
    else if (e.word.size() >= 3) stem_[e.word.substr(0, 3)].push_back(i);
    else other_.push_back(i);
  }
}

void RootIndex::Candidates(const std::string& word, std::vector<int>* out) const {
  out->clear();
  auto add = [&](const std::unordered_map<std::string, std::vector<int>>& m, const std::string& key) {
    auto it = m.find(key);
    if (it != m.end()) out->insert(out->end(), it->second.begin(), it->second.end());
  };
  add(exact_, word);
  for (std::string_view suffix : {"S", "ES", "'S", "ED", "D", "EN", "ING", "IES"}) {
    if (word.size() <= suffix.size() + 1 || word.compare(word.size() - suffix.size(), suffix.size(), suffix) != 0)
      continue;
    std::string base = word.substr(0, word.size() - suffix.size());
    add(exact_, base);
    if (suffix == "IES") add(exact_, base + "Y");
  }
  if (word.size() >= 3) add(stem_, word.substr(0, 3));
  out->insert(out->end(), other_.begin(), other_.end());
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

std::vector<Word> SentenceWords(const Analysis& a, const Sentence& s, Dialect dialect) {
  std::vector<Word> out;
  bool lower = false;  // an all-capitals sentence says nothing by capitals
  for (int t = s.first; t < s.last && !lower; ++t)
    lower = std::any_of(a.tokens[t].text.begin(), a.tokens[t].text.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
  for (int t = s.first; t < s.last; ++t) {
    const Token& tok = a.tokens[t];
    if (tok.punct) {
      if (tok.text == ",") PushWord(&out, ",", tok.begin, tok.end, false), out.back().comma = true;
      continue;
    }
    std::string up = Upper(tok.text);
    bool capital = tok.upper_initial && t > s.first && lower;
    if (tok.lower == "'s" || tok.lower == "'") {
      if (dialect == Dialect::kTabari && !out.empty() && !out.back().comma) out.back().up += up, out.back().end = tok.end;
      continue;
    }
    bool exact_offsets = IsAscii(tok.text) && static_cast<int>(tok.text.size()) == tok.end - tok.begin;
    size_t start = 0;
    for (size_t i = 0; i <= up.size(); ++i) {
      if (i < up.size() && up[i] != '-' && up[i] != '_') continue;
      if (i > start) {
        int b = exact_offsets ? tok.begin + static_cast<int>(start) : tok.begin;
        int e = exact_offsets ? tok.begin + static_cast<int>(i) : tok.end;
        std::string piece = up.substr(start, i - start);
        if (dialect == Dialect::kPetrarch) PushPetrarch(&out, piece, b, e, capital && start == 0);
        else PushWord(&out, piece, b, e, capital && start == 0);
      }
      start = i + 1;
    }
  }
  return out;
}

std::string CodeOn(const std::vector<DatedCode>& codes, int32_t date) {
  const DatedCode* best = nullptr;
  for (const DatedCode& c : codes)
    if (c.dated && c.from <= date && date <= c.to && (!best || c.to - c.from < best->to - best->from)) best = &c;
  if (best) return best->code;
  for (const DatedCode& c : codes)
    if (!c.dated) return c.code;
  return "---";
}

std::vector<Unit> FindRoots(const PatternDictionary& dict, const RootIndex& index, const std::vector<Word>& words,
                            int32_t date) {
  std::vector<Unit> units;
  std::vector<bool> taken(words.size(), false);
  std::vector<int> candidates;
  for (int i = 0; i < static_cast<int>(words.size()); ++i) {
    if (taken[i] || words[i].comma) continue;
    index.Candidates(words[i].up, &candidates);
    int best = -1;
    size_t best_words = 0, best_chars = 0;
    std::vector<int> best_path;
    for (int r : candidates) {
      Matcher m(dict, words, nullptr);
      m.kind = dict.roots[r].kind;
      m.comma_stops = true;
      m.Forward(dict.roots[r].phrase, 0, i, true, [&](int) {
        size_t chars = 0;
        for (int w : m.path) chars += words[w].up.size();
        if (m.path.size() > best_words || (m.path.size() == best_words && chars > best_chars)) {
          best = r, best_words = m.path.size(), best_chars = chars, best_path = m.path;
        }
        return true;
      });
    }
    if (best < 0) continue;
    Unit u;
    u.root = best;
    const Root& root = dict.roots[best];
    u.kind = root.kind;
    u.first = i;
    u.last = *std::max_element(best_path.begin(), best_path.end());
    for (int w : best_path) taken[w] = true;
    if (root.kind == RootKind::kVerb) u.code = root.codes.empty() ? dict.verbs[root.verb].code : root.codes[0].code;
    else if (root.kind == RootKind::kActor || root.kind == RootKind::kTime) u.code = CodeOn(root.codes, date);
    else if (!root.codes.empty()) u.code = root.codes[0].code;
    units.push_back(std::move(u));
  }
  return units;
}

void ShiftVerbs(const std::vector<Word>& words, std::vector<Unit>* units, bool all_caps, Dialect dialect) {
  static const std::string_view kModals[] = {"SHOULD", "WOULD", "COULD", "MAY", "MIGHT", "MUST", "CAN", "WILL", "SHALL"};
  for (Unit& v : *units) {
    if (v.kind != RootKind::kVerb) continue;
    // PETRARCH reads verbs from a parse, where a modal is an auxiliary, never the verb
    if (dialect == Dialect::kPetrarch && v.first == v.last &&
        std::find(std::begin(kModals), std::end(kModals), words[v.first].up) != std::end(kModals))
      v.shifted = true;
    if (words[v.first].capital && !all_caps) v.shifted = true;
    const Unit* before = v.first > 0 ? UnitAt(*units, v.first - 1) : nullptr;
    if (before && IsTag(*before, kDeterminer)) v.shifted = true;
    // one lower-case word between ("a new bombing"); a capitalised one is a name ("the Brown called")
    if (!before && v.first > 1 && !words[v.first - 1].comma && !words[v.first - 1].capital) {
      const Unit* det = UnitAt(*units, v.first - 2);
      if (det && IsTag(*det, kDeterminer)) v.shifted = true;
    }
  }
}

std::vector<bool> CommaDeletions(const std::vector<Word>& words, const std::vector<Unit>& units, const Options& o,
                                 bool loose) {
  std::vector<bool> gone(words.size(), false);
  std::vector<int> commas;
  for (int i = 0; i < static_cast<int>(words.size()); ++i) {
    if (!words[i].comma) continue;
    const Unit* left = i > 0 ? UnitAt(units, i - 1) : nullptr;
    int j = i + 1, unknown = 0;
    while (j < static_cast<int>(words.size())) {
      const Unit* u = UnitAt(units, j);
      if (!u && loose && words[j].letter && !words[j].capital && ++unknown <= 3) {  // "the awful Fornost"
        ++j;
        continue;
      }
      if (!u || !(IsTag(*u, kDeterminer) || IsTag(*u, kConjunction) || u->kind == RootKind::kAdjective)) break;
      j = u->last + 1;
    }
    const Unit* right = j < static_cast<int>(words.size()) ? UnitAt(units, j) : nullptr;
    bool list = left && right && (IsActor(*left) || left->kind == RootKind::kAgent) && IsActor(*right);
    // a list goes on to a conjunction ("A, B and C"); ", the X newspaper said" is a clause
    if (list) {
      list = false;
      for (int k = i + 1; k < static_cast<int>(words.size()) && k <= right->last + 6 && !list; ++k) {
        const Unit* u = UnitAt(units, k);
        if (u && u->kind == RootKind::kVerb) break;
        list = u && IsTag(*u, kConjunction);
      }
    }
    // "the IMF and Red Cross, and Elrond": a list already closed by "and" ends at the comma
    if (list && left->first >= 2) {
      const Unit* before = UnitAt(units, left->first - 1);
      const Unit* earlier = UnitAt(units, left->first - 2);
      if (before && IsTag(*before, kConjunction) && earlier && IsActor(*earlier)) list = false;
    }
    if (!list) commas.push_back(i);
  }
  if (commas.empty()) return gone;
  auto count = [&](int a, int b) {
    int n = 0;
    for (int w = a; w < b; ++w) n += words[w].letter ? 1 : 0;
    return n;
  };
  auto maybe = [&](int a, int b, int lo, int hi) {
    const Unit* first = a < b ? UnitAt(units, a) : nullptr;
    if (first && IsTag(*first, kConjunction)) return false;  // ", and ...": coordination, not an aside
    int n = count(a, b);
    if (hi <= 0 || n < lo || n > hi) return false;
    for (int w = a; w < b; ++w) gone[w] = true;
    return true;
  };
  // Internal clauses first, left to right; a deleted clause uses up both its commas, so the
  // initial and terminal clauses are measured from the commas that remain.
  int n = static_cast<int>(words.size());
  std::vector<bool> used(commas.size(), false);
  for (size_t k = 0; k + 1 < commas.size(); ++k) {
    if (used[k]) continue;
    if (maybe(commas[k] + 1, commas[k + 1], o.comma_min, o.comma_max)) used[k] = used[k + 1] = true;
  }
  if (!used.front()) maybe(0, commas.front(), o.comma_bmin, o.comma_bmax);
  if (!used.back()) maybe(commas.back() + 1, n, o.comma_emin, o.comma_emax);
  return gone;
}

namespace {

// The end of the compound that starts at refs[i]: comma links up to the last conjunction, and after
// a conjunction the actors that follow with only adjectives between ("and the evil Arnor awful Gondor").
size_t CompoundEnd(const PatternDictionary& dict, const std::vector<Word>& words, const std::vector<Unit>& units,
                   std::vector<Ref>* refs, size_t i) {
  bool petrarch = dict.dialect == Dialect::kPetrarch;
  size_t cut = i + 1;
  bool after_conj = false;
  for (size_t end = i + 1; end < refs->size(); ++end) {
    const Ref &prev = (*refs)[end - 1], &next = (*refs)[end];
    Link l = LinkBetween(words, units, prev, next, petrarch);
    bool touching = next.first == prev.last + 1;
    bool same_phrase = l == Link::kPlain && touching && petrarch;  // "Bree Prime Minister Romendacil"
    if (l == Link::kNone || (l == Link::kPlain && !after_conj && !same_phrase)) break;
    // TABARI: two actors side by side stay apart unless the first is a possessive ("Arnor's
    // Elrond"); "Dagolath Osgiliath" ends the compound
    const std::string& prev_word = words[prev.last].up;
    bool possessive = prev_word.size() > 2 && prev_word.compare(prev_word.size() - 2, 2, "'S") == 0;
    if (l == Link::kPlain && !petrarch && touching && !possessive) break;
    if (l == Link::kPlain && petrarch) {  // one noun phrase: its first actor
      (*refs)[end].codes.clear();
      cut = end + 1;
      continue;
    }
    if (l == Link::kConj) after_conj = true;
    if (after_conj) cut = end + 1;
  }
  return cut;
}

// A pronoun stands for the first actor or compound of the sentence before it; with none, a subject
// pronoun stands for `forwarded` when that is given.
void AddPronouns(const PatternDictionary& dict, const std::vector<Word>& words, const std::vector<Unit>& units,
                 const std::string& forwarded, std::vector<Slot>* slots) {
  size_t actors = slots->size();
  for (const Unit& u : units) {
    if (!IsTag(u, kPronoun)) continue;
    if (dict.dialect == Dialect::kPetrarch && words[u.first].up == "THEIR") continue;  // a determiner in a noun phrase
    Slot p;
    p.first = p.last = u.first;
    p.pronoun = true;
    for (size_t s = 0; s < actors; ++s)
      if ((*slots)[s].last < u.first) {
        p.refers_to = static_cast<int>(s);
        p.members = (*slots)[s].members;
        p.compound = (*slots)[s].compound;
        break;
      }
    static const std::string_view kSubject[] = {"HE", "SHE", "IT", "THEY"};  // "among them" is not forwarded
    bool subject = std::find(std::begin(kSubject), std::end(kSubject), words[u.first].up) != std::end(kSubject);
    if (p.refers_to < 0 && subject && !forwarded.empty()) {
      p.refers_to = kForwarded;
      p.members = {{forwarded}};
      p.base = forwarded;
    }
    if (p.refers_to != -1) slots->push_back(std::move(p));
  }
}

}  // namespace

std::vector<Slot> BuildSlots(const PatternDictionary& dict, const std::vector<Word>& words, std::vector<Unit>* units,
                             const std::string& forwarded) {
  std::vector<Ref> refs = ActorRefs(dict, words, units);
  std::vector<Slot> slots;
  for (size_t i = 0; i < refs.size();) {
    size_t cut = CompoundEnd(dict, words, *units, &refs, i);
    Slot s;
    s.first = refs[i].first;
    s.last = refs[cut - 1].last;
    s.compound = cut - i > 1;
    if (dict.dialect == Dialect::kPetrarch) Distribute(&refs, i, cut);
    for (size_t k = i; k < cut; ++k)
      if (!refs[k].codes.empty()) s.members.push_back(refs[k].codes);
    if (!refs[i].codes.empty()) s.base = refs[i].base.empty() ? refs[i].codes.front() : refs[i].base;
    MarkCompoundConjunctions(units, s.first, s.last);  // also "and" inside one noun phrase
    slots.push_back(std::move(s));
    i = cut;
  }
  AddPronouns(dict, words, *units, forwarded, &slots);
  std::sort(slots.begin(), slots.end(), [](const Slot& a, const Slot& b) { return a.first < b.first; });
  return slots;
}

}  // namespace sitrep::patterns
