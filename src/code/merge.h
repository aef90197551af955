// Mentions of one happening merged into one event, within a sentence and across a document.
#pragma once

#include <vector>

#include "code/mention.h"

namespace sitrep {

struct EventDraft {
  std::vector<EventMention> mentions;
  std::vector<ActorMention> source, target;
  std::string type;
  bool symmetric = false;
};

// Same happening? Type, compatible actors, no conflicting dates.
bool SameHappening(const EventDraft& e, const EventMention& m, const Lexicon& lex, bool require_shared);
void AddMention(EventDraft* e, EventMention m);
std::string ActorKey(const Actor& a);

}  // namespace sitrep
