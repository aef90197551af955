// Coding conventions applied to a sentence's event mentions before they become drafts: which
// mentions are no events of their own, and which are coded as another type (a conditional act of
// force is a threat, a blockade by civilians a protest, a relief convoy aid).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "code/mention.h"

namespace sitrep {

// A tally of a long war ("a war that has killed tens of thousands"), not a happening of its days.
bool SummaryOfWar(const EventMention& m, const std::vector<Token>& t, int first, const Lexicon& lex);
// Forces on the move that an attack hits ("struck RSF convoys").
bool AttackedForces(const EventMention& m, const std::vector<EventMention>& all, const Lexicon& lex);
// The content of a threat or a demand ("warned that protesters would be arrested").
bool InsideThreat(const EventMention& m, const std::vector<EventMention>& all, const Lexicon& lex,
                  const std::vector<Token>& t);
// "despite nearly a decade of fighting", "after years of war": an act told as a span of time is the
// background, not a happening.
bool SpanOfTime(const EventMention& m, const std::vector<Token>& t, int first);

// Deaths in an accident ("died in an accident", "killed in a hit-and-run crash") are no attacks.
bool AccidentalDeath(const EventMention& m, const std::vector<Token>& t, int first, int end, const Lexicon& lex);
// "in Montenegro, where 28 people have been killed this year": a place's past violence told in passing.
bool TallyOfPlace(const EventMention& m, const std::vector<Token>& t, int first, int end, const Lexicon& lex);
// What one is accused of ("accuses Rwanda of sending troops") is the accusation's content, not an
// event the story reports.
bool AccusedAct(const EventMention& m, const std::vector<EventMention>& all, const Lexicon& lex,
                const std::vector<Token>& t);
// What a rejection refuses ("blocked the package of asset freezes", "vetoed sanctions") did not happen.
bool RefusedObject(const EventMention& m, const std::vector<EventMention>& all, const Lexicon& lex,
                   const std::vector<Token>& t);
// "Police arrested 25 people in dawn raids": an act named in a phrase after a verb of its kind is
// done by the verb's subject, not by its object.
void SharedAgent(std::vector<EventMention>* mentions, const Lexicon& lex, const std::vector<Token>& t);
// "Anyone caught barricading roads" as a target: anyone doing what protesters do is a protester.
void GenericProtesters(EventMention* m, const std::vector<EventMention>& all, const Lexicon& lex);
// A warning about someone else's act is a prediction: the warning is suppressed.
void SeparatePredictions(std::vector<EventMention>* mentions, const Lexicon& lex);
// Cooperation to come, or offered, is an intention (AGREE 03x).
void AsIntention(EventMention* m, const Lexicon& lex);
// An act of force announced by its own actor as conditional or coming is a threat (13x).
void AsThreat(EventMention* m, const SentenceContext& ctx);
// What a crowd of protesters demands or denounces is said by protesting (PROTEST 140).
void ProtestersSpeaking(EventMention* m, const Lexicon& lex, const std::vector<Token>& t);
// A blockade by people outside the state is a protest that obstructs (PROTEST 144); a crowd that
// storms a building or overruns a line riots (PROTEST 145).
void CiviliansCoercing(EventMention* m, const Lexicon& lex, const std::vector<Token>& t);
// Drills or war games held by the forces of two countries together are military cooperation (062).
void JointExercise(EventMention* m, const Lexicon& lex);
// Giving up an act of force ("would not give up kidnapping", "agreed to stop attacks") is a
// de-escalation (RETREAT 087), which a refusal turns into a rejection.
void Renounced(EventMention* m, const Lexicon& lex, const std::vector<Token>& t, int first_of_sentence);
// A convoy carrying relief is aid (AID 073).
void ReliefConvoy(EventMention* m, const Lexicon& lex, const std::vector<Token>& t, int end);

// People captured are taken (COERCE 173), not ground held (192).
void CapturedPeople(EventMention* m, const Lexicon& lex, const std::vector<Token>& t);

// Arrests are the state's: people detained by rebels, militias or gangs are abducted (ASSAULT 181).
void DetainedByArmedGroup(EventMention* m, const Lexicon& lex);

// Looting by armed men is seizure (COERCE 1711), not a riot.
void ArmedLooting(EventMention* m, const Lexicon& lex, const std::vector<Token>& t);

}  // namespace sitrep
