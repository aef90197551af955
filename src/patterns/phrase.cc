// The phrase and code spelling shared by the TABARI and PETRARCH dictionary files.
#include <algorithm>
#include <cctype>

#include "patterns/dictionary.h"
#include "patterns/reader_util.h"

namespace sitrep::patterns {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool IsConnector(char c) { return c == '_' || c == '-'; }
bool EndsWord(char c) { return IsSpace(c) || IsConnector(c) || c == '{' || c == '}' || c == '|'; }

class PhraseParser {
 public:
  PhraseParser(std::string_view text, Dialect dialect) : s_(text), dialect_(dialect) {}

  Result<Phrase> Sequence() {
    Phrase out;
    while (true) {
      while (pos_ < s_.size() && IsSpace(s_[pos_])) ++pos_;
      if (pos_ >= s_.size() || s_[pos_] == '|' || s_[pos_] == '}') break;
      Elem e;
      if (s_[pos_] == '{') {
        auto alts = Alternatives();
        if (!alts.ok()) return alts.status();
        e.kind = Elem::kAlt;
        e.alts = std::move(alts).value();
      } else {
        Word(&e);
        if (e.kind == Elem::kWord && e.word.empty()) return Status::Error("empty word in '" + std::string(s_) + "'");
      }
      Connector(&e);
      out.push_back(std::move(e));
    }
    return out;
  }

  bool done() const { return pos_ >= s_.size(); }

 private:
  Result<std::vector<Phrase>> Alternatives() {
    ++pos_;  // '{'
    std::vector<Phrase> alts;
    while (true) {
      auto seq = Sequence();
      if (!seq.ok()) return seq.status();
      if (seq.value().empty()) return Status::Error("an empty alternative in '" + std::string(s_) + "'");
      alts.push_back(std::move(seq).value());
      if (pos_ >= s_.size()) return Status::Error("'{' without '}' in '" + std::string(s_) + "'");
      if (s_[pos_++] == '}') return alts;
    }
  }

  void Word(Elem* e) {
    size_t start = pos_;
    while (pos_ < s_.size() && !EndsWord(s_[pos_])) ++pos_;
    std::string w(s_.substr(start, pos_ - start));
    for (char& c : w) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    e->stem = dialect_ == Dialect::kTabari;
    if (w == "*") e->kind = Elem::kVerb;
    else if (w == "$") e->kind = Elem::kSource;
    else if (w == "+") e->kind = Elem::kTarget;
    else if (w == "%") e->kind = Elem::kCompound;
    else if (w == "^") e->kind = Elem::kSkipActor;
    else if (w.size() > 1 && w[0] == '&') e->kind = Elem::kSynset, w.erase(0, 1);
    if (!w.empty() && w.back() == '~') {  // a stem joined to the next word
      w.pop_back();
      e->stem = true;
      stem_marked_ = true;
    } else {
      stem_marked_ = false;
    }
    if (!w.empty() && w.back() == '=') {  // exact, no endings
      w.pop_back();
      e->stem = false;
    }
    e->word = std::move(w);
  }

  // '_' (or '-') after an element: the element is exact; with a word after it, that word
  // must come next.
  void Connector(Elem* e) {
    if (pos_ >= s_.size() || !IsConnector(s_[pos_])) return;
    ++pos_;
    if (!stem_marked_ && e->kind == Elem::kWord) e->stem = false;
    if (pos_ < s_.size() && !IsSpace(s_[pos_]) && s_[pos_] != '|' && s_[pos_] != '}') e->next = true;
    else if (e->kind == Elem::kWord) e->endings = true;  // a final '_': exact, with regular endings
  }

  std::string_view s_;
  Dialect dialect_;
  size_t pos_ = 0;
  bool stem_marked_ = false;
};

int CountPlain(const Phrase& p) {
  int n = 0;
  for (const Elem& e : p) n += (e.kind == Elem::kSynset || e.kind == Elem::kAlt) ? 0 : 1;
  return n;
}

int MaxAlt(const Phrase& p) {
  int best = 0;
  for (const Elem& e : p)
    for (const Phrase& a : e.alts) best = std::max<int>(best, static_cast<int>(a.size()));
  return best;
}


}  // namespace

