// Actor mentions: noun phrases built from dictionary pieces (countries, demonyms, capitals,
// groups, agents) and names learned inside the document.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "lexicon/lexicon.h"
#include "sitrep/event.h"
#include "text/text.h"

namespace sitrep {

enum class ActorRef { kNone, kPerpetrators, kBothSides, kPronoun, kGeneric };

struct ActorMention {
  int first = 0;  // tokens [first, last) of the whole phrase
  int last = 0;
  Actor actor;
  bool place = false;    // a country or capital used as a place ("in Syria")
  bool person = false;   // names a person
  bool modifier = false; // modifies a noun ("a military base", "US support"): not a subject or object
  bool plural = false;   // a group or a plural noun phrase: what "they" can refer to
  bool role = false;     // a role word was named ("minister", "troops"), not just a country or group
  ActorRef ref = ActorRef::kNone;
  std::string rule;      // dictionary provenance
};

// What a document teaches about its actors: persons by name, the last pair of sides.
struct DocumentMemory {
  int32_t day = 0;  // the story's date (days since 1970-01-01): which role a listed person held
  std::unordered_map<std::string, Actor> persons;  // folded name or surname -> actor
  Actor last_person;
  bool has_last_person = false;
  Actor last_plural;  // for "they": the last group or plural role named
  bool has_last_plural = false;
  Actor opening_plural;  // for "They" opening a sentence: the first plural phrase of the sentence before
  bool has_opening_plural = false;
  Actor last_group;  // for "the group": the last named organisation outside the state
  bool has_last_group = false;
  std::vector<Actor> learned;  // persons this document taught from titles, in order
  // the country of the last role of each state sector named with one, and its paragraph: "Mali's
  // junta ... A government spokesman" is Mali's
  std::unordered_map<std::string, std::pair<std::string, int>> last_of_sector;
  // persons known from earlier documents ("Shaibani" = SYR GOV), by the same keys; may be null
  const std::unordered_map<std::string, Actor>* known = nullptr;
};

// Persons known from earlier documents keyed as a document's memory keys them (name, surname).
std::unordered_map<std::string, Actor> KnownPersons(const std::vector<Actor>& known);

class ActorRecognizer {
 public:
  explicit ActorRecognizer(const Lexicon& lex);
  // Actor mentions of one sentence, in token order; learns titled names into memory.
  std::vector<ActorMention> Recognize(const Analysis& a, const Sentence& s, DocumentMemory* memory) const;

 private:
  struct Piece {
    int first, last;
    EntryKind kind;
    uint32_t target;
    std::string rule;
  };
  std::vector<Piece> FindPieces(const Analysis& a, const Sentence& s, const DocumentMemory& m,
                                std::vector<Actor>* person_actors) const;
  ActorMention Compose(const Analysis& a, const std::vector<Piece>& pieces, int first, int last,
                       DocumentMemory* memory) const;
  Actor PersonOn(uint32_t person, int32_t day) const;
  const Lexicon& lex_;
  // Per group: the organisation it is a body of ("UN Security Council": "United Nations"), or "".
  std::vector<std::string> parents_;
};

std::string PersonKey(const std::string& lower_name);
void ShareHeadNoun(const std::vector<Token>& t, std::vector<ActorMention>* mentions);

}  // namespace sitrep
