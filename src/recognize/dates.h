// Time expressions in a sentence, resolved against the publication date.
#pragma once

#include <string>
#include <vector>

#include "base/date.h"
#include "text/text.h"

namespace sitrep {

struct TimeExpression {
  int first = 0;  // tokens [first, last)
  int last = 0;
  Date start, end;
  std::string precision = "day";  // day, week, month, year
  int weekday = -1;               // a bare weekday, resolved by tense at attach time
  bool explicit_future = false;   // "next Monday", "tomorrow"
};

std::vector<TimeExpression> FindTimeExpressions(const std::vector<Token>& tokens, const Sentence& s,
                                                const Date& published);
// A weekday on or before the publication date, or after it for future events.
Date ResolveWeekday(const Date& published, int weekday, bool future);

}  // namespace sitrep
