// PETRARCH's dictionary files: actors, agents (with !MACRO! lists and {plural}), discards, and verbs
// in both the PETRARCH-1 layout (word patterns) and the CAMEO 2.0 layout ({noun phrases} and
// (prepositional phrases), read here as word patterns).
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <sstream>

#include "base/file.h"
#include "patterns/dictionary.h"
#include "patterns/reader_util.h"

namespace sitrep::patterns {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> SplitList(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) out.push_back(Trim(cur)), cur.clear();
    else cur.push_back(c);
  }
  if (!Trim(cur).empty()) out.push_back(Trim(cur));
  return out;
}

// "PHRASE {PLURAL} [CODE]" with "!NAME!" replaced by each word of its list.
void ReadAgents(LineSource& src, PatternDictionary* d) {
  std::map<std::string, std::vector<std::string>> macros;
  for (std::string line; src.Next(&line, '#');) {
    std::string t = Trim(line);
    size_t eq = t.find('=');
    if (t[0] == '!' && eq != std::string::npos && t.find('[') == std::string::npos) {
      macros[Trim(t.substr(0, eq))] = SplitList(t.substr(eq + 1), ',');
      continue;
    }
    CodedLine cl = SplitCodes(t);
    if (cl.blocks.empty()) continue;
    auto code = ParseCodeBlock(cl.blocks[0]);
    if (!code.ok()) {
      src.Warn(d, code.status().message());
      continue;
    }
    std::string head = cl.head, plural;
    bool braces = false;
    if (size_t b = head.find('{'); b != std::string::npos) {
      size_t e = head.find('}', b);
      plural = Trim(head.substr(b + 1, e == std::string::npos ? std::string::npos : e - b - 1));
      head = Trim(head.substr(0, b));
      braces = true;
    }
    std::vector<std::string> heads{head};
    for (const auto& [name, words] : macros) {
      if (head.find(name) == std::string::npos) continue;
      heads.clear();
      for (const std::string& w : words) {
        std::string h = head;
        h.replace(h.find(name), name.size(), w);
        heads.push_back(h + "_");  // substitutions take no plural
      }
    }
    for (const std::string& h : heads)
      AddRoot(d, src, RootKind::kAgent, braces ? h + "_" : h, {code.value()});
    if (!plural.empty()) AddRoot(d, src, RootKind::kAgent, plural + "_", {code.value()});
  }
}

void ReadDiscards(LineSource& src, PatternDictionary* d) {
  for (std::string line; src.Next(&line, '#');) {
    std::string t = Trim(line);
    bool story = t[0] == '+';
    if (story) t = Trim(t.substr(1));
    if (AddRoot(d, src, RootKind::kDiscard, t, {DatedCode{"###"}})) {
      d->roots.back().story = story;
      Elem& last = d->roots.back().phrase.back();
      last.stem = !last.endings;  // a discard's last word is a prefix unless it ends in '_'
    }
  }
}

