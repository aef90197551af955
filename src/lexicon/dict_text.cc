// Reading the human-editable dictionary files into a DictionarySet.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "base/date.h"
#include "base/file.h"
#include "base/utf8.h"
#include "lexicon/lexicon.h"

namespace sitrep {
namespace {

namespace fs = std::filesystem;


std::string StripComment(const std::string& line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t'))
      return line.substr(0, i);
  }
  return line;
}

std::vector<std::string> Split(std::string_view s, std::string_view sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t at = s.find(sep, start);
    out.push_back(Trim(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start)));
    if (at == std::string_view::npos) break;
    start = at + sep.size();
  }
  return out;
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  std::istringstream in{std::string(s)};
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::vector<std::string> NonEmpty(std::vector<std::string> v) {
  v.erase(std::remove(v.begin(), v.end(), std::string()), v.end());
  return v;
}

bool IsCode(const std::string& w) {
  return w.size() >= 2 && w.size() <= 4 && std::all_of(w.begin(), w.end(), ::isdigit);
}

bool IsSector(const std::string& w) {
  static const char* kSectors[] = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "INS",
                                   "SEP", "UAF", "SPY", "CVL", "BUS", "MED", "EDU", "HLH", "REF",
                                   "LAB", "HRI", "NGO", "IGO", "CRM", "ELI", "REL"};
  return std::any_of(std::begin(kSectors), std::end(kSectors), [&](const char* s) { return w == s; });
}

// key=value options from the words [from, end).
std::map<std::string, std::string> Options(const std::vector<std::string>& words, size_t from) {
  std::map<std::string, std::string> opts;
  for (size_t i = from; i < words.size(); ++i) {
    size_t eq = words[i].find('=');
    if (eq == std::string::npos) opts[words[i]] = "1";
    else opts[words[i].substr(0, eq)] = words[i].substr(eq + 1);
  }
  return opts;
}

std::string Join(const std::vector<std::string>& w, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) out += (out.empty() ? "" : " ") + w[i];
  return out;
}

struct FileContext {
  std::string name;
  std::string type;  // current trigger type
  bool type_seen = false;
};

Status ParseTrigger(const std::vector<std::string>& w, int line, FileContext* ctx, DictionarySet* out) {
  if (w[0] == "type") {
    if (w.size() != 2) return Status::Error("'type' takes one PLOVER type or '-'");
    ctx->type = w[1] == "-" ? "" : w[1];
    ctx->type_seen = true;
    return Status::Ok();
  }
  if (!ctx->type_seen) return Status::Error("entry before the 'type' line");
  if (w[0] != "v" && w[0] != "n" && w[0] != "x") return Status::Error("part of speech must be v, n or x");
  size_t code_at = 1;
  while (code_at < w.size() && !IsCode(w[code_at])) ++code_at;
  if (code_at == w.size()) return Status::Error("no CAMEO code");
  if (code_at == 1) return Status::Error("empty pattern");
  TriggerDef t;
  t.type = ctx->type;
  t.pos = w[0];
  t.pattern = Join(w, 1, code_at);
  t.cameo = w[code_at];
  auto opts = Options(w, code_at + 1);
  t.mode = opts.count("mode") ? opts["mode"] : "";
  t.contexts = opts.count("ctx") ? opts["ctx"] : "";
  t.tprep = opts.count("tprep") ? opts["tprep"] : "";
  if (opts.count("sym")) t.flags |= bin::kSymmetric;
  if (opts.count("notarget")) t.flags |= bin::kNoTarget;
  if (opts.count("weak")) t.flags |= bin::kWeak;
  if (opts.count("thatclause")) t.flags |= bin::kThatClause;
  if (opts.count("speaker")) t.flags |= bin::kSpeaker;
  if (opts.count("purpose")) t.flags |= bin::kPurpose;
  if (opts.count("statetarget")) t.flags |= bin::kStateTarget;
  if (opts.count("statevisit")) t.flags |= bin::kStateVisit;
  t.rule = ctx->name + ":" + std::to_string(line);
  if (t.pattern.front() == '+' || t.pattern.back() == '+') return Status::Error("a pattern cannot start or end with '+'");
  int gaps = 0;
  for (size_t i = 1; i < code_at; ++i) {
    gaps += w[i] == "+";
    if (w[i] == "+" && w[i - 1] == "+") return Status::Error("'+ +': one gap between two words");
  }
  if (gaps > 3) return Status::Error("a pattern has at most three '+' gaps");
  out->triggers.push_back(std::move(t));
  return Status::Ok();
}

