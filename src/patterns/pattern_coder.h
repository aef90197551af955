// The pattern coder: codes documents with imported TABARI or PETRARCH dictionaries, the way those
// coders read a sentence (docs/foreign-dictionaries.md).
#pragma once

#include <cstdlib>
#include <vector>

#include "geo/geocoder.h"
#include "lexicon/lexicon.h"
#include "patterns/dictionary.h"
#include "patterns/sentence.h"
#include "sitrep/document.h"
#include "sitrep/event.h"

namespace sitrep::patterns {

// One coded (source, target, code) with where it came from.
struct Triple {
  std::string source, target, code;
  Span source_span{0, 0}, target_span{0, 0}, trigger{0, 0};
  std::string rule;  // file:line of the pattern or verb
};

// What TABARI's FORWARD carries from sentence to sentence of a story. Documents whose ids differ only
// after their last '-' ("FRWD-001-002") are sentences of one story.
struct Story {
  std::string id;
  std::string first, last;  // the first actor of the story's first sentence, and of its latest
  bool last_named = false;  // the latest sentence named its first actor (not a forwarded pronoun)
};

class PatternCoder {
 public:
  // `lex`, when given, supplies Goldstein values for CAMEO codes; `geo`, event locations (chosen
  // as sitrep's own events' are).
  explicit PatternCoder(const PatternDictionary& dict, const Lexicon* lex = nullptr, const Geocoder* geo = nullptr)
      : dict_(dict), index_(dict), lex_(lex), geo_(geo), debug_(std::getenv("SITREP_PATTERN_DEBUG") != nullptr) {}
  // Every event of the document, one per triple; `sentences` counts the sentences read. `story`
  // carries FORWARD's actor from document to document (when the options turn FORWARD on).
  std::vector<Event> Code(const Document& doc, long* sentences, Story* story = nullptr) const;
  // The triples of one sentence of words on a date (YYYYMMDD).
  std::vector<Triple> CodeSentence(const std::vector<Word>& words, int32_t date, Story* story = nullptr) const;

 private:
  const PatternDictionary& dict_;
  RootIndex index_;
  const Lexicon* lex_;
  const Geocoder* geo_;
  bool debug_;  // SITREP_PATTERN_DEBUG: each sentence's words, roots and actors on standard error
};

// The PLOVER type of a CAMEO event code ("" for statements, appeals and non-CAMEO codes).
std::string PloverType(const std::string& cameo);

}  // namespace sitrep::patterns