// "(TO {PEACE PLAN})" -> "TO PEACE PLAN": noun and prepositional phrases read as words;
// "{ A | B }" alternatives are kept.
std::string FlattenPattern(std::string_view s) {
  std::string out;
  int depth = 0;
  std::vector<bool> alt_group;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '(' || c == ')') {
      out.push_back(' ');
    } else if (c == '{') {
      size_t close = s.find('}', i);
      bool alt = s.substr(i, close == std::string_view::npos ? std::string_view::npos : close - i).find('|') !=
                 std::string_view::npos;
      alt_group.push_back(alt);
      out += alt ? "{" : " ";
      ++depth;
    } else if (c == '}' && depth > 0) {
      out += alt_group.back() ? "}" : " ";
      alt_group.pop_back();
      --depth;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// PETRARCH's own regular forms (S/ES/IES, ED/D/IED, ING), not sitrep's English inflection
// (lexicon/inflect.cc): a PETRARCH dictionary lists irregular forms itself, and its "LEFT" entry
// must not lose to "LEAVE" made irregular here.
std::string Form(const std::string& w, std::string_view suffix) {
  std::string s(suffix);
  auto vowel = [](char c) { return std::string_view("AEIOU").find(c) != std::string_view::npos; };
  char last = w.empty() ? ' ' : w.back();
  if (s == "S") {
    if (last == 'S' || last == 'X' || last == 'Z' || w.ends_with("CH") || w.ends_with("SH")) return w + "ES";
    if (last == 'Y' && w.size() > 1 && !vowel(w[w.size() - 2])) return w.substr(0, w.size() - 1) + "IES";
    return w + "S";
  }
  if (s == "ED") {
    if (last == 'E') return w + "D";
    if (last == 'Y' && w.size() > 1 && !vowel(w[w.size() - 2])) return w.substr(0, w.size() - 1) + "IED";
    return w + "ED";
  }
  if (last == 'E' && w.size() > 2 && !w.ends_with("EE")) return w.substr(0, w.size() - 1) + "ING";
  return w + "ING";
}

// A verb line: "VERB", "+BREAK_DOWN {+BROKE_DOWN ...} [120]", "WIRE_+TAP". Without {forms}
// the regular forms of the '+' word (or the only word) are generated.
void AddPetrarchVerb(PatternDictionary* d, const LineSource& src, int verb, std::string_view line) {
  CodedLine cl = SplitCodes(line);
  std::string head = cl.head, forms;
  if (size_t b = head.find('{'); b != std::string::npos) {
    size_t e = head.find('}', b);
    forms = head.substr(b + 1, e == std::string::npos ? std::string::npos : e - b - 1);
    head = Trim(head.substr(0, b));
  }
  std::vector<DatedCode> own;
  if (!cl.blocks.empty()) own.push_back(DatedCode{Trim(cl.blocks[0])});
  std::vector<std::string> spellings;
  std::string base = head;
  size_t plus = base.find('+');
  if (plus != std::string::npos) base.erase(plus, 1);
  else plus = 0;
  spellings.push_back(base);
  if (!forms.empty()) {
    std::istringstream in(forms);
    for (std::string f; in >> f;) {
      f.erase(std::remove(f.begin(), f.end(), '+'), f.end());
      spellings.push_back(f);
    }
  } else {
    size_t end = base.find('_', plus);
    std::string word = base.substr(plus, end == std::string::npos ? std::string::npos : end - plus);
    for (const char* suffix : {"S", "ED", "ING"}) {
      std::string s = base;
      s.replace(plus, word.size(), Form(Upper(word), suffix));
      spellings.push_back(s);
    }
  }
  for (const std::string& s : spellings)
    if (AddRoot(d, src, RootKind::kVerb, s + "_", own)) {
      d->roots.back().verb = verb;
      d->roots.back().phrase.back().endings = false;
    }
}

void ReadVerbs(LineSource& src, PatternDictionary* d) {
  std::string synset;
  int verb = -1;
  std::map<std::string, int> blocks;  // block name -> verb
  for (std::string line; src.Next(&line, '#');) {
    std::string t = Trim(line);
    if (t[0] == '&') {
      synset = Upper(Trim(t.substr(1)));
      if (!synset.empty() && synset.back() == '_') synset.pop_back();
    } else if (t[0] == '+' && !synset.empty()) {
      auto p = ParsePhrase(FlattenPattern(t.substr(1)), d->dialect, true);
      if (p.ok()) {  // a member's words are consecutive ("AUSTRIAN FLORIN" is not "Austrian gold florin")
        for (size_t i = 0; i + 1 < p.value().size(); ++i) p.value()[i].next = true;
        d->synsets[synset].push_back(std::move(p).value());
      }
      else src.Warn(d, p.status().message());
    } else if (t.rfind("---", 0) == 0) {
      synset.clear();
      std::string inner = Trim(t.substr(3, t.size() >= 6 && t.ends_with("---") ? t.size() - 6 : std::string::npos));
      CodedLine cl = SplitCodes(inner);
      auto again = blocks.find(Upper(cl.head));
      if (again != blocks.end()) {  // a second block of the same name adds to the first
        verb = again->second;
        if (!cl.blocks.empty() && Trim(cl.blocks[0]) != "---") d->verbs[verb].code = Trim(cl.blocks[0]);
        continue;
      }
      verb = NewVerb(d, src, cl);
      blocks[d->verbs[verb].name] = verb;
    } else if (t[0] == '-' && verb >= 0) {
      AddPattern(d, src, verb, FlattenPattern(t.substr(1)));
    } else if (t[0] == '~') {
      continue;  // a transformation rule (verb-verb combination): not supported, see docs
    } else if (verb >= 0) {
      synset.clear();
      AddPetrarchVerb(d, src, verb, t);
    }
  }
}

// "0x1000-0xFFFF": a sum of signed hexadecimal terms; false when malformed.
bool HexSum(std::string_view s, int* out) {
  int total = 0, sign = 1;
  size_t i = 0;
  bool any = false;
  while (i < s.size()) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\r') { ++i; continue; }
    if (c == '+' || c == '-') { sign = c == '-' ? -1 : 1; ++i; continue; }
    if (c != '0' || i + 1 >= s.size() || (s[i + 1] != 'x' && s[i + 1] != 'X')) return false;
    i += 2;
    int v = 0, digits = 0;
    while (i < s.size() && std::isxdigit(static_cast<unsigned char>(s[i])) && digits < 7) {
      char h = static_cast<char>(std::tolower(static_cast<unsigned char>(s[i++])));
      v = v * 16 + (h <= '9' ? h - '0' : h - 'a' + 10);
      ++digits;
    }
    if (digits == 0) return false;
    total += sign * v;
    sign = 1;
    any = true;
  }
  *out = total;
  return any;
}

