// A news document as every reader produces it (../shared/spec/input.md).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace sitrep {

struct Document {
  std::string id;
  std::string date;   // publication date, YYYY-MM-DD
  std::string title;
  std::string text;   // body, UTF-8; offsets in output count code points into it
  std::string source;
  std::string url;
  std::string lang;
  // Optional: toponym spans to resolve (`sitrep geocode --spans`), code points into text.
  std::vector<std::pair<int, int>> spans;
};

}  // namespace sitrep
