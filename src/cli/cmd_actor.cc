// `sitrep actor`: actor strings to codes (country, sector, group, name), dated.
#include <algorithm>
#include <chrono>
#include <iterator>
#include <fstream>
#include <iostream>

#include <simdjson.h>

#include "base/date.h"
#include "base/json.h"
#include "base/utf8.h"
#include "cli/commands.h"
#include "geo/geocoder.h"
#include "recognize/actors.h"
#include "recognize/words.h"

namespace sitrep {
namespace {

// The country of a place a short string names outside its actor phrase (tokens [skip_first,
// skip_last)): "Shanghai police", "Madras High Court". With no actor phrase at all only the whole
// string may be a place ("Mariupol"), so a person's name is not read as a town.
std::string PlaceCountry(const Geocoder& geo, const Analysis& a, const std::string& text, const std::string& context,
                         int skip_first, int skip_last) {
  auto outside = [&](int first, int last) { return last <= skip_first || first >= skip_last; };
  bool actor = skip_last > skip_first;
  for (const PlaceMention& p : geo.Find(a, context))
    if (!p.country.empty() && p.place >= 0 && outside(p.first, p.last) && (actor || p.last - p.first == static_cast<int>(a.tokens.size())))
      return p.country;
  std::vector<std::pair<int, int>> runs;  // token ranges of capitalised words
  for (size_t i = 0; i < a.tokens.size();) {
    if (!a.tokens[i].upper_initial || a.tokens[i].punct) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < a.tokens.size() && a.tokens[j].upper_initial && !a.tokens[j].punct) ++j;
    runs.push_back({static_cast<int>(i), static_cast<int>(j)});
    i = j;
  }
  static const std::string_view kNotPlaces[] = {"he", "she", "it", "they", "we", "the", "his", "her", "its",
                                                "their", "this", "that", "these", "those", "you", "our"};
  for (auto [first, last] : runs) {
    if (actor) last = std::min(last, skip_first > first ? skip_first : last);
    if (actor && !outside(first, last)) continue;
    if (!actor && (first != 0 || last != static_cast<int>(a.tokens.size()))) continue;
    const std::string& w = a.tokens[first].lower;
    if (last == first + 1 && IsSponsorCompound(w)) continue;  // "Russian-backed separatists" are not Russian
    if (last == first + 1 && (w.size() < 4 || std::find(std::begin(kNotPlaces), std::end(kNotPlaces), w) != std::end(kNotPlaces)))
      continue;
    std::pair<int, int> span{a.tokens[first].begin, a.tokens[last - 1].end};
    for (const PlaceMention& p : geo.ResolveSpans(a, text, {span})) {
      if (p.country.empty() || p.place < 0 || p.confidence < 0.5) continue;
      // a whole string must be the place's own name, not a part of it ("Boyko Borisov")
      if (!actor && FoldForMatch(geo.Describe(p).name) != FoldForMatch(text)) continue;
      return p.country;
    }
  }
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
  // the widest phrase, one that names a role or a person first: in "Canadian Ambassador to the
  // United Nations" the ambassador acts, not the UN
  auto named = [](const ActorMention& m) { return m.role || m.person; };
  for (const auto& m : all) {
    if (m.place) continue;  // "an amusement park in Kabul": Kabul is where, not who
    if (!best || (named(m) && !named(*best)) ||
        (named(m) == named(*best) && m.last - m.first > best->last - best->first))
      best = &m;
  }
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
    std::string country = PlaceCountry(*geo, a, text, context, best ? best->first : 0, best ? best->last : 0);
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
