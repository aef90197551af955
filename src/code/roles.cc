// Source and target by clause position: a heuristic chunker over tokens and actor mentions.
#include <algorithm>
#include <cstring>
#include <unordered_set>

#include "base/utf8.h"
#include "code/mention.h"
#include "recognize/words.h"

namespace sitrep {
namespace {

using Actors = std::vector<ActorMention>;

// What belongs to an actor and stands for it when struck, searched or seized: "shelled positions of
// the Palestinian security forces", "tried to hack into the computers of South Korean army officers".
bool IsHoldingNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> k = {
      "position", "positions", "base", "bases", "camp", "camps", "home", "homes", "house", "houses", "office",
      "offices", "headquarters", "computers", "computer", "convoy", "convoys", "vehicle", "vehicles", "post",
      "posts", "outpost", "outposts", "checkpoint", "checkpoints", "property", "properties", "residence",
      "strongholds", "stronghold", "hideouts", "hideout", "barracks", "networks", "accounts", "assets"};
  return k.count(w) > 0;
}

bool IsProposalNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> k = {
      "petition", "petitions", "request", "requests", "appeal", "appeals", "proposal", "proposals", "demand",
      "demands", "offer", "offers", "bid", "bids", "motion", "motions", "plea", "pleas", "application",
      "invitation", "ultimatum", "overture", "overtures", "call", "calls", "admission", "apology",
      "explanation", "assurance", "assurances", "guarantee", "guarantees"};
  return k.count(w) > 0;
}

// Verbs whose object does what the infinitive says ("urged Iran to release", "asked the UN to send").
bool IsObjectControl(std::string_view w) {
  static const std::unordered_set<std::string_view> k = {
      "urge", "urged", "urges", "urging", "ask", "asked", "asks", "asking", "tell", "told", "tells", "order",
      "ordered", "orders", "force", "forced", "forces", "persuade", "persuaded", "invite", "invited", "invites",
      "allow", "allowed", "allows", "encourage", "encouraged", "press", "pressed", "presses", "pressing",
      "call", "called", "calls", "calling", "request", "requested", "permit", "permitted", "instruct",
      "instructed", "direct", "directed", "authorize", "authorized", "authorise", "authorised", "help",
      "helped", "helps", "enable", "enabled", "want", "wanted", "wants", "expect", "expected", "appeal",
      "appealed", "compel", "compelled", "pressure", "pressured", "pressuring", "warn", "warned", "advise",
      "advised", "demand", "demanded", "need", "needed", "leave", "left", "send", "sent"};
  return k.count(w) > 0;
}

// "its troops", "their forces": the acting side's own people, never its target.
bool OwnForces(const std::vector<Token>& t, const Actors& a) {
  if (a.empty()) return false;
  const std::string& w = t[a.front().first].lower;
  return w == "its" || w == "their" || w == "his" || w == "her" || w == "our";
}

// "withdraw their troops from Mali, ending a campaign against ...": a comma before a gerund or a
// clause opener ends the clause (one inside a list of nouns does not).
bool ClauseComma(const std::vector<Token>& t, int k, int ceil) {
  if (t[k].text != "," || k + 1 >= ceil) return false;
  const std::string& w = t[k + 1].lower;
  return (w.size() > 4 && EndsWith(w, "ing")) || IsClauseOpener(w);
}

bool IsHardBoundary(const Token& t) {
  return t.text == ";" || t.text == ":" || t.text == "\"" || t.text == "--" || t.text == "?";
}

bool IsAdverb(const Token& t) {
  static const std::unordered_set<std::string_view> k = {"also", "then", "later", "reportedly",
      "allegedly", "again", "further", "jointly", "formally", "officially", "publicly", "repeatedly",
      "swiftly", "immediately", "subsequently", "previously", "already", "still", "not", "never",
      "have", "has", "had", "will", "would", "could", "may", "might", "did", "does", "do"};
  return k.count(t.lower) > 0 || (t.lower.size() > 4 && t.lower.compare(t.lower.size() - 2, 2, "ly") == 0);
}

bool IsLightVerb(std::string_view w) {
  static const std::unordered_set<std::string_view> k = {
      "launched", "launch", "launches", "launching", "carried", "carry", "carries", "carrying",
      "conducted", "conduct", "conducts", "conducting", "staged", "stage", "stages", "staging",
      "mounted", "mount", "held", "hold", "holds", "holding", "made", "make", "makes", "making",
      "paid", "pay", "pays", "paying", "began", "begin", "begins", "resumed", "resume", "continued",
      "continue", "ordered", "order", "orders", "stepped", "step", "intensified", "escalated",
      "announced", "announce", "declared", "declare", "imposed", "impose", "signed", "sign",
      "reached", "reach", "struck", "strike", "gave", "give", "offered", "offer", "sent", "send",
      "issued", "issue", "expressed", "express", "voiced", "voice", "joined", "join", "had",
      "have", "has", "out", "up", "received", "receive", "hosted", "host", "led", "lead", "fired",
      "fire", "fires", "firing", "used", "use", "uses", "using", "dropped", "drop", "deployed", "deploy",
      "plan", "plans", "planned", "planning", "called", "call", "calls", "speeded", "sped",
      "undertook", "undertake", "undertakes", "undertaken", "renewed", "renew", "renews", "completed",
      "complete", "completes", "concluded", "conclude", "opened", "open", "opens", "restarted"};
  return k.count(w) > 0;
}

bool UsableActor(const ActorMention& m) {
  if (m.ref == ActorRef::kGeneric) return true;
  return !m.place && !m.modifier && (m.ref != ActorRef::kNone || !m.actor.country.empty() || !m.actor.group.empty() ||
                      !m.actor.sector.empty());
}

// Adds the mentions coordinated with actors[i] ("Syria and the US", "X, Y and Z").
void AddCoordinated(const std::vector<Token>& t, const Actors& actors, int i, int step, Actors* out) {
  int j = i;
  while (true) {
    int k = j + step;
    if (k < 0 || k >= static_cast<int>(actors.size())) return;
    const ActorMention& a = actors[j];
    const ActorMention& b = actors[k];
    int gap_first = step > 0 ? a.last : b.last;
    int gap_last = step > 0 ? b.first : a.first;
    if (gap_last - gap_first != 1 && gap_last - gap_first != 2) return;
    bool joined = false;
    for (int g = gap_first; g < gap_last; ++g) {
      if (t[g].lower == "and" || t[g].text == "," || t[g].lower == "or") joined = true;
      else if (t[g].lower != "and") return;
    }
    if (!joined || !UsableActor(b)) return;
    out->push_back(b);
    j = k;
  }
}

}  // namespace

bool PrepositionAllowed(std::string_view prep, std::string_view tprep, bool noun) {
  size_t start = 0;
  while (!tprep.empty() && start <= tprep.size()) {  // the trigger's own list: "tprep=on,against"
    size_t comma = tprep.find(',', start);
    if (tprep.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start) == prep)
      return true;
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  static const std::unordered_set<std::string_view> kVerb = {"against", "on", "with", "at", "upon", "toward",
                                                             "towards", "to"};
  // "the invasion of Lebanon", "the release of prisoners": the object of an event noun
  static const std::unordered_set<std::string_view> kNoun = {"against", "on", "with", "at", "upon", "toward",
                                                             "towards", "to", "for", "between", "from", "of"};
  return noun ? kNoun.count(prep) > 0 : kVerb.count(prep) > 0;
}

bool IsSpeechToken(const Token& t) { return !t.upper_initial && IsSpeechVerb(t.lower); }

