// Event mentions: one trigger in one sentence with its roles, time, modality and figures.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "parse/conllu.h"
#include "recognize/actors.h"
#include "recognize/casualties.h"
#include "recognize/dates.h"

namespace sitrep {

struct EventMention {
  int sentence = 0;
  int first = 0;  // trigger tokens [first, last)
  int last = 0;
  const bin::Trigger* trigger = nullptr;
  bool verb = false;
  bool passive = false;
  std::vector<ActorMention> source;
  std::vector<ActorMention> target;
  std::optional<TimeExpression> time;
  bool time_strong = false;
  int time_distance = 0;  // the expression belongs to this trigger, not to a speech verb
  int day_offset = 0;     // "a day after ... on Friday": days before the attached time
  std::string modality = "asserted";
  std::string type_override, cameo_override;  // set by coding rules (a refused concession is REJECT)
  Casualties casualties;
  bool bare_definite = false;  // "the attack": refers back to an event already reported
  bool definite = false;       // a noun trigger after "the", "this", "that"
  bool suppressed = false;     // absorbed by another trigger or generic
  bool intent = false;         // "offered to", "willing to", "pledged to" + this trigger
  std::vector<ActorMention> speaker;  // who reports it ("Analysts said Turkey could ..."), if anyone
  bool reported = false;              // a speech verb precedes it in the sentence
  std::string scene;  // "In Ankara, ...": the place its sentence opens on, lower case ("elsewhere" too)
  std::string names;  // its sentence's capitalised words, lower case, each between spaces
};

// The mention's PLOVER type: a coding rule's override, else its trigger's ("" for statements).
inline std::string_view TypeOf(const EventMention& m, const Lexicon& lex) {
  return m.type_override.empty() ? lex.Str(m.trigger->type) : std::string_view(m.type_override);
}

// Everything the coder knows about one sentence.
struct SentenceContext {
  const Analysis& analysis;
  const Sentence& sentence;
  const std::vector<ActorMention>& actors;
  const Lexicon& lex;
  // The sentence's dependency parse, word k for token sentence.first + k; null without a model.
  const std::vector<ConlluWord>* tree = nullptr;
};

// Roles of a verb trigger read from the parse (tree_roles.cc): subject (nsubj, or the shared
// subject of a conjoined or controlled verb, or a relative clause's antecedent), passive subject,
// the by-agent, objects and allowed obliques. Empty roles mean the tree did not say.
struct TreeRoles {
  bool found = false;
  bool passive = false;
  std::vector<ActorMention> subject, object, agent;
};
// `human`: the act needs a person or body for its subject (see RoleFinder::Subject).
TreeRoles ReadTreeRoles(const SentenceContext& ctx, int token, std::string_view tprep, bool human = false);

// Trigger matches of a sentence turned into mentions with roles (roles.cc).
std::vector<EventMention> FindEventMentions(const SentenceContext& ctx, int sentence_index);
// Negated, hypothetical, future (modality.cc).
std::string FindModality(const SentenceContext& ctx, const EventMention& m);
// Attaches time expressions to mentions; content of a speech verb inherits its time.
void AttachTimes(const SentenceContext& ctx, const std::vector<TimeExpression>& times,
                 std::vector<EventMention>* mentions);

// Token classes used by the role finder.
bool IsVerbLike(const Token& t);
bool IsSpeechToken(const Token& t);
// May this preposition introduce the target? The trigger's tprep list, then defaults for verbs or nouns.
bool PrepositionAllowed(std::string_view prep, std::string_view tprep, bool noun);  // "said", but not "States" in "United States"
int ClauseStart(const std::vector<Token>& t, int first_of_sentence, int at);

}  // namespace sitrep