Result<Phrase> ParsePhrase(std::string_view text, Dialect dialect, bool last_endings) {
  PhraseParser p(text, dialect);
  auto seq = p.Sequence();
  if (!seq.ok()) return seq.status();
  if (!p.done()) return Status::Error("unbalanced '|' or '}' in '" + std::string(text) + "'");
  Phrase out = std::move(seq).value();
  if (out.empty()) return Status::Error("an empty phrase");
  // TABARI: a final '_' on a root's last word allows the regular endings of its kind.
  // PETRARCH: a root's last word takes them (plurals, verb forms) unless it ends in '_'.
  for (size_t i = 0; i < out.size(); ++i) {
    Elem& e = out[i];
    if (e.kind != Elem::kWord) continue;
    bool last = i + 1 == out.size() && last_endings;
    if (dialect == Dialect::kPetrarch) e.endings = last && !e.endings;
    else if (!last) e.endings = false;
  }
  return out;
}

int32_t ParseDictDate(std::string_view s) {
  if (s.size() != 6 && s.size() != 8) return -1;
  if (!std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) return -1;
  int32_t v = std::stoi(std::string(s));
  if (s.size() == 6) {
    int yy = v / 10000;
    v += (yy <= 30 ? 20000000 : 19000000);
  }
  int month = v / 100 % 100, day = v % 100;
  if (month < 1 || month > 12 || day < 1 || day > 31) return -1;
  return v;
}

Result<DatedCode> ParseCodeBlock(std::string_view inside) {
  std::string s = Trim(inside);
  DatedCode out;
  if (s == "- - -") {  // a TIME phrase with no shift
    out.code = "---";
    return out;
  }
  size_t sp = s.find_first_of(" \t<>");
  out.code = Trim(s.substr(0, sp));
  std::string rest = sp == std::string::npos ? "" : Trim(s.substr(sp));
  rest.erase(std::remove_if(rest.begin(), rest.end(), [](char c) { return IsSpace(c); }), rest.end());
  if (out.code.empty()) return Status::Error("a code block without a code: [" + s + "]");
  if (ParseDictDate(out.code) > 0 || (out.code.size() == 13 && out.code[6] == '-'))
    return Status::Error("a code block with a date but no code: [" + s + "]");
  if (rest.empty()) return out;
  out.dated = true;
  if (rest[0] == '<' || rest[0] == '>') {
    int32_t d = ParseDictDate(rest.substr(1));
    if (d < 0) return Status::Error("bad date in [" + s + "]");
    if (rest[0] == '<') out.to = d - 1;
    else out.from = d + 1;
    return out;
  }
  size_t dash = rest.find('-');
  int32_t a = dash == std::string::npos ? -1 : ParseDictDate(rest.substr(0, dash));
  int32_t b = dash == std::string::npos ? -1 : ParseDictDate(rest.substr(dash + 1));
  if (a < 0 || b < 0) return Status::Error("bad date range in [" + s + "]");
  out.from = a;
  out.to = b;
  return out;
}

CodedLine SplitCodes(std::string_view line) {
  CodedLine out;
  size_t open = line.find('[');
  out.head = Trim(line.substr(0, open));
  while (open != std::string_view::npos) {
    size_t close = line.find(']', open);
    if (close == std::string_view::npos) break;
    out.blocks.emplace_back(line.substr(open + 1, close - open - 1));
    open = line.find('[', close);
  }
  return out;
}

void OrderPatterns(Dialect dialect, std::vector<VerbPattern>* patterns) {
  for (VerbPattern& p : *patterns) {
    p.length = CountPlain(p.lower) + CountPlain(p.upper) + 1;
    p.maxalt = std::max(MaxAlt(p.lower), MaxAlt(p.upper));
  }
  if (dialect == Dialect::kPetrarch) return;
  std::stable_sort(patterns->begin(), patterns->end(), [](const VerbPattern& a, const VerbPattern& b) {
    if (a.length != b.length) return a.length > b.length;
    return a.maxalt > b.maxalt;
  });
}

}  // namespace sitrep::patterns
