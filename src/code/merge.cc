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

}  // namespace

std::string ActorKey(const Actor& a) {
  if (!a.group.empty()) return "g:" + a.group;
  return "c:" + a.country + "/" + (a.country.empty() ? a.sector + "/" + a.name : "");
}

bool SameHappening(const EventDraft& e, const EventMention& m, const Lexicon& lex, bool require_shared) {
  if (e.type != lex.Str(m.trigger->type)) return false;
  if (e.mentions.front().modality != m.modality && !m.bare_definite) return false;
  if (m.bare_definite) return true;
  for (const auto& x : e.mentions) {
    if (x.time_strong && m.time_strong && x.time && m.time &&
        DaysFromCivil(x.time->start) != DaysFromCivil(m.time->start))
      return false;
  }
  if (e.symmetric || (m.trigger->flags & bin::kSymmetric)) {
    Actors pooled_e = e.source, pooled_m = m.source;
    pooled_e.insert(pooled_e.end(), e.target.begin(), e.target.end());
    pooled_m.insert(pooled_m.end(), m.target.begin(), m.target.end());
    return Compatible(pooled_e, pooled_m) && (!require_shared || Shares(pooled_e, pooled_m));
  }
  if (!Compatible(e.source, m.source) || !Compatible(e.target, m.target)) return false;
  return !require_shared || Shares(e.source, m.source) || Shares(e.target, m.target);
}

void AddMention(EventDraft* e, EventMention m) {
  if (e->mentions.empty()) e->symmetric = (m.trigger->flags & bin::kSymmetric) != 0;
  AddActors(&e->source, m.source);
  AddActors(&e->target, m.target);
  e->mentions.push_back(std::move(m));
}

}  // namespace sitrep