bool IsVerbLike(const Token& t) {
  if (t.upper_initial || t.punct || t.number) return false;
  if (t.lower.find('-') != std::string::npos) return false;  // "long-threatened" is an adjective
  const std::string& w = t.lower;
  auto ends = [&](const char* s) { size_t n = std::strlen(s); return w.size() > n + 2 && w.compare(w.size() - n, n, s) == 0; };
  return ends("ed") || IsSpeechVerb(w) || IsLightVerb(w) || IsBeForm(w);
}

int ClauseStart(const std::vector<Token>& t, int floor, int at) {
  // "treated as a criminal", "as a result": "as" before an indefinite article is a preposition
  // ... and after a verb of regarding: "treated as criminals", "branded as terrorists"
  static const std::unordered_set<std::string_view> kRegard = {
      "treated", "regarded", "seen", "described", "branded", "designated", "labelled", "labeled",
      "classified", "listed", "identified", "considered", "viewed", "known", "serve", "served", "serving"};
  auto prepositional_as = [&](int i) {
    if (t[i].lower != "as" || i + 1 >= at) return false;
    return t[i + 1].lower == "a" || t[i + 1].lower == "an" || (i > floor && kRegard.count(t[i - 1].lower) > 0);
  };
  for (int i = at - 1; i >= floor; --i) {
    if (IsHardBoundary(t[i]) || IsSpeechToken(t[i]) ||
        (IsClauseOpener(t[i].lower) && !t[i].upper_initial && !prepositional_as(i)))
      return i + 1;
    if (t[i].text == "," && i + 1 < at && IsClauseOpener(t[i + 1].lower)) return i + 1;
  }
  return floor;
}

namespace {

struct RoleFinder {
  const SentenceContext& ctx;
  const std::vector<Token>& t;
  const Actors& actors;
  int floor, ceil;

  // The subject of a predicate at token `at`: nearest non-oblique actor on its left in the clause.
  // `human`: the act needs a person or body for its subject (praise, accuse, agree), not a weapon or
  // a strike ("the strikes had killed four people and wounded six").
  Actors Subject(int at, int depth = 0, bool human = false) const {
    Actors out;
    int cs = ClauseStart(t, floor, at);
    // "... and thanked X": the subject of the verb before "and"
    int j = at - 1;
    while (j >= cs && IsAdverb(t[j])) --j;
    if (j >= cs && t[j].lower == "and" && depth < 3) {
      int k = j - 1;
      while (k >= cs && (!IsVerbLike(t[k]) || t[k].lower == "'s")) --k;  // "Iran's": no verb
      if (k >= cs) {
        Actors prev = Subject(k, depth + 1);
        if (!prev.empty()) return prev;
        // "said that no referendum had taken place and praised the police": a human act whose
        // neighbour has no actor for a subject goes with the verb that governs the clause
        int sp = cs - 1;
        if (sp > floor && t[sp].lower == "that") sp = BeforeTimePhrase(t, sp, floor);
        if (human && sp >= floor && sp < cs && IsSpeechToken(t[sp])) return Subject(sp, depth + 1);
        return prev;
      }
    }
    // "lodged a protest over what it called a violation": the pronoun is the subject of the verb
    // that "what" depends on
    if (at - 2 >= floor && t[at - 2].lower == "what" && depth < 3 &&
        (t[at - 1].lower == "it" || t[at - 1].lower == "they" || t[at - 1].lower == "he" || t[at - 1].lower == "she")) {
      int k = at - 3;
      while (k > floor && (!IsVerbLike(t[k]) || t[k].lower == "'s")) --k;  // "Pakistan's": no verb
      if (k >= floor && IsVerbLike(t[k]) && t[k].lower != "'s") {
        Actors governing = Subject(k, depth + 1);
        if (!governing.empty()) return governing;
      }
    }
    // "X said it had ...": the pronoun is the speaker
    if (cs > floor && cs < at) {
      int k = AfterTimePhrase(t, cs, at);  // "said on Tuesday it had", "announced Wednesday it would"
      if (k < at && t[k].lower == "that") k = AfterTimePhrase(t, k + 1, at);
      bool pronoun = t[k].lower == "it" || t[k].lower == "they" || t[k].lower == "its" || t[k].lower == "he" ||
                     t[k].lower == "she";
      int sp = cs - 1;
      if (t[sp].lower == "that" && sp > floor) sp = BeforeTimePhrase(t, sp, floor);  // "announced on Wednesday that it"
      if (pronoun && sp >= floor && IsSpeechToken(t[sp]) && depth < 3) {
        Actors speaker = Subject(sp, depth + 1);
        if (!speaker.empty()) return speaker;
      }
    }
    // relative clause: "X, who attacked ..." -> X; but "told state media that the air force had
    // struck": a clause with a subject of its own after "that" is a complement
    bool own_subject = false;
    for (const auto& a : actors) own_subject |= a.first >= cs && a.first < at && !a.place && !a.modifier;
    bool relative = t[cs > floor ? cs - 1 : cs].lower == "that" ? !own_subject : true;
    if (cs > floor && relative && (t[cs - 1].lower == "who" || t[cs - 1].lower == "which" || t[cs - 1].lower == "that")) {
      int r = cs - 1;
      if (r > floor && t[r - 1].text == ",") --r;
      for (int i = static_cast<int>(actors.size()) - 1; i >= 0; --i)
        if (actors[i].last == r && UsableActor(actors[i])) { out.push_back(actors[i]); return out; }
    }
    // "... after accusing X", "..., before heading to Y": a gerund opening an adverbial clause has
    // the subject of the clause it depends on
    if (cs == at && cs - 1 > floor && depth < 3 && IsGerundHead(cs - 1)) {
      int k = cs - 2;  // the verb of that clause: its subject, not its object
      while (k > floor && (!IsVerbLike(t[k]) || t[k].lower == "'s") && !IsHardBoundary(t[k])) --k;
      if (k >= floor && IsVerbLike(t[k])) return Subject(k, depth + 1);
    }
    // "claimed to have intercepted", "said to have killed": the one who claims did it
    if (cs > floor && cs < at && t[cs].lower == "to" && IsSpeechToken(t[cs - 1]) && depth < 3) {
      Actors claimant = Subject(cs - 1, depth + 1);
      if (!claimant.empty()) return claimant;
    }
    // "summoned Pakistan's envoy to lodge a protest": a purpose clause has the subject of its verb,
    // unless the verb passes the act to its object ("urged Iran to release ...")
    if (at - 1 > cs && t[at - 1].lower == "to" && depth < 3) {
      int k = at - 2;
      while (k > cs && (!IsVerbLike(t[k]) || t[k].lower == "'s") && !IsHardBoundary(t[k]) && t[k].text != ",") --k;
      if (k >= cs && k < at - 2 && IsVerbLike(t[k]) && !IsObjectControl(t[k].lower) && !IsBeForm(t[k].lower))
        return Subject(k, depth + 1);
    }
    if (Actors head = Appositive(cs, at); !head.empty()) return head;
    // "dozens of people, among them those who worked at the pool, gathered", "activists, including
    // members of the X movement, gathered": the subject stands before the insertion
    if (int open = InsertionStart(at); open > floor && depth < 3) {
      Actors before = Subject(open, depth + 1, human);
      if (!before.empty()) return before;
    }
    for (int i = static_cast<int>(actors.size()) - 1; i >= 0; --i) {
      const ActorMention& a = actors[i];
      if (a.last > at || a.first < cs) continue;
      if (!UsableActor(a)) continue;
      // an oblique actor, right after its preposition or after a word or two that modify it
      // ("mothers of kindergarten pupils"): not the subject
      int p = a.first - 1;
      while (p > cs && p >= a.first - 2 && !t[p].punct && !t[p].upper_initial && !IsVerbLike(t[p]) &&
             !IsPreposition(t[p].lower))
        --p;
      if (p >= cs && p < a.first && IsPreposition(t[p].lower) && t[p].lower != "and" && !SpeaksFor(p, cs) &&
          !CountOf(p, cs))
        continue;
      out.push_back(a);
      AddCoordinated(t, actors, i, -1, &out);
      return out;
    }
    return out;
  }

