// Coding conventions applied to a sentence's event mentions (see conventions.h).
#include "code/conventions.h"

#include <cstring>
#include <map>
#include <set>

#include "base/utf8.h"
#include "code/merge.h"

namespace sitrep {
namespace {

// The CAMEO threat code (13x) for a threatened act: the first row whose type and code prefix match.
std::string ThreatCode(std::string_view type, std::string_view cameo) {
  struct Row { const char* type; const char* prefix; const char* threat; };
  static const Row kRows[] = {
      {"COERCE", "1723", "1323"}, {"COERCE", "1724", "1324"}, {"COERCE", "172", "132"},  // curfew, emergency, bans
      {"COERCE", "191", "1381"}, {"COERCE", "192", "1382"}, {"COERCE", "", "137"},       // blockade, occupation
      {"SANCTION", "161", "1313"}, {"SANCTION", "162", "1311"}, {"SANCTION", "163", "1312"},
      {"SANCTION", "164", "134"}, {"SANCTION", "165", "135"}, {"SANCTION", "166", "136"}, {"SANCTION", "", "131"},
      {"PROTEST", "", "133"},
      {"RETREAT", "", "136"},  // "will withdraw its force unless ...": threatens to end its involvement
  };
  for (const Row& r : kRows)
    if (type == r.type && cameo.substr(0, std::strlen(r.prefix)) == r.prefix) return r.threat;
  return "138";  // force
}

}  // namespace

// "a war that has killed tens of thousands", "the conflict, which has displaced millions": a tally
// of a long war, not a happening of the story's days.
bool SummaryOfWar(const EventMention& m, const std::vector<Token>& t, int first, const Lexicon& lex) {
  static const std::set<std::string> kWars = {"war", "conflict", "fighting", "violence", "insurgency", "crisis",
                                              "unrest", "uprising", "campaign", "offensive", "wars", "conflicts"};
  if (lex.Str(m.trigger->type) != "ASSAULT") return false;
  int k = m.first - 1;
  while (k >= first && (t[k].lower == "already" || t[k].lower == "so" || t[k].lower == "far")) --k;
  if (k < first || (t[k].lower != "has" && t[k].lower != "have")) return false;
  --k;
  if (k < first || (t[k].lower != "that" && t[k].lower != "which")) return false;
  --k;
  if (k >= first && t[k].text == ",") --k;
  return k >= first && kWars.count(t[k].lower) > 0;
}

// "in Montenegro, where 28 people have been killed in ethnic riots this year": a tally of a place's
// past violence in a relative clause, not a happening of the story
bool TallyOfPlace(const EventMention& m, const std::vector<Token>& t, int first, int end, const Lexicon& lex) {
  static const std::set<std::string> kMonths = {"january", "february", "march", "april", "may", "june", "july",
                                                "august", "september", "october", "november", "december"};
  if (lex.Str(m.trigger->type) != "ASSAULT" && lex.Str(m.trigger->type) != "PROTEST") return false;
  int where = -1;
  for (int k = m.first - 1; k >= first && k >= m.first - 8; --k) {
    if (t[k].lower == "where") { where = k; break; }
    if (t[k].punct && t[k].text != ",") break;
  }
  // ("killed in ethnic riots this year": the riots are the tally's too)
  for (int k = m.first - 1; where < 0 && k >= first && k >= m.first - 12; --k) {
    if (t[k].lower == "where") where = k;
    if (t[k].punct) break;
  }
  if (where < 0) return false;
  bool perfect = false;
  for (int k = where + 1; k < m.first; ++k) perfect |= t[k].lower == "have" || t[k].lower == "has";
  bool span = false;
  for (int k = m.last; k + 1 < end && k < m.last + 8 && !t[k].punct; ++k)
    span |= (t[k].lower == "this" && (t[k + 1].lower == "year" || t[k + 1].lower == "month")) ||
            (t[k].lower == "last" && (t[k + 1].lower == "year" || t[k + 1].lower == "month" ||
                                      kMonths.count(t[k + 1].lower))) ||
            t[k].lower == "since";
  return perfect || span;
}

// "after four persons died in an accident at a checkpoint", "two pedestrians were killed in a
// hit-and-run crash", "the truck ran over and killed a lawyer": deaths in accidents are no attacks
bool AccidentalDeath(const EventMention& m, const std::vector<Token>& t, int first, int end, const Lexicon& lex) {
  static const std::set<std::string> kAccident = {"accident", "accidents", "crash", "crashes", "collision",
      "hit-and-run", "drowned", "drowning", "stampede", "electrocuted", "landslide", "flood", "floods"};
  if (lex.Str(m.trigger->type) != "ASSAULT") return false;
  const std::string& head = t[m.first].lower;
  if (head != "killed" && head != "died" && head != "dead" && head != "killing") return false;
  for (int k = std::max(first, m.first - 4); k < end && k < m.last + 8; ++k) {
    if (k >= m.last && (t[k].text == ";" || t[k].text == ".")) break;
    if (kAccident.count(t[k].lower) || (t[k].lower == "over" && k > first && t[k - 1].lower == "ran")) return true;
  }
  return false;
}

bool SpanOfTime(const EventMention& m, const std::vector<Token>& t, int first) {
  static const std::set<std::string> kSpans = {"year", "years", "decade", "decades", "months", "weeks",
                                               "century", "centuries"};
  int k = m.first - 1;
  return !m.verb && k - 1 >= first && t[k].lower == "of" && kSpans.count(t[k - 1].lower) > 0;
}

// "warplanes struck RSF convoys", "ambushed a military patrol": forces on the move that are the
// object of an attack are its target, not a movement of their own.
bool AttackedForces(const EventMention& m, const std::vector<EventMention>& all, const Lexicon& lex) {
  if (m.verb || lex.Str(m.trigger->type) != "MOBILIZE") return false;
  for (const auto& x : all)
    if (&x != &m && x.verb && lex.Str(x.trigger->type) == "ASSAULT" && x.last <= m.first && m.first - x.last <= 4)
      return true;
  return false;
}

// "warned that protesters would be arrested": the arrest is the content of the threat.
bool InsideThreat(const EventMention& m, const std::vector<EventMention>& all, const Lexicon& lex,
                  const std::vector<Token>& t) {
  // "demanded that Chad send troops", "urged the authorities to exercise restraint and to restore
  // internet access": the act asked for is the content of the demand or appeal, not an event of its own
  for (const auto& x : all) {
    bool appeal = lex.Str(x.trigger->type) == "REQUEST" || lex.Str(x.trigger->cameo).substr(0, 2) == "02";
    if (&x == &m || x.suppressed || x.last > m.first || !appeal) continue;
    bool clause = true;
    for (int k = x.last; k < m.first && clause; ++k) clause = !(t[k].text == ";" || t[k].text == ":");
    bool that_or_to = false;
    for (int k = x.last; k < m.first && k < x.last + 6; ++k) that_or_to |= t[k].lower == "that" || t[k].lower == "to";
    if (clause && that_or_to && m.first - x.last <= 12) return true;
  }
  if (m.modality != "future" && m.modality != "hypothetical") return false;
  for (const auto& x : all)
    if (&x != &m && !x.suppressed && x.last <= m.first &&
        (lex.Str(x.trigger->type) == "THREATEN" || (x.trigger->flags & bin::kSpeaker && lex.Str(x.trigger->type) == "REQUEST")))
      return true;  // and "said Sudan must return the helicopter": the return is what is demanded
  return false;
}

bool AccusedAct(const EventMention& m, const std::vector<EventMention>& all, const Lexicon& lex,
                const std::vector<Token>& t) {
  // the act is a gerund or a noun ("of sending troops", "of war crimes"), not a finite verb; or an
  // infinitive after one ("of failing to defeat the militants", "of trying to topple")
  bool after_gerund = m.first >= 2 && t[m.first - 1].lower == "to" && EndsWith(t[m.first - 2].lower, "ing");
  if (m.verb && !EndsWith(t[m.first].lower, "ing") && !after_gerund) return false;
  for (const auto& x : all) {
    if (&x == &m || !x.verb || x.suppressed || x.last > m.first || m.first - x.last > 8 ||
        lex.Str(x.trigger->type) != "ACCUSE")
      continue;
    bool of = false, clause = true;
    for (int k = x.last; k < m.first && clause; ++k) {
      // "relatives of a man accused of beating his stepson staged a protest": a verb after the
      // accused act ends its phrase
      bool gerund_to = k + 1 < m.first && EndsWith(t[k].lower, "ing") && t[k + 1].lower == "to";
      clause = !t[k].punct && !(of && IsVerbLike(t[k]) && t[k].lower != "'s" && !gerund_to && t[k].lower != "to");
      of |= t[k].lower == "of";
    }
    if (of && clause) return true;
  }
  return false;
}

// "Cyprus blocked the package of asset freezes and travel bans": the freezes are what was refused.
bool RefusedObject(const EventMention& m, const std::vector<EventMention>& all, const Lexicon& lex,
                   const std::vector<Token>& t) {
  if (m.verb) return false;
  for (const auto& x : all) {
    if (&x == &m || x.suppressed || !x.verb || x.last > m.first || m.first - x.last > 3) continue;
    if (TypeOf(x, lex) != "REJECT") continue;
    bool object = true;  // only determiners and modifiers between: "the proposed", "a package of"
    for (int k = x.last; k < m.first && object; ++k) object = !t[k].punct && !t[k].upper_initial && !IsVerbLike(t[k]);
    if (object) return true;
  }
  return false;
}

void SharedAgent(std::vector<EventMention>* mentions, const Lexicon& lex, const std::vector<Token>& t) {
  static const std::set<std::string> kPreps = {"in", "during", "with", "through", "amid"};
  for (EventMention& m : *mentions) {
    if (m.source.empty()) continue;  // "raids" may have matched as a verb: the preposition says noun
    int k = m.first - 1;  // "in dawn raids": the preposition before the noun's modifiers
    while (k > m.first - 4 && k >= 0 && !t[k].punct && !t[k].upper_initial && !kPreps.count(t[k].lower)) --k;
    if (k < 0 || !kPreps.count(t[k].lower)) continue;
    for (const EventMention& x : *mentions) {
      if (&x == &m || !x.verb || x.last > k || m.first - x.last > 10 || x.source.empty() ||
          lex.Str(x.trigger->type) != lex.Str(m.trigger->type))
        continue;
      bool object = true;  // the noun's "source" is the verb's object
      for (const auto& a : m.source) {
        bool in_target = false;
        for (const auto& b : x.target) in_target |= a.first == b.first && a.last == b.last;
        object &= in_target;
      }
      if (object) m.source = x.source;
    }
  }
}

// "warned that anyone caught barricading roads would be arrested"
void GenericProtesters(EventMention* m, const std::vector<EventMention>& all, const Lexicon& lex) {
  for (auto& x : m->target) {
    if (x.ref != ActorRef::kGeneric) continue;
    for (const EventMention& p : all)
      for (const auto& y : p.source)
        if (TypeOf(p, lex) == "PROTEST" && y.first == x.first && y.last == x.last) {
          x.ref = ActorRef::kNone;
          x.actor.sector = "CVL";
        }
  }
}

// "experts warned that al-Shabaab might attack": a warning about someone else's act is a
// prediction, not a threat; the act stays, as hypothetical.
void SeparatePredictions(std::vector<EventMention>* mentions, const Lexicon& lex) {
  for (EventMention& w : *mentions) {
    if (!(w.trigger->flags & bin::kThatClause)) continue;
    for (const EventMention& c : *mentions) {
      if (c.first <= w.last || c.source.empty() || (c.modality != "future" && c.modality != "hypothetical")) continue;
      bool same = false;
      for (const auto& a : c.source)
        for (const auto& b : w.source) same |= ActorKey(a.actor) == ActorKey(b.actor);
      if (!same) w.suppressed = true;
    }
  }
}

// PLOVER: cooperation reported as future or as an offer is an intention to cooperate, AGREE
// (CAMEO 03x: "will visit" 036, "will provide aid" 033, "offered to withdraw" 035).
void AsIntention(EventMention* m, const Lexicon& lex) {
  static const std::map<std::string, std::string> kIntentCode = {
      {"CONSULT", "036"}, {"SUPPORT", "032"}, {"COOPERATE", "031"}, {"AID", "033"}, {"RETREAT", "035"},
      {"CONCEDE", "035"}};
  std::string type(lex.Str(m->trigger->type));
  auto it = kIntentCode.find(type);
  if (it == kIntentCode.end() || !m->type_override.empty()) return;
  if (m->modality != "future" && !m->intent) return;
  m->type_override = "AGREE";
  m->cameo_override = it->second;
}


// An act of force or pressure announced by its own actor as conditional ("may halt the talks",
// "will withdraw unless ...", "said they would blockade Paris") or as a coming measure of state
// ("announced he will extend the curfew") is a threat (CAMEO 13x). A prediction by someone else
// is none, and a planned protest ("unions plan a strike on Thursday") stays a future protest.
void AsThreat(EventMention* m, const SentenceContext& ctx) {
  std::string_view type = ctx.lex.Str(m->trigger->type);
  bool forceful = type == "ASSAULT" || type == "COERCE" || type == "SANCTION" || type == "PROTEST";
  if (!m->type_override.empty() || m->source.empty() || !(forceful || type == "RETREAT")) return;
  bool said_by_actor = false;
  for (const auto& a : m->speaker)
    for (const auto& b : m->source) said_by_actor |= ActorKey(a.actor) == ActorKey(b.actor);
  bool own = !m->reported || said_by_actor;
  const auto& t = ctx.analysis.tokens;
  bool unless = false, would = false;
  for (int k = m->last; k < ctx.sentence.last; ++k) unless |= t[k].lower == "unless";
  for (int k = ClauseStart(t, ctx.sentence.first, m->first); k < m->first; ++k) would |= t[k].lower == "would";
  bool threat = false;
  if (m->modality == "hypothetical" || unless) threat = own && (forceful || unless);
  else if (m->modality == "future" && said_by_actor)
    threat = forceful && (would || type == "COERCE" || type == "SANCTION");
  if (!threat) return;
  m->type_override = "THREATEN";
  m->cameo_override = ThreatCode(type, ctx.lex.Str(m->trigger->cameo));
  m->modality = "asserted";
}

// "Protesters demanded access to running water": what a crowd of protesters demands, denounces
// or rejects is said by protesting (PROTEST 140).
void ProtestersSpeaking(EventMention* m, const Lexicon& lex, const std::vector<Token>& t) {
  std::string_view type = lex.Str(m->trigger->type);
  if (!m->type_override.empty() || !(type == "REQUEST" || type == "ACCUSE" || type == "REJECT")) return;
  for (const auto& s : m->source) {
    const std::string& head = t[s.last - 1].lower;
    if (head == "protesters" || head == "protestors" || head == "demonstrators" || head == "strikers" ||
        head == "marchers" || head == "rioters") {
      m->type_override = "PROTEST";
      m->cameo_override = "140";
      return;
    }
  }
}

// "workers ... blockading fuel depots", "farmers blockaded the highway": a blockade by people
// outside the state is a protest that obstructs (PROTEST 144), not a state's blockade (CAMEO 191);
// "protesters stormed parliament", "overran police lines": a crowd that storms is a riot (PROTEST 145);
// one that occupies a building obstructs (144).
void CiviliansCoercing(EventMention* m, const Lexicon& lex, const std::vector<Token>& t) {
  static const std::set<std::string> kCivil = {"CVL", "LAB", "EDU", "OPP", "PTY", "HRI", "NGO", "REL", "BUS", "REF"};
  static const std::set<std::string> kCrowd = {"CVL", "LAB", "EDU", "OPP"};
  if (!m->type_override.empty() || m->source.empty()) return;
  std::string_view cameo = lex.Str(m->trigger->cameo);
  // "protesters stormed a prison and freed hundreds of inmates": a crowd's release of prisoners is
  // part of its riot, not a concession
  if (lex.Str(m->trigger->type) == "RETREAT" && cameo.substr(0, 4) == "0841") {
    for (const auto& s : m->source)
      if (!kCrowd.count(s.actor.sector)) return;
    m->type_override = "PROTEST";
    m->cameo_override = "145";
    return;
  }
  if (lex.Str(m->trigger->type) != "COERCE") return;
  const std::string& head = t[m->first].lower;
  bool storm = cameo.substr(0, 3) == "192" || (cameo.substr(0, 3) == "171" && head.rfind("storm", 0) == 0);
  if (cameo.substr(0, 3) != "191" && !storm) return;
  for (const auto& s : m->source)
    if (!(storm ? kCrowd : kCivil).count(s.actor.sector)) return;
  m->type_override = "PROTEST";
  // ("students occupied their school": a sit-in occupation obstructs, it is no riot)
  m->cameo_override = storm && head.rfind("occup", 0) != 0 ? "145" : "144";
}

// "police forces captured and detained 85 Afghan migrants": people captured are taken, not ground held
void CapturedPeople(EventMention* m, const Lexicon& lex, const std::vector<Token>& t) {
  if (!m->type_override.empty() || lex.Str(m->trigger->type) != "COERCE") return;
  if (lex.Str(m->trigger->cameo).substr(0, 3) != "192" || t[m->first].lower.rfind("captur", 0) != 0) return;
  bool people = false;
  for (const auto& a : m->target) people |= !a.place && !a.actor.sector.empty();
  // "captured and detained 85 migrants"
  static const std::set<std::string> kDetain = {"detained", "arrested", "held", "jailed", "imprisoned"};
  people |= m->last + 1 < static_cast<int>(t.size()) && t[m->last].lower == "and" && kDetain.count(t[m->last + 1].lower);
  if (!people) return;
  m->type_override = "COERCE";
  m->cameo_override = "173";
}

// "QSD started a security operation and detained three people", "members of the Sinaloa Cartel captured
// members of the CJNG": arrests are the state's; rebels, militias and gangs who detain people abduct
// them (CAMEO 181; ACLED: abduction)
void DetainedByArmedGroup(EventMention* m, const Lexicon& lex) {
  static const std::set<std::string> kNonState = {"REB", "INS", "SEP", "UAF", "CRM"};
  if (m->source.empty() || lex.Str(m->trigger->type) != "COERCE") return;
  std::string_view cameo = m->cameo_override.empty() ? lex.Str(m->trigger->cameo) : m->cameo_override;
  std::string_view mode = lex.Str(m->trigger->mode);
  if (!(m->type_override.empty() || m->type_override == "COERCE")) return;
  if (cameo.substr(0, 3) != "173" && (mode != "arrest" || !m->cameo_override.empty())) return;
  for (const auto& s : m->source)
    if (!kNonState.count(s.actor.sector)) return;
  m->type_override = "ASSAULT";
  m->cameo_override = "181";
}

// "armed men looted a commercial vehicle": looting by armed men is seizure (CAMEO 1711), not a riot
void ArmedLooting(EventMention* m, const Lexicon& lex, const std::vector<Token>& t) {
  static const std::set<std::string> kArmed = {"MIL", "REB", "INS", "SEP", "UAF", "CRM", "COP"};
  if (!m->type_override.empty() || m->source.empty() || lex.Str(m->trigger->type) != "PROTEST") return;
  const std::string& head = t[m->first].lower;
  if (head.rfind("loot", 0) != 0) return;
  for (const auto& s : m->source)
    if (!kArmed.count(s.actor.sector)) return;
  m->type_override = "COERCE";
  m->cameo_override = "1711";
}

// "A World Food Programme convoy of 15 trucks carrying food": a convoy that carries relief is aid
// (AID 073), not a movement of forces.
void ReliefConvoy(EventMention* m, const Lexicon& lex, const std::vector<Token>& t, int end) {
  static const std::set<std::string> kRelief = {"food", "aid", "supplies", "medicine", "medicines", "medical",
                                                "humanitarian", "relief", "water", "fuel", "flour", "wheat"};
  if (!m->type_override.empty() || lex.Str(m->trigger->type) != "MOBILIZE") return;
  bool convoy = false;
  for (int k = m->first; k < m->last; ++k) convoy |= t[k].lower == "convoy" || t[k].lower == "convoys";
  if (!convoy) return;
  for (int k = m->last; k < end && k < m->last + 10; ++k)
    if (kRelief.count(t[k].lower)) {
      m->type_override = "AID";
      m->cameo_override = "073";
      return;
    }
}

// "the group would not give up kidnapping": the act of force is what would be given up
void Renounced(EventMention* m, const Lexicon& lex, const std::vector<Token>& t, int first_of_sentence) {
  static const std::set<std::string> kStop = {"stop", "stops", "stopped", "stopping", "halt", "halts", "halted",
      "halting", "end", "ends", "ended", "ending", "renounce", "renounces", "renounced", "renouncing",
      "abandon", "abandons", "abandoned", "abandoning", "cease", "ceases", "ceased", "ceasing"};
  static const std::set<std::string> kGive = {"give", "gives", "gave", "given", "giving"};
  static const std::set<std::string> kDeterminers = {"the", "its", "their", "his", "all", "armed", "further"};
  if (!m->type_override.empty() || lex.Str(m->trigger->type) != "ASSAULT") return;
  int k = m->first - 1;
  while (k > first_of_sentence && kDeterminers.count(t[k].lower)) --k;
  if (k < first_of_sentence) return;
  bool stop = kStop.count(t[k].lower) > 0;
  bool give_up = t[k].lower == "up" && k > first_of_sentence && kGive.count(t[k - 1].lower);
  if (!stop && !give_up) return;
  m->type_override = "RETREAT";
  m->cameo_override = "087";
  m->target.clear();
  m->first = give_up ? k - 1 : k;  // the giving up is the act, and its verb carries the modality
  m->verb = true;
}

// "French and Egyptian warships launched 10 days of war games": drills shown by the forces of two
// countries together are military cooperation (COOPERATE 062), not one side's show of force (150).
void JointExercise(EventMention* m, const Lexicon& lex) {
  if (!m->type_override.empty() || lex.Str(m->trigger->type) != "MOBILIZE") return;
  if (lex.Str(m->trigger->cameo) != "150" || lex.Str(m->trigger->mode) != "troops") return;
  std::set<std::string> countries;
  for (const auto& s : m->source)
    if (!s.actor.country.empty()) countries.insert(s.actor.country);
  if (countries.size() < 2) return;
  m->type_override = "COOPERATE";
  m->cameo_override = "062";
}

}  // namespace sitrep
