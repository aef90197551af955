#include "patterns/reader_util.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace sitrep::patterns {


std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

bool LineSource::Next(std::string* line, char comment) {
  while (pos_ < text_.size()) {
    size_t end = text_.find('\n', pos_);
    if (end == std::string_view::npos) end = text_.size();
    std::string raw(text_.substr(pos_, end - pos_));
    pos_ = end + 1;
    ++line_;
    if (in_comment_) {
      if (raw.find("-->") != std::string::npos) in_comment_ = false;
      continue;
    }
    if (raw.rfind("~~", 0) == 0) {
      pos_ = text_.size();
      return false;
    }
    if (raw.rfind("<!", 0) == 0) {
      if (raw.find("-->") == std::string::npos && raw.find('>') == std::string::npos) in_comment_ = true;
      continue;
    }
    if (!raw.empty() && raw[0] == '#') continue;
    if (comment != '\0') {
      size_t c = raw.find(comment);
      if (c != std::string::npos) raw.resize(c);
    }
    if (Trim(raw).empty()) continue;
    *line = std::move(raw);
    return true;
  }
  return false;
}

void LineSource::Warn(PatternDictionary* d, const std::string& reason) const {
  d->warnings.push_back(file_ + ":" + std::to_string(line_) + ": " + reason);
}

bool AddRoot(PatternDictionary* d, const LineSource& src, RootKind kind, std::string_view head,
             std::vector<DatedCode> codes) {
  auto phrase = ParsePhrase(head, d->dialect, kind != RootKind::kTime && kind != RootKind::kDiscard);
  if (!phrase.ok()) {
    src.Warn(d, phrase.status().message());
    return false;
  }
  Root r;
  r.kind = kind;
  r.phrase = std::move(phrase).value();
  r.codes = std::move(codes);
  r.file = src.file();
  r.line = src.line();
  d->roots.push_back(std::move(r));
  return true;
}

int NewVerb(PatternDictionary* d, const LineSource& src, const CodedLine& cl) {
  Verb v;
  v.name = Upper(cl.head);
  v.code = cl.blocks.empty() ? "---" : Trim(cl.blocks[0]);
  v.file = src.file();
  v.line = src.line();
  d->verbs.push_back(std::move(v));
  return static_cast<int>(d->verbs.size()) - 1;
}

int AddVerb(PatternDictionary* d, const LineSource& src, std::string_view line) {
  CodedLine cl = SplitCodes(line);
  int index = NewVerb(d, src, cl);
  if (AddRoot(d, src, RootKind::kVerb, cl.head, {})) d->roots.back().verb = index;
  return index;
}

void AddVerbForms(PatternDictionary* d, const LineSource& src, int verb, std::string_view line) {
  std::string inside(line);
  std::replace(inside.begin(), inside.end(), '{', ' ');
  std::replace(inside.begin(), inside.end(), '}', ' ');
  std::istringstream words(inside);
  for (std::string w; words >> w;)
    if (AddRoot(d, src, RootKind::kVerb, w, {})) d->roots.back().verb = verb;
}

void AddPattern(PatternDictionary* d, const LineSource& src, int verb, std::string_view line) {
  CodedLine cl = SplitCodes(line);
  if (cl.blocks.empty()) return src.Warn(d, "a pattern without a code");
  auto phrase = ParsePhrase(cl.head, d->dialect, false);
  if (!phrase.ok()) return src.Warn(d, phrase.status().message());
  const Phrase& p = phrase.value();
  auto star = std::find_if(p.begin(), p.end(), [](const Elem& e) { return e.kind == Elem::kVerb; });
  if (star == p.end()) return src.Warn(d, "a pattern without '*'");
  VerbPattern vp;
  vp.lower.assign(p.begin(), star);
  vp.upper.assign(star + 1, p.end());
  vp.verb_next = star->next;
  vp.code = Trim(cl.blocks[0]);
  vp.line = src.line();
  vp.order = static_cast<int>(d->verbs[verb].patterns.size());
  d->verbs[verb].patterns.push_back(std::move(vp));
}

