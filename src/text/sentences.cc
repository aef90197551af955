#include <string_view>
#include <unordered_set>

#include "text/text.h"

namespace sitrep {
namespace {

bool IsSentenceStarter(std::string_view lower) {
  static const std::unordered_set<std::string_view> kStarters = {
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "in", "on", "at", "but", "and",
      "this", "that", "these", "those", "his", "her", "their", "its", "there", "officials",
      "meanwhile", "however", "after", "since", "earlier", "later", "last", "some", "no"};
  return kStarters.count(lower) > 0;
}

bool EndsWithPeriod(const Token& t) { return !t.text.empty() && t.text.back() == '.'; }

bool IsCloser(const Token& t) { return t.text == "\"" || t.text == "'" || t.text == ")"; }

bool OpensSentence(const Token& t) {
  return t.upper_initial || t.number || t.text == "\"" || t.text == "(" || t.text == "'";
}

// Does the sentence end after token i?
bool EndsAt(const std::vector<Token>& toks, size_t i) {
  const Token& t = toks[i];
  if (i + 1 >= toks.size()) return true;
  const Token& next = toks[i + 1];
  if (next.paragraph != t.paragraph) return true;
  if (t.punct && (t.text == "." || t.text == "!" || t.text == "?"))
    return OpensSentence(next) || IsCloser(next);
  if (!t.punct && EndsWithPeriod(t) && t.text.size() > 2) {
    // An abbreviation ends a sentence only before a typical sentence opening: "... the U.S. The".
    return (t.text.find('.') != t.text.size() - 1) && next.upper_initial && IsSentenceStarter(next.lower);
  }
  if (IsCloser(t) && i > 0 && toks[i - 1].punct && toks[i - 1].end == t.begin &&
      (toks[i - 1].text == "." || toks[i - 1].text == "!" || toks[i - 1].text == "?"))
    return OpensSentence(next) && next.text != "\"";
  return false;
}

}  // namespace

std::vector<Sentence> SplitSentences(const std::vector<Token>& tokens) {
  std::vector<Sentence> out;
  size_t first = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    bool end = EndsAt(tokens, i);
    // a closing quote or parenthesis right after the stop stays with its sentence
    if (end && i + 1 < tokens.size() && IsCloser(tokens[i + 1]) &&
        tokens[i + 1].paragraph == tokens[i].paragraph && tokens[i].punct &&
        (i + 2 >= tokens.size() || OpensSentence(tokens[i + 2]) || tokens[i + 2].paragraph != tokens[i].paragraph) &&
        tokens[i + 1].begin == tokens[i].end)
      continue;
    if (!end) continue;
    Sentence s;
    s.first = static_cast<int>(first);
    s.last = static_cast<int>(i + 1);
    s.begin = tokens[first].begin;
    s.end = tokens[i].end;
    s.paragraph = tokens[first].paragraph;
    out.push_back(s);
    first = i + 1;
  }
  return out;
}

std::string MarkDateline(std::vector<Token>* tokens) {
  auto& t = *tokens;
  size_t i = 0;
  // "PARIS", "NEW DELHI", and two places joined by a slash: "GOMA/KINSHASA", "PARIS / BAMAKO"
  while (i < t.size() && i < 7 && ((t[i].all_caps && !t[i].punct) || (i > 0 && t[i].text == "/"))) ++i;
  if (i > 0 && t[i - 1].text == "/") --i;
  if (i == 0 || i >= t.size()) return "";
  size_t name_end = i;
  // optional ", Region words" and "(Agency)" before the dash
  for (size_t k = i; k < t.size() && k < i + 12; ++k) {
    if (t[k].paragraph != 0) return "";
    if (t[k].text == "--" || t[k].text == "-") {
      std::string text;
      for (size_t j = 0; j < k; ++j) {
        t[j].dateline = true;
        if (t[j].text == "(") break;
      }
      for (size_t j = 0; j <= k; ++j) t[j].dateline = true;
      for (size_t j = 0; j < k && t[j].text != "("; ++j) {
        if (!text.empty() && t[j].text != ",") text += ' ';
        text += t[j].text;
      }
      return text;
    }
    if (k == name_end && t[k].text != "," && t[k].text != "(") return "";
  }
  return "";
}

Analysis Analyze(std::string_view body) {
  Analysis a;
  a.tokens = Tokenize(Normalize(body));
  a.dateline = MarkDateline(&a.tokens);
  a.sentences = SplitSentences(a.tokens);
  return a;
}

}  // namespace sitrep
