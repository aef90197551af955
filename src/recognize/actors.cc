#include "recognize/actors.h"

#include <algorithm>
#include <unordered_set>

#include "base/utf8.h"
#include "recognize/words.h"

namespace sitrep {
namespace {

constexpr uint32_t kPersonPiece = 0xFFFFFFFF;

std::string StripArticlePrefix(const std::string& w) {
  for (const char* p : {"al-", "el-", "ad-", "ash-", "as-", "an-", "ar-", "at-", "az-"}) {
    std::string prefix(p);
    if (w.size() > prefix.size() + 2 && w.compare(0, prefix.size(), prefix) == 0) return w.substr(prefix.size());
  }
  return w;
}

bool IsRefNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> k = {
      "sides", "countries", "nations", "leaders", "governments", "ministers", "diplomats", "men",
      "officials", "presidents", "parties", "states", "neighbours", "neighbors", "allies",
      "delegations", "heads", "premiers", "rivals"};
  return k.count(w) > 0;
}

// "those responsible", "the attackers", "the two sides", "both countries"; returns the end token.
int MatchRef(const std::vector<Token>& t, int i, int limit, ActorRef* ref) {
  auto lw = [&](int k) -> std::string_view { return k < limit ? std::string_view(t[k].lower) : ""; };
  if (lw(i) == "those" && lw(i + 1) == "responsible") { *ref = ActorRef::kPerpetrators; return i + 2; }
  if (lw(i) == "anyone" || lw(i) == "anybody" || lw(i) == "whoever" || lw(i) == "everyone") {
    *ref = ActorRef::kGeneric;  // "anyone caught barricading roads would be arrested"
    return i + 1;
  }
  if (lw(i) == "the" && (lw(i + 1) == "perpetrators" || lw(i + 1) == "attackers" ||
                         lw(i + 1) == "assailants" || lw(i + 1) == "culprits")) {
    *ref = ActorRef::kPerpetrators;
    return i + 2;
  }
  bool two = (lw(i) == "the" && lw(i + 1) == "two") || lw(i) == "both";
  if (!two) return -1;
  int k = lw(i) == "both" ? i + 1 : i + 2;
  // "the two nuclear-armed neighbours": a hyphenated adjective modifies too
  while (k < limit && k < i + 4 && (IsModifier(lw(k)) || lw(k).find('-') != std::string_view::npos) &&
         !IsRefNoun(lw(k)))
    ++k;
  if (IsRefNoun(lw(k))) { *ref = ActorRef::kBothSides; return k + 1; }
  if (lw(i) == "the" && k == i + 2 && !t[k < limit ? k : i].upper_initial) {
    *ref = ActorRef::kBothSides;  // "the two discussed ..."
    return i + 2;
  }
  return -1;
}

// "Asaad", "al-Shaibani", "bin", "de": parts of a personal name after a title.
bool IsNameToken(const Token& t) {
  if (t.punct || t.number || t.dateline || IsSpeechVerb(t.lower)) return false;
  if (t.upper_initial) return true;
  size_t dash = t.text.find('-');
  if (dash != std::string::npos && dash + 1 < t.text.size() && dash <= 3 &&
      t.text[dash + 1] >= 'A' && t.text[dash + 1] <= 'Z')
    return true;  // al-Shaibani, el-Sisi, ad-Din
  return false;
}

}  // namespace

// "U.S. and British warplanes": the head noun of the second conjunct belongs to the first.
void ShareHeadNoun(const std::vector<Token>& t, std::vector<ActorMention>* mentions) {
  for (size_t i = 0; i + 1 < mentions->size(); ++i) {
    ActorMention& a = (*mentions)[i];
    const ActorMention& b = (*mentions)[i + 1];
    bool joined = b.first == a.last + 1 && t[a.last].lower == "and";
    bool bare_a = a.last - a.first == 1 && a.rule.empty() && a.actor.group.empty() && !a.person;
    bool adjectival_b = b.first < b.last && t[b.first].upper_initial && !b.rule.empty() && !b.actor.country.empty();
    if (joined && bare_a && adjectival_b && !a.actor.country.empty()) {
      a.actor.sector = b.actor.sector;
      a.actor.code = a.actor.country + a.actor.sector;
      a.modifier = b.modifier;
    }
  }
}

std::string PersonKey(const std::string& lower_name) { return StripArticlePrefix(lower_name); }

namespace {

// The keys a person learned in a document is remembered under: the folded full name, the surname,
// and the surname as written ("al-Shaibani" and "Shaibani").
std::vector<std::string> MemoryKeys(const std::string& lower_full) {
  std::string surname = lower_full.substr(lower_full.rfind(' ') == std::string::npos ? 0 : lower_full.rfind(' ') + 1);
  return {PersonKey(lower_full), PersonKey(surname), surname};
}

}  // namespace