// "CAMEO:VALUE#comment" lines; where a line gives alternatives ("#"-separated) the first counts.
void ReadOntology(LineSource& src, PatternDictionary* d) {
  for (std::string line; src.Next(&line, '#');) {
    std::string t = Trim(line);
    size_t colon = t.find(':');
    int value = 0;
    if (colon == std::string::npos || !HexSum(t.substr(colon + 1), &value)) {
      src.Warn(d, "expected CAMEO:0xVALUE");
      continue;
    }
    std::string code = Trim(t.substr(0, colon));
    d->pico.emplace(code, value);
    d->pico_code.emplace(value, code);
  }
}


std::string KindOf(const std::string& name) {
  std::string n = Upper(name);
  if (!n.ends_with(".TXT")) return "";
  static const std::pair<const char*, const char*> kKinds[] = {
      {"ACTORS", "actors"}, {"AGENTS", "agents"}, {"DISCARDS", "discards"}, {"VERBS", "verbs"},
      {"ONTOLOGY", "ontology"}, {"CAMEO", "verbs"}};
  for (const auto& [word, kind] : kKinds)
    if (n.find(word) != std::string::npos) return kind;
  return "";
}

}  // namespace

Status ReadPetrarchText(std::string_view kind, std::string_view text, std::string_view file, PatternDictionary* d) {
  LineSource src(text, file);
  if (kind == "actors") ReadActorLines(src, d, '#');
  else if (kind == "agents") ReadAgents(src, d);
  else if (kind == "discards") ReadDiscards(src, d);
  else if (kind == "verbs") ReadVerbs(src, d);
  else if (kind == "ontology") ReadOntology(src, d);
  else return Status::Error("unknown PETRARCH dictionary kind '" + std::string(kind) + "'");
  d->sources.emplace_back(file);
  return Status::Ok();
}

Result<PatternDictionary> ReadPetrarchFolder(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::Error(dir + ": not a folder of PETRARCH dictionaries");
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file() && !KindOf(entry.path().filename().string()).empty()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  PatternDictionary d;
  d.dialect = Dialect::kPetrarch;
  d.options.comma_max = d.options.comma_emax = 8;
  d.options.agent_alone_as_actor = true;
  for (const fs::path& f : files) {
    auto body = ReadFile(f.string());
    if (!body.ok()) return body.status();
    SITREP_RETURN_IF_ERROR(ReadPetrarchText(KindOf(f.filename().string()), body.value(), f.string(), &d));
  }
  if (d.verbs.empty()) return Status::Error(dir + ": no verbs dictionary (a file named *verbs* or CAMEO*.txt)");
  FinishDictionary(&d);
  return d;
}

}  // namespace sitrep::patterns
