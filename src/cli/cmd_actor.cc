// `sitrep actor`: actor strings to codes (country, sector, group, name), dated.
#include <algorithm>
#include <chrono>
#include <iterator>
#include <fstream>
#include <iostream>

#include <simdjson.h>

#include "base/date.h"
#include "base/json.h"
#include "cli/commands.h"
#include "geo/geocoder.h"
#include "recognize/actors.h"

namespace sitrep {
namespace {

// The country of the first place a short string names: the geocoder's finds, else each run of
// capitalised words tried as a place name ("Madras High Court", a bare "Mariupol").
std::string PlaceCountry(const Geocoder& geo, const Analysis& a, const std::string& text, const std::string& context) {
  for (const PlaceMention& p : geo.Find(a, context))
    if (!p.country.empty() && p.place >= 0) return p.country;
  std::vector<std::pair<int, int>> runs;
  for (size_t i = 0; i < a.tokens.size();) {
    if (!a.tokens[i].upper_initial || a.tokens[i].punct) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < a.tokens.size() && a.tokens[j].upper_initial && !a.tokens[j].punct) ++j;
    static const std::string_view kNotPlaces[] = {"he", "she", "it", "they", "we", "the", "his", "her", "its",
                                                  "their", "this", "that", "these", "those", "you", "our"};
    const std::string& w = a.tokens[i].lower;
    if (j == i + 1 && (w.size() < 4 || std::find(std::begin(kNotPlaces), std::end(kNotPlaces), w) != std::end(kNotPlaces))) {
      i = j;
      continue;
    }
    for (size_t end = j; end > i; --end) runs.push_back({a.tokens[i].begin, a.tokens[end - 1].end});
    i = j;
  }
  for (const auto& span : runs)
    for (const PlaceMention& p : geo.ResolveSpans(a, text, {span}))
      if (!p.country.empty() && p.place >= 0 && p.confidence >= 0.3) return p.country;
  return "";
}

// The actor a short string names: the widest actor phrase in it; the context country fills a
// role without one ("the interior minister", context Kenya).
Actor Resolve(const ActorRecognizer& rec, const Geocoder* geo, const std::string& text, const std::string& context,
              int32_t day, bool* role) {
  Analysis a = Analyze(text);
  DocumentMemory memory;
  memory.day = day;
  const ActorMention* best = nullptr;
  std::vector<ActorMention> all;
  for (const Sentence& s : a.sentences) {
    std::vector<ActorMention> m = rec.Recognize(a, s, &memory);
    all.insert(all.end(), m.begin(), m.end());
  }
  for (const auto& m : all)
    if (!best || m.last - m.first > best->last - best->first) best = &m;
  Actor out;
  if (best) out = best->actor;
  // a capital that stands for its government ("Tehran") names the role; a bare country does not
  bool capital = best && out.group.empty() && !out.sector.empty() && out.code == out.country + out.sector;
  *role = best && (best->role || best->person || capital);
  // "the largest trade unions in Denmark": a country named with the role is its country
  for (const auto& m : all)
    if (out.country.empty() && out.group.empty() && &m != best && !m.actor.country.empty() && m.actor.group.empty()) {
      out.country = m.actor.country;
      if (!out.sector.empty()) out.code = out.country + out.sector;
    }
  // "Shanghai police", "Kano State government": a place named with the role gives its country;
  // a town alone stands for the people there ("Mariupol": UKR CVL)
  if (out.country.empty() && out.group.empty() && geo) {
    std::string country = PlaceCountry(*geo, a, text, context);
    if (!country.empty()) {
      out.country = country;
      if (out.sector.empty() && !best) out.sector = "CVL", *role = true;
      if (!out.sector.empty()) out.code = out.country + out.sector;
    }
  }
  if (out.country.empty() && out.group.empty() && !context.empty()) {
    out.country = context;
    if (!out.sector.empty()) out.code = context + out.sector;
  }
  return out;
}

int32_t DayOf(const std::string& date) {
  if (auto d = ParseIsoDate(date)) return static_cast<int32_t>(DaysFromCivil(*d));
  auto now = std::chrono::system_clock::now().time_since_epoch();
  return static_cast<int32_t>(std::chrono::duration_cast<std::chrono::hours>(now).count() / 24);
}

std::string ToJson(const std::string& text, const Actor& a, bool role) {
  std::string o = "{\"text\": " + JsonString(text);
  auto field = [&](const char* k, const std::string& v) {
    o += std::string(", \"") + k + "\": ";
    o += v.empty() ? "null" : JsonString(v);
  };
  field("country", a.country);
  field("sector", a.sector);
  field("group", a.group);
  field("name", a.name);
  field("code", a.code);
  o += std::string(", \"role_named\": ") + (role ? "true" : "false");  // false: a bare country or group
  return o + "}";
}

}  // namespace

int RunActor(const ActorOptions& o) {
  auto lex = Lexicon::Open(DefaultDictionaryPath(o.dict));
  if (!lex.ok()) {
    std::cerr << "sitrep: " << lex.status().message() << "\n";
    return 2;
  }
  ActorRecognizer rec(*lex.value());
  // The gazetteer, when it is there, gives places' countries ("Shanghai police"); without it
  // actors are resolved from the dictionary alone.
  std::unique_ptr<Gazetteer> gazetteer;
  std::unique_ptr<Geocoder> geocoder;
  if (auto g = Gazetteer::Open(DefaultGazetteerPath(o.gazetteer)); g.ok()) {
    gazetteer = std::move(g).value();
    geocoder = std::make_unique<Geocoder>(*gazetteer);
  }
  for (const auto& text : o.texts) {
    bool role = false;
    Actor a = Resolve(rec, geocoder.get(), text, o.country, DayOf(o.date), &role);
    std::cout << ToJson(text, a, role) << "\n";
  }
  if (o.jsonl.empty()) return 0;
  std::ifstream in(o.jsonl);
  if (!in) {
    std::cerr << "sitrep: " << o.jsonl << ": cannot read\n";
    return 2;
  }
  simdjson::dom::parser parser;
  long line_no = 0, skipped = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    simdjson::padded_string padded(line);
    simdjson::dom::object obj;
    std::string_view text, country, date;
    if (parser.parse(padded).get_object().get(obj) != simdjson::SUCCESS || obj["text"].get_string().get(text)) {
      std::cerr << "sitrep: " << o.jsonl << ":" << line_no << ": skipped: expected {\"text\": ...}\n";
      ++skipped;
      continue;
    }
    if (obj["country"].get_string().get(country)) country = o.country;
    if (obj["date"].get_string().get(date)) date = o.date;
    std::string t(text);
    bool role = false;
    Actor a = Resolve(rec, geocoder.get(), t, std::string(country), DayOf(std::string(date)), &role);
    std::cout << ToJson(t, a, role) << "\n";
  }
  return skipped && o.strict ? 1 : 0;
}

}  // namespace sitrep