std::unordered_map<std::string, Actor> KnownPersons(const std::vector<Actor>& known) {
  std::unordered_map<std::string, Actor> out;
  for (const Actor& a : known) {
    std::string full = FoldForMatch(a.name);
    if (full.empty()) continue;
    std::string surname = full.substr(full.rfind(' ') == std::string::npos ? 0 : full.rfind(' ') + 1);
    out.emplace(PersonKey(full), a);
    if (surname.size() > 3) out.emplace(PersonKey(surname), a);
  }
  return out;
}

// CAMEO codes of intergovernmental bodies are hierarchical: a code that extends or repeats an
// earlier group's (IGOUNOSEC, IGOUNO for the Secretary-General) names a body of that organisation.
ActorRecognizer::ActorRecognizer(const Lexicon& lex) : lex_(lex), parents_(lex.group_count()) {
  std::unordered_map<std::string_view, std::string_view> first_with_code;
  for (uint32_t g = 0; g < lex.group_count(); ++g) first_with_code.emplace(lex.Str(lex.group(g).code), lex.Str(lex.group(g).name));
  for (uint32_t g = 0; g < lex.group_count(); ++g) {
    std::string_view code = lex.Str(lex.group(g).code), name = lex.Str(lex.group(g).name);
    if (code.substr(0, 3) != "IGO") continue;
    for (size_t k = code.size(); k >= 6; k -= 3) {
      auto it = first_with_code.find(code.substr(0, k));
      if (it != first_with_code.end() && it->second != name) {
        parents_[g] = std::string(it->second);
        break;
      }
    }
  }
}

Actor ActorRecognizer::PersonOn(uint32_t person, int32_t day) const {
  Actor a;
  a.name = std::string(lex_.Str(lex_.person(person).name));
  const bin::Role* r = lex_.RoleOn(person, day);
  if (!r) return a;
  a.country = std::string(lex_.Str(r->country));
  a.sector = std::string(lex_.Str(r->sector));
  a.group = std::string(lex_.Str(r->group));
  a.code = a.country + a.sector;
  if (!a.group.empty())  // the group's own country and code
    for (uint32_t g = 0; g < lex_.group_count(); ++g)
      if (lex_.Str(lex_.group(g).name) == a.group) {
        if (a.country.empty()) a.country = std::string(lex_.Str(lex_.group(g).country));
        a.code = std::string(lex_.Str(lex_.group(g).code));
        break;
      }
  return a;
}