namespace {

int NumberAfter(std::string_view line, std::string_view key, int fallback) {
  size_t at = line.find(key);
  if (at == std::string_view::npos) return fallback;
  at += key.size();
  while (at < line.size() && (line[at] == ' ' || line[at] == '=' || line[at] == '[')) ++at;
  int v = 0;
  bool any = false;
  while (at < line.size() && std::isdigit(static_cast<unsigned char>(line[at]))) v = v * 10 + (line[at++] - '0'), any = true;
  return any ? v : fallback;
}

}  // namespace

// PETRARCH's <Config option="require_dyad" value="false">, written "REQUIRE_DYAD=FALSE": the settings
// sitrep reads (the others, such as new_actor_length, are ignored).
bool ApplyConfig(std::string_view line, Options* o) {
  size_t eq = line.find('=');
  if (eq == std::string_view::npos || line.find(':') != std::string_view::npos) return false;
  std::string_view name = line.substr(0, eq), value = line.substr(eq + 1);
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  if (name == "REQUIRE_DYAD") {
    o->require_dyad = value != "FALSE" && value != "0";
    return true;
  }
  int* field = name == "COMMA_MIN" ? &o->comma_min : name == "COMMA_MAX" ? &o->comma_max
             : name == "COMMA_EMIN" ? &o->comma_emin : name == "COMMA_EMAX" ? &o->comma_emax
             : name == "COMMA_BMIN" ? &o->comma_bmin : name == "COMMA_BMAX" ? &o->comma_bmax : nullptr;
  if (!field || value.empty() || value.size() > 4 ||
      !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  *field = std::stoi(std::string(value));
  return true;
}

void ApplyOption(std::string_view line, Options* o) {
  if (ApplyConfig(line, o)) return;
  if (line.rfind("COMPLEX:", 0) == 0) {
    o->complex_verbs = NumberAfter(line, "VERBS", 0);
    o->complex_conj = NumberAfter(line, "CONJ", 0);
    o->no_actor_prior = line.find("NOACTPRIOR") != std::string_view::npos;
  } else if (line.rfind("SET:", 0) == 0 && line.find("MINIMUM WORDS") != std::string_view::npos) {
    o->min_words = NumberAfter(line, "MINIMUM WORDS", o->min_words);
  } else if (line.rfind("FORWARD:", 0) == 0) {
    o->forward = line.find(" OFF") == std::string_view::npos;
  } else if (line.rfind("COMMA:", 0) == 0) {
    if (line.find("OFF") != std::string_view::npos) {
      o->comma_max = o->comma_emax = o->comma_bmax = 0;
      return;
    }
    o->comma_min = NumberAfter(line, " MIN", o->comma_min);
    o->comma_max = NumberAfter(line, " MAX", o->comma_max);
    o->comma_emin = NumberAfter(line, "EMIN", o->comma_emin);
    o->comma_emax = NumberAfter(line, "EMAX", o->comma_emax);
    o->comma_bmin = NumberAfter(line, "BMIN", o->comma_bmin);
    o->comma_bmax = NumberAfter(line, "BMAX", o->comma_bmax);
  }
}

void AddBuiltins(PatternDictionary* d) {
  static const std::pair<std::string_view, const char*> kWords[] = {
      {kDeterminer, "A AN THE"}, {kConjunction, "AND NOR BUT OR"}, {kPreposition, "IN OF"},
      {kPronoun, "HE HIM SHE HER IT THEM THEIR THEY"}, {kAuxiliary, "WERE WAS BEEN"},
      {kBy, "BY"}, {kFormer, "FORMER"}};
  for (const auto& [tag, list] : kWords) {
    std::string words = list;
    if (tag == kPreposition && d->dialect == Dialect::kPetrarch) words += " FROM";  // "soldiers from Gondor"
    if (tag == kAuxiliary && !d->pico.empty()) words += " IS ARE BE BEING";  // UD-PETRARCH reads any passive
    std::istringstream in(words);
    for (std::string w; in >> w;) {
      Root r;
      r.kind = RootKind::kBuiltin;
      Elem e;
      e.word = w;
      e.stem = false;
      r.phrase.push_back(e);
      r.codes.push_back(DatedCode{std::string(tag)});
      r.file = "(built in)";
      d->roots.push_back(std::move(r));
    }
  }
}

void FinishDictionary(PatternDictionary* d) {
  AddBuiltins(d);
  for (Verb& v : d->verbs) OrderPatterns(d->dialect, &v.patterns);
}

}  // namespace sitrep::patterns