  // The comma opening an insertion that ends with the comma right before `at` (", including ... ,",
  // ", among them ... ,", ", most of them ... ,"), or -1.
  int InsertionStart(int at) const {
    static const std::unordered_set<std::string_view> kOpeners = {"including", "among", "most", "many", "some",
                                                                  "all", "both", "mostly", "mainly", "chiefly"};
    int j = at - 1;
    if (j <= floor || t[j].text != ",") return -1;
    for (int k = j - 1; k > floor && k > j - 25; --k) {
      if (IsHardBoundary(t[k])) return -1;
      if (t[k].text == ",") return k + 1 < j && kOpeners.count(t[k + 1].lower) ? k : -1;
    }
    return -1;
  }

  // "after", "before", "while", "since", "without" right before a gerund trigger.
  bool IsGerundHead(int k) const {
    static const std::unordered_set<std::string_view> kSubordinators = {"after", "before", "while", "since",
                                                                        "without", "when", "by"};
    return kSubordinators.count(t[k].lower) > 0 && k + 1 < ceil && t[k + 1].lower.size() > 5 &&
           EndsWith(t[k + 1].lower, "ing");
  }

  // "an average of 50 residents blocked", "a group of farmers marched": the people counted act.
  bool CountOf(int prep, int cs) const {
    static const std::unordered_set<std::string_view> kCounts = {
        "average", "group", "groups", "number", "total", "dozens", "hundreds", "thousands", "scores", "tens",
        "crowd", "crowds", "majority", "handful", "lot", "lots", "couple", "contingent", "delegation", "band"};
    return t[prep].lower == "of" && prep - 1 >= cs && kCounts.count(t[prep - 1].lower) > 0;
  }

  // "The sister of North Korea's leader warned", "a spokesman for the army said": the preposition
  // at `prep` joins a person who speaks or acts for the actor after it; that actor is the subject.
  bool SpeaksFor(int prep, int cs) const {
    static const std::unordered_set<std::string_view> kProxies = {
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "envoy", "envoys", "representative",
        "representatives", "delegation", "delegates", "aide", "aides", "adviser", "advisers", "advisor",
        "advisors", "sister", "brother", "wife", "husband", "son", "daughter", "office", "supporters",
        "allies", "ally", "lawyer", "lawyers", "mouthpiece", "members", "member", "followers", "cadres",
        "fighters", "militants",
        // "bulldozers of the Israeli authorities destroyed", "warplanes of the coalition struck": the
        // machines and units of an actor act for it
        "bulldozers", "tanks", "warplanes", "jets", "aircraft", "drones", "helicopters", "gunboats", "warships",
        "vessels", "forces", "troops", "units", "patrol", "patrols"};
    if (prep - 1 < cs || (t[prep].lower != "of" && t[prep].lower != "for")) return false;
    if (!kProxies.count(t[prep - 1].lower)) return false;
    for (const auto& a : actors)  // "a spokesman for the army" is itself an actor phrase
      if (a.first <= prep - 1 && prep - 1 < a.last) return false;
    return true;
  }

  // "Pakistan, a key U.S. ally in the war, has refused": the subject is the phrase before the
  // apposition between commas; the apposition lends it what it lacks ("Mamoun, a Syrian MP").
  Actors Appositive(int cs, int at) const {
    int j = at - 1;
    while (j >= cs && IsAdverb(t[j])) --j;
    if (j < cs || t[j].text != ",") return {};
    int open = j - 1;
    while (open >= cs && open > j - 14 && t[open].text != "," && !IsVerbLike(t[open])) --open;
    if (open < cs || t[open].text != "," || open == j - 1) return {};
    const ActorMention* head = nullptr;
    const ActorMention* inner = nullptr;
    for (const auto& a : actors) {
      if (a.last == open && UsableActor(a)) head = &a;
      if (a.first > open && a.last <= j && UsableActor(a) && !inner) inner = &a;
    }
    if (!head) return {};
    ActorMention h = *head;
    if (inner) {
      if (h.actor.country.empty()) h.actor.country = inner->actor.country;
      if (h.actor.sector.empty()) h.actor.sector = inner->actor.sector;
      if (h.actor.code.empty()) h.actor.code = inner->actor.code;
    }
    return {h};
  }

  // The object on the right of `from`: a direct object, or one after an allowed preposition.
  Actors Object(int from, std::string_view tprep, bool noun, std::string_view only_prep = "",
                bool cross_that = false, bool allow_modifier = true) const {
    Actors out;
    if (cross_that) {  // "demanded that X ...", "demanded on Friday that X ..."
      int k = AfterTimePhrase(t, from, ceil);
      if (k < ceil && t[k].lower == "that") from = k + 1;
    }
    for (size_t i = 0; i < actors.size(); ++i) {
      const ActorMention& a = actors[i];
      if (a.first < from) continue;
      bool ok = true;
      std::string prep;
      for (int k = from; k < a.first && ok; ++k) {
        if (t[k].text == "\"" && k == from) continue;  // warned that "Taiwan independence forces" would ...
        if (IsHardBoundary(t[k]) || t[k].text == "," || IsSpeechToken(t[k]) || t[k].lower == "that" ||
            t[k].lower == "who" || t[k].lower == "which" || t[k].lower == "and") ok = false;
        else if (IsPreposition(t[k].lower)) {
          prep = t[k].lower;  // "shared intelligence on a network with Togo": the last one counts
        }
      }
      if (!ok || a.first - from > 8) return out;
      // "rejected a petition by opposition senators": whose proposal it is
      bool proposer = only_prep.empty() && (prep == "by" || prep == "from") && a.first >= from + 2 &&
                      IsProposalNoun(t[a.first - 2].lower);
      // "shelled positions of the security forces": what is held stands for its holder
      bool holder = only_prep.empty() && !noun && prep == "of" && a.first >= from + 2 && t[a.first - 1].lower == "of" &&
                    IsHoldingNoun(t[a.first - 2].lower);
      if (!proposer && !holder &&
          (!only_prep.empty() ? prep != only_prep : (!prep.empty() && !PrepositionAllowed(prep, tprep, noun)))) {
        if (!only_prep.empty() || prep == "in" || prep == "of" || prep == "for" || prep == "from" || prep == "by" ||
            prep == "near") {
          from = a.last;  // an oblique phrase; keep looking to the right
          continue;
        }
        return out;
      }
      ActorMention obj = a;
      if (a.modifier && !allow_modifier) { from = a.last; continue; }
      obj.modifier = false;  // "praised the police operation": the police are the object
      if (!UsableActor(obj)) return out;
      out.push_back(obj);
      AddCoordinated(t, actors, static_cast<int>(i), 1, &out);
      return out;
    }
    return out;
  }

  // "by X" on the right, within the clause.
  Actors Agent(int from) const { return Object(from, "by", true, "by"); }

