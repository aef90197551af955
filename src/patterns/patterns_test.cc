// The TABARI and PETRARCH dictionary readers and the pattern coder, on small dictionaries written
// for these tests (invented countries: Freedonia FRE, Sylvania SYL, Marshovia MAR).
#include <gtest/gtest.h>

#include "patterns/pattern_coder.h"
#include "patterns/reader_util.h"

namespace sitrep::patterns {
namespace {

constexpr const char* kActors = R"(<NOUN>
CATTLE_
</NOUN>
<ADJECTIVE>
BRAVE
</ADJECTIVE>
FREEDONIA [FRE] ; stem: Freedonian too
+FREEDONIAN
SYLVANIA
	[SYL <200101]
	[SYLGOV 20010101 - 20101231]
MARSHOVIA_ [MAR]
GRAND_DUCHY [FRE/SYL]
)";

constexpr const char* kAgents = R"(FOREIGN_MINISTER_ [~GOVFRM]
MINISTER_ [~GOV]
HUMAN_RIGHTS_GROUP_ [NGO~]
)";

constexpr const char* kVerbs = R"(<SYNSETS>
&AIDTYPES
+FOOD
+MEDICINE_
</SYNSETS>
ACCUSE [112]
SEND [---]
{ SENT_ SENDING_ }
- * &AIDTYPES TO + [071]
- * TROOPS_TO + [150]
- $ HAS * BACK + [111]
MEET [036:036]
VISIT [042:043]
SAID [010?]
FREE [066]
- + * FROM $ [066]
)";

PatternDictionary Tabari(const std::string& options = "COMPLEX: VERBS[5] CONJ[4]") {
  PatternDictionary d;
  d.dialect = Dialect::kTabari;
  EXPECT_TRUE(ReadTabariText("actors", kActors, "t.actors", &d).ok());
  EXPECT_TRUE(ReadTabariText("agents", kAgents, "t.agents", &d).ok());
  EXPECT_TRUE(ReadTabariText("verbs", kVerbs, "t.verbs", &d).ok());
  EXPECT_TRUE(ReadTabariText("options", options, "t.options", &d).ok());
  FinishDictionary(&d);
  EXPECT_TRUE(d.warnings.empty()) << d.warnings.front();
  return d;
}

std::vector<std::string> Triples(const PatternDictionary& d, const std::string& text,
                                 const std::string& date = "2005-06-01") {
  PatternCoder coder(d);
  Document doc;
  doc.id = "t";
  doc.date = date;
  doc.text = text;
  long sentences = 0;
  std::vector<std::string> out;
  for (const Event& e : coder.Code(doc, &sentences))
    out.push_back(e.source.at(0).code + " " + e.target.at(0).code + " " + e.cameo);
  return out;
}

using V = std::vector<std::string>;

// A PETRARCH dictionary from actors, agents and verbs texts (not yet finished: more files may follow).
PatternDictionary PetrarchDictionary(const char* actors, const char* agents, const char* verbs) {
  PatternDictionary d;
  d.dialect = Dialect::kPetrarch;
  d.options.agent_alone_as_actor = true;
  EXPECT_TRUE(ReadPetrarchText("actors", actors, "a.txt", &d).ok());
  EXPECT_TRUE(ReadPetrarchText("agents", agents, "g.txt", &d).ok());
  EXPECT_TRUE(ReadPetrarchText("verbs", verbs, "v.txt", &d).ok());
  return d;
}

TEST(PatternPhrase, StemsExactWordsAndConnectors) {
  auto p = ParsePhrase("SUGGESTED_+ * DEMAND_{ A_ | B }_CONVENTIONS", Dialect::kTabari, false);
  ASSERT_TRUE(p.ok());
  const Phrase& ph = p.value();
  ASSERT_EQ(ph.size(), 6u);
  EXPECT_FALSE(ph[0].stem);  // SUGGESTED_ is exact, joined to +
  EXPECT_TRUE(ph[0].next);
  EXPECT_EQ(ph[1].kind, Elem::kTarget);
  EXPECT_EQ(ph[2].kind, Elem::kVerb);
  EXPECT_EQ(ph[4].kind, Elem::kAlt);
  EXPECT_EQ(ph[4].alts.size(), 2u);
  EXPECT_TRUE(ph[4].next);
  EXPECT_TRUE(ph[5].stem);
  auto tilde = ParsePhrase("REAL~_PLEASANT", Dialect::kTabari, false);
  ASSERT_TRUE(tilde.ok());
  EXPECT_TRUE(tilde.value()[0].stem);
  EXPECT_TRUE(tilde.value()[0].next);
  EXPECT_FALSE(ParsePhrase("{ A | B", Dialect::kTabari, false).ok());
  EXPECT_FALSE(ParsePhrase("A }", Dialect::kTabari, false).ok());
}

