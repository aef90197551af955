#include "text/text.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(Normalize(s))) out.push_back(t.text);
  return out;
}

std::vector<std::string> Sentences(const std::string& body) {
  Analysis a = Analyze(body);
  std::vector<std::string> out;
  for (const Sentence& s : a.sentences) out.push_back(SliceCodePoints(body, s.begin, s.end));
  return out;
}

TEST(Tokenize, KeepsNamesNumbersAndAcronymsWhole) {
  EXPECT_EQ(Words("Asaad al-Shaibani met U.S. envoys"),
            (std::vector<std::string>{"Asaad", "al-Shaibani", "met", "U.S.", "envoys"}));
  EXPECT_EQ(Words("1,200 people and 3.5 tonnes"), (std::vector<std::string>{"1,200", "people", "and", "3.5", "tonnes"}));
  EXPECT_EQ(Words("Hezbollah's fighters"), (std::vector<std::string>{"Hezbollah", "'s", "fighters"}));
  EXPECT_EQ(Words("Damascus' commitment"), (std::vector<std::string>{"Damascus", "'", "commitment"}));
  EXPECT_EQ(Words("Command (CENTCOM) said"), (std::vector<std::string>{"Command", "(", "CENTCOM", ")", "said"}));
  EXPECT_EQ(Words("O'Brien didn't go"), (std::vector<std::string>{"O'Brien", "didn't", "go"}));
}

TEST(Tokenize, OffsetsAreCodePointsIntoTheOriginal) {
  std::string body = "Caf\xC3\xA9\xC2\xA0said \xE2\x80\x9Cno\xE2\x80\x9D";  // "Café said “no”" with NBSP
  auto toks = Tokenize(Normalize(body));
  ASSERT_EQ(toks.size(), 5u);
  EXPECT_EQ(toks[0].begin, 0);
  EXPECT_EQ(toks[0].end, 4);
  EXPECT_EQ(toks[1].text, "said");
  EXPECT_EQ(toks[1].begin, 5);
  EXPECT_EQ(toks[2].text, "\"");
  EXPECT_EQ(toks[3].begin, 11);
}

TEST(Tokenize, ZeroWidthCharactersAreDropped) {
  std::string body = "Syr\xE2\x80\x8Bia said";
  auto toks = Tokenize(Normalize(body));
  ASSERT_EQ(toks.size(), 2u);
  EXPECT_EQ(toks[0].text, "Syria");
  EXPECT_EQ(toks[0].end, 6);
  EXPECT_EQ(toks[1].begin, 7);
}

TEST(Sentences, AbbreviationsDoNotEndSentences) {
  auto s = Sentences("Gen. Smith and Lt. Col. Jones met on Nov. 12 at St. Mary's. No. 5 was there. Mr. Lee Jr. left.");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[1], "No. 5 was there.");
}

TEST(Sentences, USInsideAndAtTheEnd) {
  auto s = Sentences("The U.S. Navy said it would help the U.S. The talks failed.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "The talks failed.");
}

TEST(Sentences, QuotationsStayWithTheirSentence) {
  auto s = Sentences("\"We will respond,\" he said. \"It is over.\" Talks resumed.");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[1], "\"It is over.\"");
}

TEST(Sentences, ParagraphsAlwaysEndSentences) {
  auto s = Sentences("No stop here\n\nNext paragraph.");
  ASSERT_EQ(s.size(), 2u);
}

TEST(Dateline, IsMarkedAndNamed) {
  Analysis a = Analyze("KYIV, Ukraine (AP) -- Russia attacked Kyiv on Sunday.");
  EXPECT_EQ(a.dateline, "KYIV, Ukraine");
  EXPECT_TRUE(a.tokens[0].dateline);
  EXPECT_FALSE(a.tokens[7].dateline);
  EXPECT_EQ(a.tokens[7].text, "Russia");
  Analysis b = Analyze("PORT SUDAN \xE2\x80\x94 Shelling hit a hospital.");
  EXPECT_EQ(b.dateline, "PORT SUDAN");
  Analysis c = Analyze("NATO said on Monday.");
  EXPECT_EQ(c.dateline, "");
  Analysis d = Analyze("GOMA/KINSHASA -- M23 rebels said on Monday they held the city.");
  EXPECT_TRUE(d.tokens[0].dateline);
  EXPECT_TRUE(d.tokens[2].dateline);
  EXPECT_FALSE(d.tokens[4].dateline);
  Analysis e = Analyze("PARIS / BAMAKO -- France said on Thursday it would withdraw.");
  EXPECT_EQ(e.dateline, "PARIS / BAMAKO");
}

}  // namespace
}  // namespace sitrep
