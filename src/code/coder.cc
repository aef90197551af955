#include "code/coder.h"
#include "code/location.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <unordered_set>

#include "base/date.h"
#include "code/acled.h"
#include "code/conventions.h"
#include "code/merge.h"
#include "parse/ud_words.h"
#include "recognize/dates.h"
#include "recognize/words.h"

namespace sitrep {
namespace {

using Actors = std::vector<ActorMention>;

struct DocState {
  std::vector<EventDraft> drafts;
  Actors last_pair;  // the two sides of the last reciprocal or compound mention
  std::map<std::string, int> country_weight;  // how much the story is about each country
  std::optional<TimeExpression> lede_time;       // the first day the story names
  std::optional<TimeExpression> paragraph_time;  // the last day named in this paragraph
  int paragraph = -1;
  bool labour_strike = false;  // a strike by workers was told: a later bare "strike" is one too
};

// The country the story is about: the dateline counts three times, every mention once.
std::string MainCountry(const DocState& st) {
  std::string best;
  int weight = 0;
  for (const auto& [code, w] : st.country_weight)
    if (w > weight) { best = code; weight = w; }
  return best;
}

// The countries named by tokens [0, end) of `a` (countries, their people, capitals), each once.
std::set<std::string> CountriesNamed(const Analysis& a, int end, const Lexicon& lex) {
  std::vector<Match> matches;
  std::set<std::string> named;  // a name listed twice (as capital and as city) counts once
  for (int i = 0; i < end; ++i) {
    matches.clear();
    lex.MatchAt(a.tokens, i, static_cast<int>(a.tokens.size()), &matches);
    for (const Match& m : matches) {
      auto kind = static_cast<EntryKind>(m.entry->kind);
      if (kind == EntryKind::kCountry || kind == EntryKind::kCapital)
        named.insert(std::string(lex.Str(lex.country(m.entry->target).code)));
    }
  }
  return named;
}

void WeighDateline(const Analysis& a, const Lexicon& lex, DocState* st) {
  int end = 0;
  while (end < static_cast<int>(a.tokens.size()) && a.tokens[end].dateline) ++end;
  for (const std::string& code : CountriesNamed(a, end, lex)) st->country_weight[code] += 3;
}

// "Early Times (India)", "AIB (Burkina Faso)", "Kyiv Independent": an outlet named with its
// country reports mostly on it; a weaker sense of place than a dateline.
void WeighSource(const std::string& source, const Lexicon& lex, DocState* st) {
  if (source.empty()) return;
  std::string words = source;  // "OSCE SMM-Ukraine"
  std::replace_if(words.begin(), words.end(), [](char c) { return c == '-' || c == '/' || c == '_'; }, ' ');
  Analysis a = Analyze(words);
  std::set<std::string> named = CountriesNamed(a, static_cast<int>(a.tokens.size()), lex);
  if (named.size() > 2) return;  // "Reuters; AFP; BBC (UK); Le Monde (France); ...": no single country
  for (const std::string& code : named) st->country_weight[code] += 2;
}

// A national role without a country ("the governor", "police") belongs to the story's country.
void InferCountry(std::vector<Actor>* actors, const std::string& main) {
  static const std::set<std::string> kStateless = {"IGO", "NGO", "HRI", ""};
  for (Actor& a : *actors) {
    if (!a.country.empty() || !a.group.empty() || main.empty() || kStateless.count(a.sector)) continue;
    a.country = main;
    a.code = main + a.sector;
  }
}

bool Resolved(const ActorMention& a) {
  return !a.actor.country.empty() || !a.actor.group.empty() || !a.actor.sector.empty();
}

const EventDraft* MainEvent(const DocState& st, std::string_view type) {
  const EventDraft* best = nullptr;
  for (const auto& d : st.drafts)
    if (d.type == type && !d.source.empty() && (!best || d.mentions.size() > best->mentions.size())) best = &d;
  return best;
}

// "those responsible" -> the perpetrators of the main attack; "the two sides" -> the last pair.
Actors ExpandRefs(const Actors& in, const DocState& st) {
  Actors out;
  for (const ActorMention& a : in) {
    if (a.ref == ActorRef::kPerpetrators) {
      if (const EventDraft* e = MainEvent(st, "ASSAULT")) {
        for (ActorMention x : e->source) {
          x.first = a.first; x.last = a.last; x.actor.span = a.actor.span;
          out.push_back(x);
        }
      }
    } else if (a.ref == ActorRef::kBothSides) {
      for (ActorMention x : st.last_pair) {
        x.first = a.first; x.last = a.last; x.actor.span = a.actor.span;
        out.push_back(x);
      }
    } else if (Resolved(a)) {
      out.push_back(a);
    }
  }
  return out;
}

void RememberPair(const EventMention& m, DocState* st) {
  Actors pooled = m.source;
  if (m.trigger->flags & bin::kSymmetric) pooled.insert(pooled.end(), m.target.begin(), m.target.end());
  std::vector<std::string> keys;
  Actors distinct;
  for (const auto& a : pooled) {
    std::string k = ActorKey(a.actor);
    if (std::find(keys.begin(), keys.end(), k) == keys.end() && (!a.actor.country.empty() || !a.actor.group.empty())) {
      keys.push_back(k);
      distinct.push_back(a);
    }
  }
  if (distinct.size() == 2) st->last_pair = distinct;
}

std::string Words(const std::vector<Token>& t, int first, int last) {
  std::string out;
  for (int k = first; k < last; ++k) out += (k > first ? " " : "") + t[k].text;
  return out;
}

std::string Describe(const std::vector<Token>& t, const ActorMention& a) {
  std::string out = "[" + Words(t, a.first, a.last) + "]=";
  out += a.ref == ActorRef::kPerpetrators ? "PERPETRATORS" : a.ref == ActorRef::kBothSides ? "BOTH-SIDES" : "";
  out += a.actor.group.empty() ? a.actor.country : a.actor.group;
  out += "/" + a.actor.sector + (a.place ? "(place)" : "") + (a.person ? "(" + a.actor.name + ")" : "");
  return out;
}

void ExplainSentence(const SentenceContext& ctx, int index, const std::vector<EventMention>& mentions,
                     std::string* out) {
  const auto& t = ctx.analysis.tokens;
  *out += "s" + std::to_string(index) + ": " + Words(t, ctx.sentence.first, ctx.sentence.last) + "\n  actors:";
  for (const auto& a : ctx.actors) *out += " " + Describe(t, a);
  *out += "\n";
  for (const auto& m : mentions) {
    *out += "  trigger [" + Words(t, m.first, m.last) + "] " + std::string(ctx.lex.Str(m.trigger->rule)) + " " +
            std::string(ctx.lex.Str(m.trigger->type)) + " " + std::string(ctx.lex.Str(m.trigger->cameo)) +
            (m.passive ? " passive" : "") + (m.suppressed ? " SUPPRESSED" : "") + (m.bare_definite ? " bare" : "") +
            " " + m.modality + "\n    source:";
    for (const auto& a : m.source) *out += " " + Describe(t, a);
    *out += "\n    target:";
    for (const auto& a : m.target) *out += " " + Describe(t, a);
    if (m.time) *out += "\n    time: " + Words(t, m.time->first, m.time->last) + (m.time_strong ? " (own)" : " (speech)");
    *out += "\n";
  }
}

// "condemned the raid": the target of a reaction to an event is that event's perpetrator.
// The happening the story is about: the most reported one with a known perpetrator, not a reaction.
const EventDraft* MainHappening(const DocState& st, const Lexicon& lex) {
  const EventDraft* best = nullptr;
  for (const auto& d : st.drafts) {
    if (d.source.empty() || d.type == "ACCUSE" || d.type == "SUPPORT" || d.type == "REJECT" ||
        d.type == "REQUEST" || d.type.empty())
      continue;
    if (!best || d.mentions.size() > best->mentions.size()) best = &d;
  }
  return best;
}

bool AccusationFollows(const std::vector<Token>& t, int from) {
  static const std::set<std::string> kNouns = {"charge", "charges", "accusation", "accusations", "allegation",
                                                "allegations", "claim", "claims", "criticism"};
  for (int k = from; k < static_cast<int>(t.size()) && k < from + 3; ++k) {
    if (kNouns.count(t[k].lower)) return true;
    if (t[k].lower != "the" && t[k].lower != "these" && t[k].lower != "those" && t[k].lower != "such") return false;
  }
  return false;
}

const EventDraft* LastOfType(const DocState& st, std::string_view type) {
  for (auto it = st.drafts.rbegin(); it != st.drafts.rend(); ++it)
    if (it->type == type && !it->source.empty()) return &*it;
  return nullptr;
}

void ResolveEventObjects(std::vector<EventMention>* mentions, const DocState& st, const Lexicon& lex,
                         const std::vector<Token>& tokens) {
  for (EventMention& m : *mentions) {
    std::string_view type = lex.Str(m.trigger->type);
    if (!m.target.empty() || type == "ASSAULT" || type == "COERCE") continue;
    bool found = false;
    for (const EventMention& n : *mentions) {
      if (!n.definite || n.first < m.last || n.first - m.last > 3) continue;
      const EventDraft* e = MainEvent(st, lex.Str(n.trigger->type));
      if (!e) e = MainEvent(st, "ASSAULT");
      if (e) m.target = e->source;
      found = true;
      break;
    }
    // "rejected the charge", "dismissed the accusations": the target is who made them
    if (!found && type == "REJECT" && AccusationFollows(tokens, m.last)) {
      if (const EventDraft* e = LastOfType(st, "ACCUSE")) m.target = e->source;
      continue;
    }
    // "condemned the launch": a reaction to the story's main happening
    bool reaction = type == "ACCUSE" || type == "SUPPORT" || type == "REJECT";
    int the = m.last;  // "condemned the launch", "appalled by the reports"
    if (the < static_cast<int>(tokens.size()) && (tokens[the].lower == "at" || tokens[the].lower == "over")) ++the;
    if (!found && reaction && the < static_cast<int>(tokens.size()) && tokens[the].lower == "the")
      if (const EventDraft* e = MainHappening(st, lex)) m.target = e->source;
    // "called the strikes a clear violation", "called it a setback": what is so called is a happening
    // of the story ("the detention": the last of its kind), its doer the target
    if (!found && reaction && m.verb && m.last - m.first > 3 && m.target.empty()) {
      const std::string& obj = tokens[m.first + 1].lower;
      if (obj != "the" && obj != "it" && obj != "this") continue;
      const EventDraft* e = nullptr;
      for (const EventMention& n : *mentions)
        if (n.first > m.first && n.first < m.last && !n.verb) e = MainEvent(st, lex.Str(n.trigger->type));
      if (!e) e = MainHappening(st, lex);
      if (e) m.target = e->source;
    }
  }
}

// "Russia attacked Kyiv, killing three people, a day after Kyiv set a refinery in Russia ablaze":
// of several attacks in a sentence, the figures belong to those whose words report deaths or wounds.
void KeepCasualtiesWithReport(std::vector<EventDraft>* local, const std::vector<Token>& t) {
  static const char* kToll[] = {"kill", "injur", "wound", "dead", "die", "death", "massacr", "slaughter", "behead"};
  auto reports = [&](const EventDraft& d) {
    for (const auto& m : d.mentions)
      for (int k = m.first; k < m.last; ++k)
        for (const char* p : kToll)
          if (t[k].lower.rfind(p, 0) == 0) return true;
    return false;
  };
  bool any = false;
  int attacks = 0;
  for (const auto& d : *local)
    if (d.type == "ASSAULT") ++attacks, any |= reports(d);
  if (attacks < 2 || !any) return;
  for (auto& d : *local)
    if (d.type == "ASSAULT" && !reports(d))
      for (auto& m : d.mentions) m.casualties.killed.reset(), m.casualties.injured.reset();
}

// "overran a base ..., killing seven soldiers": seizing ground in the course of an attack is
// part of the attack.
void FoldIntoAssault(std::vector<EventDraft>* local, const Lexicon& lex) {
  auto assault = std::find_if(local->begin(), local->end(), [](const EventDraft& d) { return d.type == "ASSAULT"; });
  if (assault == local->end()) return;
  for (auto it = local->begin(); it != local->end();) {
    bool seize = it->type == "COERCE" && lex.Str(it->mentions.front().trigger->cameo).substr(0, 2) == "19";
    EventDraft probe = *it;
    probe.type = "ASSAULT";
    if (seize && SameHappening(*assault, probe, false)) {
      Absorb(&*assault, std::move(probe));
      it = local->erase(it);
      assault = std::find_if(local->begin(), local->end(), [](const EventDraft& d) { return d.type == "ASSAULT"; });
    } else {
      ++it;
    }
  }
}

// "The attackers, believed to belong to ISWAP" / "X claimed responsibility for the attack":
// the named group is the perpetrator of the main attack.
void AttributePerpetrators(const std::vector<ActorMention>& actors, const std::vector<Token>& t, DocState* st) {
  static const std::set<std::string> kCues = {"belong", "belonging", "linked", "affiliated", "loyal",
                                              "members", "member", "claimed", "blamed", "fighters"};
  EventDraft* main = nullptr;
  for (auto& d : st->drafts)
    if (d.type == "ASSAULT" && (!main || d.mentions.size() > main->mentions.size())) main = &d;
  if (!main) return;
  for (size_t i = 0; i < actors.size(); ++i) {
    const ActorMention& g = actors[i];
    if (g.actor.group.empty() || g.ref != ActorRef::kNone) continue;
    bool cue = false, perpetrators = false;
    for (int k = std::max(0, g.first - 8); k < g.first; ++k) cue |= kCues.count(t[k].lower) > 0;
    for (const auto& a : actors) perpetrators |= a.ref == ActorRef::kPerpetrators && a.last <= g.first && g.first - a.last < 10;
    bool claim = g.last + 1 < static_cast<int>(t.size()) && (t[g.last].lower == "claimed" || t[g.last + 1].lower == "claimed");
    if (!((cue && perpetrators) || claim)) continue;
    std::vector<ActorMention> kept;
    for (const auto& s : main->source)
      if (!s.actor.group.empty() || !s.actor.country.empty()) kept.push_back(s);
    kept.push_back(g);
    main->source = kept;
    return;
  }
}

// "accused the US on Friday of backing a coup, a day after Washington said ...", "two days after":
// what follows the phrase happened that many days before the day named ahead of it.
void DaysAfter(const std::vector<Token>& t, const Sentence& s, const std::vector<TimeExpression>& times,
               std::vector<EventMention>* mentions) {
  for (int k = s.first + 2; k < s.last; ++k) {
    if (t[k].lower != "after" || t[k - 1].punct) continue;
    const std::string& unit = t[k - 1].lower;
    int per = unit == "day" || unit == "days" ? 1 : unit == "week" || unit == "weeks" ? 7 : 0;
    if (per == 0) continue;
    const std::string& count = t[k - 2].lower;
    int n = count == "a" || count == "one" ? 1 : NumberWord(count);
    if (n <= 0 || (n > 1 && unit.back() != 's')) continue;
    const TimeExpression* ref = nullptr;
    for (const TimeExpression& e : times)
      if (e.last <= k - 2 && e.precision == "day") ref = &e;
    if (!ref) return;
    for (EventMention& m : *mentions) {
      if (m.first <= k || (m.time && m.time_strong && m.time->first > k)) continue;
      m.time = *ref;
      m.time_strong = true;
      m.day_offset = n * per;
    }
    return;
  }
}

// A mention with no time of its own happened on the day the narrative is at: the last day
// named earlier in the paragraph, else the story's first day. Weak: it yields to own times.
void UseReferenceTime(std::vector<EventMention>* mentions, int paragraph, DocState* st) {
  if (paragraph != st->paragraph) {
    st->paragraph = paragraph;
    st->paragraph_time.reset();
  }
  const std::optional<TimeExpression>& ref = st->paragraph_time ? st->paragraph_time : st->lede_time;
  for (EventMention& m : *mentions)
    if (!m.time && ref) m.time = ref;
  for (const EventMention& m : *mentions) {
    if (!m.time || !m.time_strong || m.time->precision != "day") continue;
    st->paragraph_time = m.time;
    if (!st->lede_time) st->lede_time = m.time;
  }
}

// "The Iraqi prime minister is due to travel to Riyadh": a state's official going to another state
// visits it; other travels are no events.
bool StateVisit(const EventMention& m) {
  bool official = false;
  for (const auto& a : m.source) official |= !a.actor.country.empty() && (a.actor.sector == "GOV" || a.actor.sector == "LEG");
  if (!official) return false;
  for (const auto& t : m.target) {
    bool foreign = !t.actor.country.empty();
    for (const auto& a : m.source) foreign &= t.actor.country != a.actor.country;
    if (foreign) return true;
  }
  return false;
}

// Merges a sentence's draft into the document: into the same happening if one is there.
void AddToDocument(EventDraft draft, DocState* st) {
  EventDraft* target = nullptr;
  // "Heavy gunfire echoed around the city centre": with no actor of its own, a happening of a kind
  // already reported and not dated apart is more of the same
  bool anonymous = draft.source.empty() && draft.target.empty();
  for (auto& d : st->drafts) {
    if (!SameHappening(d, draft, !anonymous)) continue;
    if (anonymous && !draft.bare) {
      if (!target || d.mentions.size() > target->mentions.size()) target = &d;
      continue;
    }
    if (!draft.bare) { target = &d; break; }
    if (!target || d.mentions.size() > target->mentions.size()) target = &d;  // the main one
  }
  if (target) {
    Absorb(target, std::move(draft));
  } else if (!draft.bare) {  // "the attack" with nothing to refer to is dropped
    st->drafts.push_back(std::move(draft));
  }
}

void ExplainSentence(const SentenceContext& ctx, int index, const std::vector<EventMention>& mentions,
                     std::string* out);

// Does any word of the sentence start a trigger phrase? Only then is the sentence worth parsing.
bool MayHoldTrigger(const Analysis& a, const Sentence& s, const Lexicon& lex) {
  std::vector<Match> matches;
  for (int i = s.first; i < s.last; ++i) {
    matches.clear();
    lex.MatchAt(a.tokens, i, s.last, &matches);
    for (const Match& m : matches)
      if (static_cast<EntryKind>(m.entry->kind) == EntryKind::kTrigger) return true;
  }
  return false;
}

// "... was shot and killed by unknown individuals. 1 fatality.", "Fatalities coded as 3": a toll told in a
// sentence of its own, with no attack in it, is the toll of the attack told just before (in the same
// paragraph, one or two sentences back)
void TollForLastAttack(const Analysis& a, int index, const Casualties& cas, const std::vector<EventDraft>& local,
                       DocState* st) {
  if (!cas.killed && !cas.injured) return;
  if (std::any_of(local.begin(), local.end(), [](const EventDraft& d) { return d.type == "ASSAULT"; })) return;
  for (auto it = st->drafts.rbegin(); it != st->drafts.rend(); ++it) {
    if (it->type != "ASSAULT") continue;
    EventMention& last = it->mentions.back();
    if (last.sentence < index - 2 || a.sentences[last.sentence].paragraph != a.sentences[index].paragraph) return;
    if (cas.killed) last.casualties.killed = std::max(last.casualties.killed.value_or(0), *cas.killed);
    if (cas.injured) last.casualties.injured = std::max(last.casualties.injured.value_or(0), *cas.injured);
    return;
  }
}

void CodeSentence(const Analysis& a, int index, const Date& published, const Lexicon& lex,
                  const ActorRecognizer& rec, const Model* parser, DocumentMemory* memory, DocState* st,
                  std::string* explain) {
  const Sentence& s = a.sentences[index];
  std::vector<ConlluWord> tree;
  if (parser && MayHoldTrigger(a, s, lex)) {  // the parse only serves the roles of events
    std::vector<std::string> forms;
    for (int k = s.first; k < s.last; ++k) forms.push_back(a.tokens[k].text);
    UdWords words = SplitContractions(forms);  // "didn't" is two words to the parser, one token here
    parser->Annotate(&words.words);
    tree = WordsToTokens(words, forms);
  }
  std::vector<ActorMention> actors = rec.Recognize(a, s, memory);
  for (const auto& x : actors)
    if (!x.actor.country.empty()) st->country_weight[x.actor.country] += 1;
  SentenceContext ctx{a, s, actors, lex, parser ? &tree : nullptr};
  std::vector<EventMention> mentions = FindEventMentions(ctx, index);
  std::vector<TimeExpression> times = FindTimeExpressions(a.tokens, s, published);
  AttachTimes(ctx, times, &mentions);
  DaysAfter(a.tokens, s, times, &mentions);
  SetScenes(a.tokens, s, times, &mentions);
  SharedAgent(&mentions, lex, a.tokens);
  for (EventMention& m : mentions) Renounced(&m, lex, a.tokens, s.first);
  for (EventMention& m : mentions) m.modality = FindModality(ctx, m);
  if (explain) ExplainSentence(ctx, index, mentions, explain);
  Casualties cas = FindCasualties(a.tokens, s);
  // ("burned a truck after the truck ran over and killed a lawyer": the death is the accident's)
  for (const EventMention& m : mentions)
    if (AccidentalDeath(m, a.tokens, s.first, s.last, lex)) cas.killed.reset();
  ResolveEventObjects(&mentions, *st, lex, a.tokens);
  // "On 1 March 2022, Russian aircraft fired on Rozivka. Two people were injured.": a day named
  // at the head of a sentence sets the narrative's day, with or without an event in the sentence
  for (const TimeExpression& e : times) {
    if (e.precision != "day" || e.explicit_future || e.first > s.first + 8) continue;
    if (!st->lede_time) st->lede_time = e;
    if (s.paragraph != st->paragraph) st->paragraph = s.paragraph, st->paragraph_time.reset();
    if (!st->paragraph_time) st->paragraph_time = e;
    break;
  }
  UseReferenceTime(&mentions, s.paragraph, st);
  std::vector<EventDraft> local;  // this sentence's happenings
  SeparatePredictions(&mentions, lex);
  for (EventMention& m : mentions) {
    if (m.suppressed) continue;
    GenericProtesters(&m, mentions, lex);
    auto generic = [](const ActorMention& x) { return x.ref == ActorRef::kGeneric; };
    if (std::any_of(m.source.begin(), m.source.end(), generic)) continue;  // "anyone who ..." does nothing
    if (std::any_of(m.target.begin(), m.target.end(), generic)) {
      if (m.modality == "future" || m.modality == "hypothetical") continue;  // what would happen to anyone
      m.target.erase(std::remove_if(m.target.begin(), m.target.end(), generic), m.target.end());
    }
    if (m.modality == "denied") continue;  // "denied that police had shot at anyone"
    if (SummaryOfWar(m, a.tokens, s.first, lex)) continue;
    if (AttackedForces(m, mentions, lex)) continue;
    if (InsideThreat(m, mentions, lex, a.tokens)) continue;
    if (RefusedObject(m, mentions, lex, a.tokens)) continue;
    if (AccusedAct(m, mentions, lex, a.tokens)) continue;
    if (SpanOfTime(m, a.tokens, s.first)) continue;
    if (TallyOfPlace(m, a.tokens, s.first, s.last, lex)) continue;
    if (AccidentalDeath(m, a.tokens, s.first, s.last, lex)) continue;
    if (m.modality == "refused") {  // "would not negotiate" 125, "would not cooperate" 121, else 124
      std::string refused(TypeOf(m, lex));
      m.modality = "asserted";
      m.type_override = "REJECT";
      m.cameo_override = refused == "CONSULT" ? "125" : refused == "COOPERATE" ? "121" : "124";
    }
    // one sense of "strike" per story: after a walkout, "the strikes" are walkouts, not attacks
    if (TypeOf(m, lex) == "PROTEST" && lex.Str(m.trigger->mode) == "strike") st->labour_strike = true;
    if (st->labour_strike && !m.verb && (m.trigger->flags & bin::kWeak) && TypeOf(m, lex) == "ASSAULT" &&
        a.tokens[m.first].lower.rfind("strike", 0) == 0) {
      m.type_override = "PROTEST";
      m.cameo_override = "143";
    }
    AsThreat(&m, ctx);
    AsIntention(&m, lex);
    ProtestersSpeaking(&m, lex, a.tokens);
    CiviliansCoercing(&m, lex, a.tokens);
    JointExercise(&m, lex);
    ReliefConvoy(&m, lex, a.tokens, s.last);
    CapturedPeople(&m, lex, a.tokens);
    DetainedByArmedGroup(&m, lex);
    ArmedLooting(&m, lex, a.tokens);
    m.source = ExpandRefs(m.source, *st);
    m.target = ExpandRefs(m.target, *st);
    if ((m.trigger->flags & bin::kWeak) && m.source.empty() && m.target.empty()) continue;
    if ((m.trigger->flags & bin::kStateVisit) && !StateVisit(m)) continue;
    if (TypeOf(m, lex) == "ASSAULT") m.casualties = cas;
    if (TypeOf(m, lex) == "COERCE") m.casualties.arrested = cas.arrested;
    RememberPair(m, st);
    EventDraft d = DraftOf(std::move(m), lex);
    auto same = std::find_if(local.begin(), local.end(), [&](const EventDraft& x) { return SameHappening(x, d, false); });
    if (same != local.end()) {
      // "peacekeepers were killed in fighting with the M23": the other side did the killing
      auto swap_sides = [](EventDraft* recip, const EventDraft& victim) {
        if (recip->symmetric && recip->source.empty() && victim.source.empty() && !victim.symmetric &&
            !victim.target.empty())
          std::swap(recip->source, recip->target);
      };
      swap_sides(&d, *same);
      swap_sides(&*same, d);
      Absorb(&*same, std::move(d));
    }
    else local.push_back(std::move(d));
  }
  FoldIntoAssault(&local, lex);
  KeepCasualtiesWithReport(&local, a.tokens);
  TollForLastAttack(a, index, cas, local, st);
  AttributePerpetrators(actors, a.tokens, st);
  for (auto& d : local) AddToDocument(std::move(d), st);
}

// Coding conventions where the text leaves a role implicit: detentions are made by the state's
// police; a protest with no stated target, and a coup, are against the government.
void AddConventionalActors(Event* e, const bin::Trigger& tr, const std::string& main, bool refusal) {
  if (main.empty()) return;
  auto state = [&](const char* sector) {
    Actor a;
    a.country = main;
    a.sector = sector;
    a.code = main + sector;
    a.name = sector;
    return a;
  };
  if (e->source.empty() && e->cameo.rfind("173", 0) == 0) e->source.push_back(state("COP"));
  if (e->target.empty() && e->type == "PROTEST") e->target.push_back(state("GOV"));
  if (e->target.empty() && (tr.flags & bin::kStateTarget)) e->target.push_back(state("GOV"));
  if (e->source.empty() && e->type == "PROTEST") e->source.push_back(state("CVL"));  // protesters of the country
  // "student leaders said they would not negotiate": what people outside the state refuse, the
  // government asks of them
  static const std::unordered_set<std::string_view> kNonState = {"REB", "INS", "OPP", "EDU", "CVL", "LAB", "PTY", "CRM"};
  bool non_state = !e->source.empty();
  for (const auto& a : e->source) non_state &= kNonState.count(a.sector) > 0 && a.country == main;
  if (refusal && e->target.empty() && non_state) e->target.push_back(state("GOV"));
}

// The event date: the mention's own expression first, then a speech verb's, then publication.
void ResolveDate(const EventDraft& d, const Date& published, const std::string& modality, Event* e,
                 const Document& doc, const Analysis& a) {
  const EventMention* chosen = nullptr;
  for (const auto& m : d.mentions) {
    if (!m.time) continue;
    auto better = [&](const EventMention& x) {
      if (!chosen) return true;
      if (x.time_strong != chosen->time_strong) return x.time_strong;
      return DaysFromCivil(x.time->start) < DaysFromCivil(chosen->time->start);
    };
    if (better(m)) chosen = &m;
  }
  if (!chosen) {
    e->date.start = e->date.end = FormatDate(published);
    e->date.precision = "day";
    return;
  }
  const TimeExpression& t = *chosen->time;
  Date start = t.start, end = t.end;
  // "said on Thursday it would withdraw": a weekday that dates the saying is past, whatever is to come
  int before = t.first - 1;
  if (before > 0 && a.tokens[before].lower == "on") --before;
  bool saying = before >= 0 && IsSpeechToken(a.tokens[before]);
  if (t.weekday >= 0) start = end = ResolveWeekday(published, t.weekday, modality == "future" && !saying);
  if (chosen->day_offset > 0) start = AddDays(start, -chosen->day_offset), end = AddDays(end, -chosen->day_offset);
  e->date.start = FormatDate(start);
  e->date.end = FormatDate(end);
  e->date.precision = t.precision;
  e->date.span = {a.tokens[t.first].begin, a.tokens[t.last - 1].end};
  e->date.text = SliceCodePoints(doc.text, e->date.span.first, e->date.span.second);
}

Event Finalize(const EventDraft& d, const Document& doc, const Analysis& a, const Lexicon& lex, int n,
               const std::string& main_country) {
  Event e;
  e.event_id = doc.id + "#" + std::to_string(n);
  e.doc_id = doc.id;
  e.doc_date = doc.date;
  const EventMention* lead = &d.mentions.front();
  for (const auto& m : d.mentions)
    if (m.verb && !m.source.empty() && !(lead->verb && !lead->source.empty())) lead = &m;
  const bin::Trigger& tr = *lead->trigger;
  e.type = d.type;
  e.mode = std::string(lex.Str(tr.mode));
  std::string ctx(lex.Str(tr.contexts));
  for (size_t start = 0; !ctx.empty() && start <= ctx.size();) {
    size_t comma = ctx.find(',', start);
    e.contexts.push_back(ctx.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  e.cameo = lead->cameo_override.empty() ? std::string(lex.Str(tr.cameo)) : lead->cameo_override;
  if (!lead->type_override.empty())
    e.mode = lead->cameo_override == "181"    ? "abduct"
             : lead->cameo_override == "1711" ? "seize"
             : lead->cameo_override == "173"  ? "arrest"
                                              : "";
  e.quad_class = QuadClass(e.cameo);
  if (const bin::Cameo* c = lex.FindCameo(e.cameo)) e.goldstein = c->goldstein;
  e.modality = d.mentions.front().modality;
  Date published = *ParseIsoDate(doc.date);
  ResolveDate(d, published, e.modality, &e, doc, a);
  if (e.modality == "asserted" && DaysFromCivil(*ParseIsoDate(e.date.end)) < DaysFromCivil(published) - 31)
    e.modality = "historical";
  auto actors = [&](const Actors& in) {
    std::vector<Actor> out;
    for (const auto& m : in) {
      Actor x = m.actor;
      x.text = SliceCodePoints(doc.text, x.span.first, x.span.second);
      out.push_back(std::move(x));
    }
    return out;
  };
  e.source = actors(d.source);
  e.target = actors(d.target);
  InferCountry(&e.source, main_country);
  InferCountry(&e.target, main_country);
  AddConventionalActors(&e, tr, main_country, lead->type_override == "REJECT");
  for (const auto& m : d.mentions) {
    if (m.casualties.killed) e.killed = std::max(e.killed.value_or(0), *m.casualties.killed);
    if (m.casualties.injured) e.injured = std::max(e.injured.value_or(0), *m.casualties.injured);
    if (m.casualties.arrested) e.arrested = std::max(e.arrested.value_or(0), *m.casualties.arrested);
    const Sentence& s = a.sentences[m.sentence];
    Mention out;
    out.sentence = m.sentence;
    out.text = SliceCodePoints(doc.text, s.begin, s.end);
    out.trigger = {a.tokens[m.first].begin, a.tokens[m.last - 1].end};
    for (const auto& x : m.source) out.source.push_back(x.actor.span);
    for (const auto& x : m.target) out.target.push_back(x.actor.span);
    if (m.time) out.date.push_back({a.tokens[m.time->first].begin, a.tokens[m.time->last - 1].end});
    out.rule = std::string(lex.Str(m.trigger->rule));
    e.mentions.push_back(std::move(out));
  }
  std::string setting;  // the paragraph of the event's first mention
  int paragraph = a.sentences[d.mentions.front().sentence].paragraph;
  for (const Sentence& s : a.sentences)
    if (s.paragraph == paragraph) setting += SliceCodePoints(doc.text, s.begin, s.end) + "\n";
  AssignAcled(&e, setting);
  double conf = 0.4 + (e.source.empty() ? 0 : 0.2) + (e.target.empty() ? 0 : 0.15) + (lead->verb ? 0.1 : 0) +
                0.05 * std::min<size_t>(d.mentions.size() - 1, 2);
  if (e.modality == "historical") conf -= 0.15;  // background, told in passing
  e.confidence = std::min(0.95, conf);
  return e;
}

// Who acts is what makes most events: "hosts tens of thousands of people", "sanctions on Iran"
// with no actor found are not coded. Violence by unknown hands, crowds and arrests (made by the
// state's police by convention) stand without a source.
bool SourceMayBeUnknown(const EventDraft& d, const Lexicon& lex) {
  if (d.type == "ASSAULT" || d.type == "PROTEST") return true;
  std::string_view cameo = lex.Str(d.mentions.front().trigger->cameo);
  return d.type == "COERCE" && cameo.substr(0, 3) == "173";
}

bool Worth(const EventDraft& d, const Lexicon& lex) {
  bool casualties = false;
  for (const auto& m : d.mentions) casualties |= m.casualties.killed.has_value() || m.casualties.injured.has_value();
  if (d.type.empty())  // statements and appeals: only with both sides, and never plain saying
    return !d.source.empty() && !d.target.empty() && lex.Str(d.mentions.front().trigger->cameo) != "010";
  // "around 1,000 persons demonstrated in Metz": a protest needs no named actor
  // ... and "two explosions occurred in Dedaye", "shoot-outs took place": violence by unknown hands
  bool anonymous = (d.type == "PROTEST" || d.type == "ASSAULT") && !(d.mentions.front().trigger->flags & bin::kWeak) &&
                   d.mentions.front().modality == "asserted";
  if (d.source.empty() && !SourceMayBeUnknown(d, lex)) return false;
  return !d.source.empty() || !d.target.empty() || casualties || anonymous;
}

}  // namespace

std::vector<Event> Coder::Code(const Document& doc, CodeStats* stats, std::string* explain,
                               std::vector<Actor>* learned) const {
  Analysis a = Analyze(doc.text);
  Date published = ParseIsoDate(doc.date).value_or(Date{});
  DocumentMemory memory;
  memory.day = static_cast<int32_t>(DaysFromCivil(published));
  memory.known = &known_;
  DocState st;
  WeighDateline(a, lex_, &st);
  WeighSource(doc.source, lex_, &st);
  for (int i = 0; i < static_cast<int>(a.sentences.size()); ++i)
    CodeSentence(a, i, published, lex_, actors_, parser_, &memory, &st, explain);
  std::vector<PlaceMention> places;
  if (geo_) places = geo_->Find(a, MainCountry(st), geo_->DocumentPlaces(doc.title, doc.source, doc.url),
                                  Geocoder::OutletLanguages(doc.source));
  std::vector<Event> events;
  for (const auto& d : st.drafts) {
    if (!Worth(d, lex_)) continue;
    events.push_back(Finalize(d, doc, a, lex_, static_cast<int>(events.size()) + 1, MainCountry(st)));
    if (auto p = ChooseEventPlace(d, a, places)) {
      events.back().location = MakeLocation(places[*p], *geo_, doc.text);
      events.back().mentions.front().location.push_back({places[*p].begin, places[*p].end});
    } else if (geo_ && !MainCountry(st).empty()) {  // no place named: the story's country
      PlaceMention c = geo_->CountryPlace(MainCountry(st));
      if (c.place >= 0) {
        events.back().location = MakeLocation(c, *geo_, doc.text);
        events.back().location->text.clear();
        events.back().location->span = {-1, -1};
      }
    }
  }
  if (learned) *learned = memory.learned;
  if (stats) {
    stats->sentences += static_cast<long>(a.sentences.size());
    stats->events += static_cast<long>(events.size());
  }
  return events;
}

}  // namespace sitrep