  // Pre-modifier or possessive of a noun trigger: "ISIS (Daesh) terror attack", "Syria's offensive".
  Actors Possessor(int noun_first) const {
    Actors out;
    // "a US military patrol": the actor shares a word with the trigger
    for (const ActorMention& a : actors)
      if (a.first < noun_first && a.last > noun_first && !a.place && a.ref == ActorRef::kNone &&
          (!a.actor.country.empty() || !a.actor.group.empty())) {
        ActorMention head = a;
        head.modifier = false;
        out.push_back(head);
        return out;
      }
    for (int i = static_cast<int>(actors.size()) - 1; i >= 0; --i) {
      const ActorMention& a = actors[i];
      if (a.last > noun_first) continue;
      if (noun_first - a.last > 4) break;
      bool ok = true;
      // "Russia's invasion", "the government's brutal crackdown": a possessive, then at most two words
      bool possessive = t[a.last].lower == "'s" || t[a.last].lower == "’s";
      if (possessive && noun_first - a.last > 3) break;
      for (int k = a.last + (possessive ? 1 : 0); k < noun_first; ++k) {
        const Token& x = t[k];
        if (possessive && IsClauseOpener(x.lower)) ok = false;
        bool paren = x.text == "(" || x.text == ")" || x.all_caps || x.upper_initial;
        if ((x.punct && !paren) || IsPreposition(x.lower) || IsDeterminer(x.lower) || IsVerbLike(x)) ok = false;
      }
      ActorMention head = a;
      head.modifier = false;
      if (!ok || !UsableActor(head)) break;
      out.push_back(head);
      break;
    }
    return out;
  }
};

bool IsPassive(const std::vector<Token>& t, int floor, int first, Form form) {
  if (form != Form::kPastBoth && form != Form::kParticiple) return false;
  // "Israel is opposed to French mediation": an adjective of stance, not a passive
  if (t[first].lower == "opposed" && first + 1 < static_cast<int>(t.size()) && t[first + 1].lower == "to")
    return false;
  for (int k = first - 1; k >= floor && k >= first - 3; --k) {
    if (IsBeForm(t[k].lower)) return true;
    if (!IsAdverb(t[k])) break;
  }
  // reduced relative: "soldiers killed in the attack" / "killed by"
  if (first + 1 < static_cast<int>(t.size()) && t[first + 1].lower == "by") return true;
  // "officials accused of rigging", "a man suspected of theft", "activists charged with treason"
  if (first > floor && first + 1 < static_cast<int>(t.size()) && !t[first - 1].punct && !IsVerbLike(t[first - 1]) &&
      !IsBeForm(t[first - 1].lower) && (t[first + 1].lower == "of" || t[first + 1].lower == "with") &&
      (t[first].lower == "accused" || t[first].lower == "suspected" || t[first].lower == "charged" ||
       t[first].lower == "convicted"))
    return true;
  // "would be treated as a criminal, arrested and prosecuted": a participle in a list that a
  // passive opens shares its auxiliary; so does a gapped one ("three were killed and five wounded")
  int before = first - 1;
  if (before > floor && (t[before].number || (NumberWord(t[before].lower) > 1) || t[before].lower == "others" ||
                         t[before].lower == "more"))
    --before;
  if (before < first - 1 && before > floor && t[before].lower != "and") before = first - 1;
  first = before + 1;
  if (first - 1 > floor && (t[first - 1].text == "," || t[first - 1].lower == "and" || t[first - 1].lower == "or")) {
    for (int k = first - 2; k > floor && k >= first - 12; --k) {
      if (IsHardBoundary(t[k]) || t[k].lower == "that" || t[k].lower == "who" || t[k].lower == "which") break;
      if (IsBeForm(t[k].lower) && t[k + 1].lower.size() > 3 && EndsWith(t[k + 1].lower, "ed")) return true;
    }
  }
  return false;
}

// A verb reading is impossible after a determiner ("the attack", "an attack").
bool NounContext(const std::vector<Token>& t, int floor, int first) {
  if (first == floor) return false;
  const std::string& p = t[first - 1].lower;
  // "to agree sanctions", "to impose curfews": a word in -s after an infinitive is its object
  const std::string& w = t[first].lower;
  if (first - 2 >= floor && t[first - 2].lower == "to" && !t[first - 1].punct && !t[first - 1].upper_initial &&
      w.size() > 3 && w.back() == 's')
    return true;
  return p == "the" || p == "a" || p == "an" || p == "its" || p == "their" || p == "his" || p == "her" ||
         p == "'s" || p == "this" || p == "that" || p == "these" || p == "those" || t[first - 1].number ||
         p == "deadly" || p == "new" || p == "fresh" ||
         // "a two-day official visit", "a surprise visit"
         p == "official" || p == "state" || p == "working" || p == "surprise" || p == "unannounced" ||
         p == "rare" || p == "historic" || p == "brief" || p == "private" ||
         (p.size() > 4 && p.compare(p.size() - 4, 4, "-day") == 0);
}

// Does the trigger's head word lie inside an actor phrase ("Central Command", "the rebel
// fighters")? Other pattern words may name the target ("expel + diplomats").
bool TokensInActors(const Actors& actors, const Match& m, char pos) {
  int head = pos == 'n' ? m.last - 1 : m.first;
  for (int k = m.first; k < m.last; ++k) {
    if (std::find(m.gap.begin(), m.gap.end(), k) != m.gap.end()) continue;
    if (pos != 'x' && k != head) continue;
    for (const auto& a : actors)
      if (a.first <= k && k < a.last && !a.person && a.ref == ActorRef::kNone) return true;
  }
  return false;
}

}  // namespace

