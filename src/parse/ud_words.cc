// Contractions split for the parser and the parse read back onto tokens.
#include "parse/ud_words.h"

#include <cctype>

namespace sitrep {
namespace {

std::string Lower(const std::string& s) {
  std::string out = s;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool EndsWith(const std::string& s, const char* suffix) {
  std::string x(suffix);
  return s.size() > x.size() && s.compare(s.size() - x.size(), x.size(), x) == 0;
}

// Where the clitic starts in the token, or npos.
size_t CliticAt(const std::string& token) {
  std::string l = Lower(token);
  for (char& c : l) if (c == '`' || static_cast<unsigned char>(c) == 0x92) c = '\'';
  if (EndsWith(l, "n't")) return l.size() - 3;  // "didn't", "can't" (-> "ca n't"), "won't" (-> "wo n't")
  for (const char* c : {"'re", "'ve", "'ll", "'m", "'d"})
    if (EndsWith(l, c)) return l.size() - std::string(c).size();
  return std::string::npos;
}

}  // namespace

UdWords SplitContractions(const std::vector<std::string>& tokens) {
  UdWords out;
  for (size_t t = 0; t < tokens.size(); ++t) {
    out.first_word.push_back(static_cast<int>(out.words.size()));
    size_t at = CliticAt(tokens[t]);
    if (at != std::string::npos && at > 0) {
      out.words.push_back(ConlluWord{tokens[t].substr(0, at)});
      out.token.push_back(static_cast<int>(t));
      out.words.push_back(ConlluWord{tokens[t].substr(at)});
      out.token.push_back(static_cast<int>(t));
    } else {
      out.words.push_back(ConlluWord{tokens[t]});
      out.token.push_back(static_cast<int>(t));
    }
  }
  return out;
}

std::vector<ConlluWord> WordsToTokens(const UdWords& split, const std::vector<std::string>& tokens) {
  std::vector<ConlluWord> out(tokens.size());
  for (size_t t = 0; t < tokens.size(); ++t) {
    int first = split.first_word[t];
    int last = t + 1 < tokens.size() ? split.first_word[t + 1] : static_cast<int>(split.words.size());
    int rep = first;  // the word whose head lies outside the token
    for (int w = first; w < last; ++w) {
      int h = split.words[w].head;  // 1-based, 0 root
      if (h == 0 || h - 1 < first || h - 1 >= last) { rep = w; break; }
    }
    ConlluWord x = split.words[rep];
    x.form = tokens[t];
    int h = x.head;
    x.head = h <= 0 ? h : split.token[h - 1] + 1;
    if (x.head == static_cast<int>(t) + 1) x.head = 0;  // cannot head itself
    out[t] = x;
  }
  return out;
}

std::vector<std::pair<int, std::string>> MultiwordLines(const UdWords& split, const std::vector<std::string>& tokens) {
  std::vector<std::pair<int, std::string>> out;
  for (size_t t = 0; t < tokens.size(); ++t) {
    int first = split.first_word[t];
    int last = t + 1 < tokens.size() ? split.first_word[t + 1] : static_cast<int>(split.words.size());
    if (last - first < 2) continue;
    out.push_back({first, std::to_string(first + 1) + "-" + std::to_string(last) + "\t" + tokens[t] + "\t_\t_\t_\t_\t_\t_\t_\t_"});
  }
  return out;
}

}  // namespace sitrep
