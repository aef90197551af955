// `sitrep actor`: actor strings to codes (country, sector, group, name), dated.
#include <chrono>
#include <fstream>
#include <iostream>

#include <simdjson.h>

#include "base/date.h"
#include "base/json.h"
#include "cli/commands.h"
#include "recognize/actors.h"

namespace sitrep {
namespace {

// The actor a short string names: the widest actor phrase in it; the context country fills a
// role without one ("the interior minister", context Kenya).
Actor Resolve(const ActorRecognizer& rec, const std::string& text, const std::string& context, int32_t day,
              bool* role) {
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
  *role = best && (best->role || best->person);
  // "the largest trade unions in Denmark": a country named with the role is its country
  for (const auto& m : all)
    if (out.country.empty() && out.group.empty() && &m != best && !m.actor.country.empty() && m.actor.group.empty()) {
      out.country = m.actor.country;
      if (!out.sector.empty()) out.code = out.country + out.sector;
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
  for (const auto& text : o.texts) {
    bool role = false;
    Actor a = Resolve(rec, text, o.country, DayOf(o.date), &role);
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
    Actor a = Resolve(rec, t, std::string(country), DayOf(std::string(date)), &role);
    std::cout << ToJson(t, a, role) << "\n";
  }
  return skipped && o.strict ? 1 : 0;
}

}  // namespace sitrep