namespace {

// "gathered outside the prefecture to demand ...", "marched ... against the reform": a gathering
// with a stated grievance or cause is a protest; a gathering for a summit is not.
bool ProtestPurpose(const std::vector<Token>& t, int from, int end) {
  // "demonstrators gathered in Sens": who gathers says why
  for (int k = from - 2; k >= 0 && k >= from - 7; --k) {
    const std::string& w = t[k].lower;
    if (t[k].punct) break;
    if (w == "demonstrators" || w == "protesters" || w == "protestors" || w == "strikers" || w == "activists")
      return true;
  }
  static const std::unordered_set<std::string_view> kVerbs = {
      "demand", "denounce", "protest", "call", "oppose", "condemn", "support", "express", "mark", "commemorate",
      "show", "voice", "reject", "press", "urge", "criticize", "criticise", "honour", "honor", "remember",
      "decry", "defend", "commemorate", "claim", "request", "ask", "seek", "contest", "challenge", "object",
      "raise", "highlight", "complain", "complained", "denounced", "demanded", "called", "protested", "opposed",
      "condemned", "criticized",
      "criticised", "urged", "rejected", "expressed", "decried"};
  static const std::unordered_set<std::string_view> kGerunds = {
      "demanding", "denouncing", "protesting", "calling", "opposing", "condemning", "rejecting", "decrying",
      "complaining",
      "chanting", "carrying", "holding", "waving", "shouting", "urging", "criticizing", "criticising"};
  for (int k = from; k < end && k < from + 25; ++k) {
    const std::string& w = t[k].lower;
    // "to demand ...", "and demanded justice"
    if ((w == "to" || w == "and") && k + 1 < end && kVerbs.count(t[k + 1].lower)) return true;
    if (kGerunds.count(w) || w == "against" || w == "banners" || w == "banner" || w == "placards" || w == "slogans")
      return true;
    if (w == "in" && k + 1 < end && (t[k + 1].lower == "protest" || t[k + 1].lower == "support" ||
                                     t[k + 1].lower == "solidarity" || t[k + 1].lower == "memory"))
      return true;
    if (w == "for" && k + 1 < end && (t[k + 1].lower == "justice" || t[k + 1].lower == "peace" ||
                                      t[k + 1].lower == "better" || t[k + 1].lower == "higher"))
      return true;
  }
  // "gathered outside the High Court", "in front of city hall": a gathering at an institution
  static const std::unordered_set<std::string_view> kSeats = {
      "court", "parliament", "embassy", "consulate", "ministry", "hall", "station", "headquarters", "office",
      "offices", "prefecture", "palace", "legislature", "assembly", "council", "congress", "senate", "capitol",
      "residence", "secretariat", "directorate", "collectorate", "premises", "gates", "gate", "courthouse",
      "townhall", "municipality", "governorate", "barracks"};
  for (int k = from; k < end && k < from + 12; ++k) {
    if (t[k].lower != "outside" && !(t[k].lower == "front" && k + 1 < end && t[k + 1].lower == "of")) continue;
    for (int j = k + 1; j < end && j < k + 9; ++j)
      if (kSeats.count(t[j].lower)) return true;
  }
  // "Farmers gathered in Allonnes. They called for ...": the cause in the next sentence
  int n = static_cast<int>(t.size());
  if (end + 1 < n && t[end].lower == "they" && t[end].paragraph == t[end - 1].paragraph &&
      kVerbs.count(t[end + 1].lower))
    return true;
  return false;
}

// Can this dictionary match be a trigger here? Excludes noun uses of verbs, names, actor heads.
bool PlausibleTrigger(const SentenceContext& ctx, const Match& m) {
  const auto& t = ctx.analysis.tokens;
  const Sentence& s = ctx.sentence;
  const bin::Trigger& tr = ctx.lex.trigger(m.entry->target);
  bool verb = tr.pos == 'v';
  Form form = static_cast<Form>(m.entry->form);
  if (verb && NounContext(t, s.first, m.first) && form != Form::kPastBoth && form != Form::kPast) return false;
  // "its benchmark lending rate": a gerund inside a noun phrase
  if (verb && form == Form::kGerund && m.first - 1 > s.first && NounContext(t, s.first, m.first - 1) &&
      !IsVerbLike(t[m.first - 1]))
    return false;
  // "back opposing sides", "warring factions": a gerund before such a noun is an adjective
  static const std::unordered_set<std::string_view> kSides = {"sides", "camps", "factions", "views", "parties",
                                                             "forces", "blocs", "positions", "groups", "teams"};
  if (verb && form == Form::kGerund && m.last < s.last && kSides.count(t[m.last].lower)) return false;
  if (TokensInActors(ctx.actors, m, tr.pos)) return false;
  // "U.S.-brokered": a participle in a hyphenated compound is an adjective
  if (m.first > s.first && t[m.first - 1].text == "-" && t[m.first - 1].end == t[m.first].begin) return false;
  // "March", "Strike Force": a capitalised word mid-sentence is a name, not a trigger
  if (t[m.first].upper_initial && !t[m.first].all_caps && m.first > s.first && !t[m.first - 1].punct &&
      !t[m.first].dateline)
    return false;
  if ((tr.flags & bin::kPurpose) && !ProtestPurpose(t, m.last, s.last)) return false;
  if (tr.flags & bin::kThatClause) {  // "warned (on Monday) that ...": only with its clause
    bool that = false;
    for (int k = m.last; k < s.last && k < m.last + 5; ++k) that |= t[k].lower == "that";
    if (!that) return false;
  }
  return true;
}

// The longest plausible trigger starting at token i, or null.
const Match* BestTrigger(const SentenceContext& ctx, const std::vector<Match>& matches) {
  const Match* best = nullptr;
  for (const Match& m : matches) {
    if (static_cast<EntryKind>(m.entry->kind) != EntryKind::kTrigger || !PlausibleTrigger(ctx, m)) continue;
    int len = m.last - m.first, best_len = best ? best->last - best->first : 0;
    // of two readings of one phrase, the one that needs no actor beside it ("marched" with a
    // purpose, "rally" to demand) before the weak one
    bool weak = ctx.lex.trigger(m.entry->target).flags & bin::kWeak;
    bool best_weak = best && (ctx.lex.trigger(best->entry->target).flags & bin::kWeak);
    if (!best || len > best_len || (len == best_len && best_weak && !weak)) best = &m;
  }
  return best;
}

// The country of the first foreign place named in tokens [from, to) of the trigger's clause, as the
// target: where a visit, deployment or help goes. A place at home ("Russia deployed ... around
// Moscow") is no target.
void PlaceAsTarget(const RoleFinder& rf, int from, int to, EventMention* em, const char* sector = "GOV",
                   bool domestic_too = false) {
  const auto& t = rf.t;
  for (const auto& a : rf.actors) {
    if (a.first < from || a.first >= to || !a.place || a.actor.country.empty()) continue;
    bool clause = true;
    for (int k = std::max(from, rf.floor); k < a.first && clause; ++k) clause = !t[k].punct && !IsSpeechToken(t[k]);
    if (!clause) break;
    bool domestic = false;
    for (const auto& src : em->source) domestic |= src.actor.country == a.actor.country;
    if (domestic && !domestic_too) continue;
    ActorMention place = a;
    place.place = false;
    place.actor.sector = sector;
    place.actor.code = place.actor.country + sector;
    em->target.push_back(place);
    return;
  }
}

void VerbRoles(const RoleFinder& rf, const Match& m, const std::vector<EventMention>& earlier, EventMention* em) {
  const auto& t = rf.t;
  const bin::Trigger& tr = *em->trigger;
  Form form = static_cast<Form>(m.entry->form);
  std::string_view type = rf.ctx.lex.Str(tr.type);
  // The chunker first; the parse fills what it leaves empty (the parse is the less precise of the two
  // on short news sentences until the tagger improves).
  em->passive = IsPassive(t, rf.floor, m.first, form);
  bool human = type == "SUPPORT" || type == "ACCUSE" || type == "REJECT" || type == "REQUEST" || type == "AGREE" ||
               type == "CONSULT" || type == "THREATEN" || type == "CONCEDE";
  TreeRoles tree = ReadTreeRoles(rf.ctx, m.first, rf.ctx.lex.Str(tr.tprep), human);
  Actors left = rf.Subject(m.first, 0, human);
  // a fixed phrase read as a verb keeps its noun reading's source: "Sudanese army aircraft bombed"
  if (left.empty() && tr.pos == 'x') left = rf.Possessor(m.first);
  if (left.empty()) {
    left = tree.subject;
    em->passive |= tree.passive && !left.empty();
  }
  // "..., killing seven soldiers": the subject of the clause before the comma
  if (form == Form::kGerund && m.first > rf.floor && t[m.first - 1].text == ",") {
    for (auto it = earlier.rbegin(); it != earlier.rend(); ++it)
      if (it->verb && !it->passive) { left = it->source; break; }
  }
  // "Amnesty condemned the use of live ammunition and demanded an investigation": a verb after "and"
  // with no subject found shares the subject of the event verb before it
  if (left.empty() && m.first > rf.floor && t[m.first - 1].lower == "and" && !IsPassive(t, rf.floor, m.first, form)) {
    for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
      if (!it->verb) continue;
      // the nearest event verb, not a speech verb, and not across an infinitive or a quotation
      // ("reiterated its commitment to degrade and destroy")
      bool same_clause = !it->passive && !rf.ctx.lex.Str(it->trigger->type).empty() && !IsSpeechToken(t[it->first]);
      for (int k = it->last; k < m.first && same_clause; ++k)
        same_clause = t[k].lower != "to" && t[k].text != "\"" && t[k].text != ";" && !IsSpeechToken(t[k]);
      if (same_clause) left = it->source;
      break;
    }
  }
  if (em->passive) {
    // "sanctions on Belarusian officials accused of rigging": a reduced relative's subject is the
    // noun it follows, whatever preposition introduces that noun
    for (const ActorMention& a : rf.actors)
      if (a.last == m.first && m.first > rf.floor && !IsBeForm(t[m.first - 1].lower) && !a.place) left = {a};
    em->target = left;
    em->source = tree.agent.empty() ? rf.Agent(m.last) : tree.agent;
    return;
  }
  em->source = left;
  std::string_view tprep = rf.ctx.lex.Str(tr.tprep);
  bool noun_end = m.last - m.first > 1;  // "reaffirm + support for X": the noun's prepositions
  // "deployed air defence systems": the forces sent are not the target
  bool instrument = type == "MOBILIZE" || type == "AID" || type == "COOPERATE";
  // "demanded that X ...", "warned that Pakistan would face ...": the clause's subject is the target
  em->target = rf.Object(m.last, tprep, noun_end, "", type == "REQUEST" || type == "THREATEN", !instrument);
  if (em->target.empty() && !instrument && !OwnForces(t, tree.object)) em->target = tree.object;
  // "fired tear gas, pepper spray and rubber bullets at protesters": past a list of nouns
  if (em->target.empty() && !instrument && !tprep.empty()) {
    for (int k = m.last; k < rf.ceil && k < m.last + 10; ++k) {
      if (IsVerbLike(t[k]) || IsHardBoundary(t[k]) || ClauseComma(t, k, rf.ceil)) break;
      if (k > m.last && PrepositionAllowed(t[k].lower, tprep, false) && t[k - 1].text != ",") {
        em->target = rf.Object(k, tprep, false);
        break;
      }
    }
  }
  // "demanded that Rwanda withdraw its forces": who is asked is the subject inside the gap
  if (type == "REQUEST" && !m.gap.empty() && t[m.gap.front()].lower == "that") {
    Actors asked = rf.Object(m.gap.front(), tprep, false, "", true);
    if (!asked.empty() && asked.front().last <= m.gap.back() + 1) em->target = asked;
  }
  // a gap pattern ("hold all who hurt us accountable") may keep its object inside the gap
  // ... but "withdraw its troops", "pulled their forces back": the actor's own forces are no target
  // ... nor "Russian forces fired artillery at": the source's own arms
  auto own = [&](const ActorMention& a) {
    if (!a.role || (a.actor.country.empty() && a.actor.group.empty())) return false;
    for (const auto& x : em->source)
      if (x.actor.country == a.actor.country && x.actor.sector == a.actor.sector && x.actor.group == a.actor.group) return true;
    return false;
  };
  if (em->target.empty() && !m.gap.empty()) {
    Actors inside = rf.Object(m.gap.front(), tprep, false);
    if (!OwnForces(t, inside) && !(inside.size() == 1 && own(inside.front()))) em->target = inside;
  }
  // the source's arms inside the trigger's words are no target ("fired artillery at")
  if (em->target.size() == 1 && em->target.front().first > m.first && em->target.front().last <= m.last &&
      own(em->target.front()))
    em->target.clear();
  // "arrived in Amman", "sent personnel to Bosnia", "opened an embassy in Tehran": a visit, a deployment or
  // help goes to the country of the place it goes to
  if (em->target.empty() && (type == "CONSULT" || type == "AID" || type == "MOBILIZE" || type == "COOPERATE" ||
                             type == "AGREE" || type == "RETREAT" || type == "SUPPORT"))
    PlaceAsTarget(rf, type == "CONSULT" ? m.first + 1 : m.last, m.last + 10, em);  // ("arrived in Amman on a visit")
  // "set an oil refinery deep inside Russia ablaze", "struck targets in Syria": a state's attack on a
  // place abroad is against that country (its sector unknown)
  bool state_source = false;
  for (const auto& a : em->source) state_source |= !a.actor.country.empty();
  if (em->target.empty() && type == "ASSAULT" && state_source) PlaceAsTarget(rf, m.first + 1, m.last + 10, em, "");
  // "deployed naval, air and ground forces to monitor the Chinese activity": forces sent against someone
  if (em->target.empty() && type == "MOBILIZE") {
    static const std::unordered_set<std::string_view> kAgainst = {"monitor", "counter", "deter", "confront",
                                                                  "repel", "fight", "face", "watch", "track"};
    for (int k = m.last; k + 1 < rf.ceil && k < m.last + 12; ++k) {
      if (IsHardBoundary(t[k]) || t[k].text == ";") break;
      if (t[k].lower == "to" && kAgainst.count(t[k + 1].lower)) {
        em->target = rf.Object(k + 2, tprep, false);
        break;
      }
    }
  }
  // "imposed a curfew in the town of Cizre", "declared a state of siege in Haiti": a curfew or martial
  // law falls on the people of the place, at home too
  std::string_view mode = rf.ctx.lex.Str(tr.mode);
  if (em->target.empty() && type == "COERCE" && (mode == "curfew" || mode == "martial-law"))
    PlaceAsTarget(rf, m.first + 1, m.last + 10, em, "CVL", true);
  // "... many of them sheltering in schools in Petion-Ville, where the WFP began handing out hot meals":
  // humanitarian aid with no recipient named goes to the people in need the sentence names, else to
  // the people of the place
  if (em->target.empty() && type == "AID" && rf.ctx.lex.Str(tr.cameo).substr(0, 3) == "073") {
    for (const auto& a : rf.actors)
      if (!a.place && a.ref == ActorRef::kNone && (a.actor.sector == "CVL" || a.actor.sector == "REF")) {
        em->target.push_back(a);
        break;
      }
    if (em->target.empty()) PlaceAsTarget(rf, m.first + 1, m.last + 10, em, "CVL", true);
  }
  // "summoned Pakistan's envoy": the pattern names its object; "began releasing prisoners", "expelled
  // journalists": people acted upon count without a country of their own
  static const std::unordered_set<std::string_view> kPeople = {"CVL", "REF", "OPP", "EDU", "MED", "HRI", "LAB", "REL", "CRM"};
  if (em->target.empty()) {
    for (const auto& a : rf.actors)
      if (a.first > m.first && a.first < m.last && !a.place && a.ref == ActorRef::kNone && !own(a) &&
          (!a.actor.country.empty() || !a.actor.group.empty() || kPeople.count(a.actor.sector))) {
        em->target.push_back(a);
        break;
      }
  }
}