Status ParseAgent(const std::vector<std::string>& w, int line, const FileContext& ctx, DictionarySet* out) {
  if (w.size() < 2 || !IsSector(w.back())) return Status::Error("an agent line ends with a CAMEO sector code");
  out->agents.push_back({Join(w, 0, w.size() - 1), w.back(), ctx.name + ":" + std::to_string(line)});
  return Status::Ok();
}

Status ParseGroup(const std::string& line, DictionarySet* out) {
  auto f = Split(line, " | ");
  if (f.size() != 3) return Status::Error("a group line has three fields: name | aliases | options");
  GroupDef g;
  g.name = f[0];
  g.aliases = NonEmpty(Split(f[1], ";"));
  auto opts = Options(Words(f[2]), 0);
  g.country = opts["country"];
  g.sector = opts["sector"];
  g.code = opts["code"];
  if (g.name.empty()) return Status::Error("empty group name");
  if (!g.sector.empty() && !IsSector(g.sector)) return Status::Error("unknown sector '" + g.sector + "'");
  out->groups.push_back(std::move(g));
  return Status::Ok();
}

// "SYR | Syria; Syrian Arab Republic | demonym=Syrian;Syrians capital=Damascus"; merges by code.
Status ParseCountry(const std::string& line, DictionarySet* out) {
  auto f = Split(line, " | ");
  if (f.size() < 2 || f.size() > 3 || f[0].size() != 3) return Status::Error("a country line is: ISO3 | names | options");
  CountryDef* c = nullptr;
  for (auto& existing : out->countries) if (existing.code == f[0]) c = &existing;
  if (!c) {
    out->countries.push_back({f[0], "", {}, {}, {}});
    c = &out->countries.back();
  }
  auto names = NonEmpty(Split(f[1], ";"));
  if (c->name.empty() && !names.empty()) c->name = names[0];
  c->names.insert(c->names.end(), names.begin(), names.end());
  if (f.size() == 3) {
    // options may hold spaces inside values ("capital=White House"): split on " key="
    std::string opts = " " + f[2];
    for (const char* key : {"demonym", "capital", "name"}) {
      std::string k = std::string(" ") + key + "=";
      size_t at = opts.find(k);
      if (at == std::string::npos) continue;
      size_t start = at + k.size();
      size_t end = opts.find('=', start);
      if (end != std::string::npos) end = opts.rfind(' ', end);
      auto values = NonEmpty(Split(opts.substr(start, end == std::string::npos ? std::string::npos : end - start), ";"));
      if (std::string(key) == "demonym") c->demonyms.insert(c->demonyms.end(), values.begin(), values.end());
      else if (std::string(key) == "capital") c->capitals.insert(c->capitals.end(), values.begin(), values.end());
      else if (!values.empty()) c->name = values[0];
    }
  }
  return Status::Ok();
}

Status ParseCameo(const std::vector<std::string>& w, DictionarySet* out) {
  if (w.size() < 2 || !IsCode(w[0])) return Status::Error("a cameo line is: CODE GOLDSTEIN description");
  CameoDef c;
  c.code = w[0];
  try {
    c.goldstein = std::stod(w[1]);
  } catch (...) {
    return Status::Error("bad Goldstein value '" + w[1] + "'");
  }
  c.description = Join(w, 2, w.size());
  out->cameo.push_back(std::move(c));
  return Status::Ok();
}

// "2025-01-20" -> days since 1970-01-01; "" -> the open end given.
bool ParseDay(const std::string& s, int32_t open, int32_t* out) {
  if (s.empty()) { *out = open; return true; }
  auto d = ParseIsoDate(s);
  if (!d) return false;
  *out = static_cast<int32_t>(DaysFromCivil(*d));
  return true;
}

