// Pieces shared by the TABARI and PETRARCH dictionary readers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "patterns/dictionary.h"

namespace sitrep::patterns {

std::string Upper(std::string_view s);

// The non-blank lines of a dictionary file with comments removed: lines starting with '#',
// text after `comment` (';' for TABARI, '#' for PETRARCH), "<!-- ... -->" blocks; "~~" ends the file.
class LineSource {
 public:
  LineSource(std::string_view text, std::string_view file) : text_(text), file_(file) {}
  bool Next(std::string* line, char comment);
  void Warn(PatternDictionary* d, const std::string& reason) const;
  const std::string& file() const { return file_; }
  int line() const { return line_; }

 private:
  std::string_view text_;
  std::string file_;
  size_t pos_ = 0;
  int line_ = 0;
  bool in_comment_ = false;
};

// Adds a root written as `head`; false (and a warning) when the phrase is malformed.
bool AddRoot(PatternDictionary* d, const LineSource& src, RootKind kind, std::string_view head,
             std::vector<DatedCode> codes);
// A verb (a TABARI entry, a PETRARCH block) named by `cl.head`, coded by its first block or "---";
// returns its index.
int NewVerb(PatternDictionary* d, const LineSource& src, const CodedLine& cl);
// A verb entry "PHRASE [CODE]" and its root; returns its index.
int AddVerb(PatternDictionary* d, const LineSource& src, std::string_view line);
// "{ FORM FORM ... }": more roots of a verb.
void AddVerbForms(PatternDictionary* d, const LineSource& src, int verb, std::string_view line);
// "PRE * POST [CODE]": a pattern of a verb.
void AddPattern(PatternDictionary* d, const LineSource& src, int verb, std::string_view line);
// A TABARI options line (COMPLEX:, SET: MINIMUM WORDS, COMMA:), upper case.
void ApplyOption(std::string_view line, Options* o);
// An actors file (TABARI and PETRARCH share it): entries, "+" synonyms, indented "[CODE date]"
// lines, <NOUN> and <ADJECTIVE> blocks.
void ReadActorLines(LineSource& src, PatternDictionary* d, char comment);
// Built-in roots and pattern order, once every file is read.
void FinishDictionary(PatternDictionary* d);

}  // namespace sitrep::patterns