std::vector<ActorRecognizer::Piece> ActorRecognizer::FindPieces(const Analysis& a, const Sentence& s,
                                                                const DocumentMemory& m,
                                                                std::vector<Actor>* persons) const {
  std::vector<Piece> pieces;
  std::vector<Match> matches;
  const auto& t = a.tokens;
  for (int i = s.first; i < s.last;) {
    if (t[i].dateline) { ++i; continue; }
    // a person the document has introduced: full name or surname
    int best_end = -1;
    for (int len = 3; len >= 1 && best_end < 0; --len) {
      if (i + len > s.last || !t[i].upper_initial) break;
      std::string key;
      for (int k = i; k < i + len; ++k) key += (k > i ? " " : "") + t[k].lower;
      std::string person_key = PersonKey(key);
      const Actor* found = nullptr;
      if (auto it = m.persons.find(person_key); it != m.persons.end()) found = &it->second;
      else if (m.known)  // learned in an earlier document
        if (auto k = m.known->find(person_key); k != m.known->end()) found = &k->second;
      if (found) {
        persons->push_back(*found);
        pieces.push_back({i, i + len, EntryKind::kAgent, kPersonPiece, "memory"});
        pieces.back().target = static_cast<uint32_t>(persons->size() - 1) | 0x80000000u;
        best_end = i + len;
      }
    }
    if (best_end > 0) { i = best_end; continue; }
    matches.clear();
    lex_.MatchAt(t, i, s.last, &matches);
    const Match* best = nullptr;
    for (const Match& mt : matches) {
      if (static_cast<EntryKind>(mt.entry->kind) == EntryKind::kTrigger) continue;
      if (!best || mt.last > best->last) best = &mt;
    }
    if (!best) { ++i; continue; }
    auto kind = static_cast<EntryKind>(best->entry->kind);
    if (kind == EntryKind::kPerson) {  // "Rubio": the role held on the story's date
      persons->push_back(PersonOn(best->entry->target, m.day));
      pieces.push_back({best->first, best->last, EntryKind::kAgent, kPersonPiece, "persons"});
      pieces.back().target = static_cast<uint32_t>(persons->size() - 1) | 0x80000000u;
      i = best->last;
      continue;
    }
    // "all official contact", "an official visit": "official" before a common noun is an adjective
    static const std::unordered_set<std::string_view> kOfficialThings = {
        "contact", "contacts", "visit", "visits", "statement", "statements", "media", "figures", "data",
        "results", "sources", "ceremony", "channels", "talks", "trip", "website", "account", "documents",
        "language", "residence", "position", "count", "toll", "news", "agency", "newspaper", "television",
        "radio", "announcement", "report", "reports", "records", "business", "duties", "policy", "request",
        "invitation", "letter", "recognition", "status", "estimate", "estimates", "tally", "version", "relations"};
    if (kind == EntryKind::kAgent && best->last == best->first + 1 && t[best->first].lower == "official" &&
        best->last < s.last && kOfficialThings.count(t[best->last].lower)) {
      i = best->last;
      continue;
    }
    // "Latin American countries", "South American": a region's people, not the United States'
    if (kind == EntryKind::kDemonym && best->first > s.first &&
        (t[best->first].lower == "american" || t[best->first].lower == "americans")) {
      const std::string& before = t[best->first - 1].lower;
      if (before == "latin" || before == "south" || before == "central" || before == "north" || before == "pan" ||
          before == "-") {
        i = best->last;
        continue;
      }
    }
    // "CPN(US)", "CPN(UML)": a bracket glued to capitals is part of a party's name, not a country
    if (best->first > s.first + 1 && t[best->first - 1].text == "(" && t[best->first - 1].begin == t[best->first - 2].end &&
        t[best->first - 2].all_caps) {
      i = best->last;
      continue;
    }
    // "Benin City", "Quezon City": a name with "City" after it is a town, not the country
    if (kind == EntryKind::kCountry && best->last < s.last && t[best->last].text == "City") {
      i = best->last + 1;
      continue;
    }
    std::string rule = kind == EntryKind::kAgent ? std::string(lex_.Str(lex_.agent(best->entry->target).rule)) : "";
    pieces.push_back({best->first, best->last, kind, best->entry->target, rule});
    i = best->last;
  }
  return pieces;
}

static void Remember(const ActorMention& m, DocumentMemory* memory) {
  if (m.person) {
    memory->last_person = m.actor;
    memory->has_last_person = true;
  } else if (m.plural && !m.place && !m.modifier) {
    memory->last_plural = m.actor;
    memory->has_last_plural = true;
  }
  static const std::unordered_set<std::string_view> kStateSectors = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO"};
  if (!m.actor.group.empty() && !m.place && !kStateSectors.count(m.actor.sector)) {
    memory->last_group = m.actor;
    memory->has_last_group = true;
  }
}

// "the group", "the militant group", "the movement": the end of such a phrase at token i, or -1.
static int GroupReference(const std::vector<Token>& t, int i, int limit) {
  static const std::unordered_set<std::string_view> kHeads = {"group", "movement", "organisation", "organization",
                                                              "militia", "outfit", "faction"};
  static const std::unordered_set<std::string_view> kModifiers = {"militant", "rebel", "armed", "jihadist",
                                                                  "islamist", "extremist", "insurgent", "terrorist"};
  if (t[i].lower != "the") return -1;
  int k = i + 1;
  if (k < limit && kModifiers.count(t[k].lower)) ++k;
  if (k >= limit || !kHeads.count(t[k].lower)) return -1;
  if (k + 1 < limit && (t[k + 1].lower == "of" || t[k + 1].upper_initial)) return -1;  // "the Group of Seven"
  return k + 1;
}

// "he"/"she": the last person named before the pronoun; "they": the last group or plural
// phrase; "the group": the last organisation outside the state. Earlier sentences count through
// the memory; later words of this sentence never do.
// A "They" that opens a sentence and acts ("They also stole money") is most often the subject of the
// sentence before, its first plural phrase, rather than the last one named ("unidentified armed men
// killed a man and injured three civilians"); one that undergoes ("They were taken to hospital") is not.
static bool OpeningActiveThey(const std::vector<Token>& t, const Sentence& s, int i) {
  if (i != s.first || i + 1 >= s.last) return false;
  const std::string& next = t[i + 1].lower;
  return !IsBeForm(next) && next != "had" && next != "have";
}

