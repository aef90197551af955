#include "recognize/casualties.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

#include "recognize/words.h"

namespace sitrep {
namespace {

enum class Kind { kNone, kKilled, kInjured, kArrested };

Kind CasualtyWord(std::string_view w) {
  if (w == "killed" || w == "dead" || w == "died" || w == "slain" || w == "killing" || w == "kills" ||
      w == "kill" || w == "massacred" || w == "executed" || w == "beheaded" || w == "lynched" ||
      w == "fatality" || w == "fatalities" || w == "deaths")
    return Kind::kKilled;
  if (w == "injured" || w == "wounded" || w == "hurt" || w == "injuring" || w == "wounding" ||
      w == "injuries" || w == "injures" || w == "wounds")
    return Kind::kInjured;
  if (w == "arrested" || w == "detained" || w == "arresting" || w == "detaining" || w == "rounded")
    return Kind::kArrested;
  return Kind::kNone;
}

long DigitValue(const std::string& s) {
  std::string digits;
  for (char c : s) {
    if (c == ',') continue;
    if (c < '0' || c > '9') return -1;
    digits.push_back(c);
  }
  if (digits.empty() || digits.size() > 7) return -1;
  return std::atol(digits.c_str());
}

bool IsClauseBreak(const Token& t) {
  return t.text == ";" || t.text == ":" || t.text == "\"" || t.lower == "said" || t.lower == "that" ||
         t.lower == "which" || t.lower == "who";
}

void Store(std::optional<int>* slot, int n) {
  if (n < 0) return;
  *slot = slot->has_value() ? std::max(**slot, n) : n;
}

// The words after a number that make it a count of something other than people.
bool NotPeople(const std::vector<Token>& t, int k) {
  static const std::set<std::string> kThings = {"times", "rounds", "shots", "bullets", "hours", "days", "heads",
      "head", "cattle", "cows", "goats", "sheep", "camels", "livestock", "animals", "donkeys", "vehicles",
      "houses", "homes", "km", "kilometres", "kilometers", "miles", "metres", "meters", "years", "minutes"};
  for (int j = k; j < static_cast<int>(t.size()) && j < k + 4; ++j) {
    if (kThings.count(t[j].lower)) return true;
    if (t[j].punct || (t[j].lower != "of" && t[j].lower != "their" && t[j].lower != "the" && t[j].lower != "more" &&
                       t[j].lower != "other"))
      return false;
  }
  return false;
}

}  // namespace

int CountPeople(const std::vector<Token>& t, int first, int last) {
  int total = -1;
  for (int i = first; i < last; ++i) {
    const std::string& w = t[i].lower;
    if (w == "including" || w == "among" || w == "of" || w == "them") break;  // sub-counts
    // "battalion 101", "No. 7 ward": a number in a name
    if (i > first && (t[i - 1].lower == "battalion" || t[i - 1].lower == "brigade" || t[i - 1].lower == "division" ||
                      t[i - 1].lower == "regiment" || t[i - 1].lower == "no." || t[i - 1].lower == "unit"))
      continue;
    // "shot two times", "25 heads of cattle", "a dozen of their livestock": no people
    if (i + 1 < static_cast<int>(t.size()) && NotPeople(t, i + 1)) continue;
    // "On 3 March 2022": a day or a year of a date counts nobody
    static const std::set<std::string> kMonths = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."};
    if (t[i].number && ((i + 1 < static_cast<int>(t.size()) && kMonths.count(t[i + 1].lower)) ||
                        (i > 0 && kMonths.count(t[i - 1].lower))))
      continue;
    long v = t[i].number ? DigitValue(t[i].text) : -1;
    if (v < 0) {
      int nw = NumberWord(w);
      if (nw < 0) continue;
      if ((w == "a" || w == "an" || w == "no") ) {
        bool person = false;
        for (int k = i + 1; k < last && k < i + 4; ++k) person |= IsPersonNoun(t[k].lower);
        if (!person) continue;
      }
      v = nw;
      if ((w == "a" || w == "an") && i + 1 < last && (t[i + 1].lower == "dozen" || t[i + 1].lower == "couple" ||
                                                      t[i + 1].lower == "score")) {
        v = NumberWord(t[i + 1].lower);  // "a dozen soldiers": 12, not 1 + 12
        ++i;
      } else if (i + 1 < last && (t[i + 1].lower == "hundred" || t[i + 1].lower == "thousand")) {
        v *= t[i + 1].lower == "hundred" ? 100 : 1000;
        ++i;
      }
    } else if (i + 1 < last && (t[i + 1].lower == "million" || t[i + 1].lower == "thousand")) {
      continue;  // not a head count of casualties
    }
    if (t[i].number && i + 1 < last && (t[i + 1].text == "%" || t[i + 1].lower == "percent")) continue;
    total = (total < 0 ? 0 : total) + static_cast<int>(v);
    // "at least 12 people and as many as 20", "between 10 and 15", "two or three": the lower figure only
    bool range_word = i + 2 < last && (t[i + 1].lower == "to" || t[i + 1].lower == "or" || t[i + 1].text == "-" ||
                                       (t[i + 1].lower == "and" && i > first && t[i - 1].lower == "between"));
    if (range_word && (t[i + 2].number || NumberWord(t[i + 2].lower) > 1)) i += 2;
  }
  return total;
}

Casualties FindCasualties(const std::vector<Token>& t, const Sentence& s) {
  Casualties out;
  for (int i = s.first; i < s.last; ++i) {
    // "the death toll rose to 32", "a toll of 15": the figure after the toll
    if (t[i].lower == "toll" && i > s.first && (t[i - 1].lower == "death" || t[i - 1].lower == "casualty")) {
      for (int k = i + 1; k + 1 < s.last && k < i + 12; ++k)
        if ((t[k].lower == "to" || t[k].lower == "at" || t[k].lower == "of" || t[k].lower == "reached") &&
            (t[k + 1].number || NumberWord(t[k + 1].lower) > 1)) {
          int n = CountPeople(t, k + 1, std::min(s.last, k + 4));
          if (n >= 0) out.killed = std::max(out.killed.value_or(0), n);
          break;
        }
      continue;
    }
    // "unclear fatalities coded as 10", "deaths estimated at 40", "fatalities put at 3": the figure after
    if ((t[i].lower == "fatalities" || t[i].lower == "deaths") && i + 3 < s.last) {
      int k = i + 1;
      if (t[k].lower == "were" || t[k].lower == "are") ++k;
      static const std::set<std::string> kStated = {"coded", "estimated", "put", "recorded", "reported", "given"};
      if (k + 2 < s.last && kStated.count(t[k].lower) &&
          (t[k + 1].lower == "as" || t[k + 1].lower == "at" || t[k + 1].lower == "to") &&
          (t[k + 2].number || NumberWord(t[k + 2].lower) >= 0)) {
        int n = CountPeople(t, k + 2, std::min(s.last, k + 3));
        if (n >= 0) {
          out.killed = std::max(out.killed.value_or(0), n);
          i = k + 2;
          continue;
        }
      }
    }
    // "a girl's body was found", "four bodies were discovered", "the bodies of three men were found":
    // the dead whose bodies were found
    if ((t[i].lower == "body" || t[i].lower == "bodies") && i > s.first) {
      static const std::set<std::string> kFound = {"found", "discovered", "recovered", "dumped", "retrieved"};
      bool found = false;
      for (int k = std::max(s.first, i - 3); k < std::min(s.last, i + 6) && !found; ++k) found = kFound.count(t[k].lower) > 0;
      if (found) {
        int n = -1;
        if (t[i].lower == "body") {
          const std::string& d = t[i - 1].lower;
          if (d == "a" || d == "the" || d == "'s" || d == "his" || d == "her" || d == "whose" || d == "one") n = 1;
        } else {
          n = CountPeople(t, i - 1, i);  // "four bodies"
          if (n < 0 && i + 2 < s.last && t[i + 1].lower == "of") n = CountPeople(t, i + 2, std::min(s.last, i + 5));
        }
        if (n > 0) out.killed = std::max(out.killed.value_or(0), n);
      }
      continue;
    }
    // "no casualties were reported": nobody killed or hurt
    if ((t[i].lower == "casualties" || t[i].lower == "injuries") && i > s.first && t[i - 1].lower == "no") {
      if (!out.killed && t[i].lower == "casualties") out.killed = 0;
      if (!out.injured) out.injured = 0;
      continue;
    }
    Kind kind = CasualtyWord(t[i].lower);
    // "residents beat to death a suspected thief", "a man was stoned to death": killed
    static const std::set<std::string> kToDeath = {"beat", "beaten", "beating", "stoned", "hacked", "burnt", "burned",
                                                   "clubbed", "stabbed", "lynched", "tortured", "starved", "shot"};
    bool to_death = t[i].lower == "death" && i >= s.first + 2 && t[i - 1].lower == "to" && kToDeath.count(t[i - 2].lower);
    if (to_death) kind = Kind::kKilled;
    if (kind == Kind::kNone) continue;
    std::optional<int>* slot = kind == Kind::kKilled ? &out.killed : kind == Kind::kInjured ? &out.injured : &out.arrested;
    bool passive_or_adj = i > s.first && (IsBeForm(t[i - 1].lower) || t[i - 1].lower == "were" ||
                                          (i > s.first + 1 && IsBeForm(t[i - 2].lower)));
    if (to_death) passive_or_adj = i >= s.first + 3 && (IsBeForm(t[i - 3].lower) || t[i - 3].lower == "were");
    // "a man was shot and killed": the second of two joined participles is passive too
    int be = -1;
    if (!passive_or_adj && i > s.first + 2 && t[i - 1].lower == "and" && IsBeForm(t[i - 3].lower) &&
        t[i - 2].lower.size() > 2 && !t[i - 2].punct)
      passive_or_adj = true, be = i - 3;
    // "N people were killed" / "N dead" / "N killed": the phrase before
    int from = i - 1;
    if (to_death) be = passive_or_adj ? i - 3 : -1, from = passive_or_adj ? i - 4 : i - 3;
    else if (passive_or_adj) from = be >= 0 ? be - 1 : IsBeForm(t[i - 1].lower) ? i - 2 : i - 3;
    if (be < 0 && passive_or_adj) be = IsBeForm(t[i - 1].lower) ? i - 1 : i - 2;
    if (from > s.first && t[from].text == ",") {  // "12 people, including four children, were killed"
      int k = from - 1;
      while (k > s.first && from - k < 10 && t[k].text != ",") --k;
      if (t[k].text == ",") from = k - 1;
    }
    if (from < s.first) from = s.first - 1;  // nothing before the word
    int start = std::max(from, s.first);
    while (from >= s.first && start > s.first && !t[start].punct && !IsClauseBreak(t[start]) && from - start < 12 &&
           !(t[start].lower == "and" && start + 1 <= from && CasualtyWord(t[start - 1].lower) != Kind::kNone))
      --start;
    if (from >= s.first && (t[start].punct || IsClauseBreak(t[start]))) ++start;
    int before = from >= s.first ? CountPeople(t, start, from + 1) : -1;
    // "a drug trafficker was shot and killed", "the vice mayor was killed": one person
    if (before < 0 && passive_or_adj && be >= s.first && (t[be].lower == "was" || t[be].lower == "is") &&
        start <= from && (t[start].lower == "a" || t[start].lower == "an" || t[start].lower == "the"))
      before = 1;
    // "killed three soldiers" / "killing at least 12" / "shot dead a teacher": the phrase after
    int after = -1;
    bool shot_dead = to_death || (t[i].lower == "dead" && i > s.first &&
                     (t[i - 1].lower == "shot" || t[i - 1].lower == "gunned" || t[i - 1].lower == "stabbed" ||
                      t[i - 1].lower == "beaten" || t[i - 1].lower == "hacked" || t[i - 1].lower == "shooting"));
    // ("three people were shot dead" stays passive: the count is before)
    if (shot_dead && !to_death && !(i >= s.first + 2 && (IsBeForm(t[i - 2].lower) || t[i - 2].lower == "were")))
      passive_or_adj = false;
    if (!passive_or_adj && (shot_dead || t[i].lower == "killed" || t[i].lower == "killing" || t[i].lower == "kill" ||
                            t[i].lower == "kills" || t[i].lower == "wounding" || t[i].lower == "injuring" ||
                            t[i].lower == "wounded" || t[i].lower == "injured" || t[i].lower == "arrested" ||
                            t[i].lower == "arresting" || t[i].lower == "detained")) {
      int end = i + 1;
      while (end < s.last && !t[end].punct && !IsClauseBreak(t[end]) && end - i < 8 &&
             t[end].lower != "and" && t[end].lower != "in" && t[end].lower != "on")
        ++end;
      // "killed by two armed men": the phrase after "by" names who killed, not whom
      after = i + 1 < s.last && t[i + 1].lower == "by" ? -1 : CountPeople(t, i + 1, end);
      // "killed a university professor": one person
      static const std::set<std::string> kMany = {"number", "dozen", "couple", "score", "handful", "lot",
                                                  "group", "family", "total", "crowd", "few"};
      if (after < 0 && i + 2 < end && (t[i + 1].lower == "a" || t[i + 1].lower == "an") && !kMany.count(t[i + 2].lower) &&
          t[i].lower != "kill" && kind == Kind::kKilled)
        after = 1;
      // "killed the village administrator": one person named by a singular noun
      static const std::set<std::string> kGroupNouns = {"people", "police", "staff", "personnel", "crew", "children",
                                                        "family", "couple", "group", "militia", "youth"};
      if (after < 0 && i + 2 < end && t[i + 1].lower == "the" && t[i].lower != "kill" && kind == Kind::kKilled) {
        const std::string& head = t[end - 1].lower;
        if (!t[end - 1].punct && head.back() != 's' && !kGroupNouns.count(head) && !kMany.count(head)) after = 1;
      }
    }
    bool none = from >= s.first && start <= from && (t[start].lower == "no" || t[start].lower == "none" || t[start].lower == "nobody");
    if (none) Store(slot, 0);
    else if (before >= 0 && (passive_or_adj || (t[i].lower == "dead" && !shot_dead) || after < 0)) Store(slot, before);
    else if (after >= 0) Store(slot, after);
  }
  return out;
}

}  // namespace sitrep
