// Mentions of one happening merged into one event, within a sentence and across a document.
#pragma once

#include <string>
#include <vector>

#include "code/mention.h"

namespace sitrep {

struct EventDraft {
  std::vector<EventMention> mentions;
  std::vector<ActorMention> source, target;
  std::string type;
  bool symmetric = false;
  bool bare = true;       // only "the attack"-like mentions without actors so far
  bool definite = false;  // "the attack on ...": refers back to a happening already reported
};

EventDraft DraftOf(EventMention m, const Lexicon& lex);
// Same happening? Same type and modality, compatible actors, no conflicting dates; across
// sentences (require_shared) an actor in common, unless `b` only refers back ("the attack").
bool SameHappening(const EventDraft& a, const EventDraft& b, bool require_shared);
void Absorb(EventDraft* into, EventDraft from);
std::string ActorKey(const Actor& a);
// Sets each mention's scene and names (see EventMention) from its sentence; `times` are the
// sentence's time expressions ("In March," opens on no place).
void SetScenes(const std::vector<Token>& t, const Sentence& s, const std::vector<TimeExpression>& times,
               std::vector<EventMention>* mentions);

}  // namespace sitrep
