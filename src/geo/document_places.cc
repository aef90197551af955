// What a document says about where it is besides its body: the headline's places, and where its
// outlet is (places and peoples in its name, its language, its address's country-code domain).
#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "geo/geocoder.h"

namespace sitrep {
namespace {

// The words of a folded key.
std::vector<std::string_view> Words(std::string_view key) {
  std::vector<std::string_view> out;
  size_t at = 0;
  while (at < key.size()) {
    size_t sp = key.find(' ', at);
    if (sp == std::string_view::npos) sp = key.size();
    if (sp > at) out.push_back(key.substr(at, sp - at));
    at = sp + 1;
  }
  return out;
}

// The country-code top-level domain of an address ("https://www.lemonde.fr/..." -> "FR"), "" for a
// generic one and for the two-letter domains sold worldwide (.tv, .io, .co, .me, ...).
std::string CountryDomain(std::string_view url) {
  size_t start = url.find("://");
  start = start == std::string_view::npos ? 0 : start + 3;
  size_t end = url.find_first_of("/:?#", start);
  std::string_view host = url.substr(start, end == std::string_view::npos ? url.size() - start : end - start);
  size_t dot = host.rfind('.');
  if (dot == std::string_view::npos || host.size() - dot != 3) return "";
  std::string tld(host.substr(dot + 1));
  for (char& c : tld) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  static const std::unordered_set<std::string_view> kGeneric = {"TV", "IO", "CO", "ME", "LY", "FM", "AI", "CC", "WS", "TO", "AM", "GG", "NU",
                                                              "TK", "ML", "GA", "CF", "GQ", "LA", "ST", "SH", "AC", "VC",
                                                              "GL", "SU", "EU"};
  if (kGeneric.count(tld)) return "";
  return tld == "UK" ? "GB" : tld;
}

}  // namespace

std::vector<int32_t> Geocoder::HeadlinePlaces(std::string_view title) const {
  std::vector<int32_t> out;
  if (title.empty()) return out;
  for (const PlaceMention& m : Find(Analyze(title)))
    if (m.place >= 0 && m.confidence >= 0.5) out.push_back(m.place);
  return out;
}

uint16_t Geocoder::OutletLanguages(std::string_view source) {
  using namespace gbin;
  // words of newspaper and broadcaster names, folded: articles, prepositions and the usual titles
  static const std::unordered_map<std::string_view, uint16_t> kWords = {
      {"le", kFrench}, {"les", kFrench}, {"du", kFrench}, {"des", kFrench}, {"l", kFrench}, {"d", kFrench},
      {"la", kFrench | kSpanish | kItalian}, {"libre", kFrench | kSpanish}, {"libere", kFrench},
      {"nouvelles", kFrench}, {"depeche", kFrench}, {"quotidien", kFrench}, {"matin", kFrench},
      {"republicain", kFrench}, {"parisien", kFrench}, {"regions", kFrench}, {"provence", kFrench},
      {"el", kSpanish}, {"los", kSpanish}, {"las", kSpanish}, {"del", kSpanish | kItalian}, {"diario", kSpanish | kPortuguese},
      {"periodico", kSpanish}, {"noticias", kSpanish | kPortuguese}, {"nacion", kSpanish}, {"tiempo", kSpanish},
      {"mundo", kSpanish | kPortuguese}, {"pais", kSpanish}, {"heraldo", kSpanish}, {"prensa", kSpanish},
      {"correo", kSpanish}, {"hoy", kSpanish}, {"clarin", kSpanish}, {"cronica", kSpanish}, {"vanguardia", kSpanish},
      {"folha", kPortuguese}, {"jornal", kPortuguese}, {"globo", kPortuguese}, {"do", kPortuguese},
      {"da", kPortuguese | kItalian}, {"dos", kPortuguese}, {"das", kPortuguese | kGerman}, {"correio", kPortuguese},
      {"estadao", kPortuguese}, {"publico", kPortuguese | kSpanish},
      {"der", kGerman}, {"die", kGerman}, {"zeitung", kGerman}, {"allgemeine", kGerman}, {"tagblatt", kGerman},
      {"rundschau", kGerman}, {"anzeiger", kGerman}, {"nachrichten", kGerman}, {"kurier", kGerman},
      {"morgenpost", kGerman}, {"abendblatt", kGerman}, {"neue", kGerman}, {"tagesspiegel", kGerman},
      {"redaktionsnetzwerk", kGerman}, {"rundfunk", kGerman}, {"merkur", kGerman}, {"volksstimme", kGerman},
      {"il", kItalian}, {"gli", kItalian}, {"della", kItalian}, {"corriere", kItalian}, {"gazzetta", kItalian},
      {"giornale", kItalian}, {"repubblica", kItalian}, {"stampa", kItalian}, {"messaggero", kItalian},
      {"notizie", kItalian}, {"mattino", kItalian}, {"nazione", kItalian}, {"tirreno", kItalian},
      {"het", kDutch}, {"dagblad", kDutch}, {"nieuws", kDutch}, {"krant", kDutch}, {"volkskrant", kDutch},
      {"omroep", kDutch}, {"nieuwsblad", kDutch},
      {"tidende", kDanish}, {"stiftstidende", kDanish}, {"politiken", kDanish}, {"berlingske", kDanish},
      {"jyllands", kDanish}, {"avis", kDanish | kNorwegian}, {"aftenposten", kNorwegian}, {"dagbladet", kNorwegian | kDanish},
      {"avisa", kNorwegian}, {"dagens", kSwedish | kNorwegian}, {"nyheter", kSwedish | kNorwegian},
      {"aftonbladet", kSwedish}, {"expressen", kSwedish}, {"tidning", kSwedish}, {"svenska", kSwedish},
      {"gazeta", kPolish}, {"wyborcza", kPolish}, {"rzeczpospolita", kPolish}, {"dziennik", kPolish},
      {"wiadomosci", kPolish}, {"adevarul", kRomanian}, {"ziarul", kRomanian}, {"stiri", kRomanian},
      {"libertatea", kRomanian}, {"haber", kTurkish}, {"gazetesi", kTurkish}, {"hurriyet", kTurkish},
      {"milliyet", kTurkish}, {"cumhuriyet", kTurkish}, {"sanomat", kFinnish}, {"uutiset", kFinnish},
      {"helsingin", kFinnish}, {"zpravy", kCzech}, {"noviny", kCzech}, {"denik", kCzech}, {"lidove", kCzech},
      {"hirek", kHungarian}, {"naplo", kHungarian}, {"nepszava", kHungarian}};
  std::map<uint16_t, int> votes;
  std::string key = NameKey(source);
  for (std::string_view w : Words(key)) {
    auto it = kWords.find(w);
    if (it == kWords.end()) continue;
    for (uint16_t bit = 1; bit != 0 && bit <= kHungarian; bit = static_cast<uint16_t>(bit << 1))
      if (it->second & bit) ++votes[bit];
  }
  int top = 0;
  for (const auto& [bit, n] : votes) top = std::max(top, n);
  uint16_t out = 0;
  for (const auto& [bit, n] : votes)
    if (n == top) out |= bit;
  return out;
}

std::vector<int32_t> Geocoder::OutletPlaces(std::string_view source, std::string_view url) const {
  std::vector<int32_t> out;
  if (!source.empty()) {
    Analysis a = Analyze(source);
    for (const PlaceMention& m : Find(a)) {
      if (m.place < 0 || m.confidence < 0.5) continue;
      // "Yemen News Agency (SABA)": capitals in brackets are the outlet's acronym, not Saba island
      if (m.first > 0 && m.last == m.first + 1 && a.tokens[m.first].all_caps && a.tokens[m.first - 1].text == "(")
        continue;
      const gbin::Place& p = g_.place(static_cast<uint32_t>(m.place));
      if (static_cast<PlaceKind>(p.kind) != PlaceKind::kCity || p.population >= 100000) out.push_back(m.place);
    }
    // "Iraqi", "Afghan": a country's people name its outlets too; so does its name inside the outlet's
    // ("Yemen News Agency", "Syria TV"), where running text would read it as part of a longer name
    for (const Token& t : a.tokens) {
      if (t.text.size() < 4 || !std::isupper(static_cast<unsigned char>(t.text[0])) || t.all_caps) continue;
      for (const gbin::NameRow& r : g_.Exact(NameKey(t.text)))
        if (!(r.flags & (gbin::kAbbreviation | gbin::kSkeleton)) &&
            static_cast<PlaceKind>(g_.place(r.place).kind) == PlaceKind::kCountry) {
          if (std::find(out.begin(), out.end(), static_cast<int32_t>(r.place)) == out.end())
            out.push_back(static_cast<int32_t>(r.place));
          break;
        }
    }
  }
  if (std::string cc = CountryDomain(url); !cc.empty())
    for (uint16_t i = 0; i < g_.country_count(); ++i)
      if (g_.Str(g_.country(i).iso2) == cc) out.push_back(static_cast<int32_t>(g_.country(i).place));
  return out;
}

}  // namespace sitrep
