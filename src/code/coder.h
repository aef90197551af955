// The coder: a document in, its events out (../shared/spec/events.md).
#pragma once

#include <unordered_map>
#include <vector>

#include "geo/geocoder.h"
#include "lexicon/lexicon.h"
#include "parse/model.h"
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
  // With a parser model, roles are read from the dependency parse first.
  // With a geocoder, events get their location.
  explicit Coder(const Lexicon& lex, const Model* parser = nullptr, const Geocoder* geo = nullptr)
      : lex_(lex), parser_(parser), geo_(geo), actors_(lex) {}
  // `explain`, when given, receives a readable account of what was read in each sentence;
  // `learned`, the persons the document taught from titles.
  std::vector<Event> Code(const Document& doc, CodeStats* stats, std::string* explain = nullptr,
                          std::vector<Actor>* learned = nullptr) const;
  // Persons known from earlier documents (the store's learned actors), offered to every document;
  // keyed by name and surname once, here.
  void SetKnownPersons(const std::vector<Actor>& known) { known_ = KnownPersons(known); }

 private:
  const Lexicon& lex_;
  const Model* parser_;
  const Geocoder* geo_;
  ActorRecognizer actors_;
  std::unordered_map<std::string, Actor> known_;
};

}  // namespace sitrep
