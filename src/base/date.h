// Civil dates: parsing, arithmetic and formatting, proleptic Gregorian.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sitrep {

struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;
};

// Accepts "YYYY-MM-DD" and a full ISO timestamp beginning with one.
std::optional<Date> ParseIsoDate(std::string_view s);
long DaysFromCivil(const Date& d);
Date CivilFromDays(long days);
Date AddDays(const Date& d, long n);
int Weekday(const Date& d);  // 0 = Monday ... 6 = Sunday
int DaysInMonth(int year, int month);
std::string FormatDate(const Date& d);
bool ValidDate(const Date& d);

}  // namespace sitrep
