#include <utf8proc.h>

#include <string_view>
#include <unordered_set>

#include "base/utf8.h"
#include "text/text.h"

namespace sitrep {
namespace {

// Words that keep their period: titles, months, and the like.
bool IsAbbreviation(std::string_view lower) {
  static const std::unordered_set<std::string_view> kAbbrev = {
      "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt",
      "adm", "cmdr", "brig", "st", "no", "nos", "jr", "sr", "gov", "sen", "rep", "reps", "prof",
      "rev", "hon", "pres", "supt", "insp", "fr", "mt", "ft", "jan", "feb", "mar", "apr", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "bros", "vs",
      "etc", "approx", "dept", "est", "fig", "mln", "bn", "govt", "atty", "u.s", "u.n", "u.k",
      "e.g", "i.e", "a.m", "p.m", "d.c", "u.s.a", "e.u"};
  return kAbbrev.count(lower) > 0;
}

struct Cursor {
  std::string_view s;
  size_t pos = 0;
  char32_t Peek(size_t ahead = 0) const {
    size_t p = pos;
    char32_t c = 0;
    for (size_t i = 0; i <= ahead; ++i) {
      if (p >= s.size()) return 0;
      c = DecodeUtf8(s, &p);
    }
    return c;
  }
  void Next() { DecodeUtf8(s, &pos); }
};

bool IsWordChar(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO);
}
bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsLetter(char32_t c) { return IsWordChar(c) && !IsDigit(c); }

// Consumes a word with its internal joiners: al-Shaibani, 1,200, 3.5, U.S., O'Brien.
void ScanWord(Cursor* cur) {
  char32_t prev = 0;
  while (true) {
    char32_t c = cur->Peek();
    if (IsWordChar(c)) {
      prev = c;
      cur->Next();
      continue;
    }
    char32_t n = cur->Peek(1);
    bool join = false;
    if (c == '-' && IsWordChar(prev) && IsWordChar(n)) join = true;
    if ((c == '.' || c == ',') && IsDigit(prev) && IsDigit(n)) join = true;
    if (c == '\'' && IsLetter(prev) && IsLetter(n)) {
      // "Hezbollah's" splits; "O'Brien", "Sha'ir" stay whole.
      char32_t after = cur->Peek(2);
      join = !((n == 's' || n == 'S') && !IsWordChar(after));
    }
    if (!join) return;
    cur->Next();
    prev = c;
  }
}

// After a word: does a following '.' belong to it (abbreviation, initial, dotted acronym)?
bool TakesPeriod(std::string_view word, const Cursor& cur) {
  if (cur.Peek() != '.') return false;
  std::string lower = FoldForMatch(word);
  if (IsAbbreviation(lower)) return true;
  if (word.size() == 1 && IsAsciiUpper(word[0])) return true;  // initials, U. in U.S.
  if (word.size() >= 2 && word[word.size() - 2] == '.') return true;  // U.S -> U.S.
  return false;
}

void FinishToken(Token* t) {
  t->lower = FoldForMatch(t->text);
  unsigned char c0 = static_cast<unsigned char>(t->text[0]);
  t->upper_initial = IsAsciiUpper(t->text[0]) || (c0 >= 0xC0 && t->lower != t->text && t->lower[0] != t->text[0]);
  bool letters = false, caps = true;
  for (char c : t->text) {
    if ((c >= 'a' && c <= 'z')) caps = false;
    if ((c >= 'a' && c <= 'z') || IsAsciiUpper(c)) letters = true;
  }
  t->all_caps = letters && caps;
  t->number = IsAsciiDigit(t->text[0]);
  t->punct = !IsWordChar(static_cast<unsigned char>(t->text[0])) && c0 < 0x80 && t->text != "'s";
}

}  // namespace

std::vector<Token> Tokenize(const NormalizedText& norm) {
  std::vector<Token> tokens;
  Cursor cur{norm.text};
  int paragraph = 0;
  int newlines = 0;
  while (cur.pos < norm.text.size()) {
    char32_t c = cur.Peek();
    if (c == ' ' || c == '\n') {
      newlines += c == '\n';
      cur.Next();
      continue;
    }
    if (newlines >= 2 && !tokens.empty()) ++paragraph;
    newlines = 0;
    size_t start = cur.pos;
    if (IsWordChar(c)) {
      ScanWord(&cur);
      if (TakesPeriod(std::string_view(norm.text).substr(start, cur.pos - start), cur)) {
        cur.Next();
        // continue a dotted acronym: U.S. / U.N.
        while (IsLetter(cur.Peek()) && cur.Peek(1) == '.') { cur.Next(); cur.Next(); }
      }
    } else if (c == '\'' && (cur.Peek(1) == 's' || cur.Peek(1) == 'S') && !IsWordChar(cur.Peek(2)) && !tokens.empty() && !tokens.back().punct) {
      cur.Next();
      cur.Next();
    } else if (c == '-' && cur.Peek(1) == '-') {
      cur.Next();
      cur.Next();
    } else if (c == '.' && cur.Peek(1) == '.' && cur.Peek(2) == '.') {
      cur.Next(); cur.Next(); cur.Next();
    } else {
      cur.Next();
    }
    Token t;
    t.text = norm.text.substr(start, cur.pos - start);
    t.begin = norm.origin[start];
    t.end = norm.origin[cur.pos - 1] + 1;
    t.paragraph = paragraph;
    FinishToken(&t);
    tokens.push_back(std::move(t));
  }
  return tokens;
}

}  // namespace sitrep
