#include "lexicon/lexicon.h"

#include <gtest/gtest.h>

#include <set>

#include "../../tests/support/test_env.h"

namespace sitrep {
namespace {

using testing::FullLexicon;
using testing::LexiconFromText;

std::vector<Token> Toks(const std::string& s) { return Tokenize(Normalize(s)); }

TEST(Inflect, VerbsAndNouns) {
  auto forms = [](const char* v) {
    std::set<std::string> out;
    for (auto& f : VerbForms(v)) out.insert(f.word);
    return out;
  };
  EXPECT_EQ(forms("attack"), (std::set<std::string>{"attack", "attacks", "attacked", "attacking"}));
  EXPECT_EQ(forms("hold"), (std::set<std::string>{"hold", "holds", "held", "holding"}));
  EXPECT_TRUE(forms("stop").count("stopped"));
  EXPECT_TRUE(forms("admit").count("admitted"));
  EXPECT_TRUE(forms("open").count("opened"));
  EXPECT_TRUE(forms("visit").count("visited"));
  EXPECT_TRUE(forms("deny").count("denied"));
  EXPECT_TRUE(forms("take").count("taken"));
  EXPECT_TRUE(forms("retake").count("retook"));  // a prefixed irregular verb
  EXPECT_TRUE(forms("retake").count("retaken"));
  EXPECT_TRUE(forms("relay").count("relayed"));
  EXPECT_TRUE(forms("cancel").count("cancelled"));
  EXPECT_TRUE(forms("cancel").count("canceled"));
  EXPECT_FALSE(forms("fail").count("failled"));
  EXPECT_EQ(Plural("airstrike"), "airstrikes");
  EXPECT_EQ(Plural("militia"), "militias");
  EXPECT_EQ(Plural("gunman"), "gunmen");
  EXPECT_EQ(Plural("party"), "parties");
  EXPECT_EQ(Plural("troops"), "troops");
}

TEST(DictionaryText, ErrorsNameFileAndLine) {
  DictionarySet set;
  Status st = ParseDictionaryFile("type ASSAULT\nv attack 190\nv broken\n", "triggers/assault.txt", &set);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.message().rfind("triggers/assault.txt:3:", 0), 0u) << st.message();
  EXPECT_FALSE(ParseDictionaryFile("police XYZ\n", "agents.txt", &set).ok());
  EXPECT_FALSE(ParseDictionaryFile("v attack 190\n", "triggers/x.txt", &set).ok());
  EXPECT_FALSE(ParseDictionaryFile("Hamas | alias\n", "groups.txt", &set).ok());
}

TEST(Lexicon, MatchesInflectionsGapsAndCase) {
  auto lex = LexiconFromText("triggers/t.txt", "type THREATEN\nv hold + accountable 138\nv vow 130 # c\n");
  auto t = Toks("They held all who hurt us accountable and vowed revenge");
  std::vector<Match> m;
  lex->MatchAt(t, 1, static_cast<int>(t.size()), &m);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].last, 7);
  EXPECT_EQ(m[0].gap.size(), 4u);
  m.clear();
  lex->MatchAt(t, 8, static_cast<int>(t.size()), &m);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(lex->Str(lex->trigger(m[0].entry->target).rule), "triggers/t.txt:3");
}

// A gap crosses the commas of a list of lowercase words or numbers, not a comma before a name or a
// clause.
TEST(Lexicon, GapsCrossListCommasOnly) {
  auto lex = LexiconFromText("triggers/t.txt", "type ASSAULT\nv fire + at 190\n");
  std::vector<Match> m;
  auto list = Toks("Troops fired 122mm , 120mm , grenade launchers and mortars at the positions");
  lex->MatchAt(list, 1, static_cast<int>(list.size()), &m);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].last, 11);
  m.clear();
  auto clause = Toks("Troops fired , Kyiv said , at the positions");
  lex->MatchAt(clause, 1, static_cast<int>(clause.size()), &m);
  EXPECT_TRUE(m.empty());
}

TEST(Lexicon, CapitalisedAliasesAreCaseSensitive) {
  auto lex = LexiconFromText("groups.txt", "Islamic State | IS; Daesh | sector=INS code=IMGMUSISI\n");
  std::vector<Match> m;
  auto a = Toks("This is what IS did");
  for (int i = 0; i < static_cast<int>(a.size()); ++i) lex->MatchAt(a, i, static_cast<int>(a.size()), &m);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].first, 3);
  m.clear();
  auto b = Toks("daesh attacked");  // proper names need a capital
  lex->MatchAt(b, 0, 2, &m);
  EXPECT_TRUE(m.empty());
}

