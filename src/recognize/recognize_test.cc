#include <gtest/gtest.h>

#include "../../tests/support/test_env.h"
#include "recognize/actors.h"
#include "recognize/casualties.h"
#include "recognize/dates.h"

namespace sitrep {
namespace {

std::vector<ActorMention> ActorsOf(const Analysis& a, int sentence, DocumentMemory* memory) {
  ActorRecognizer rec(testing::FullLexicon());
  return rec.Recognize(a, a.sentences[sentence], memory);
}

TEST(Actors, TitlesTeachNamesToTheDocument) {
  Analysis a = Analyze("Syrian Foreign Minister Asaad al-Shaibani spoke. Later, Shaibani left.");
  DocumentMemory memory;
  auto first = ActorsOf(a, 0, &memory);
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].actor.country, "SYR");
  EXPECT_EQ(first[0].actor.sector, "GOV");
  EXPECT_EQ(first[0].actor.name, "Asaad al-Shaibani");
  auto second = ActorsOf(a, 1, &memory);
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].actor.country, "SYR");
  EXPECT_EQ(second[0].actor.name, "Asaad al-Shaibani");
}

TEST(Actors, GroupsAgentsAndPossessives) {
  Analysis a = Analyze("An ISIS gunman, two US troops and Syria's Foreign Ministry.");
  DocumentMemory memory;
  auto m = ActorsOf(a, 0, &memory);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0].actor.group, "Islamic State");
  EXPECT_EQ(m[1].actor.country, "USA");
  EXPECT_EQ(m[1].actor.sector, "MIL");
  EXPECT_EQ(m[2].actor.country, "SYR");
  EXPECT_EQ(m[2].actor.sector, "GOV");
}

// Words that look like an actor but are not one: a region's people, "official" as an adjective, a
// country's name before "City".
TEST(Actors, LookalikesAreNotActors) {
  Analysis a = Analyze(
      "Latin American countries boycotted all official contact with the mayor of Benin City. Americans left.");
  DocumentMemory memory;
  for (const ActorMention& m : ActorsOf(a, 0, &memory)) {
    EXPECT_NE(m.actor.country, "USA");
    EXPECT_NE(m.actor.country, "BEN");
  }
  auto second = ActorsOf(a, 1, &memory);
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].actor.country, "USA");
}

TEST(Actors, CapitalsAreActorsUnlessTheyArePlaces) {
  Analysis a = Analyze("Damascus thanked Washington for talks in Damascus.");
  DocumentMemory memory;
  auto m = ActorsOf(a, 0, &memory);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_FALSE(m[0].place);
  EXPECT_EQ(m[0].actor.code, "SYRGOV");
  EXPECT_FALSE(m[1].place);
  EXPECT_EQ(m[1].actor.country, "USA");
  EXPECT_TRUE(m[2].place);
}

// A person of persons.txt is coded by the role held on the story's date.
TEST(Actors, PersonsTakeTheRoleOfTheStorysDate) {
  auto lex = testing::LexiconFromText("persons.txt",
      "Ahmed al-Sharaa | al-Sharaa; al-Jolani | SYR GOV 2025-01-29 - ; group=Hayat Tahrir al-Sham INS 2017-01-28 - 2025-01-28\n"
      "Marco Rubio | Rubio | USA GOV 2025-01-21 - ; USA LEG 2011-01-03 - 2025-01-20\n");
  ActorRecognizer rec(*lex);
  Analysis a = Analyze("Rubio met al-Sharaa.");
  DocumentMemory in_2025;
  in_2025.day = static_cast<int32_t>(DaysFromCivil(Date{2025, 3, 10}));
  auto now = rec.Recognize(a, a.sentences[0], &in_2025);
  ASSERT_EQ(now.size(), 2u);
  EXPECT_EQ(now[0].actor.code, "USAGOV");
  EXPECT_EQ(now[1].actor.country, "SYR");
  EXPECT_EQ(now[1].actor.sector, "GOV");
  EXPECT_EQ(now[1].actor.name, "Ahmed al-Sharaa");
  DocumentMemory in_2020;
  in_2020.day = static_cast<int32_t>(DaysFromCivil(Date{2020, 3, 10}));
  auto then = rec.Recognize(a, a.sentences[0], &in_2020);
  ASSERT_EQ(then.size(), 2u);
  EXPECT_EQ(then[0].actor.sector, "LEG");
  EXPECT_EQ(then[1].actor.group, "Hayat Tahrir al-Sham");
  EXPECT_EQ(then[1].actor.sector, "INS");
}

