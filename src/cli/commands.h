// The sitrep subcommands; each parses nothing itself: main.cc fills the options.
#pragma once

#include <string>
#include <vector>

#include "parse/tagger.h"

namespace sitrep {

struct CodeOptions {
  std::vector<std::string> inputs;
  std::string output;  // empty: standard output
  std::string db;
  std::string dict;
  bool strict = false;
  bool quiet = false;
  bool explain = false;
  std::string model;   // parser model for --parse
  bool parse = false;  // the dependency parse fills roles the chunker leaves empty
  int beam = 0;        // with parse: the parser's beam width (0: the model's)
  std::string gazetteer;
  bool no_geo = false;  // no gazetteer: events without location
  std::string dictionaries;  // "tabari:PROJECT_FILE" or "petrarch:DIR" (docs/foreign-dictionaries.md)
  std::string dictionaries_mode = "replace";  // or "extend": sitrep's own events as well
  std::vector<std::string> options;  // TABARI options lines applied after the options file ("FORWARD: ...")
};
int RunCode(const CodeOptions& o);

struct ShowOptions {
  std::string db = "sitrep.db";
  std::string from, to, country, type;
  int limit = 200;
};
int RunShow(const ShowOptions& o);

struct DictOptions {
  std::string json;                // countries: world-countries countries.json
  std::vector<std::string> dirs;   // compile: folders of dictionary text
  std::string output;
};
int RunDictCountries(const DictOptions& o);
int RunDictCompile(const DictOptions& o);

struct ActorOptions {
  std::vector<std::string> texts;
  std::string jsonl;    // lines {"text", "country"?, "date"?}
  std::string country;  // context: the story's country (ISO alpha-3) for roles without one
  std::string date;     // the story's date; default today
  std::string dict;
  std::string gazetteer;  // places' countries ("Shanghai police"); unused when absent
  bool strict = false;
};
int RunActor(const ActorOptions& o);

struct ActorsOptions {
  std::string db = "sitrep.db", dict;
  std::string promote, reject, correct;  // a learned actor's name
  std::string country, sector;           // with --correct
  bool dictionary = false;               // also list the dictionary's persons with counts
};
int RunActors(const ActorsOptions& o);

struct GeocodeOptions {
  std::vector<std::string> inputs;
  std::string output, gazetteer;
  bool spans = false;  // resolve the documents' "spans" instead of finding toponyms
  bool strict = false, quiet = false;
};
int RunGeocode(const GeocodeOptions& o);

struct GazetteerOptions {
  std::string cities, regions, countries, counties, aliases, world_regions, output;
  std::vector<std::string> regions_alt;  // more names of the same subdivisions (other languages)
};
int RunDictGazetteer(const GazetteerOptions& o);

struct ParseOptions {
  std::vector<std::string> inputs;
  std::string conllu;  // re-tag and re-parse the words of this treebank
  std::string model, output;
  bool score = false, score_only = false;
  int prune = 0;
  int beam = 0;  // 0: the model's own
};
int RunParse(const ParseOptions& o);

struct TrainCommandOptions {
  std::string train, dev, output;
  TrainOptions options;
};
int RunTrain(const TrainCommandOptions& o);

struct PruneOptions {
  std::string model, output;
  int min = 0;  // weights under this many quantization steps are dropped
};
int RunPrune(const PruneOptions& o);

// A data file: the flag, else the environment variable, else beside the binary (SUBDIR/FILE)
// or in ../share/sitrep/.
std::string DataFilePath(const std::string& flag, const char* env_var, const char* subdir, const char* file);

// The parser model next to the binary, unless --model or SITREP_MODEL says otherwise.
std::string DefaultModelPath(const std::string& flag);

// The gazetteer next to the binary (geo/sitrep.gaz), unless --gazetteer or SITREP_GAZETTEER says otherwise.
std::string DefaultGazetteerPath(const std::string& flag);

// The compiled dictionary next to the binary, unless --dict or SITREP_DICT says otherwise.
std::string DefaultDictionaryPath(const std::string& flag);

}  // namespace sitrep