TEST(PatternPhrase, CodeBlocksAndDates) {
  auto c = ParseCodeBlock("HOB < 950601");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c.value().code, "HOB");
  EXPECT_TRUE(c.value().dated);
  EXPECT_LT(c.value().to, 19950601);
  auto r = ParseCodeBlock(" HOBGOV 19950601 - 19990815 ");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().from, 19950601);
  EXPECT_EQ(r.value().to, 19990815);
  EXPECT_FALSE(ParseCodeBlock("950601-990815").ok());  // a date with no code
  EXPECT_FALSE(ParseCodeBlock("ABC 99x").ok());
  EXPECT_EQ(ParseDictDate("010203"), 20010203);
  EXPECT_EQ(ParseDictDate("991231"), 19991231);
  EXPECT_EQ(ParseDictDate("991331"), -1);
  EXPECT_EQ(CodeOn({{"A", 0, 99999999, false}, {"B", 20000101, 20001231, true}}, 20000601), "B");
  EXPECT_EQ(CodeOn({{"A", 0, 99999999, false}, {"B", 20000101, 20001231, true}}, 20010601), "A");
  EXPECT_EQ(CodeOn({{"B", 20000101, 20001231, true}}, 20010601), "---");
}

TEST(PatternCoder, DefaultSourceAndTargetAndStems) {
  auto d = Tabari();
  EXPECT_EQ(Triples(d, "The Freedonian government on Monday accused Marshovia of planning an invasion."),
            V{"FRE MAR 112"});
  // MARSHOVIA_ is exact: "Marshovians" is not it (only S and 's endings)
  EXPECT_EQ(Triples(d, "Freedonia on Monday accused Marshovians of planning an invasion of the coast."), V{});
}

TEST(PatternCoder, PatternsSynsetsAndRoles) {
  auto d = Tabari();
  EXPECT_EQ(Triples(d, "Freedonia sent food and blankets to Marshovia on Tuesday after the floods."),
            V{"FRE MAR 071"});
  EXPECT_EQ(Triples(d, "Freedonia sent troops to Marshovia on Tuesday after the border clashes."),
            V{"FRE MAR 150"});
  // '+ * FROM $': the pattern sets the roles, against word order
  EXPECT_EQ(Triples(d, "Marshovia was freed from Freedonia after a long occupation of many years."),
            V{"FRE MAR 066"});
  // SEND [---] with no pattern matching codes nothing
  EXPECT_EQ(Triples(d, "Freedonia sent a letter to Marshovia on Tuesday about the fishing rights."), V{});
}

TEST(PatternCoder, AgentsCompoundsPairedCodesAndDates) {
  auto d = Tabari();
  EXPECT_EQ(Triples(d, "Freedonia's foreign minister accused Marshovia on Monday of lying about the dam."),
            V{"FREGOVFRM MAR 112"});
  EXPECT_EQ(Triples(d, "Freedonia and Marshovia will meet Sylvania on Monday to discuss the river.", "2000-06-01"),
            (V{"FRE SYL 036", "SYL FRE 036", "MAR SYL 036", "SYL MAR 036"}));
  // a dated code: SYLGOV between 2001 and 2010
  EXPECT_EQ(Triples(d, "Freedonia accused Sylvania on Monday of lying about the dam on the river.", "2005-06-01"),
            V{"FRE SYLGOV 112"});
  // a coded compound [FRE/SYL]
  EXPECT_EQ(Triples(d, "The Grand Duchy accused Marshovia on Monday of lying about the dam."),
            (V{"FRE MAR 112", "SYL MAR 112"}));
}

TEST(PatternCoder, CommaClausesSubordinateCodesAndNounShift) {
  auto d = Tabari();
  // the terminal clause ", a senior official said" is deleted; SAID would only be subordinate anyway
  EXPECT_EQ(Triples(d, "Freedonia accused Marshovia of lying about the dam, a senior official said."),
            V{"FRE MAR 112"});
  // after a determiner a verb is a noun: "the visit" codes nothing
  EXPECT_EQ(Triples(d, "Freedonia praised the visit by Marshovia to its northern provinces last year."), V{});
  EXPECT_EQ(Triples(d, "Freedonia will visit Marshovia next week for talks on the river and the dam."),
            (V{"FRE MAR 042", "MAR FRE 043"}));
}