TEST(Actors, PersonLinesAreChecked) {
  DictionarySet set;
  EXPECT_FALSE(ParseDictionaryFile("X | | USA GOV 2025-13-01 -\n", "persons.txt", &set).ok());
  EXPECT_FALSE(ParseDictionaryFile("X | | USA XYZ 2025-01-01 -\n", "persons.txt", &set).ok());
  EXPECT_FALSE(ParseDictionaryFile("X | | USA GOV 2025-01-01 - 2024-01-01\n", "persons.txt", &set).ok());
  EXPECT_FALSE(ParseDictionaryFile("X | only two fields\n", "persons.txt", &set).ok());
  EXPECT_TRUE(ParseDictionaryFile("X | Y | USA GOV 2025-01-01 - \n", "persons.txt", &set).ok());
}

TEST(Dates, WeekdaysResolveAgainstPublication) {
  Date pub{2025, 12, 14};  // a Sunday
  EXPECT_EQ(FormatDate(ResolveWeekday(pub, 5, false)), "2025-12-13");
  EXPECT_EQ(FormatDate(ResolveWeekday(pub, 6, false)), "2025-12-14");
  EXPECT_EQ(FormatDate(ResolveWeekday(pub, 3, true)), "2025-12-18");
}

std::vector<TimeExpression> TimesOf(const std::string& text, Date pub) {
  Analysis a = Analyze(text);
  return FindTimeExpressions(a.tokens, a.sentences[0], pub);
}

TEST(Dates, CalendarAndRelativeExpressions) {
  Date pub{2025, 12, 14};
  auto t = TimesOf("Syria joined on Nov. 12 this year, after a vote in December 2024 and last week.", pub);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(FormatDate(t[0].start), "2025-11-12");
  EXPECT_EQ(t[1].precision, "month");
  EXPECT_EQ(FormatDate(t[1].start), "2024-12-01");
  EXPECT_EQ(FormatDate(t[1].end), "2024-12-31");
  EXPECT_EQ(t[2].precision, "week");
  EXPECT_EQ(FormatDate(t[2].start), "2025-12-01");
  EXPECT_EQ(FormatDate(t[2].end), "2025-12-07");
  auto y = TimesOf("The coalition formed in 2014 met yesterday.", pub);
  ASSERT_EQ(y.size(), 2u);
  EXPECT_EQ(y[0].precision, "year");
  EXPECT_EQ(FormatDate(y[1].start), "2025-12-13");
  auto jan = TimesOf("On Dec. 7 police arrested him.", Date{2026, 1, 10});
  ASSERT_EQ(jan.size(), 1u);
  EXPECT_EQ(FormatDate(jan[0].start), "2025-12-07");
}

Casualties CasualtiesOf(const std::string& text) {
  Analysis a = Analyze(text);
  return FindCasualties(a.tokens, a.sentences[0]);
}

TEST(Casualties, CountsWordsDigitsAndCompounds) {
  auto c = CasualtiesOf("CENTCOM said two US troops and a civilian were killed, and three other service members were injured.");
  EXPECT_EQ(c.killed, 3);
  EXPECT_EQ(c.injured, 3);
  EXPECT_EQ(CasualtiesOf("At least 12 people, including four children, were killed.").killed, 12);
  EXPECT_EQ(CasualtiesOf("Dozens were injured in the blast.").injured, 12);
  EXPECT_EQ(CasualtiesOf("Gunmen killed 1,200 villagers.").killed, 1200);
  EXPECT_EQ(CasualtiesOf("A soldier and two civilians were killed.").killed, 3);
  EXPECT_EQ(CasualtiesOf("No one was hurt.").injured, 0);
  EXPECT_FALSE(CasualtiesOf("The minister visited Paris.").killed.has_value());
}

}  // namespace
}  // namespace sitrep