// Where the noun phrase of a noun trigger starts ("a deadly ISIS terror attack").
int NounPhraseStart(const std::vector<Token>& t, int floor, int noun) {
  int np = noun;
  while (np > floor && (IsDeterminer(t[np - 1].lower) || IsModifier(t[np - 1].lower) ||
                        (!t[np - 1].punct && !IsVerbLike(t[np - 1]) && !IsPreposition(t[np - 1].lower) &&
                         !t[np - 1].upper_initial && np - 1 > noun - 4)))
    --np;
  return np;
}

void NounRoles(const RoleFinder& rf, const Match& m, EventMention* em) {
  const auto& t = rf.t;
  em->source = rf.Possessor(m.first);
  if (em->source.empty()) em->source = rf.Agent(m.last);
  int np = NounPhraseStart(t, rf.floor, m.first);
  // "launched 10 days of war games", "began a week of strikes": the span of time is part of the phrase
  static const std::unordered_set<std::string_view> kSpans = {"days", "day", "weeks", "week", "months",
                                                              "hours", "rounds", "series", "wave", "waves"};
  if (np - 2 > rf.floor && t[np - 1].lower == "of" && kSpans.count(t[np - 2].lower))
    np = NounPhraseStart(t, rf.floor, np - 2);
  bool light = np > rf.floor && IsLightVerb(t[np - 1].lower);
  if (np - 1 > rf.floor && (t[np - 1].lower == "with" || t[np - 1].lower == "using") && IsVerbLike(t[np - 2]))
    light = true, --np;  // "police responded with tear gas"
  if (em->source.empty() && light) em->source = rf.Subject(np - 1);
  // "ministers failed on Monday to agree sanctions": the act after "to" and its verb is the subject's
  // of the verb before "to"
  int inf = InfinitiveBefore(t, rf.floor, m.first);
  if (em->source.empty() && inf >= 0) {
    int k = BeforeTimePhrase(t, inf, rf.floor);
    if (k >= rf.floor && IsVerbLike(t[k])) em->source = rf.Subject(k);
  }
  // "arrived in Riyadh on Sunday for a two-day visit", "arrived in Amman on a previously unannounced
  // visit": the visitor is the subject of the verb before "for" or "on"
  if (em->source.empty() && np - 1 > rf.floor && (t[np - 1].lower == "for" || t[np - 1].lower == "on") &&
      rf.ctx.lex.Str(em->trigger->type) == "CONSULT") {
    for (int k = np - 2; k >= rf.floor && k >= np - 10; --k) {
      if (t[k].punct) break;
      if (IsVerbLike(t[k])) { em->source = rf.Subject(k); break; }
    }
  }
  // "participated in a rally", "took part in the march", "gathered for a rally", "attended a vigil":
  // who takes part holds it
  if (em->source.empty() && rf.ctx.lex.Str(em->trigger->type) == "PROTEST") {
    static const std::unordered_set<std::string_view> kTakePart = {
        "participated", "participate", "participates", "participating", "part", "gathered", "gather",
        "gathers", "assembled", "attended", "attend", "attends", "attending", "rallied", "marched", "joined"};
    int k = np - 1;
    if (k > rf.floor && (t[k].lower == "in" || t[k].lower == "for" || t[k].lower == "at")) --k;
    if (k >= rf.floor && kTakePart.count(t[k].lower)) em->source = rf.Subject(k);
  }
  em->target = rf.Object(m.last, rf.ctx.lex.Str(em->trigger->tprep), true);
  // "fired tear gas, pepper spray and rubber bullets at protesters": past a list of nouns
  if (em->target.empty()) {
    for (int k = m.last; k < rf.ceil && k < m.last + 10; ++k) {
      if (IsVerbLike(t[k]) || IsHardBoundary(t[k]) || ClauseComma(t, k, rf.ceil)) break;
      if ((t[k].lower == "at" || t[k].lower == "on" || t[k].lower == "against") && k > m.last) {
        em->target = rf.Object(k, rf.ctx.lex.Str(em->trigger->tprep), true);
        break;
      }
    }
  }
  // "arrived in Riyadh ... for a visit": the visit is to the place named before it, in the clause
  std::string_view type = rf.ctx.lex.Str(em->trigger->type);
  if (em->target.empty() && type == "CONSULT" && rf.ctx.lex.Str(em->trigger->mode) == "visit")
    PlaceAsTarget(rf, np - 10, np, em);
  if ((em->trigger->flags & bin::kSymmetric) && em->source.empty() && em->target.size() >= 2) {
    em->source.push_back(em->target.front());
    em->target.erase(em->target.begin());
  }
  for (int k = m.first - 1; k >= np && k >= rf.floor; --k)
    em->definite |= t[k].lower == "the" || t[k].lower == "this" || t[k].lower == "that";
  em->bare_definite = em->definite && em->source.empty() && em->target.empty();
}