TEST(PatternCoder, ComplexityLimitsAndShortSentences) {
  auto d = Tabari("COMPLEX: VERBS[2] CONJ[4]\nSET: MINIMUM WORDS = 8");
  EXPECT_EQ(Triples(d, "Freedonia accused Marshovia."), V{});  // under eight words
  EXPECT_EQ(Triples(d, "Freedonia accused Marshovia and freed Sylvania from the long occupation."), V{});
}

// TABARI's FORWARD: a subject pronoun with no actor before it stands for the previous sentence's
// first actor, of the same story (documents "s-1", "s-2", ...); a forwarded actor forwards no further.
TEST(PatternCoder, ForwardCarriesTheSubjectAcrossSentencesOfAStory) {
  auto d = Tabari("COMPLEX: VERBS[5] CONJ[4]\nFORWARD: ^^*****NNN*SSS");
  PatternCoder coder(d);
  Story story;
  auto code = [&](const std::string& id, const std::string& text) {
    Document doc;
    doc.id = id;
    doc.date = "2005-06-01";
    doc.text = text;
    std::vector<std::string> out;
    for (const Event& e : coder.Code(doc, nullptr, &story))
      out.push_back(e.source.at(0).code + " " + e.target.at(0).code + " " + e.cameo);
    return out;
  };
  EXPECT_EQ(code("s-1", "Freedonia accused Marshovia on Monday of lying about the dam."), V{"FRE MAR 112"});
  EXPECT_EQ(code("s-2", "On Tuesday it accused Sylvania of lying about the river too."), V{"FRE SYLGOV 112"});
  EXPECT_EQ(code("s-3", "Marshovia accused Sylvania on Wednesday of lying about the dam."), V{"MAR SYLGOV 112"});
  EXPECT_EQ(code("s-4", "On Thursday it accused Freedonia of lying about the river too."), V{"MAR FRE 112"});
  EXPECT_EQ(code("s-5", "On Friday it accused Sylvania of lying about the river again."), V{"FRE SYLGOV 112"});
  // another story: nothing to forward; and without the option no pronoun is forwarded
  EXPECT_EQ(code("t-1", "On Friday it accused Sylvania of lying about the river again."), V{});
  auto plain = Tabari();
  EXPECT_FALSE(plain.options.forward);
}

TEST(PetrarchReader, AgentsMacrosPluralsDiscardsAndVerbForms) {
  PatternDictionary d;
  d.dialect = Dialect::kPetrarch;
  d.options.agent_alone_as_actor = true;
  ASSERT_TRUE(ReadPetrarchText("actors", "FREEDONIA [FRE]\n+FREEDONIAN\nMARSHOVIA [MAR]\n", "a.txt", &d).ok());
  ASSERT_TRUE(ReadPetrarchText("agents", "!STAFF! = CLERK, SCRIBE\n!STAFF!_OF_STATE [~GOV]\nSOLDIER [~MIL]\n",
                               "g.txt", &d).ok());
  ASSERT_TRUE(ReadPetrarchText("discards", "+HURRICANE\nFOOTBALL MATCH\n", "d.txt", &d).ok());
  ASSERT_TRUE(ReadPetrarchText("verbs",
                               "&GOODS\n+GRAIN\n+RICE_\n--- DELIVER [070] ---\nDELIVER\n"
                               "- * &GOODS (TO +) [072:073]\n--- SEIZE [170] ---\nSEIZE {SEIZED}\n",
                               "v.txt", &d).ok());
  FinishDictionary(&d);
  EXPECT_TRUE(d.warnings.empty());
  EXPECT_EQ(Triples(d, "Freedonian soldiers delivered grain to Marshovia."), (V{"FREMIL MAR 072", "MAR FREMIL 073"}));
  EXPECT_EQ(Triples(d, "Scribe of state from Freedonia seized Marshovia."), V{"FREGOV MAR 170"});
  EXPECT_EQ(Triples(d, "Freedonia seizes Marshovia."), V{});  // {forms} replace the regular ones
  EXPECT_EQ(Triples(d, "Freedonia seized Marshovia before the hurricanes."), V{});  // a discard
}

