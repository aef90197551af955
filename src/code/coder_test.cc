// Golden tests: tests/golden/*.test (docs/golden-tests.md), one gtest per case.
#include "code/coder.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../../tests/support/test_env.h"

namespace sitrep {
namespace {

struct GoldenCase {
  std::string file, name, date, text, source;
  std::vector<std::string> expect;
  bool only = false;
  bool none = false;
};

void PrintTo(const GoldenCase& c, std::ostream* os) { *os << c.file << ": " << c.name; }

std::vector<GoldenCase> LoadCases() {
  std::vector<GoldenCase> cases;
  auto dir = std::filesystem::path(testing::SourceDir()) / "tests" / "golden";
  std::vector<std::filesystem::path> files;
  for (const auto& f : std::filesystem::directory_iterator(dir))
    if (f.path().extension() == ".test") files.push_back(f.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f);
    std::string line, section;
    for (std::string line; std::getline(in, line);) {
      if (line.rfind("=== ", 0) == 0) {
        GoldenCase c;
        c.file = f.filename().string();
        c.name = line.substr(4);
        cases.push_back(std::move(c));
        section = "";
      } else if (cases.empty()) {
        continue;
      } else if (line.rfind("date: ", 0) == 0 && section.empty()) {
        cases.back().date = line.substr(6);
      } else if (line.rfind("source: ", 0) == 0 && section.empty()) {
        cases.back().source = line.substr(8);
      } else if (line == "text:" || line == "expect:") {
        section = line;
      } else if (section == "text:") {
        cases.back().text += (cases.back().text.empty() ? "" : "\n") + line;
      } else if (section == "expect:" && !line.empty() && line[0] != '#') {
        if (line == "only") cases.back().only = true;
        else if (line == "none") cases.back().none = true;
        else cases.back().expect.push_back(line);
      }
    }
  }
  for (auto& c : cases)
    while (!c.text.empty() && c.text.back() == '\n') c.text.pop_back();
  return cases;
}

// "source=SYR:GOV,group:Islamic State" -> the actors must all be in the role.
bool ActorsMatch(const std::vector<Actor>& actors, const std::string& spec) {
  if (spec == "none") return actors.empty();
  std::stringstream ss(spec);
  for (std::string item; std::getline(ss, item, ',');) {
    bool found = false;
    for (const Actor& a : actors) {
      if (item.rfind("group:", 0) == 0) {
        found |= a.group == item.substr(6) || a.name == item.substr(6);
      } else {
        size_t colon = item.find(':');
        std::string country = item.substr(0, colon);
        std::string sector = colon == std::string::npos ? "" : item.substr(colon + 1);
        found |= (country.empty() || a.country == country) && (sector.empty() || a.sector == sector);
      }
    }
    if (!found) return false;
  }
  return true;
}

// Splits "ASSAULT source=group:Islamic State target=USA:MIL" into type and key=value checks.
std::vector<std::pair<std::string, std::string>> Checks(const std::string& line, std::string* type) {
  std::vector<std::pair<std::string, std::string>> out;
  size_t sp = line.find(' ');
  *type = line.substr(0, sp);
  std::string rest = sp == std::string::npos ? "" : line.substr(sp + 1);
  static const char* kKeys[] = {"source=", "target=", "date=", "modality=", "killed=", "injured=", "cameo=",
                                "arrested=", "place=", "country=", "admin1=", "precision=", "acled=", "acled_sub="};
  std::vector<std::pair<size_t, std::string>> starts;
  for (const char* k : kKeys)
    for (size_t at = rest.find(k); at != std::string::npos; at = rest.find(k, at + 1))
      if (at == 0 || rest[at - 1] == ' ') starts.push_back({at, k});
  std::sort(starts.begin(), starts.end());
  for (size_t i = 0; i < starts.size(); ++i) {
    size_t from = starts[i].first + starts[i].second.size();
    size_t to = i + 1 < starts.size() ? starts[i + 1].first : rest.size();
    std::string value = rest.substr(from, to - from);
    while (!value.empty() && value.back() == ' ') value.pop_back();
    out.push_back({starts[i].second.substr(0, starts[i].second.size() - 1), value});
  }
  return out;
}

bool EventMatches(const Event& e, const std::string& line) {
  std::string type;
  auto checks = Checks(line, &type);
  if ((type == "-" ? std::string() : type) != e.type) return false;
  for (const auto& [k, v] : checks) {
    if (k == "source" && !ActorsMatch(e.source, v)) return false;
    if (k == "target" && !ActorsMatch(e.target, v)) return false;
    if (k == "date" && e.date.start != v) return false;
    if (k == "modality" && e.modality != v) return false;
    auto figure = [&](const std::optional<int>& x) { return v == "none" ? !x : x && std::to_string(*x) == v; };
    if (k == "killed" && !figure(e.killed)) return false;
    if (k == "injured" && !figure(e.injured)) return false;
    if (k == "cameo" && e.cameo.rfind(v, 0) != 0) return false;
    if (k == "arrested" && (!e.arrested || std::to_string(*e.arrested) != v)) return false;
    if (k == "place" && (v == "none" ? e.location.has_value() : !e.location || e.location->name != v)) return false;
    if (k == "country" && (!e.location || e.location->country != v)) return false;
    if (k == "admin1" && (!e.location || e.location->admin1 != v)) return false;
    if (k == "precision" && (!e.location || e.location->precision != v)) return false;
    if (k == "acled" && e.acled_type != v) return false;
    if (k == "acled_sub" && e.acled_subtype != v) return false;
  }
  return true;
}

std::string Describe(const std::vector<Event>& events) {
  std::string out;
  for (const Event& e : events) out += EventToJson(e).substr(0, 700) + "\n";
  return out.empty() ? "(no events)\n" : out;
}

const Model* ParserModel() {
  static std::unique_ptr<Model> m = [] {
    auto r = Model::Load(SITREP_MODEL_DEFAULT);
    if (!r.ok()) ADD_FAILURE() << r.status().message();
    return r.ok() ? std::move(r).value() : nullptr;
  }();
  return m.get();
}

void RunCase(const GoldenCase& c, const Model* parser);

class Golden : public ::testing::TestWithParam<GoldenCase> {};
TEST_P(Golden, Heuristic) { RunCase(GetParam(), nullptr); }
TEST_P(Golden, Parsed) { RunCase(GetParam(), ParserModel()); }

void RunCase(const GoldenCase& c, const Model* parser) {
  Coder coder(testing::FullLexicon(), parser, &testing::FullGeocoder());
  Document doc{"golden", c.date, "", c.text, c.source, "", "", {}};
  std::vector<Event> events = coder.Code(doc, nullptr);
  std::vector<Event> typed;
  for (const Event& e : events)
    if (!e.type.empty()) typed.push_back(e);
  if (c.none) {
    EXPECT_TRUE(typed.empty()) << c.text << "\n" << Describe(events);
    return;
  }
  for (const std::string& line : c.expect) {
    bool hit = std::any_of(events.begin(), events.end(), [&](const Event& e) { return EventMatches(e, line); });
    EXPECT_TRUE(hit) << "expected: " << line << "\ntext: " << c.text << "\ngot:\n" << Describe(events);
  }
  if (c.only) {
    EXPECT_EQ(typed.size(), c.expect.size()) << Describe(events);
  }
}

std::string CaseName(const ::testing::TestParamInfo<GoldenCase>& info) {
  std::string out = std::to_string(info.index) + "_";
  for (char ch : info.param.name) out.push_back(std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_');
  return out.substr(0, 60);
}

INSTANTIATE_TEST_SUITE_P(Phenomena, Golden, ::testing::ValuesIn(LoadCases()), CaseName);

TEST(Coder, EventsCarryOffsetsIntoTheBody) {
  Coder coder(testing::FullLexicon());
  Document doc{"d", "2025-12-14", "", "Gunmen killed three soldiers in Syria on Saturday.", "", "", "", {}};
  auto events = coder.Code(doc, nullptr);
  ASSERT_FALSE(events.empty());
  const Mention& m = events[0].mentions[0];
  EXPECT_EQ(doc.text.substr(m.trigger.first, m.trigger.second - m.trigger.first), "killed");
  EXPECT_EQ(events[0].date.start, "2025-12-13");
  EXPECT_EQ(events[0].killed, 3);
}

// Where the outlet is: places in its name (a country, its people, a subdivision or a large city, not
// a village that shares a word) and the country-code domain of its address.
TEST(Geocoder, OutletPlacesFromNameAndAddress) {
  const Geocoder& geo = testing::FullGeocoder();
  auto countries = [&](std::string_view source, std::string_view url) {
    std::vector<std::string> out;
    for (int32_t p : geo.OutletPlaces(source, url)) {
      PlaceMention m;
      m.place = p;
      out.push_back(geo.Describe(m).country);
    }
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(countries("Daily Trust (Nigeria)", ""), V{"NGA"});
  EXPECT_EQ(countries("National Iraqi News Agency", ""), V{"IRQ"});
  EXPECT_EQ(countries("", "https://www.lemonde.fr/international/article.html"), V{"FRA"});
  EXPECT_EQ(countries("", "http://news.bbc.co.uk/2/hi/africa"), V{"GBR"});
  EXPECT_EQ(countries("", "https://example.tv/story"), V{});  // sold worldwide: no country
  EXPECT_EQ(countries("", "https://www.reuters.com/world"), V{});
  EXPECT_EQ(countries("Le Dauphine", ""), V{});
  EXPECT_EQ(countries("Yemen News Agency (SABA)", ""), V{"YEM"});  // the acronym is no Saba island
}

// A village the gazetteer lacks is not read as a foreign namesake of a similar spelling ("Ankoum"
// is not Ankum in Germany) when the story is elsewhere: it stays unresolved.
TEST(Geocoder, ForeignLooseReadingStaysUnresolved) {
  const Geocoder& geo = testing::FullGeocoder();
  Analysis a = Analyze("Militants abducted two traders in the village of Ankoum, near Ansongo in Mali, on Monday.");
  std::vector<std::string> countries;
  for (const PlaceMention& m : geo.Find(a)) countries.push_back(m.country);
  EXPECT_FALSE(countries.empty());
  for (const std::string& c : countries) EXPECT_EQ(c, "MLI");
}

// The language of an outlet's name, from its articles and usual titles; words several languages
// share give several; an English name gives none.
TEST(Geocoder, OutletLanguagesFromTheName) {
  EXPECT_EQ(Geocoder::OutletLanguages("Le Dauphine Libere"), gbin::kFrench);
  EXPECT_EQ(Geocoder::OutletLanguages("Fyens Stiftstidende"), gbin::kDanish);
  EXPECT_EQ(Geocoder::OutletLanguages("Redaktionsnetzwerk Deutschland"), gbin::kGerman);
  EXPECT_EQ(Geocoder::OutletLanguages("La Repubblica"), gbin::kItalian);
  EXPECT_EQ(Geocoder::OutletLanguages("Diario Correo (Peru)"), gbin::kSpanish);  // two Spanish words, one shared
  EXPECT_EQ(Geocoder::OutletLanguages("The Times of India"), 0);
  EXPECT_EQ(Geocoder::OutletLanguages(""), 0);
}

}  // namespace
}  // namespace sitrep