// "X said Y was behind the attack": X accuses Y.
void SpeakerRoles(const RoleFinder& rf, const Match& m, EventMention* em) {
  em->target = rf.Subject(m.first);
  em->source = em->speaker;
  for (int k = m.last; k < rf.ceil && em->source.empty(); ++k)  // "..., the ministry said"
    if (IsSpeechToken(rf.t[k])) em->source = rf.Subject(k);
}

// Who reports the mention: the subject of the nearest speech verb before it.
void FindSpeaker(const RoleFinder& rf, const Match& m, EventMention* em) {
  const auto& t = rf.t;
  for (int k = m.first - 1; k >= rf.floor; --k) {
    if (IsSpeechToken(t[k]) || t[k].lower == "warned" || t[k].lower == "warns") {
      em->reported = true;
      em->speaker = rf.Subject(k);
      return;
    }
  }
}

// "offered to hand over", "is willing to withdraw": a stated intention to do the act.
// The "to" of the infinitive a trigger verb is in: right before it, or before the verb it is joined
// to ("to degrade and destroy"); -1 if none.
int InfinitiveTo(const RoleFinder& rf, const Match& m) {
  const auto& t = rf.t;
  int to = m.first - 1;
  if (to - 2 >= rf.floor && (t[to].lower == "and" || t[to].lower == "or") && t[to - 2].lower == "to") to -= 2;
  return to >= rf.floor && t[to].lower == "to" ? to : -1;
}

bool IntentBefore(const RoleFinder& rf, const Match& m) {
  const auto& t = rf.t;
  int to = InfinitiveTo(rf, m);
  if (to - 1 < rf.floor || to < 0) return false;
  static const std::unordered_set<std::string_view> kWords = {
      "willing", "ready", "prepared", "offered", "offers", "offer", "offering", "promised", "promises",
      "promise", "pledged", "pledges", "pledge", "agreed", "agrees", "agree", "vowed", "vows", "undertook",
      "decided", "decides", "intends", "intend", "plans", "plan", "planned", "expected", "set", "due",
      "determined", "committed", "commitment", "eager", "keen", "wants", "hopes"};
  for (int k = to - 1; k >= rf.floor && k >= to - 2; --k)
    if (kWords.count(t[k].lower)) return true;
  return false;
}

// An earlier trigger close enough to govern this one ("vowed to inflict"); a plain statement
// ("said he is prepared to lift") governs nothing.
bool AfterTrigger(const RoleFinder& rf, const Match& m, const std::vector<EventMention>& earlier) {
  for (const auto& prev : earlier)
    if (prev.last >= m.first - 6 && !prev.suppressed && !rf.ctx.lex.Str(prev.trigger->type).empty()) return true;
  return false;
}