// "USA GOV 2025-01-20 - 2029-01-20" or "group=Hamas INS 2024-08-06 - ".
Status ParseRole(const std::string& text, RoleDef* r) {
  auto w = Words(text);
  size_t dash = 0;
  while (dash < w.size() && w[dash] != "-") ++dash;
  if (w.size() < 2) return Status::Error("a role is: ISO3|group=Name SECTOR START - END");
  size_t k = 0;
  if (w[0].rfind("group=", 0) == 0) {  // the group name may have spaces: up to the sector
    r->group = w[0].substr(6);
    for (k = 1; k < w.size() && !IsSector(w[k]); ++k) r->group += " " + w[k];
  } else {
    if (w[0].size() != 3) return Status::Error("a role starts with an ISO alpha-3 code or group=Name, not '" + w[0] + "'");
    r->country = w[0];
    k = 1;
  }
  if (k >= w.size() || !IsSector(w[k])) return Status::Error("a role needs a CAMEO sector after its country or group");
  r->sector = w[k];
  std::string start = k + 1 < w.size() && k + 1 != dash ? w[k + 1] : "";
  std::string end = dash + 1 < w.size() ? w[dash + 1] : "";
  if (!ParseDay(start, INT32_MIN, &r->start) || !ParseDay(end, INT32_MAX, &r->end))
    return Status::Error("role dates are YYYY-MM-DD: '" + text + "'");
  if (r->start > r->end) return Status::Error("a role ends before it starts: '" + text + "'");
  return Status::Ok();
}

// "Marco Rubio | Rubio | USA GOV 2025-01-21 - ; USA LEG 2011-01-03 - 2025-01-20"
Status ParsePerson(const std::string& line, int number, const FileContext& ctx, DictionarySet* out) {
  auto f = Split(line, " | ");
  if (f.size() != 3) return Status::Error("a person line has three fields: name | aliases | roles");
  PersonDef p;
  p.name = Trim(f[0]);
  if (p.name.empty()) return Status::Error("empty person name");
  p.aliases = NonEmpty(Split(f[1], ";"));
  for (auto& a : p.aliases) a = Trim(a);
  for (const auto& role : NonEmpty(Split(f[2], ";"))) {
    if (Trim(role).empty()) continue;
    RoleDef r;
    SITREP_RETURN_IF_ERROR(ParseRole(role, &r));
    p.roles.push_back(std::move(r));
  }
  if (p.roles.empty()) return Status::Error("a person needs at least one role");
  p.rule = ctx.name + ":" + std::to_string(number);
  out->persons.push_back(std::move(p));
  return Status::Ok();
}

Status ParseLine(const std::string& raw, int line, FileContext* ctx, DictionarySet* out) {
  std::string text = Trim(StripComment(raw));
  if (text.empty()) return Status::Ok();
  auto w = Words(text);
  if (w.empty()) return Status::Ok();  // only white space the trim did not take (\v, \f)
  const std::string& name = ctx->name;
  if (name.rfind("triggers/", 0) == 0) return ParseTrigger(w, line, ctx, out);
  if (name == "agents.txt") return ParseAgent(w, line, *ctx, out);
  if (name == "groups.txt" || name.rfind("groups", 0) == 0) return ParseGroup(text, out);
  if (name == "cameo.txt") return ParseCameo(w, out);
  if (name == "persons.txt" || name.rfind("persons", 0) == 0) return ParsePerson(text, line, *ctx, out);
  if (name.find("countries") != std::string::npos) return ParseCountry(text, out);
  return Status::Ok();
}

}  // namespace

Status ParseDictionaryFile(std::string_view content, std::string_view name, DictionarySet* out) {
  FileContext ctx;
  ctx.name = std::string(name);
  std::istringstream in{std::string(content)};
  int line = 0;
  for (std::string raw; std::getline(in, raw);) {
    ++line;
    Status st = ParseLine(raw, line, &ctx, out);
    if (!st.ok()) return Status::Error(std::string(name) + ":" + std::to_string(line) + ": " + st.message());
  }
  return Status::Ok();
}

Status LoadDictionaryText(const std::vector<std::string>& dirs, DictionarySet* out) {
  for (const std::string& dir : dirs) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
      if (it->is_regular_file() && it->path().extension() == ".txt") files.push_back(it->path());
    if (ec) return Status::Error(dir + ": " + ec.message());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      auto text = ReadFile(f.string());
      if (!text.ok()) return text.status();
      SITREP_RETURN_IF_ERROR(ParseDictionaryFile(text.value(), fs::relative(f, dir).generic_string(), out));
    }
  }
  return Status::Ok();
}

}  // namespace sitrep
