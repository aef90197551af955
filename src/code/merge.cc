#include "code/merge.h"

#include <algorithm>

#include "base/date.h"

namespace sitrep {
namespace {

using Actors = std::vector<ActorMention>;

bool Shares(const Actors& a, const Actors& b) {
  for (const auto& x : a)
    for (const auto& y : b)
      if (ActorKey(x.actor) == ActorKey(y.actor)) return true;
  return false;
}

bool Compatible(const Actors& a, const Actors& b) { return a.empty() || b.empty() || Shares(a, b); }

void AddActors(Actors* into, const Actors& from) {
  for (const auto& a : from) {
    bool seen = false;
    for (const auto& b : *into) seen |= ActorKey(a.actor) == ActorKey(b.actor);
    if (!seen) into->push_back(a);
  }
}

bool DatesConflict(const EventDraft& a, const EventDraft& b) {
  for (const auto& x : a.mentions)
    for (const auto& y : b.mentions)
      if (x.time_strong && y.time_strong && x.time && y.time &&
          DaysFromCivil(x.time->start) != DaysFromCivil(y.time->start))
        return true;
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

Actors Pooled(const EventDraft& d) {
  Actors all = d.source;
  all.insert(all.end(), d.target.begin(), d.target.end());
  return all;
}

}  // namespace

std::string ActorKey(const Actor& a) {
  if (!a.group.empty()) return "g:" + a.group;
  return "c:" + a.country + "/" + (a.country.empty() ? a.sector + "/" + a.name : "");
}

EventDraft DraftOf(EventMention m, const Lexicon& lex) {
  EventDraft d;
  d.type = m.type_override.empty() ? std::string(lex.Str(m.trigger->type)) : m.type_override;
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
  if (a.mentions.front().modality != b.mentions.front().modality) return false;
  if ((a.symmetric || b.symmetric) && !require_shared) return true;  // "killed in fighting with X"
  if (a.symmetric || b.symmetric) {
    Actors pa = Pooled(a), pb = Pooled(b);
    return Compatible(pa, pb) && (!require_shared || Shares(pa, pb));
  }
  if (!Compatible(a.source, b.source)) return false;
  if (!require_shared) return true;  // one sentence: the victims of one attack add up
  // one attack told over several sentences: same day, no conflicting perpetrator
  if (a.type == "ASSAULT" && DayOf(a) >= 0 && DayOf(a) == DayOf(b)) return true;
  if (b.definite) return Compatible(a.target, b.target);  // "the attack on US personnel"
  if (!Compatible(a.target, b.target)) return false;
  return Shares(a.source, b.source) || Shares(a.target, b.target);
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
