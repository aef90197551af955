// Killed and injured figures reported in a sentence (ACLED rules: the most conservative figure).
#pragma once

#include <optional>
#include <vector>

#include "text/text.h"

namespace sitrep {

struct Casualties {
  std::optional<int> killed;
  std::optional<int> injured;
  std::optional<int> arrested;
};

Casualties FindCasualties(const std::vector<Token>& tokens, const Sentence& s);
// The number of people a phrase counts: "two US troops and a civilian" -> 3; -1 if none.
int CountPeople(const std::vector<Token>& tokens, int first, int last);

}  // namespace sitrep