static void ResolvePronouns(const std::vector<Token>& t, const Sentence& s, DocumentMemory* memory,
                     std::vector<ActorMention>* out) {
  std::vector<ActorMention> pronouns;
  Actor opening = memory->opening_plural;  // (kept through sentences that name no plural phrase)
  bool has_opening = memory->has_opening_plural;
  for (const auto& a : *out)
    if (a.plural && !a.place && !a.modifier && !a.person) {
      memory->opening_plural = a.actor;
      memory->has_opening_plural = true;
      break;
    }
  size_t next = 0;  // actors of this sentence, in order, taken into memory as the scan passes them
  for (int i = s.first; i < s.last; ++i) {
    for (; next < out->size() && (*out)[next].last <= i; ++next) Remember((*out)[next], memory);
    bool he = (t[i].lower == "he" || t[i].lower == "she") && memory->has_last_person;
    bool they = t[i].lower == "they" && memory->has_last_plural;
    if (t[i].lower == "they" && has_opening && OpeningActiveThey(t, s, i)) {
      ActorMention m;
      m.first = i;
      m.last = i + 1;
      m.actor = opening;
      m.actor.span = {t[i].begin, t[i].end};
      m.plural = true;
      m.ref = ActorRef::kPronoun;
      pronouns.push_back(m);
      continue;
    }
    int group_end = memory->has_last_group ? GroupReference(t, i, s.last) : -1;
    if (group_end > 0)
      for (const auto& a : *out) group_end = a.first <= i && i < a.last ? -1 : group_end;  // already an actor
    if (!he && !they && group_end < 0) continue;
    ActorMention m;
    m.first = i;
    m.last = group_end > 0 ? group_end : i + 1;
    m.actor = group_end > 0 ? memory->last_group : he ? memory->last_person : memory->last_plural;
    m.actor.span = {t[i].begin, t[m.last - 1].end};
    m.person = group_end < 0;
    m.plural = they || group_end > 0;
    m.ref = ActorRef::kPronoun;
    pronouns.push_back(m);
    i = m.last - 1;
  }
  for (; next < out->size(); ++next) Remember((*out)[next], memory);
  out->insert(out->end(), pronouns.begin(), pronouns.end());
}

