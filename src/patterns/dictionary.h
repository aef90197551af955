// The pattern dictionaries of the TABARI and PETRARCH coders, read into one model
// (docs/foreign-dictionaries.md): roots (actors, agents, verbs, nouns, adjectives, time
// phrases, discards) written as phrases, verb patterns, and synsets.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::patterns {

// How a dictionary's words are written and matched.
enum class Dialect : uint8_t {
  kTabari,    // a word is a stem (prefix) unless it ends in '_'; patterns tried longest first
  kPetrarch,  // whole words; regular verb forms and plurals generated; patterns in file order
};

// One element of a phrase or pattern.
struct Elem {
  enum Kind : uint8_t { kWord, kSynset, kAlt, kVerb, kSource, kTarget, kCompound, kSkipActor };
  Kind kind = kWord;
  std::string word;       // upper case; the synset name for kSynset
  bool stem = true;       // a prefix of the text word matches
  bool endings = false;   // exact, plus the regular endings of its root kind
  bool next = false;      // the following element must start at the very next word
  std::vector<std::vector<Elem>> alts;  // kAlt: one of these
};
using Phrase = std::vector<Elem>;

// A code valid between two dates (YYYYMMDD, inclusive).
struct DatedCode {
  std::string code;
  int32_t from = 0;
  int32_t to = 99999999;
  bool dated = false;
};

enum class RootKind : uint8_t { kActor, kAgent, kVerb, kNoun, kAdjective, kTime, kDiscard, kBuiltin };

// Built-in function words (TABARI's built-in roots), as the `code` of a kBuiltin root.
inline constexpr std::string_view kDeterminer = "DET", kConjunction = "CONJ", kPreposition = "PREP",
                                  kPronoun = "PRON", kAuxiliary = "AUX", kBy = "BY", kFormer = "FORMER";

struct Root {
  RootKind kind = RootKind::kNoun;
  Phrase phrase;
  std::vector<DatedCode> codes;  // actors, agents, time phrases; a verb form's own default code
  int verb = -1;                 // kVerb: index into PatternDictionary::verbs
  bool story = false;            // kDiscard: discards the whole story
  std::string file;
  int line = 0;
};

struct VerbPattern {
  Phrase lower;  // before the verb, in text order
  Phrase upper;  // after the verb
  bool verb_next = false;  // '*_X': the first upper element follows the verb directly
  std::string code;
  int order = 0;   // position in the file
  int length = 0;  // plain tokens, for TABARI's longest-first order
  int maxalt = 0;
  int line = 0;
};

struct Verb {
  std::string name;
  std::string code;  // the default code; "---" for none
  std::vector<VerbPattern> patterns;  // in trial order
  std::string file;
  int line = 0;
};

// Settings that the foreign coders read from options/config files.
struct Options {
  int min_words = 0;              // sentences shorter than this are not coded
  int complex_verbs = 0;          // 0: no limit
  int complex_conj = 0;
  bool no_actor_prior = false;
  int comma_min = 2, comma_max = 10, comma_emin = 2, comma_emax = 10, comma_bmin = 255, comma_bmax = 0;
  bool agent_alone_as_actor = false;  // an agent with no actor is coded "---" + agent (PETRARCH)
  bool require_dyad = true;
  // TABARI's FORWARD: a pronoun with no actor before it in its sentence stands for the first actor of
  // the story's previous sentence (of the story's first one when that too was forwarded)
  bool forward = false;
};

struct PatternDictionary {
  Dialect dialect = Dialect::kTabari;
  std::vector<Root> roots;
  std::vector<Verb> verbs;
  std::map<std::string, std::vector<Phrase>> synsets;
  Options options;
  // PETRARCH's internal coding ontology (PICO), when the folder has one: CAMEO code -> value, and
  // back; a negated verb's code is its value less 0xFFFF.
  std::map<std::string, int> pico;
  std::map<int, std::string> pico_code;
  std::vector<std::string> sources;   // the files read
  std::vector<std::string> warnings;  // "file:line: reason" for entries skipped
};

// --- reading --------------------------------------------------------------------------------------

// Parses a phrase or pattern in the dictionary spelling ("SUGGESTED_+ * DEMAND_{ A | B }_X",
// "&TIETYPES TIES", "AL_GORE"). `last_endings`: the last word of a root may take its kind's endings.
Result<Phrase> ParsePhrase(std::string_view text, Dialect dialect, bool last_endings);

// "[ARN]", "[HOB < 950601]", "[HOBGOV 19950601 - 19990815]", "[~GOV]": the code block's contents.
Result<DatedCode> ParseCodeBlock(std::string_view inside);

// Every "[...]" block of a line, in order, and the text before the first one.
struct CodedLine {
  std::string head;
  std::vector<std::string> blocks;
};
CodedLine SplitCodes(std::string_view line);

// A YYMMDD or YYYYMMDD date as YYYYMMDD (two-digit years up to 30 are 20xx); -1 when malformed.
int32_t ParseDictDate(std::string_view s);

// Orders a verb's patterns for trial: TABARI longest first, PETRARCH in file order.
void OrderPatterns(Dialect dialect, std::vector<VerbPattern>* patterns);

// `tabari:PROJECT_FILE` reads the dictionaries a TABARI .project file names (actors, verbs,
// agents, options); `petrarch:DIR` the PETRARCH dictionary files in a folder.
Result<PatternDictionary> ReadTabariProject(const std::string& project_file);
Result<PatternDictionary> ReadPetrarchFolder(const std::string& dir);
// One dictionary file's text, by kind ("actors", "agents", "verbs", "options", "discards"),
// added to `dict`; errors are "file:line: reason".
Status ReadTabariText(std::string_view kind, std::string_view text, std::string_view file, PatternDictionary* dict);
Status ReadPetrarchText(std::string_view kind, std::string_view text, std::string_view file, PatternDictionary* dict);
// Built-in roots (determiners, conjunctions, pronouns, auxiliaries, BY, FORMER).
void AddBuiltins(PatternDictionary* dict);

}  // namespace sitrep::patterns
