#include "code/merge.h"

#include <algorithm>
#include <set>

#include "base/date.h"

namespace sitrep {
namespace {

using Actors = std::vector<ActorMention>;

bool StateOrgan(const std::string& sector) {
  static const std::set<std::string> kState = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"};
  return kState.count(sector) > 0;
}

// "the air force" and "Myanmar's military": a bare role of the state is the same as that kind
// of actor of a named state.
bool BareSame(const Actor& bare, const Actor& named) {
  return bare.country.empty() && bare.group.empty() && !named.country.empty() && bare.sector == named.sector &&
         StateOrgan(bare.sector);
}

// `bare`: a bare role of the state counts as the same kind of actor of a named state (for attacks,
// which reports retell with fewer words).
bool Shares(const Actors& a, const Actors& b, bool bare = false) {
  for (const auto& x : a)
    for (const auto& y : b)
      if (ActorKey(x.actor) == ActorKey(y.actor) || (bare && (BareSame(x.actor, y.actor) || BareSame(y.actor, x.actor))))
        return true;
  return false;
}

bool Compatible(const Actors& a, const Actors& b, bool bare = false) {
  return a.empty() || b.empty() || Shares(a, b, bare);
}

void AddActors(Actors* into, const Actors& from) {
  for (const auto& a : from) {
    bool seen = false;
    for (auto& b : *into) {
      seen |= ActorKey(a.actor) == ActorKey(b.actor) || BareSame(a.actor, b.actor);
      if (BareSame(b.actor, a.actor)) b = a, seen = true;  // "the air force", then "Myanmar's military"
    }
    if (!seen) into->push_back(a);
  }
}

// Two own dates that differ, or a date borrowed from the report ("said on Monday they had taken
// Goma") more than a month outside another's own span ("occupied Goma in November 2012").
bool DatesConflict(const EventDraft& a, const EventDraft& b) {
  auto far = [](const EventMention& weak, const EventMention& strong) {
    long day = DaysFromCivil(weak.time->start);
    return day < DaysFromCivil(strong.time->start) - 31 || day > DaysFromCivil(strong.time->end) + 31;
  };
  for (const auto& x : a.mentions)
    for (const auto& y : b.mentions) {
      if (!x.time || !y.time || (!x.time_strong && !y.time_strong)) continue;
      if (x.time_strong && y.time_strong) {
        if (DaysFromCivil(x.time->start) != DaysFromCivil(y.time->start)) return true;
      } else if (x.time_strong ? far(y, x) : far(x, y)) {
        return true;
      }
    }
  return false;
}

// The day a draft is dated to, its own expressions first; -1 when it has none.
long DayOf(const EventDraft& d) {
  long weak = -1;
  for (const auto& m : d.mentions) {
    if (!m.time || m.time->precision != "day") continue;
    long day = DaysFromCivil(m.time->start);
    if (m.time_strong) return day;
    if (weak < 0) weak = day;
  }
  return weak;
}

// "In Ankara, riot police ..." after a report from Istanbul: a sentence that opens on a place
// no sentence of the earlier draft names tells of another happening.
bool NewScene(const EventDraft& a, const EventDraft& b) {
  const std::string& scene = b.mentions.front().scene;
  if (scene.empty()) return false;
  for (const auto& m : a.mentions)
    if (m.scene == scene || m.names.find(" " + scene + " ") != std::string::npos) return false;
  return true;
}

Actors Pooled(const EventDraft& d) {
  Actors all = d.source;
  all.insert(all.end(), d.target.begin(), d.target.end());
  return all;
}

}  // namespace

std::string ActorKey(const Actor& a) {
  // an organ of a state ("Ukraine's General Staff", Ukraine MIL) is that state acting, like "Kyiv"
  if (!a.group.empty() && !(a.country.size() == 3 && StateOrgan(a.sector))) return "g:" + a.group;
  return "c:" + a.country + "/" + (a.country.empty() ? a.sector + "/" + a.name : "");
}

EventDraft DraftOf(EventMention m, const Lexicon& lex) {
  EventDraft d;
  d.type = std::string(TypeOf(m, lex));
  d.symmetric = (m.trigger->flags & bin::kSymmetric) != 0;
  d.bare = m.bare_definite;
  d.definite = m.definite && m.source.empty();
  d.source = m.source;
  d.target = m.target;
  d.mentions.push_back(std::move(m));
  return d;
}

bool SameHappening(const EventDraft& a, const EventDraft& b, bool require_shared) {
  if (a.type != b.type) return false;
  if (DatesConflict(a, b)) return false;  // "the first strike day on Jan. 19" is another strike
  if (b.bare) return true;
  if (require_shared && NewScene(a, b)) return false;
  if (a.mentions.front().modality != b.mentions.front().modality) return false;
  if ((a.symmetric || b.symmetric) && !require_shared) return true;  // "killed in fighting with X"
  if (a.symmetric || b.symmetric) {
    Actors pa = Pooled(a), pb = Pooled(b);
    return Compatible(pa, pb) && (!require_shared || Shares(pa, pb));
  }
  if (!Compatible(a.source, b.source, a.type == "ASSAULT")) return false;
  if (!require_shared) return true;  // one sentence: the victims of one attack add up
  // one attack told over several sentences: same day, no conflicting perpetrator
  if (a.type == "ASSAULT" && DayOf(a) >= 0 && DayOf(a) == DayOf(b)) return true;
  if (b.definite) return Compatible(a.target, b.target);  // "the attack on US personnel"
  if (!Compatible(a.target, b.target)) return false;
  return Shares(a.source, b.source) || Shares(a.target, b.target);
}

void SetScenes(const std::vector<Token>& t, const Sentence& s, const std::vector<TimeExpression>& times,
               std::vector<EventMention>* mentions) {
  auto timed = [&](int k) {
    for (const auto& e : times)
      if (e.first <= k && k < e.last) return true;
    return false;
  };
  std::string names = " ", scene;
  for (int k = s.first; k < s.last; ++k)
    if (t[k].upper_initial && !t[k].dateline) names += t[k].lower + " ";
  int k = s.first;
  while (k < s.last && t[k].dateline) ++k;
  if (k < s.last && t[k].lower == "elsewhere") scene = "elsewhere";
  if (k < s.last && (t[k].lower == "in" || t[k].lower == "near")) {
    // the last capitalised run before the comma: "In the northern city of Kharkiv,"
    int comma = k + 1;
    while (comma < s.last && comma < k + 9 && t[comma].text != ",") ++comma;
    int e = comma - 1;
    if (comma < s.last && t[comma].text == "," && t[e].upper_initial && !timed(e)) {
      int b = e;
      while (b > k + 1 && t[b - 1].upper_initial) --b;
      for (int j = b; j <= e; ++j) scene += (j > b ? " " : "") + t[j].lower;
    }
  }
  for (auto& m : *mentions) m.scene = scene, m.names = names;
}

void Absorb(EventDraft* into, EventDraft from) {
  AddActors(&into->source, from.source);
  AddActors(&into->target, from.target);
  into->symmetric |= from.symmetric;
  into->bare &= from.bare;
  into->definite &= from.definite;
  for (auto& m : from.mentions) into->mentions.push_back(std::move(m));
}

}  // namespace sitrep
