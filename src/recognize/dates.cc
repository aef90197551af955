#include "recognize/dates.h"

#include <cctype>
#include <cstdlib>
#include <set>
#include <string_view>

namespace sitrep {
namespace {

int WeekdayIndex(std::string_view w) {
  static const char* kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (int i = 0; i < 7; ++i) if (w == kDays[i]) return i;
  return -1;
}

int MonthIndex(std::string_view w) {
  static const char* kMonths[][3] = {{"january", "jan.", "jan"}, {"february", "feb.", "feb"},
                                     {"march", "mar.", "mar"},   {"april", "apr.", "apr"},
                                     {"may", "may", "may"},      {"june", "jun.", "jun"},
                                     {"july", "jul.", "jul"},    {"august", "aug.", "aug"},
                                     {"september", "sept.", "sep."}, {"october", "oct.", "oct"},
                                     {"november", "nov.", "nov"}, {"december", "dec.", "dec"}};
  for (int i = 0; i < 12; ++i)
    for (const char* f : kMonths[i]) if (w == f) return i + 1;
  return -1;
}

int SmallNumber(const Token& t, int max) {
  std::string s = t.lower;
  for (const char* suffix : {"st", "nd", "rd", "th"}) {
    if (s.size() > 2 && s.compare(s.size() - 2, 2, suffix) == 0) s.resize(s.size() - 2);
  }
  if (s.empty() || s.size() > 4) return -1;
  for (char c : s) if (c < '0' || c > '9') return -1;
  int v = std::atoi(s.c_str());
  return v >= 1 && v <= max ? v : -1;
}

int Year(const Token& t) {
  if (t.text.size() != 4 || !t.number) return -1;
  int v = std::atoi(t.text.c_str());
  return v >= 1900 && v <= 2100 ? v : -1;
}

Date MonthStart(int y, int m) { return {y, m, 1}; }
Date MonthEnd(int y, int m) { return {y, m, DaysInMonth(y, m)}; }

TimeExpression Whole(int first, int last, Date start, Date end, const char* precision) {
  TimeExpression e;
  e.first = first;
  e.last = last;
  e.start = start;
  e.end = end;
  e.precision = precision;
  return e;
}

// Relative words: yesterday, last week, this month, ...
bool MatchRelative(const std::vector<Token>& t, int i, int limit, const Date& pub, TimeExpression* out) {
  auto lw = [&](int k) -> std::string_view { return k < limit ? std::string_view(t[k].lower) : ""; };
  if (lw(i) == "yesterday") { *out = Whole(i, i + 1, AddDays(pub, -1), AddDays(pub, -1), "day"); return true; }
  if (lw(i) == "today") { *out = Whole(i, i + 1, pub, pub, "day"); return true; }
  // "overnight": the night before the story, which is dated by the evening it began
  if (lw(i) == "overnight" && !(lw(i + 1) == "on" || lw(i + 1) == "into")) {
    *out = Whole(i, i + 1, AddDays(pub, -1), AddDays(pub, -1), "day");
    return true;
  }
  if (lw(i) == "this" && (lw(i + 1) == "morning" || lw(i + 1) == "afternoon" || lw(i + 1) == "evening")) {
    *out = Whole(i, i + 2, pub, pub, "day");
    return true;
  }
  // "two days ago", "three weeks ago"
  if (i + 2 < limit && lw(i + 2) == "ago") {
    int n = SmallNumber(t[i], 60);
    static const char* kWords[] = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    for (int k = 1; k <= 10 && n < 0; ++k) if (lw(i) == kWords[k]) n = k;
    if (lw(i) == "a") n = 1;
    if (n > 0 && (lw(i + 1) == "days" || lw(i + 1) == "day")) {
      *out = Whole(i, i + 3, AddDays(pub, -n), AddDays(pub, -n), "day");
      return true;
    }
    if (n > 0 && (lw(i + 1) == "weeks" || lw(i + 1) == "week")) {
      Date d = AddDays(pub, -7 * n);
      Date monday = AddDays(d, -Weekday(d));
      *out = Whole(i, i + 3, monday, AddDays(monday, 6), "week");
      return true;
    }
  }
  if (lw(i) == "tomorrow") {
    *out = Whole(i, i + 1, AddDays(pub, 1), AddDays(pub, 1), "day");
    out->explicit_future = true;
    return true;
  }
  bool last = lw(i) == "last" || lw(i) == "past";
  bool next = lw(i) == "next";
  bool self = lw(i) == "this" || (lw(i) == "earlier" && lw(i + 1) == "this");
  int k = lw(i) == "earlier" ? i + 2 : i + 1;
  if (!(last || next || self)) return false;
  if (lw(k) == "week") {
    Date monday = AddDays(pub, -Weekday(pub));
    if (last) *out = Whole(i, k + 1, AddDays(monday, -7), AddDays(monday, -1), "week");
    else if (next) *out = Whole(i, k + 1, AddDays(monday, 7), AddDays(monday, 13), "week");
    else *out = Whole(i, k + 1, monday, pub, "week");
    out->explicit_future = next;
    return true;
  }
  if (lw(k) == "month") {
    int y = pub.year, m = pub.month;
    if (last) { m = m == 1 ? 12 : m - 1; y = pub.month == 1 ? y - 1 : y; }
    if (next) { m = m == 12 ? 1 : m + 1; y = pub.month == 12 ? y + 1 : y; }
    *out = Whole(i, k + 1, MonthStart(y, m), self ? pub : MonthEnd(y, m), "month");
    out->explicit_future = next;
    return true;
  }
  if (lw(k) == "year") {
    int y = pub.year + (next ? 1 : last ? -1 : 0);
    *out = Whole(i, k + 1, {y, 1, 1}, self ? pub : Date{y, 12, 31}, "year");
    return true;
  }
  int month = MonthIndex(lw(k));
  if (month > 0 && (last || self)) {  // "last November"
    int y = (month >= pub.month && last) ? pub.year - 1 : pub.year;
    *out = Whole(i, k + 1, MonthStart(y, month), MonthEnd(y, month), "month");
    return true;
  }
  return false;
}

// "Nov. 12", "November 12, 2024", "12 November", "December 2024", "in 2014".
bool MatchCalendar(const std::vector<Token>& t, int i, int limit, const Date& pub, TimeExpression* out) {
  int month = t[i].upper_initial ? MonthIndex(t[i].lower) : -1;
  if (month == 5 && t[i].text != "May") month = -1;
  if (month > 0) {
    int day = i + 1 < limit ? SmallNumber(t[i + 1], 31) : -1;
    if (day > 0) {
      int end = i + 2, year = -1;
      if (end + 1 < limit && t[end].text == "," && Year(t[end + 1]) > 0) { year = Year(t[end + 1]); end += 2; }
      else if (end < limit && Year(t[end]) > 0) { year = Year(t[end]); end += 1; }
      if (year < 0) {
        year = pub.year;
        Date d{year, month, std::min(day, DaysInMonth(year, month))};
        if (DaysFromCivil(d) - DaysFromCivil(pub) > 60) --year;  // "Dec. 7" in a January story
      }
      if (end + 1 < limit && (t[end].lower == "this" || t[end].lower == "last") && t[end + 1].lower == "year") {
        year = t[end].lower == "this" ? pub.year : pub.year - 1;  // "on Nov. 12 this year"
        end += 2;
      }
      Date d{year, month, std::min(day, DaysInMonth(year, month))};
      *out = Whole(i, end, d, d, "day");
      return true;
    }
    int year = i + 1 < limit ? Year(t[i + 1]) : -1;
    bool prep = i > 0 && (t[i - 1].lower == "in" || t[i - 1].lower == "since" || t[i - 1].lower == "until" ||
                          t[i - 1].lower == "during" || t[i - 1].lower == "early" || t[i - 1].lower == "late" ||
                          t[i - 1].lower == "mid");
    if (year < 0 && !prep) return false;
    if (year < 0) year = month > pub.month ? pub.year - 1 : pub.year;
    int end_tok = i + 1 < limit && Year(t[i + 1]) > 0 ? i + 2 : i + 1;
    Date from = MonthStart(year, month), to = MonthEnd(year, month);
    // "in early March" 1-10, "mid-March" 11-20, "late March" 21-end: still month precision
    std::string_view before = i > 0 ? std::string_view(t[i - 1].lower) : "";
    if (before == "early") to = {year, month, 10};
    if (before == "mid") from = {year, month, 11}, to = {year, month, 20};
    if (before == "late") from = {year, month, 21};
    *out = Whole(i, end_tok, from, to, "month");
    return true;
  }
  if (t[i].lower.rfind("mid-", 0) == 0 && MonthIndex(t[i].lower.substr(4)) > 0) {  // "mid-February"
    int m = MonthIndex(t[i].lower.substr(4));
    int end = i + 1, year = m > pub.month ? pub.year - 1 : pub.year;
    if (end < limit && Year(t[end]) > 0) year = Year(t[end]), ++end;
    *out = Whole(i, end, {year, m, 11}, {year, m, 20}, "month");
    return true;
  }
  // "on the 3rd": this month's, or last month's when the day is still to come
  if (i > 1 && t[i - 1].lower == "the" && t[i - 2].lower == "on" && SmallNumber(t[i], 31) > 0 &&
      t[i].lower.size() > 2 && !std::isdigit(static_cast<unsigned char>(t[i].lower.back())) &&
      !(i + 1 < limit && t[i + 1].lower == "of")) {
    int d = SmallNumber(t[i], 31);
    int y = pub.year, m = pub.month;
    if (d > pub.day) { m = m == 1 ? 12 : m - 1; y = pub.month == 1 ? y - 1 : y; }
    Date date{y, m, std::min(d, DaysInMonth(y, m))};
    *out = Whole(i - 1, i + 1, date, date, "day");
    return true;
  }
  int day = SmallNumber(t[i], 31);
  if (day > 0 && i + 1 < limit && t[i + 1].upper_initial && MonthIndex(t[i + 1].lower) > 0) {
    int m = MonthIndex(t[i + 1].lower);
    int end = i + 2, year = pub.year;
    if (end < limit && Year(t[end]) > 0) { year = Year(t[end]); ++end; }
    Date d{year, m, std::min(day, DaysInMonth(year, m))};
    *out = Whole(i, end, d, d, "day");
    return true;
  }
  int year = Year(t[i]);
  if (year > 0 && i > 0 && (t[i - 1].lower == "in" || t[i - 1].lower == "since" || t[i - 1].lower == "during")) {
    *out = Whole(i - 1, i + 1, {year, 1, 1}, {year, 12, 31}, "year");
    return true;
  }
  return false;
}

}  // namespace

Date ResolveWeekday(const Date& published, int weekday, bool future) {
  int diff = weekday - Weekday(published);
  if (future) return AddDays(published, diff > 0 ? diff : diff + 7);
  return AddDays(published, diff <= 0 ? diff : diff - 7);
}

// A date that begins a name: "the May 18 Square", "6th of October City", "the 26 July Movement".
bool InName(const std::vector<Token>& t, int end, int limit) {
  static const std::set<std::string_view> kNames = {"square", "street", "avenue", "road", "bridge", "city",
      "stadium", "movement", "park", "hospital", "university", "airport", "memorial", "cemetery", "brigade",
      "group", "district", "neighbourhood", "neighborhood", "camp", "school", "boulevard", "roundabout"};
  return end < limit && t[end].upper_initial && kNames.count(t[end].lower) > 0;
}

std::vector<TimeExpression> FindTimeExpressions(const std::vector<Token>& tokens, const Sentence& s,
                                                const Date& published) {
  std::vector<TimeExpression> out;
  for (int i = s.first; i < s.last; ++i) {
    if (tokens[i].dateline) continue;
    TimeExpression e;
    int wd = tokens[i].upper_initial ? WeekdayIndex(tokens[i].lower) : -1;
    if (wd >= 0) {
      bool last = i > s.first && tokens[i - 1].lower == "last";
      bool next = i > s.first && (tokens[i - 1].lower == "next" || tokens[i - 1].lower == "coming");
      e.first = last || next ? i - 1 : i;
      e.last = i + 1;
      if (e.last < s.last && (tokens[e.last].lower == "night" || tokens[e.last].lower == "morning" ||
                              tokens[e.last].lower == "evening" || tokens[e.last].lower == "afternoon"))
        ++e.last;
      // "on Tuesday last week", "Tuesday of last week": that weekday in the week before
      bool last_week = e.last + 1 < s.last && tokens[e.last].lower == "last" && tokens[e.last + 1].lower == "week";
      if (last_week) e.last += 2, last = true;
      // "a strike for Tuesday", "protests planned for Thursday": the day something is set for is to come
      // (today included); "arrested for Tuesday's attack" is not
      bool set_for = !last && !next && !last_week && i > s.first && tokens[i - 1].lower == "for" &&
                     !(i + 1 < s.last && (tokens[i + 1].text == "'s" || tokens[i + 1].text == "’s"));
      e.weekday = last || next || set_for ? -1 : wd;
      Date monday = AddDays(published, -Weekday(published));
      e.start = e.end = next        ? ResolveWeekday(published, wd, true)
                        : set_for   ? AddDays(published, (wd - Weekday(published) + 7) % 7)
                        : last_week ? AddDays(monday, wd - 7)
                        : last      ? AddDays(ResolveWeekday(AddDays(published, -1), wd, false), 0)
                                    : ResolveWeekday(published, wd, false);
      e.explicit_future = next || set_for;
      // "between Monday and Wednesday": one span
      if (i > s.first && tokens[i - 1].lower == "between" && e.last + 1 < s.last && tokens[e.last].lower == "and") {
        int wd2 = tokens[e.last + 1].upper_initial ? WeekdayIndex(tokens[e.last + 1].lower) : -1;
        if (wd2 >= 0) {
          Date to = ResolveWeekday(published, wd2, false);
          if (DaysFromCivil(to) >= DaysFromCivil(e.start)) {
            e.end = to;
            e.last += 2;
            e.weekday = -1;
          }
        }
      }
      out.push_back(e);
      i = e.last - 1;
      continue;
    }
    if (MatchRelative(tokens, i, s.last, published, &e) || MatchCalendar(tokens, i, s.last, published, &e)) {
      if (e.first < i) e.first = i;  // "in 2014" keeps its preposition out of the span
      if (InName(tokens, e.last, s.last)) {  // "a rally at the May 18 Square"
        i = e.last - 1;
        continue;
      }
      out.push_back(e);
      i = e.last - 1;
    }
  }
  return out;
}

}  // namespace sitrep