// "vowed to inflict", "commitment to destroy", "all who hurt": not events of their own.
bool Absorbed(const RoleFinder& rf, const Match& m, const std::vector<EventMention>& earlier) {
  const auto& t = rf.t;
  if (int to = InfinitiveTo(rf, m); to >= 0) {  // (also "commitment to degrade and destroy")
    if (AfterTrigger(rf, m, earlier)) return true;
    static const std::unordered_set<std::string_view> kIntent = {
        "commitment", "pledge", "vow", "plan", "plans", "determination", "efforts", "effort", "bid",
        "attempt", "attempts", "right", "threat", "threats", "aimed", "intended", "designed", "meant",
        "sought", "seeking", "able", "unable", "ready"};
    for (int k = to - 1; k >= rf.floor && k >= to - 2; --k)
      if (kIntent.count(t[k].lower)) return true;
  }
  int cs = ClauseStart(t, rf.floor, m.first);
  // ("those who worked at the pool, gathered ...": the relative clause ended at the comma)
  for (int k = cs; k < m.first; ++k)
    if (t[k].text == ",") return false;
  return cs - 2 >= rf.floor && (t[cs - 1].lower == "who" || t[cs - 1].lower == "that") &&
         (t[cs - 2].lower == "all" || t[cs - 2].lower == "those" || t[cs - 2].lower == "anyone" ||
          t[cs - 2].lower == "whoever");
}

// "activists, including ..., marched", "police bombed": a fixed phrase that opens with a past-tense
// verb ("marched", "bombed", "called a strike") is read as that verb, unless a passive ("was
// placed under investigation") makes its subject the target.
bool FixedVerbPhrase(const std::vector<Token>& t, int floor, const Match& m, char pos) {
  if (pos != 'x' || !IsVerbLike(t[m.first]) || IsBeForm(t[m.first].lower)) return false;
  // "it was appalled by the reports": a participle of feeling fixed with its "by" is an adjective
  // whose subject feels it, not a passive
  bool feeling = m.last - m.first == 2 && t[m.last - 1].lower == "by";
  for (int k = m.first - 1; k >= floor && k >= m.first - 3; --k) {
    if (IsBeForm(t[k].lower)) return feeling;
    if (!IsAdverb(t[k])) break;
  }
  return true;
}

// "Strikes: On 22 March, members of ... blockaded", "UPDATE: ...": a heading before a colon at the
// start of a sentence labels the text; it reports nothing itself.
bool InLabel(const std::vector<Token>& t, int first, int i, int end) {
  for (int k = first + 1; k < end && k <= first + 4; ++k)
    if (t[k].text == ":") return i < k;
  return false;
}

// "was severely beaten by", "were beaten up": a fixed phrase in the passive voice.
bool PassiveFixedPhrase(const std::vector<Token>& t, const Match& m, char pos) {
  if (pos != 'x' || m.last - m.first < 2 || !IsBeForm(t[m.first].lower)) return false;
  for (int k = m.first + 1; k < m.last; ++k) {
    const std::string& w = t[k].lower;
    if (w.size() > 3 && (EndsWith(w, "ed") || EndsWith(w, "en"))) return true;
    if (!IsAdverb(t[k])) return false;
  }
  return false;
}

// Its subject suffers the act; the "by" phrase, inside the pattern or after it, does it.
void PassiveRoles(const RoleFinder& rf, const Match& m, EventMention* em) {
  em->verb = true;
  em->passive = true;
  em->target = rf.Subject(m.first);
  em->source = rf.t[m.last - 1].lower == "by" ? rf.Object(m.last, "", true) : rf.Agent(m.last);
}

// "700 soldiers were deployed to support the police": with nobody named as sending them, forces sent
// are the side that mobilizes
void SentForces(const Lexicon& lex, EventMention* em) {
  static const std::unordered_set<std::string_view> kForces = {"MIL", "COP", "REB", "INS", "UAF", "SEP"};
  if (!em->source.empty() || em->target.empty() || lex.Str(em->trigger->type) != "MOBILIZE") return;
  for (const auto& a : em->target)
    if (!kForces.count(a.actor.sector) || a.place) return;
  std::swap(em->source, em->target);
}

}  // namespace

// "sent 21 personnel to Bosnia", "dispatched inspectors to central Iran", "deliver grain to Afghanistan",
// "struck targets in Syria": with no one else named, the country the act is sent to or done in is its
// target, as CAMEO codes it.
void DestinationTarget(const RoleFinder& rf, const Match& m, EventMention* em) {
  if (!em->target.empty()) return;
  std::string_view type = rf.ctx.lex.Str(em->trigger->type);
  if (type != "AID" && type != "MOBILIZE" && type != "ASSAULT" && type != "COERCE" && type != "RETREAT") return;
  const auto& t = rf.t;
  for (const ActorMention& a : rf.actors) {
    if (a.first < m.last || a.first - m.last > 10) continue;
    bool hard = false;
    for (int k = m.last; k < a.first && !hard; ++k) hard = IsHardBoundary(t[k]) || t[k].text == ";";
    if (hard) break;
    bool bare_country = a.place && !a.actor.country.empty() && a.actor.group.empty() && a.actor.code == a.actor.country;
    int p = a.first - 1;
    while (p > m.last && (t[p].lower == "the" || IsModifier(t[p].lower) || t[p].lower == "central" ||
                          t[p].lower == "northern" || t[p].lower == "southern" || t[p].lower == "eastern" ||
                          t[p].lower == "western"))
      --p;
    bool toward = p >= m.last && (t[p].lower == "to" || t[p].lower == "into" || t[p].lower == "in");
    if (bare_country && toward) {
      ActorMention x = a;
      x.place = false;
      em->target.push_back(x);
      return;
    }
  }
}

std::vector<EventMention> FindEventMentions(const SentenceContext& ctx, int sentence_index) {
  const auto& t = ctx.analysis.tokens;
  const Sentence& s = ctx.sentence;
  RoleFinder rf{ctx, t, ctx.actors, s.first, s.last};
  std::vector<Match> matches;
  std::vector<EventMention> out;
  for (int i = s.first; i < s.last;) {
    matches.clear();
    if (!t[i].dateline && !InLabel(t, s.first, i, s.last)) ctx.lex.MatchAt(t, i, s.last, &matches);
    const Match* best = BestTrigger(ctx, matches);
    if (!best) {
      ++i;
      continue;
    }
    EventMention em;
    em.sentence = sentence_index;
    em.first = best->first;
    em.last = best->last;
    em.trigger = &ctx.lex.trigger(best->entry->target);
    em.verb = em.trigger->pos == 'v' || FixedVerbPhrase(t, s.first, *best, em.trigger->pos);
    if (PassiveFixedPhrase(t, *best, em.trigger->pos)) PassiveRoles(rf, *best, &em);
    else if (em.verb) VerbRoles(rf, *best, out, &em);
    else NounRoles(rf, *best, &em);
    DestinationTarget(rf, *best, &em);
    FindSpeaker(rf, *best, &em);
    if (em.trigger->flags & bin::kSpeaker) SpeakerRoles(rf, *best, &em);
    SentForces(ctx.lex, &em);
    em.suppressed = Absorbed(rf, *best, out);
    em.intent = IntentBefore(rf, *best);
    if (em.intent && em.suppressed && !AfterTrigger(rf, *best, out)) {
      std::string_view type = ctx.lex.Str(em.trigger->type);  // "ready to send aid": an intention, AGREE
      em.suppressed = !(type == "CONSULT" || type == "SUPPORT" || type == "COOPERATE" || type == "AID" ||
                        type == "RETREAT" || type == "CONCEDE");
    }
    // "must" with nobody saying it is no demand
    if ((em.trigger->flags & bin::kSpeaker) && em.source.empty()) em.suppressed = true;
    // "prices should fall": a "should" is a demand only of an actor
    if ((em.trigger->flags & bin::kSpeaker) && t[best->first].lower == "should" && em.target.empty()) em.suppressed = true;
    out.push_back(std::move(em));
    i = best->last;
  }
  return out;
}

}  // namespace sitrep