// A slow, obviously correct matcher: every entry tried at every position.
std::set<std::pair<int, int>> ReferenceMatches(const DictionarySet& set, const std::vector<Token>& t) {
  std::set<std::pair<int, int>> out;
  auto try_words = [&](std::vector<std::string> words, bool proper) {
    for (size_t i = 0; i < t.size(); ++i) {
      if (proper && !t[i].upper_initial) continue;
      size_t k = 0;
      while (k < words.size() && i + k < t.size() && t[i + k].lower == words[k]) ++k;
      if (k == words.size()) out.insert({static_cast<int>(i), static_cast<int>(i + k)});
    }
  };
  auto words_of = [](const std::string& s) {
    std::vector<std::string> w;
    for (const Token& x : Tokenize(Normalize(s))) w.push_back(x.lower);
    return w;
  };
  for (const auto& c : set.countries)
    for (const auto& n : c.names) try_words(words_of(n), true);
  for (const auto& a : set.agents) {
    auto w = words_of(a.pattern);
    try_words(w, false);
    w.back() = Plural(w.back());
    try_words(w, false);
  }
  return out;
}

TEST(Lexicon, FastMatcherAgreesWithTheReference) {
  DictionarySet set;
  ASSERT_TRUE(ParseDictionaryFile("SYR | Syria; Syrian Arab Republic\nUSA | United States; United States of America\n",
                                  "countries.txt", &set).ok());
  ASSERT_TRUE(ParseDictionaryFile("foreign minister GOV\nminister GOV\nsecurity forces COP\npolice COP\n",
                                  "agents.txt", &set).ok());
  auto lex = Lexicon::FromImage(CompileDictionary(set));
  ASSERT_TRUE(lex.ok());
  auto t = Toks("The Syrian Arab Republic and the United States of America: foreign ministers, police and "
                "security forces met. Syria's minister said united states matter.");
  std::set<std::pair<int, int>> fast;
  std::vector<Match> m;
  for (int i = 0; i < static_cast<int>(t.size()); ++i) {
    m.clear();
    lex.value()->MatchAt(t, i, static_cast<int>(t.size()), &m);
    for (const auto& x : m) fast.insert({x.first, x.last});
  }
  EXPECT_EQ(fast, ReferenceMatches(set, t));
}

TEST(Lexicon, CompiledDictionaryLoadsAndIsComplete) {
  const Lexicon& lex = FullLexicon();
  EXPECT_GT(lex.trigger_count(), 800u);
  EXPECT_GT(lex.entry_count(), 3000u);
  ASSERT_NE(lex.FindCameo("193"), nullptr);
  EXPECT_EQ(lex.CountryName("SYR"), "Syria");
}

TEST(Lexicon, CorruptImagesAreRejected) {
  EXPECT_FALSE(Lexicon::FromImage("not a dictionary").ok());
  std::string image = CompileDictionary(DictionarySet{});
  image.resize(image.size() - 1);
  image[40] = '\x7f';
  EXPECT_FALSE(Lexicon::FromImage(image).ok());
}

TEST(Countries, ImportsWorldCountriesRecords) {
  auto text = ImportWorldCountries(R"([{"cca3":"SYR","independent":true,"unMember":true,
    "name":{"common":"Syria","official":"Syrian Arab Republic"},"altSpellings":["SY","Syrian Arab Republic"],
    "demonyms":{"eng":{"m":"Syrian","f":"Syrian"}},"capital":["Damascus"]},
    {"cca3":"XXX","independent":false,"unMember":false,"name":{"common":"Nowhere"}}])");
  ASSERT_TRUE(text.ok());
  EXPECT_NE(text.value().find("SYR | Syria; Syrian Arab Republic | demonym=Syrian;Syrians capital=Damascus"),
            std::string::npos)
      << text.value();
  EXPECT_EQ(text.value().find("XXX"), std::string::npos);
  EXPECT_FALSE(ImportWorldCountries("{}").ok());
}

}  // namespace
}  // namespace sitrep

namespace sitrep {
namespace {

// A pattern of gaps could make the matcher try lengths without end: consecutive gaps and more
// than three are refused, and the matcher bounds its work on any pattern it is given.
TEST(Dictionary, GapPatternsAreBounded) {
  DictionarySet set;
  EXPECT_FALSE(ParseDictionaryFile("type ASSAULT\nv hit + + + target 190\n", "triggers/t.txt", &set).ok());
  EXPECT_FALSE(ParseDictionaryFile("type ASSAULT\nv hit + a + b + c + d 190\n", "triggers/t.txt", &set).ok());
  EXPECT_TRUE(ParseDictionaryFile("type ASSAULT\nv hit + a + b + c 190\n", "triggers/t.txt", &set).ok());
}

}  // namespace
}  // namespace sitrep
