// The text stage: normalization with offsets back to the original body, tokens, sentences.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

// Normalized text and, for every byte of it (and one past the end), the index of the
// original code point it came from.
struct NormalizedText {
  std::string text;
  std::vector<int> origin;
};

// NBSP and other spaces to ' ', zero-width characters dropped, curly quotes to straight,
// compatibility forms folded (NFKC per character).
NormalizedText Normalize(std::string_view body);

struct Token {
  std::string text;   // as normalized
  std::string lower;  // folded for matching (FoldForMatch)
  int begin = 0;      // code points into the original body
  int end = 0;
  int paragraph = 0;
  bool upper_initial = false;
  bool all_caps = false;
  bool punct = false;
  bool number = false;   // 12, 1,200, 3.5
  bool dateline = false; // part of a "KYIV, Ukraine (AP) -" dateline
};

struct Sentence {
  int first = 0;  // token range [first, last)
  int last = 0;
  int begin = 0;  // code points into the body
  int end = 0;
  int paragraph = 0;
};

struct Analysis {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::string dateline;  // "KYIV, Ukraine" or empty
};

std::vector<Token> Tokenize(const NormalizedText& norm);
std::vector<Sentence> SplitSentences(const std::vector<Token>& tokens);
// Marks the dateline tokens at the start of the body and returns its text.
std::string MarkDateline(std::vector<Token>* tokens);
Analysis Analyze(std::string_view body);

// The substring of the body between two code point offsets.
std::string SliceCodePoints(std::string_view body, int begin, int end);

}  // namespace sitrep
