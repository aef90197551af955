#include "base/date.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(Date, ParsesIsoDaysAndTimestamps) {
  auto d = ParseIsoDate("2025-12-14");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year, 2025);
  EXPECT_EQ(d->month, 12);
  EXPECT_EQ(d->day, 14);
  EXPECT_TRUE(ParseIsoDate("2025-12-14T10:00:00Z"));
  EXPECT_FALSE(ParseIsoDate("2025-13-01"));
  EXPECT_FALSE(ParseIsoDate("2025-02-29"));
  EXPECT_TRUE(ParseIsoDate("2024-02-29"));
  EXPECT_FALSE(ParseIsoDate("14/12/2025"));
  EXPECT_FALSE(ParseIsoDate("2025-12-14x"));
}

TEST(Date, WeekdaysAndArithmetic) {
  EXPECT_EQ(Weekday({2025, 12, 14}), 6);  // Sunday
  EXPECT_EQ(Weekday({1970, 1, 1}), 3);    // Thursday
  EXPECT_EQ(FormatDate(AddDays({2025, 1, 1}, -1)), "2024-12-31");
  EXPECT_EQ(FormatDate(AddDays({2024, 2, 28}, 1)), "2024-02-29");
  for (long z = -1000; z < 1000; z += 37) EXPECT_EQ(DaysFromCivil(CivilFromDays(z)), z);
}

}  // namespace
}  // namespace sitrep