// "the FPAC took control of ...", "the SAC cut off internet access": an organisation that news names
// by an acronym the dictionaries lack is still an actor, one whose country and kind are unknown.
static void AddUnknownAcronyms(const std::vector<Token>& t, const Sentence& s, std::vector<ActorMention>* out) {
  static const std::unordered_set<std::string_view> kNotActors = {
      "lga", "gmt", "utc", "am", "pm", "tv", "id", "covid", "hiv", "aids", "ceo", "gdp", "mp", "mps", "uav",
      "uavs", "ied", "ieds", "rpg", "rpgs", "ak", "usd", "eur", "km", "kg", "sms", "gps", "dna", "pdf", "vip",
      "ok", "ap", "afp", "bbc", "cnn", "fyi", "etc", "ltd", "inc", "llc", "plc", "suv", "suvs", "atm",
      "lpg", "cng", "vat", "ngo", "ngos", "idp", "idps", "mw", "kw", "ppe", "icu", "pcr", "sim", "ict", "it",
      "ai", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "mm", "cm", "st", "nd", "rd", "th"};
  int caps = 0;
  for (int k = s.first; k < s.last; ++k) caps += t[k].all_caps;
  if (caps > 4) return;  // a headline or a shouted line, not names
  for (int k = s.first; k < s.last; ++k) {
    const Token& x = t[k];
    if (!x.all_caps || x.dateline || x.text.size() < 3 || x.text.size() > 6 || kNotActors.count(x.lower)) continue;
    if (!std::all_of(x.text.begin(), x.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) continue;
    if (k > s.first && t[k - 1].text == "(") continue;  // "(NUG)" after the name it abbreviates
    bool covered = false;
    for (const auto& m : *out) covered |= m.first <= k && k < m.last;
    if (covered) continue;
    ActorMention m;
    m.first = k;
    m.last = k + 1;
    m.plural = true;
    m.actor.group = x.text;
    m.actor.name = x.text;
    m.actor.span = {x.begin, x.end};
    m.rule = "acronym";
    out->push_back(std::move(m));
  }
}

void ApposedRoles(const std::vector<Token>& t, std::vector<ActorMention>* mentions, DocumentMemory* memory);

// "Mali's junta did not immediately comment. A government spokesman said ...": a state role named
// without a country belongs to the country whose role of the same sector the paragraph last named,
// before the story's main country is guessed. Only the same sector: "Russian forces shelled the
// city. Police said ..." leaves the police to the story's country.
void SectorAnaphora(const std::vector<Token>& t, std::vector<ActorMention>* mentions, DocumentMemory* memory) {
  static const std::unordered_set<std::string_view> kState = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"};
  for (ActorMention& m : *mentions) {
    const std::string& sector = m.actor.sector;
    // (a titled name is a person the paragraph need not have met: "President Reagan")
    if (m.ref != ActorRef::kNone || m.place || m.person || !kState.count(sector) || !m.actor.group.empty()) continue;
    int paragraph = t[m.first].paragraph;
    if (m.actor.country.empty()) {
      auto it = memory->last_of_sector.find(sector);
      if (!m.role || it == memory->last_of_sector.end() || it->second.second != paragraph) continue;
      m.actor.country = it->second.first;
      if (m.actor.code.empty()) m.actor.code = m.actor.country + sector;
    } else if (m.role) {
      memory->last_of_sector[sector] = {m.actor.country, paragraph};
    }
  }
}

// "a Greek-owned, Liberian-flagged bulk carrier": a ship or a firm belongs to the country that owns it
// (else the flag's). Returns the country code a hyphenated modifier names, or "".
std::string OwnerCountry(const Lexicon& lex, const Token& tok, bool* owner) {
  size_t dash = tok.text.find('-');
  if (dash == std::string::npos || dash == 0 || !tok.upper_initial) return "";
  std::string suffix = FoldForMatch(tok.text.substr(dash + 1));
  *owner = suffix == "owned" || suffix == "operated" || suffix == "controlled";
  if (!*owner && suffix != "flagged" && suffix != "registered") return "";
  Token x;
  x.text = tok.text.substr(0, dash);
  x.lower = FoldForMatch(x.text);
  x.upper_initial = true;
  std::vector<Token> one{x};
  std::vector<Match> matches;
  lex.MatchAt(one, 0, 1, &matches);
  for (const Match& m : matches) {
    auto kind = static_cast<EntryKind>(m.entry->kind);
    if (kind == EntryKind::kCountry || kind == EntryKind::kDemonym)
      return std::string(lex.Str(lex.country(m.entry->target).code));
  }
  return "";
}

// Gives the owner's (else the flag's) country to an actor without one: "a Greek-owned ... carrier".
void OwnedBy(const Lexicon& lex, const std::vector<Token>& t, const Sentence& s, std::vector<ActorMention>* mentions) {
  for (ActorMention& m : *mentions) {
    if (!m.actor.country.empty() || !m.actor.group.empty()) continue;
    std::string owner, flag;
    for (int k = m.first - 1; k >= s.first && k >= m.first - 5; --k) {
      if (t[k].lower == "a" || t[k].lower == "an" || t[k].lower == "the") break;
      bool is_owner = false;
      std::string c = OwnerCountry(lex, t[k], &is_owner);
      if (!c.empty()) (is_owner ? owner : flag) = c;
    }
    std::string c = !owner.empty() ? owner : flag;
    if (c.empty()) continue;
    m.actor.country = c;
    m.actor.code = c + m.actor.sector;
  }
}

std::vector<ActorMention> ActorRecognizer::Recognize(const Analysis& a, const Sentence& s,
                                                     DocumentMemory* memory) const {
  const auto& t = a.tokens;
  std::vector<ActorMention> out;
  // references first: "those responsible", "the two sides"
  std::vector<bool> taken(t.size(), false);
  for (int i = s.first; i < s.last; ++i) {
    ActorRef ref;
    int end = MatchRef(t, i, s.last, &ref);
    if (end < 0) continue;
    ActorMention m;
    m.first = i;
    m.last = end;
    m.ref = ref;
    m.actor.span = {t[i].begin, t[end - 1].end};
    for (int k = i; k < end; ++k) taken[k] = true;
    out.push_back(m);
    i = end - 1;
  }
  std::vector<Actor> persons;
  std::vector<Piece> pieces = FindPieces(a, s, *memory, &persons);
  for (size_t p = 0; p < pieces.size();) {
    if (taken[pieces[p].first]) { ++p; continue; }
    int first = pieces[p].first;
    // "hundreds of thousands of workers", "a group of gunmen"
    // "a member of the Syrian parliament": the determiner after "of" too
    for (int f = first; ; f = first) {
      if (f - 1 >= s.first && (t[f - 1].lower == "the" || t[f - 1].lower == "its" || t[f - 1].lower == "their") && !taken[f - 1]) --f;
      if (!(f - 2 >= s.first && t[f - 1].lower == "of" && IsQuantityNoun(t[f - 2].lower) && !taken[f - 2])) break;
      first = f - 2;
      while (first - 1 >= s.first && (IsNpPrefix(t[first - 1].lower) || t[first - 1].number)) --first;
    }
    // "Police detained 400 people": a participle after another noun is that noun's verb, not a modifier
    auto verb_after_noun = [&](int k) {
      const std::string& w = t[k].lower;
      bool participle = w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0;
      return participle && k > s.first && !t[k - 1].punct && !IsNpPrefix(t[k - 1].lower) &&
             !IsModifier(t[k - 1].lower) && !t[k - 1].number;
    };
    while (first > s.first && !t[first - 1].punct && !verb_after_noun(first - 1) &&
           (IsNpPrefix(t[first - 1].lower) || IsModifier(t[first - 1].lower) || t[first - 1].number ||
            NumberWord(t[first - 1].lower) >= 0) &&
           !(t[first - 1].lower == "to" && !(first - 2 >= s.first && t[first - 2].lower == "up")) &&
           !((t[first - 1].lower == "at" || t[first - 1].lower == "about" || t[first - 1].lower == "over" ||
              t[first - 1].lower == "around") && !(first < s.last && (t[first].lower == "least" || t[first].lower == "most" || t[first].number ||
                                                                      NumberWord(t[first].lower) > 1))) &&
           !taken[first - 1])
      --first;
    size_t q = p + 1;
    int last = pieces[p].last;
    while (q < pieces.size()) {
      int gap_ok = true;
      // "the spokesman of the Taliban", "residents of Gaza", "the leader of the main opposition party":
      // a role of a named group or country is that group's or country's
      bool role_of = pieces[q - 1].kind == EntryKind::kAgent && pieces[q - 1].target != kPersonPiece &&
                     !(pieces[q - 1].target & 0x80000000u) && last < pieces[q].first && t[last].lower == "of" &&
                     (pieces[q].kind == EntryKind::kGroup || pieces[q].kind == EntryKind::kCountry ||
                      pieces[q].kind == EntryKind::kCapital || pieces[q].kind == EntryKind::kAgent ||
                      pieces[q].kind == EntryKind::kDemonym) ||  // "the president of the Chadian Human Rights League"
                     // "the Albanians of southern Serbia": a people living in a country
                     (pieces[q - 1].kind == EntryKind::kDemonym && t[pieces[q - 1].last - 1].lower.back() == 's' &&
                      last < pieces[q].first && t[last].lower == "of" && pieces[q].kind == EntryKind::kCountry);
      static const std::unordered_set<std::string_view> kPartOf = {"northern", "southern", "eastern", "western",
                                                                   "central", "north", "south", "east", "west"};
      for (int k = last; k < pieces[q].first; ++k)
        gap_ok &= (t[k].lower == "'s" || t[k].text == "'" || IsModifier(t[k].lower) ||
                   (role_of && (t[k].lower == "of" || t[k].lower == "the" || kPartOf.count(t[k].lower)))) &&
                  !t[k].punct &&
                  !(k > last && (t[k].number || NumberWord(t[k].lower) >= 0));  // "guerrillas wounded two soldiers"
      if (!gap_ok || pieces[q].first - last > 3) break;
      last = pieces[q].last;
      ++q;
    }
    std::vector<Piece> group(pieces.begin() + p, pieces.begin() + q);
    for (auto& g : group) {
      if (g.target & 0x80000000u && g.target != kPersonPiece && g.rule != "persons") g.rule = "memory";
    }
    ActorMention m = Compose(a, group, first, last, memory);
    // person pieces carry their actor
    for (const auto& g : group) {
      if ((g.rule == "memory" || g.rule == "persons") && (g.target & 0x80000000u)) {
        const Actor& pa = persons[g.target & 0x7FFFFFFFu];
        if (m.actor.country.empty()) m.actor.country = pa.country;
        if (m.actor.group.empty()) m.actor.group = pa.group;
        if (m.actor.sector.empty()) m.actor.sector = pa.sector;
        m.actor.name = pa.name;
        m.actor.code = pa.code;
        m.person = true;
        m.rule = (g.rule == "persons" ? "persons:" : "memory:") + pa.name;
      }
    }
    out.push_back(std::move(m));
    p = q;
  }
  AddUnknownAcronyms(t, s, &out);
  ResolvePronouns(t, s, memory, &out);
  std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  ShareHeadNoun(t, &out);
  SectorAnaphora(t, &out, memory);
  ApposedRoles(t, &out, memory);
  OwnedBy(lex_, t, s, &out);
  return out;
}

// "A government spokesman, Colonel Bakary Sangare, said", "Sangare, the government spokesman,":
// a person set beside a role acts in that role in the story (GOV, not the MIL of "Colonel"), and
// keeps a country the role names.
void ApposedRoles(const std::vector<Token>& t, std::vector<ActorMention>* mentions, DocumentMemory* memory) {
  auto& v = *mentions;
  for (size_t i = 0; i + 1 < v.size(); ++i) {
    for (auto [role, person] : {std::pair{i, i + 1}, std::pair{i + 1, i}}) {
      ActorMention& r = v[role];
      ActorMention& p = v[person];
      if (!p.person || r.person || !r.role || r.actor.sector.empty() || !r.actor.group.empty() || r.ref != ActorRef::kNone)
        continue;
      const ActorMention& left = v[i];
      const ActorMention& right = v[i + 1];
      if (right.first != left.last + 1 || t[left.last].text != ",") continue;
      if (right.last >= static_cast<int>(t.size()) || t[right.last].text != ",") continue;  // closed by a comma
      p.actor.sector = r.actor.sector;
      if (!r.actor.country.empty()) p.actor.country = r.actor.country;
      p.actor.code = p.actor.country.empty() ? "" : p.actor.country + p.actor.sector;
      for (const std::string& key : MemoryKeys(FoldForMatch(p.actor.name))) {
        auto it = memory->persons.find(key);
        if (it != memory->persons.end() && it->second.name == p.actor.name) it->second = p.actor;
      }
    }
  }
}

namespace {

// Does an agent of this sector hold an office of a body of that sector, and so act as the body? An
// official, commander or fighter of a group is the group's; anyone of an IGO or NGO is the body's,
// except its lawmakers and judges ("European Union legislators", "the EU legislature": LEG).
bool OfficeOf(std::string_view agent_sector, std::string_view body_sector) {
  if (body_sector.empty()) return false;
  if (body_sector == "IGO" && (agent_sector == "LEG" || agent_sector == "JUD")) return false;
  return body_sector == "IGO" || body_sector == "NGO" || body_sector == "HRI" || agent_sector == "GOV" ||
         agent_sector == "UAF" || agent_sector == "MIL";
}

}  // namespace

ActorMention ActorRecognizer::Compose(const Analysis& a, const std::vector<Piece>& pieces, int first,
                                      int last, DocumentMemory* memory) const {
  const auto& t = a.tokens;
  ActorMention m;
  m.first = first;
  std::string country, country_name, group, organ, sector, name, code;
  bool has_agent = false, capital = false, demonym_only = true, plural_demonym = false;
  for (const Piece& p : pieces) {
    switch (p.kind) {
      case EntryKind::kCountry:
      case EntryKind::kCapital:
      case EntryKind::kDemonym:
        // "the Albanians of southern Serbia": a people of one nation living in a country is that country's
        if (p.kind == EntryKind::kCountry && !country.empty() && demonym_only && plural_demonym && !has_agent &&
            group.empty())
          country.clear();
        if (country.empty()) {
          country = std::string(lex_.Str(lex_.country(p.target).code));
          country_name = std::string(lex_.Str(lex_.country(p.target).name));
        }
        capital |= p.kind == EntryKind::kCapital;
        if (p.kind != EntryKind::kDemonym) demonym_only = false;
        else plural_demonym = t[p.last - 1].lower.back() == 's';
        break;
      case EntryKind::kGroup: {
        const bin::Group& g = lex_.group(p.target);
        group = std::string(lex_.Str(g.name));
        if (!parents_[p.target].empty()) organ = group, group = parents_[p.target];
        // "the leader of Hamas", "the president of the Riigikogu": an office of a named body is the
        // body's, as "Hamas leader" is (below)
        std::string group_sector(lex_.Str(g.sector));
        if (sector.empty() || !has_agent || OfficeOf(sector, group_sector)) sector = group_sector;
        code = std::string(lex_.Str(g.code));
        if (country.empty()) country = std::string(lex_.Str(g.country));
        demonym_only = false;
        break;
      }
      case EntryKind::kAgent:
        if (p.target & 0x80000000u) break;  // a person from memory; filled by the caller
        {
          // "Houthi spokesman", "Hamas leader": an office in a group is the group's (REB, INS); a
          // specific kind of member keeps its own ("Hamas gunmen" UAF stays the group's too)
          std::string agent_sector(lex_.Str(lex_.agent(p.target).sector));
          if (group.empty() || !OfficeOf(agent_sector, sector)) sector = agent_sector;
        }
        has_agent = true;
        demonym_only = false;
        m.rule = p.rule;
        break;
      default:
        break;
    }
  }
  if (sector.empty() && !country.empty() && group.empty())
    sector = demonym_only ? (plural_demonym ? "CVL" : "") : "GOV";
  // "retired vice president", "ex-army chief": a former office holder is an elite (CAMEO ELI)
  for (int k = first; k < last; ++k)
    if (has_agent && (t[k].lower == "former" || t[k].lower == "retired" || t[k].lower.rfind("ex-", 0) == 0) &&
        (sector == "GOV" || sector == "MIL" || sector == "LEG" || sector == "JUD" || sector == "COP" || sector == "SPY"))
      sector = "ELI";
  // a titled name after the phrase: "Foreign Minister Asaad al-Shaibani"
  int name_end = last;
  bool titled = has_agent && pieces.back().kind == EntryKind::kAgent && !(pieces.back().target & 0x80000000u);
  if (titled) {
    while (name_end < static_cast<int>(t.size()) && name_end < last + 4 && IsNameToken(t[name_end]) &&
           t[name_end].paragraph == t[last - 1].paragraph)
      ++name_end;
  }
  if (name_end > last) {
    for (int k = last; k < name_end; ++k) name += (k > last ? " " : "") + t[k].text;
    last = name_end;
  }
  m.last = last;
  const std::string& head = t[pieces.back().last - 1].lower;
  bool plural_agent = has_agent && pieces.back().kind == EntryKind::kAgent &&
                      (head.back() == 's' || head == "police" || head == "people" || head == "personnel" ||
                       head == "children" || head == "staff" ||
                       (head.size() >= 3 && head.compare(head.size() - 3, 3, "men") == 0));  // gunmen, women
  m.plural = plural_demonym || !group.empty() || plural_agent;
  m.role = has_agent;
  m.actor.country = country;
  m.actor.group = group;
  m.actor.sector = sector;
  if (code.empty() && !country.empty()) code = country + ((capital || has_agent) ? sector : "");
  m.actor.code = code;
  m.actor.name = !name.empty() ? name : !organ.empty() ? organ : !group.empty() ? group : country_name;
  m.actor.span = {t[first].begin, t[last - 1].end};
  if (first > 0 && IsLocativePreposition(t[first - 1].lower) && !has_agent && group.empty()) m.place = true;
  // "in southeastern Turkey", "in northern Mali": a word of position between
  static const std::unordered_set<std::string_view> kPosition = {
      "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
      "southwestern", "north", "south", "east", "west", "rural", "downtown"};
  if (first > 1 && kPosition.count(t[first - 1].lower) && IsLocativePreposition(t[first - 2].lower) && !has_agent &&
      group.empty())
    m.place = true;
  // "at the airport of Libreville", "the outskirts of Kyiv": "of" after a word of place
  static const std::unordered_set<std::string_view> kOfPlace = {
      "airport", "outskirts", "city", "town", "port", "prison", "university", "streets", "centre", "center",
      "suburbs", "province", "region", "district", "governorate", "heart", "north", "south", "east", "west",
      "entrance", "gates", "vicinity", "countryside"};
  if (first > 1 && t[first - 1].lower == "of" && kOfPlace.count(t[first - 2].lower) && !has_agent && group.empty())
    m.place = true;
  // "rallied outside Istanbul city hall": a building the words stand outside or at is where, not who
  static const std::unordered_set<std::string_view> kBuildings = {"hall", "parliament", "embassy", "consulate",
      "ministry", "palace", "headquarters", "courthouse", "station", "barracks", "prison", "compound", "office"};
  if (has_agent && kBuildings.count(head)) {
    int b = first - 1;
    while (b >= 0 && (t[b].lower == "the" || (t[b].upper_initial && !t[b].dateline))) --b;
    if (b >= 0 && IsLocativePreposition(t[b].lower) && t[b].lower != "from") m.place = true;
  }
  // "in Mar de Cobo (Buenos Aires)": a name in brackets after a name is where that place is
  if (first > 1 && t[first - 1].text == "(" && t[first - 2].upper_initial && !has_agent && group.empty()) m.place = true;
  // "US support" is a modifier; "Italian unions plan" is not: a plural noun rarely modifies another
  if (last < static_cast<int>(t.size()) && !t[last].upper_initial && IsCompoundHead(t[last].lower) &&
      name.empty() && !plural_agent)
    m.modifier = true;
  if (!name.empty() && (!country.empty() || !group.empty() || has_agent)) {
    m.person = true;
    std::string lower_full;
    int name_first = last - static_cast<int>(std::count(name.begin(), name.end(), ' ')) - 1;
    for (int k = name_first; k < last; ++k) lower_full += (k > name_first ? " " : "") + t[k].lower;
    if (!memory->persons.count(PersonKey(lower_full))) memory->learned.push_back(m.actor);
    for (const std::string& key : MemoryKeys(lower_full)) memory->persons[key] = m.actor;
  }
  // "(CENTCOM)" right after: an alias for the same actor
  if (last + 2 < static_cast<int>(t.size()) && t[last].text == "(" && t[last + 2].text == ")" &&
      t[last + 1].all_caps && (!country.empty() || !group.empty())) {
    memory->persons[t[last + 1].lower] = m.actor;
  }
  return m;
}

}  // namespace sitrep
