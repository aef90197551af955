// The coder: a document in, its events out (../shared/spec/events.md).
#pragma once

#include <vector>

#include "lexicon/lexicon.h"
#include "recognize/actors.h"
#include "sitrep/document.h"
#include "sitrep/event.h"
#include "text/text.h"

namespace sitrep {

struct CodeStats {
  long sentences = 0;
  long events = 0;
};

class Coder {
 public:
  explicit Coder(const Lexicon& lex) : lex_(lex), actors_(lex) {}
  // `explain`, when given, receives a readable account of what was read in each sentence.
  std::vector<Event> Code(const Document& doc, CodeStats* stats, std::string* explain = nullptr) const;

 private:
  const Lexicon& lex_;
  ActorRecognizer actors_;
};

}  // namespace sitrep
