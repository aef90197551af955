// Modality from the words before a trigger in its clause, and time attachment.
#include <algorithm>
#include <cstdlib>
#include <unordered_set>

#include "code/mention.h"
#include "recognize/words.h"

namespace sitrep {
namespace {

bool EndsWithNt(const std::string& w) { return w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0; }

bool IsFutureMarker(const std::vector<Token>& t, int k) {
  const std::string& w = t[k].lower;
  if (w == "will" || w == "'ll" || w == "shall" || w == "won't") return true;
  static const std::unordered_set<std::string_view> kPlan = {"plans", "plan", "planned", "planning",
      "expected", "scheduled", "set", "due", "intends", "intend", "intended", "aims", "going", "poised",
      "is", "are", "preparing", "prepares", "hopes", "wants"};
  return w == "to" && k > 0 && kPlan.count(t[k - 1].lower) > 0;
}

bool IsHypotheticalMarker(const std::string& w) {
  return w == "could" || w == "might" || w == "may" || w == "if" || w == "unless" || w == "should" ||
         w == "must" || w == "ought" ||
         w == "possible" || w == "possibly" || w == "potential" || w == "threatened" || w == "threatens";
}

// "Clashes were not reported", "no casualties have been recorded": a noun event said not to have been seen.
bool NotReportedAfter(const std::vector<Token>& t, int from, int end) {
  int k = from;
  if (k < end && (t[k].lower == "was" || t[k].lower == "were" || t[k].lower == "have" || t[k].lower == "has")) ++k;
  if (k < end && t[k].lower == "been") ++k;
  if (k >= end || (t[k].lower != "not" && t[k].lower != "never")) return false;
  ++k;
  if (k < end && t[k].lower == "been") ++k;
  return k < end && (t[k].lower == "reported" || t[k].lower == "recorded" || t[k].lower == "confirmed" ||
                     t[k].lower == "observed");
}

bool SpeechActType(std::string_view type) {
  return type == "THREATEN" || type == "REJECT" || type == "REQUEST" || type == "ACCUSE";
}

}  // namespace

std::string FindModality(const SentenceContext& ctx, const EventMention& m) {
  const auto& t = ctx.analysis.tokens;
  int cs = ClauseStart(t, ctx.sentence.first, m.first);
  int from = cs;
  if (!m.verb) {  // "have not arrested anyone over the attack": the negation is the verb's
    // ... but a verb that only carries the noun's act carries its modality too: "would hold more
    // demonstrations", "will stage a strike"
    static const std::unordered_set<std::string_view> kCarriers = {"hold", "stage", "organise", "organize",
        "launch", "mount", "conduct", "carry", "make", "pay", "begin", "start", "resume", "continue", "join"};
    for (int k = m.first - 1; k >= cs; --k)
      if (IsVerbLike(t[k]) && !IsBeForm(t[k].lower) && t[k].lower != "had" && t[k].lower != "has" &&
          t[k].lower != "have") {
        if (!kCarriers.count(t[k].lower)) from = k + 1;
        break;
      }
  }
  bool negated = false, hypothetical = false, future = false, would = false;
  // "unions plan another strike": a noun event governed by a verb of planning is to come
  static const std::unordered_set<std::string_view> kPlanNoun = {"plan", "plans", "planned", "planning",
                                                                  "scheduled"};
  if (!m.verb && from > cs && kPlanNoun.count(t[from - 1].lower) &&
      !(from - 2 >= cs && IsBeForm(t[from - 2].lower)))
    future = true;
  for (int k = from; k < m.first; ++k) {
    const std::string& w = t[k].lower;
    if (w == "not" || w == "never" || EndsWithNt(w) || w == "failed" || w == "neither" || w == "nor")
      negated = true;
    if (!m.verb && k == m.first - 1 && w == "no") negated = true;
    if (IsHypotheticalMarker(w)) hypothetical = true;
    if (IsFutureMarker(t, k)) future = true;
    if (w == "would") would = true;
  }
  for (int k = ctx.sentence.first; k < ctx.sentence.last; ++k)
    if (t[k].lower == "if" || t[k].lower == "unless") hypothetical |= would;
  // "decisions require the unanimous support of all members": what is required has not happened
  // ("support" may have matched as a verb: what counts is the word before its phrase)
  for (int k = m.first - 1; k >= ctx.sentence.first && k >= m.first - 4; --k) {
    const std::string& w = t[k].lower;
    if (w == "require" || w == "requires" || w == "required" || w == "need" || w == "needs") hypothetical = true;
    if (IsVerbLike(t[k]) || t[k].punct) break;
  }
  // "failed on Monday to agree sanctions": a noun act the subject failed or refused to carry out
  if (int inf = m.verb ? -1 : InfinitiveBefore(t, ctx.sentence.first, m.first); inf >= 0) {
    int v = BeforeTimePhrase(t, inf, ctx.sentence.first);
    if (v >= ctx.sentence.first && (t[v].lower == "failed" || t[v].lower == "fail" || t[v].lower == "fails"))
      negated = true;
  }
  // "did not say whether civilians had been hit", "it was unclear whether": an open question
  for (int k = std::max(cs - 1, ctx.sentence.first); k < m.first; ++k)
    if (t[k].lower == "whether") hypothetical = true;
  // "denied that police had shot at anyone"
  int d = cs - 1;
  if (d > ctx.sentence.first && t[d].lower == "that") d = BeforeTimePhrase(t, d, ctx.sentence.first);  // "denied on Tuesday that"
  bool denied = d >= ctx.sentence.first && (t[d].lower == "denied" || t[d].lower == "denies" ||
                                            t[d].lower == "deny" || t[d].lower == "denying");
  std::string_view kind = TypeOf(m, ctx.lex);
  if (denied && !SpeechActType(kind)) return "denied";  // what is denied did not happen, by the speaker's word
  if (would && !hypothetical) future = true;
  if (m.time && m.time->explicit_future) future = true;
  std::string_view type = kind;
  if (SpeechActType(type)) return negated || denied ? "negated" : "asserted";
  if (negated && (future || would) &&
      (type == "RETREAT" || type == "CONCEDE" || type == "AGREE" || type == "CONSULT" || type == "COOPERATE"))
    return "refused";  // "would not withdraw the reform": the coder turns it into REJECT
  if (NotReportedAfter(t, m.last, ctx.sentence.last)) negated = true;  // "Clashes were not reported."
  if (negated) return "negated";
  if (hypothetical) return "hypothetical";
  if (future) return "future";
  return "asserted";
}

void AttachTimes(const SentenceContext& ctx, const std::vector<TimeExpression>& times,
                 std::vector<EventMention>* mentions) {
  const auto& t = ctx.analysis.tokens;
  // anchors: triggers and speech verbs
  std::vector<std::pair<int, int>> anchors;  // (token, mention index or -1 for speech)
  for (size_t i = 0; i < mentions->size(); ++i) anchors.push_back({(*mentions)[i].first, static_cast<int>(i)});
  for (int k = ctx.sentence.first; k < ctx.sentence.last; ++k)
    if (IsSpeechToken(t[k])) anchors.push_back({k, -1 - k});
  std::vector<const TimeExpression*> speech_time(t.size(), nullptr);
  // "On 20 January 2022, relatives of a man found dead on 13 January protested": a date at the
  // head of the sentence holds for all of it; a later date only for a trigger just before it
  const TimeExpression* head = nullptr;
  int first_trigger = ctx.sentence.last;
  for (const EventMention& m : *mentions) first_trigger = std::min(first_trigger, m.first);
  // ("have fled Kenscoff since Sunday, ... where the WFP began handing out meals on Monday": a start of
  // a span of time is no date for the sentence)
  auto since = [&](const TimeExpression& e) {
    return (e.first > 0 && t[e.first - 1].lower == "since") || t[e.first].lower == "since";
  };
  for (const TimeExpression& e : times)  // "On 4 February 2022," / "Movement of forces: On 4 February 2022,"
    if (!head && e.first <= ctx.sentence.first + 8 && e.last <= first_trigger && !since(e)) head = &e;
  for (const TimeExpression& e : times) {
    if (head && &e != head) {
      for (EventMention& m : *mentions)
        if (m.last <= e.first && e.first - m.last <= 4 && (!m.time || !m.time_strong)) {
          m.time = e;
          m.time_strong = true;
          m.time_distance = e.first - m.last;
        }
      continue;
    }
    int best = -1, best_dist = 1 << 30;
    for (const auto& [tok, idx] : anchors) {
      int dist = tok < e.first ? e.first - tok : tok - e.last + 1;
      if (idx >= 0) {
        const EventMention& m = (*mentions)[idx];
        dist = m.last <= e.first ? e.first - m.last : m.first >= e.last ? m.first - e.last : 0;
        if (!m.verb) dist += 3;  // "condemned the raid on Sunday": the time goes with the verb
        if (m.first >= e.last) dist += 2;  // and usually follows it
      }
      if (dist < best_dist) { best_dist = dist; best = idx; }
    }
    if (best >= 0) {
      EventMention& m = (*mentions)[best];
      if (m.time && m.time_strong && m.time_distance <= best_dist) continue;
      m.time_distance = best_dist;
      m.time = e;
      m.time_strong = true;
      if (IsSpeechToken(t[m.first])) speech_time[m.first] = &e;  // "said Saturday that ..."
    } else if (best != -1 || !anchors.empty()) {
      speech_time[-1 - best] = &e;
    }
  }
  for (EventMention& m : *mentions) {
    if (m.time || IsSpeechToken(t[m.first])) continue;
    for (int k = m.first - 1; k >= ctx.sentence.first; --k) {
      if (speech_time[k]) { m.time = *speech_time[k]; break; }
    }
    if (m.time) continue;
    for (int k = m.last; k < ctx.sentence.last; ++k)  // "..., said Saturday"
      if (speech_time[k]) { m.time = *speech_time[k]; break; }
    if (m.time) continue;
    for (const EventMention& other : *mentions)  // one time for the whole sentence
      if (other.time_strong && other.verb) { m.time = other.time; break; }
  }
}

}  // namespace sitrep