TEST(PetrarchCoder, RequireDyadAndTrailingSpeech) {
  PatternDictionary d = PetrarchDictionary("FREEDONIA [FRE]\nMARSHOVIA [MAR]\n", "OFFICIAL [~GOV]\n",
                                           "--- PRAISE [051] ---\nPRAISE\n--- SAID [023] ---\nSAID\n");
  FinishDictionary(&d);
  const char* text = "Freedonia praised Marshovia for its help, a senior official said on Friday.";
  ApplyOption("COMMA_EMAX=0", &d.options);  // the clause after the last comma is not deleted
  EXPECT_EQ(d.options.comma_emax, 0);
  // a verb after a comma that follows the event is coded too; with require_dyad (the default) an event
  // missing a side is dropped, without it the side is "---"
  EXPECT_EQ(Triples(d, text), V{"FRE MAR 051"});
  ApplyOption("REQUIRE_DYAD=FALSE", &d.options);
  EXPECT_FALSE(d.options.require_dyad);
  EXPECT_EQ(Triples(d, text), (V{"FRE MAR 051", "---GOV --- 023"}));
  ApplyOption("COMMA_EMAX=many", &d.options);  // not a number: left as it was
  EXPECT_EQ(d.options.comma_emax, 0);
}

TEST(PatternReaders, BadEntriesAreWarningsNotFailures) {
  PatternDictionary d;
  EXPECT_TRUE(ReadTabariText("actors", "ARNOR [ARN 99x]\n{ BAD\n", "bad.actors", &d).ok());
  EXPECT_TRUE(ReadTabariText("verbs", "SEND [070]\n- NO STAR [071]\n- * { A | [072]\n", "bad.verbs", &d).ok());
  EXPECT_GE(d.warnings.size(), 3u);
  EXPECT_NE(d.warnings.front().find("bad.actors:1:"), std::string::npos);
  EXPECT_FALSE(ReadTabariText("nonsense", "", "x", &d).ok());
  EXPECT_FALSE(ReadTabariProject("/nonexistent/file.project").ok());
  EXPECT_FALSE(ReadPetrarchFolder("/nonexistent").ok());
}

TEST(PatternMatcher, SelfNamingSynsetsAndLongGapsStop) {
  PatternDictionary d;
  ASSERT_TRUE(ReadTabariText("verbs", "<SYNSETS>\n&LOOP\n+&LOOP\n+X\n</SYNSETS>\nSEND [070]\n- * &LOOP A B C D E [071]\n",
                             "loop.verbs", &d).ok());
  ASSERT_TRUE(ReadTabariText("actors", "FREEDONIA [FRE]\nMARSHOVIA [MAR]\n", "loop.actors", &d).ok());
  FinishDictionary(&d);
  std::string text = "Freedonia sends Marshovia";
  for (int i = 0; i < 100; ++i) text += " word";
  text += ".";
  EXPECT_EQ(Triples(d, text), V{"FRE MAR 070"});
}


TEST(PetrarchCoder, NounPhrasesOntologyNegationAndPassive) {
  PatternDictionary d = PetrarchDictionary(
      "FREEDONIA [FRE]\n+FREEDONIAN\nMARSHOVIA [MAR]\nSYLVANIA [SYL]\n",
      "MEDIA {} [~MED]\nGOVERNMENT [~GOV]\nAMBASSADOR [~GOV]\n",
      "--- PRAISE [051] ---\nPRAISE\n--- CRITICIZE [111] ---\nCRITICIZE\n--- COULD [---] ---\nCOULD\n");
  // a PICO table: 051 is 0x0080 + 0xFFFF (a negated 050), 050 is 0x0080
  ASSERT_TRUE(ReadPetrarchText("ontology", "050:0x0080#cooperate\n051:0x0080+0xFFFF#not\n111:0x7001\n", "o.txt", &d).ok());
  FinishDictionary(&d);
  ASSERT_EQ(d.pico.size(), 3u);
  // the actor goes to each agent of the coordination
  EXPECT_EQ(Triples(d, "Freedonian media and government praised Marshovia."), (V{"FREMED MAR 051", "FREGOV MAR 051"}));
  // the agent of "of" goes to each actor of the list
  EXPECT_EQ(Triples(d, "The ambassadors of Freedonia and Sylvania praised Marshovia."),
            (V{"FREGOV MAR 051", "SYLGOV MAR 051"}));
  // negation through the ontology: 051 less 0xFFFF is 050
  EXPECT_EQ(Triples(d, "Freedonia did not praise Marshovia."), V{"FRE MAR 050"});
  // a passive without "by" swaps the roles; a modal is no verb of its own
  EXPECT_EQ(Triples(d, "Marshovia was heavily criticized over its dam by Freedonia."), V{"FRE MAR 111"});
  EXPECT_EQ(Triples(d, "Freedonia could criticize Marshovia."), V{"FRE MAR 111"});
}

}  // namespace
}  // namespace sitrep::patterns
