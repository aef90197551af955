// Builds the gazetteer image from GeoNames cities500, iso3166-2-db and world-countries.
#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <unordered_map>

#include "base/utf8.h"
#include "geo/gazetteer.h"
#include "geo/us_counties.h"

namespace sitrep {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> f;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    f.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return f;
}

bool ParseNumber(std::string_view s, double* out) {
  std::string tmp(s);
  char* end = nullptr;
  *out = std::strtod(tmp.c_str(), &end);
  return !tmp.empty() && end == tmp.c_str() + tmp.size() && std::isfinite(*out);
}

// A name worth indexing: Latin script once folded, not a short all-capitals code.
bool UsableName(std::string_view name) {
  if (name.size() < 2 || name.size() > 80 || FindInvalidUtf8(name) != std::string_view::npos) return false;
  int upper = 0, letters = 0;
  for (unsigned char c : name) {
    letters += std::isalpha(c) != 0;
    upper += (c >= 'A' && c <= 'Z');
  }
  if (letters == upper && name.size() <= 4) return false;  // "DAM", "LON": codes
  for (unsigned char c : FoldForMatch(name))
    if (c >= 0x80) return false;
  return true;
}

uint8_t RankOf(std::string_view code) {
  if (code == "PPLC") return gbin::kPplCapital;
  if (code == "PPLA") return gbin::kPplAdmin1;
  if (code == "PPLA2") return gbin::kPplAdmin2;
  if (code == "PPLA3" || code == "PPLA4" || code == "PPLG") return gbin::kPplMinor;
  return gbin::kPpl;
}

// "Homs Governorate" -> "Homs"; "Province of Barcelona" -> "Barcelona".
std::string ShortAdminName(const std::string& name) {
  static const std::set<std::string> kGeneric = {
      "governorate", "province", "state", "region", "oblast", "krai", "kray", "district", "department",
      "county", "prefecture", "municipality", "emirate", "division", "territory", "autonomous", "community",
      "parish", "voivodeship", "canton", "capital", "special", "administrative", "federal", "wilaya",
      "vilayet", "governorate.", "okrug", "zone", "area", "city", "of", "the",
      // the same words in the other languages read (iso3166-2-db es, fr, de): "Departamento de San Pedro"
      "departamento", "departement", "provincia", "estado", "etat", "staat", "region", "regione", "distrito",
      "municipio", "comunidad", "autonoma", "autonome", "gouvernorat", "provinz", "bundesland", "de", "del",
      "du", "des", "la", "le"};
  std::vector<std::string> words;
  std::string cur;
  for (char c : name + " ") {
    if (c == ' ') {
      if (!cur.empty()) words.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  auto generic = [&](const std::string& w) { return kGeneric.count(FoldForMatch(w)) > 0; };
  size_t b = 0, e = words.size();
  while (e > b + 1 && generic(words[e - 1])) --e;
  while (b + 1 < e && generic(words[b])) ++b;
  std::string out;
  for (size_t i = b; i < e; ++i) out += (out.empty() ? "" : " ") + words[i];
  return out;
}

std::string Str(simdjson::dom::element el, const char* key) {
  std::string_view sv;
  if (el[key].get_string().get(sv) != simdjson::SUCCESS) return "";
  return std::string(sv);
}

class Builder {
 public:
  uint32_t Intern(const std::string& s) {
    auto it = interned_.find(s);
    if (it != interned_.end()) return it->second;
    uint32_t off = static_cast<uint32_t>(pool_.size());
    pool_ += s;
    pool_ += '\0';
    interned_.emplace(s, off);
    return off;
  }
  void AddName(const std::string& name, uint32_t place, bool alternate, uint32_t extra = 0) {
    if (!UsableName(name)) return;
    std::string key = NameKey(name);
    if (key.empty()) return;
    uint32_t flags = (alternate ? static_cast<uint32_t>(gbin::kAlternate) : 0u) | extra;
    names_.push_back({HashKey(key), place, flags});
    std::string skel = SkeletonKey(name);
    if (skel.size() >= 3) names_.push_back({HashKey("~" + skel), place, flags | gbin::kSkeleton});
  }
  std::string pool_;
  std::unordered_map<std::string, uint32_t> interned_;
  std::vector<gbin::Place> places_;
  std::vector<gbin::NameRow> names_;
  std::vector<gbin::Country> countries_;
  std::vector<gbin::Admin1> admins_;
};

template <typename T>
void AppendSection(std::string* image, gbin::Header* h, gbin::Section s, const T* data, size_t count) {
  while (image->size() % 8) image->push_back('\0');
  h->refs[s] = {image->size(), count};
  image->append(reinterpret_cast<const char*>(data), count * sizeof(T));
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// Middle of the extent (the outer 1% trimmed): the centre of a subdivision drawn from its towns.
double Middle(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  size_t lo = v.size() / 100, hi = v.size() - 1 - v.size() / 100;
  return (v[lo] + v[hi]) / 2;
}


// Calls f(line) for each line of one of sitrep's own text files, its "#" comment removed and blank
// lines skipped; f's error comes back as "file:line: reason".
template <typename F>
Status ForEachLine(std::string_view text, const char* file, F f) {
  size_t start = 0, line_no = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    std::string_view line = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    start = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    line = line.substr(0, line.find('#'));
    if (Trim(line).empty()) continue;
    Status st = f(line);
    if (!st.ok()) return Status::Error(std::string(file) + ":" + std::to_string(line_no) + ": " + st.message());
  }
  return Status::Ok();
}

// "a; b ;c" -> the trimmed, non-empty items.
std::vector<std::string> SplitList(std::string_view s) {
  std::vector<std::string> out;
  size_t from = 0;
  while (from <= s.size()) {
    size_t semi = s.find(';', from);
    std::string item = Trim(s.substr(from, semi == std::string_view::npos ? std::string_view::npos : semi - from));
    if (!item.empty()) out.push_back(std::move(item));
    if (semi == std::string_view::npos) break;
    from = semi + 1;
  }
  return out;
}

// "US | America; U.S." and "US-GA | Ga.": extra names for a country or a subdivision.
Status AddAliases(std::string_view text, const std::map<std::string, uint16_t>& by_iso2,
                  const std::map<std::pair<uint16_t, std::string>, uint16_t>& admin_by_iso, Builder* b) {
  return ForEachLine(text, "aliases.txt", [&](std::string_view line) -> Status {
    size_t bar = line.find('|');
    if (bar == std::string_view::npos) return Status::Error("expected 'CODE | name; name'");
    std::string code = Trim(line.substr(0, bar));
    auto cit = by_iso2.find(code.substr(0, 2));
    if (cit == by_iso2.end()) return Status::Error("unknown country code '" + code + "'");
    uint32_t place = b->countries_[cit->second].place;
    if (code.size() > 3 && code[2] == '-') {
      auto ait = admin_by_iso.find({cit->second, code.substr(3)});
      if (ait == admin_by_iso.end()) return Status::Error("unknown subdivision '" + code + "'");
      place = b->admins_[ait->second].place;
    } else if (code.size() != 2) {
      return Status::Error("expected an ISO 3166-1 or 3166-2 code, found '" + code + "'");
    }
    bool subdivision = code.size() > 3;
    for (std::string name : SplitList(line.substr(bar + 1))) {
      if (name[0] == '@') {  // "@39.83,-98.58": the point to place it at
        double lat = 0, lon = 0;
        if (std::sscanf(name.c_str() + 1, "%lf,%lf", &lat, &lon) != 2 || std::fabs(lat) > 90 || std::fabs(lon) > 180)
          return Status::Error("expected @LAT,LON, found '" + name + "'");
        b->places_[place].lat = static_cast<float>(lat);
        b->places_[place].lon = static_cast<float>(lon);
        continue;
      }
      bool demonym = name[0] == '+';  // "+English": a demonym
      if (demonym) name.erase(0, 1);
      bool abbreviation = subdivision && !name.empty() && name.back() == '.';
      uint32_t flags = gbin::kAlternate | (abbreviation ? static_cast<uint32_t>(gbin::kAbbreviation) : 0u) |
                       (demonym ? static_cast<uint32_t>(gbin::kDemonym) : 0u);
      std::string key = NameKey(name);
      if (!key.empty()) b->names_.push_back({HashKey(key), place, flags});
    }
    return Status::Ok();
  });
}

// US counties (us-atlas): "Fulton County", "Orleans Parish", "Kenai Peninsula Borough", each at the
// centroid of its area, in its state, with its towns' people as population. Independent cities (county
// codes 500 and over: "Richmond city", "Baltimore city") are towns already; territories are left out.
Status AddCounties(const std::string& json, uint16_t us, const std::vector<std::vector<std::string>>& admin_names,
                   const std::map<std::pair<uint16_t, std::string>, uint64_t>& county_pop, Builder* b,
                   BuildReport* report) {
  std::vector<CountyShape> counties;
  std::vector<StateShape> states;
  size_t skipped = 0;
  if (Status st = ReadUsCounties(json, &counties, &states, &skipped); !st.ok())
    return Status::Error("counties-10m.json: " + st.message());
  report->skipped_lines += skipped;
  std::map<std::string, uint16_t> state_admin;  // FIPS -> admin1, by the state's name
  for (const StateShape& s : states)
    for (size_t a = 0; a < b->admins_.size(); ++a)
      if (b->admins_[a].country == us &&
          std::any_of(admin_names[a].begin(), admin_names[a].end(), [&](const std::string& n) { return NameKey(n) == NameKey(s.name); }))
        state_admin[s.fips] = static_cast<uint16_t>(a);
  for (const CountyShape& c : counties) {
    auto st = state_admin.find(c.state_fips);
    if (st == state_admin.end() || c.county_fips >= "500") continue;
    auto pop = county_pop.find({st->second, c.county_fips});
    std::vector<std::string> kinds = {"County"};
    if (c.state_fips == "22") kinds = {"Parish"};
    if (c.state_fips == "02") kinds = {"Borough", "Census Area", "Municipality"};
    uint32_t place = static_cast<uint32_t>(b->places_.size());
    b->places_.push_back({0, static_cast<float>(c.lat), static_cast<float>(c.lon),
                          static_cast<uint32_t>(pop == county_pop.end() ? 0 : std::min<uint64_t>(pop->second, 4000000000u)),
                          b->Intern(c.name + " " + kinds[0]), us, st->second, static_cast<uint8_t>(PlaceKind::kAdmin2), 0, 0});
    for (const std::string& k : kinds) b->AddName(c.name + " " + k, place, false);
    // "Oconee", "Pointe Coupee": a county named without its word, as local news does; another name
    // (read only where a span marks it: the geocoder leaves such county readings out of running text)
    b->AddName(c.name, place, true);
  }
  return Status::Ok();
}

// "Middle East | 29.0, 41.0 | Mideast; the Middle East": world regions, placed at a centre.
Status AddRegions(std::string_view text, Builder* b) {
  return ForEachLine(text, "regions.txt", [&](std::string_view line) -> Status {
    size_t bar1 = line.find('|');
    size_t bar2 = bar1 == std::string_view::npos ? bar1 : line.find('|', bar1 + 1);
    if (bar1 == std::string_view::npos) return Status::Error("expected 'Name | LAT, LON | other names'");
    std::string name = Trim(line.substr(0, bar1));
    std::string point = Trim(line.substr(bar1 + 1, bar2 == std::string_view::npos ? std::string_view::npos : bar2 - bar1 - 1));
    double lat = 0, lon = 0;
    if (name.empty() || std::sscanf(point.c_str(), "%lf , %lf", &lat, &lon) != 2 || std::fabs(lat) > 90 || std::fabs(lon) > 180)
      return Status::Error("expected 'Name | LAT, LON | other names'");
    uint32_t place = static_cast<uint32_t>(b->places_.size());
    b->places_.push_back({0, static_cast<float>(lat), static_cast<float>(lon), 0, b->Intern(name), gbin::kNone,
                          gbin::kNone, static_cast<uint8_t>(PlaceKind::kRegion), 0, 0});
    b->names_.push_back({HashKey(NameKey(name)), place, 0});
    std::string_view rest = bar2 == std::string_view::npos ? std::string_view() : line.substr(bar2 + 1);
    for (std::string alias : SplitList(rest)) {
      uint32_t flags = gbin::kAlternate;
      if (alias[0] == '+') alias.erase(0, 1), flags |= gbin::kDemonym;
      if (!NameKey(alias).empty()) b->names_.push_back({HashKey(NameKey(alias)), place, flags});
    }
    return Status::Ok();
  });
}

}  // namespace

Status ParseCityLine(std::string_view line, CityRecord* out) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  std::vector<std::string_view> f = SplitTabs(line);
  if (f.size() < 15) return Status::Error("expected 19 tab-separated fields, found " + std::to_string(f.size()));
  double id = 0, pop = 0;
  if (!ParseNumber(f[0], &id) || id <= 0 || id > 2e9) return Status::Error("bad geonameid");
  if (!ParseNumber(f[4], &out->lat) || std::fabs(out->lat) > 90) return Status::Error("bad latitude");
  if (!ParseNumber(f[5], &out->lon) || std::fabs(out->lon) > 180) return Status::Error("bad longitude");
  if (!f[14].empty() && (!ParseNumber(f[14], &pop) || pop < 0 || pop > 4e9)) return Status::Error("bad population");
  if (f[1].empty()) return Status::Error("empty name");
  out->geonames_id = static_cast<int32_t>(id);
  out->name = std::string(f[1]);
  out->ascii_name = std::string(f[2]);
  out->alternates.clear();
  size_t start = 0;
  while (start < f[3].size()) {
    size_t comma = f[3].find(',', start);
    std::string_view a = f[3].substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    if (!a.empty()) out->alternates.emplace_back(a);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  out->feature_class = std::string(f[6]);
  out->feature_code = std::string(f[7]);
  out->country = std::string(f[8]);
  out->admin1 = std::string(f[10]);
  out->admin2 = std::string(f[11]);
  out->population = static_cast<uint32_t>(pop);
  return Status::Ok();
}

Result<std::string> BuildGazetteer(const GazetteerSources& src, BuildReport* report) {
  Builder b;
  b.Intern("");
  simdjson::dom::parser parser;
  // countries: world-countries
  std::map<std::string, uint16_t> by_iso2;
  std::vector<std::pair<double, double>> country_ll;
  std::vector<std::vector<std::string>> country_names, country_demonyms;
  std::vector<uint16_t> country_languages;
  {
    simdjson::padded_string json(src.countries_json);
    simdjson::dom::array arr;
    if (parser.parse(json).get_array().get(arr) != simdjson::SUCCESS)
      return Status::Error("countries.json: not a JSON array");
    for (simdjson::dom::element c : arr) {
      std::string iso2 = Str(c, "cca2"), iso3 = Str(c, "cca3");
      if (iso3 == "UNK") iso3 = "XKX";  // Kosovo: world-countries' placeholder; XKX as the actors and ACLED write it
      if (iso2.size() != 2 || iso3.size() != 3 || by_iso2.count(iso2)) continue;
      simdjson::dom::element name;
      std::vector<std::string> names;
      if (c["name"].get(name) == simdjson::SUCCESS) {
        names.push_back(Str(name, "common"));
        names.push_back(Str(name, "official"));
      }
      simdjson::dom::array alt;
      if (c["altSpellings"].get(alt) == simdjson::SUCCESS)
        for (auto a : alt) {
          std::string_view sv;
          if (a.get_string().get(sv) == simdjson::SUCCESS) names.emplace_back(sv);
        }
      std::vector<std::string> demonyms;
      simdjson::dom::element eng;
      if (c["demonyms"]["eng"].get(eng) == simdjson::SUCCESS)
        for (const char* g : {"m", "f"}) {
          std::string d = Str(eng, g);
          if (d.empty()) continue;
          demonyms.push_back(d);
          bool ese = d.size() > 3 && d.compare(d.size() - 3, 3, "ese") == 0;
          if (d.back() != 's' && !ese) demonyms.push_back(d + "s");
        }
      uint16_t languages = 0;  // "languages": {"fra": "French", ...}
      simdjson::dom::object langs;
      if (c["languages"].get(langs) == simdjson::SUCCESS)
        for (auto field : langs) languages |= gbin::LanguageBit(field.key);
      double lat = 0, lon = 0;
      simdjson::dom::array ll;
      if (c["latlng"].get(ll) == simdjson::SUCCESS && ll.size() == 2) {
        if (ll.at(0).get(lat) != simdjson::SUCCESS || ll.at(1).get(lon) != simdjson::SUCCESS) lat = lon = 0;
      }
      if (b.countries_.size() >= gbin::kNone) break;
      by_iso2[iso2] = static_cast<uint16_t>(b.countries_.size());
      b.countries_.push_back({b.Intern(iso3), b.Intern(iso2), b.Intern(names.empty() ? iso3 : names[0]), 0});
      country_ll.push_back({lat, lon});
      country_languages.push_back(languages);
      country_names.push_back(std::move(names));
      country_demonyms.push_back(std::move(demonyms));
    }
  }
  // subdivisions: iso3166-2-db, keyed by GeoNames' admin1 code
  std::map<std::pair<uint16_t, std::string>, uint16_t> admin_by_code, admin_by_iso;
  std::vector<std::vector<std::string>> admin_names;
  std::vector<int32_t> admin_geonames, country_geonames(b.countries_.size(), 0);
  auto read_regions = [&](const std::string& text, bool primary) -> Status {
    if (text.empty()) return Status::Ok();
    simdjson::padded_string json(text);
    simdjson::dom::object obj;
    if (parser.parse(json).get_object().get(obj) != simdjson::SUCCESS)
      return Status::Error("regions JSON: not an object");
    for (auto [iso2, c] : obj) {
      auto cit = by_iso2.find(std::string(iso2));
      if (cit == by_iso2.end()) continue;
      int64_t gid = 0;
      if (primary && c["reference"]["geonames"].get(gid) == simdjson::SUCCESS) country_geonames[cit->second] = static_cast<int32_t>(gid);
      simdjson::dom::array regions;
      if (c["regions"].get(regions) != simdjson::SUCCESS) continue;
      for (simdjson::dom::element r : regions) {
        std::string name = Str(r, "name"), admin = Str(r, "admin");
        if (name.empty() || admin.empty()) continue;
        auto key = std::make_pair(cit->second, admin);
        auto it = admin_by_code.find(key);
        if (it != admin_by_code.end()) {
          admin_names[it->second].push_back(name);
          continue;
        }
        if (!primary || b.admins_.size() >= gbin::kNone) continue;
        uint16_t idx = static_cast<uint16_t>(b.admins_.size());
        admin_by_code[key] = idx;
        admin_by_iso[{cit->second, Str(r, "iso")}] = idx;
        b.admins_.push_back({b.Intern(name), b.Intern(ShortAdminName(name)), cit->second, 0, 0});
        admin_names.push_back({name});
        int64_t agid = 0;
        admin_geonames.push_back(r["reference"]["geonames"].get(agid) == simdjson::SUCCESS ? static_cast<int32_t>(agid) : 0);
      }
    }
    return Status::Ok();
  };
  SITREP_RETURN_IF_ERROR(read_regions(src.regions_json, true));
  for (const std::string& alt : src.regions_alt_json) SITREP_RETURN_IF_ERROR(read_regions(alt, false));
  // populated places
  std::vector<std::vector<double>> admin_lat(b.admins_.size()), admin_lon(b.admins_.size());
  std::vector<uint64_t> admin_pop(b.admins_.size(), 0), country_pop(b.countries_.size(), 0);
  std::map<std::pair<uint16_t, std::string>, uint64_t> county_pop;  // (state, county FIPS): its towns' people
  std::string_view tsv = src.cities_tsv;
  size_t line_no = 0, start = 0;
  CityRecord rec;
  while (start < tsv.size()) {
    size_t nl = tsv.find('\n', start);
    std::string_view line = tsv.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    start = nl == std::string_view::npos ? tsv.size() : nl + 1;
    ++line_no;
    if (line.empty()) continue;
    Status st = ParseCityLine(line, &rec);
    auto cit = by_iso2.find(rec.country);
    if (st.ok() && cit == by_iso2.end()) st = Status::Error("unknown country code '" + rec.country + "'");
    if (st.ok() && rec.feature_class != "P") st = Status::Error("not a populated place");
    if (!st.ok()) {
      ++report->skipped_lines;
      if (report->warnings.size() < 5) report->warnings.push_back("cities500.txt:" + std::to_string(line_no) + ": " + st.message());
      continue;
    }
    auto ait = admin_by_code.find({cit->second, rec.admin1});
    uint16_t admin = ait == admin_by_code.end() ? gbin::kNone : ait->second;
    uint32_t idx = static_cast<uint32_t>(b.places_.size());
    b.places_.push_back({rec.geonames_id, static_cast<float>(rec.lat), static_cast<float>(rec.lon), rec.population,
                         b.Intern(rec.name), cit->second, admin, static_cast<uint8_t>(PlaceKind::kCity),
                         RankOf(rec.feature_code), 0});
    b.AddName(rec.name, idx, false);
    if (rec.ascii_name != rec.name) b.AddName(rec.ascii_name, idx, false);
    for (const auto& alt : rec.alternates) b.AddName(alt, idx, true);
    country_pop[cit->second] += rec.population;
    if (admin != gbin::kNone && rec.country == "US") county_pop[{admin, rec.admin2}] += rec.population;
    if (admin != gbin::kNone) {
      admin_lat[admin].push_back(rec.lat);
      admin_lon[admin].push_back(rec.lon);
      admin_pop[admin] += rec.population;
    }
  }
  // subdivisions and countries as places
  for (size_t a = 0; a < b.admins_.size(); ++a) {
    gbin::Admin1& ad = b.admins_[a];
    double lat = country_ll[ad.country].first, lon = country_ll[ad.country].second;
    if (!admin_lat[a].empty()) {
      lat = Middle(admin_lat[a]);
      lon = admin_lon[a].size() > 2 && Middle(admin_lon[a]) - Median(admin_lon[a]) > 90 ? Median(admin_lon[a])
                                                                                          : Middle(admin_lon[a]);
    }
    ad.place = static_cast<uint32_t>(b.places_.size());
    b.places_.push_back({admin_geonames[a], static_cast<float>(lat), static_cast<float>(lon),
                         static_cast<uint32_t>(std::min<uint64_t>(admin_pop[a], 4000000000u)), ad.name, ad.country,
                         static_cast<uint16_t>(a), static_cast<uint8_t>(PlaceKind::kAdmin1), 0, 0});
    for (const auto& n : admin_names[a]) {
      b.AddName(n, ad.place, false);
      std::string s = ShortAdminName(n);
      // "North Region" -> "North" would make every "north" a place: a bare direction stays out
      static const std::set<std::string> kBare = {"north", "south", "east", "west", "northern", "southern",
          "eastern", "western", "central", "centre", "center", "upper", "lower", "middle", "coast", "capital",
          "north east", "north west", "south east", "south west", "northeast", "northwest", "southeast",
          "southwest", "far north", "far west", "islands", "island", "lakes", "mountain", "littoral", "interior"};
      if (s != n && !kBare.count(NameKey(s))) b.AddName(s, ad.place, false);
    }
  }
  for (size_t c = 0; c < b.countries_.size(); ++c) {
    gbin::Country& co = b.countries_[c];
    co.place = static_cast<uint32_t>(b.places_.size());
    b.places_.push_back({country_geonames[c], static_cast<float>(country_ll[c].first),
                         static_cast<float>(country_ll[c].second),
                         static_cast<uint32_t>(std::min<uint64_t>(country_pop[c], 4000000000u)), co.name,
                         static_cast<uint16_t>(c), gbin::kNone, static_cast<uint8_t>(PlaceKind::kCountry), 0,
                         country_languages[c]});
    for (size_t i = 0; i < country_names[c].size(); ++i) b.AddName(country_names[c][i], co.place, i > 0);
    for (const auto& d : country_demonyms[c]) b.AddName(d, co.place, true, gbin::kDemonym);
  }
  if (!src.counties_json.empty()) {
    auto us = by_iso2.find("US");
    if (us != by_iso2.end()) SITREP_RETURN_IF_ERROR(AddCounties(src.counties_json, us->second, admin_names, county_pop, &b, report));
  }
  SITREP_RETURN_IF_ERROR(AddAliases(src.aliases_text, by_iso2, admin_by_iso, &b));
  SITREP_RETURN_IF_ERROR(AddRegions(src.regions_text, &b));
  std::sort(b.names_.begin(), b.names_.end(), [](const gbin::NameRow& x, const gbin::NameRow& y) {
    return x.key != y.key ? x.key < y.key : x.place != y.place ? x.place < y.place : x.flags < y.flags;
  });
  b.names_.erase(std::unique(b.names_.begin(), b.names_.end(),
                             [](const gbin::NameRow& x, const gbin::NameRow& y) { return x.key == y.key && x.place == y.place; }),
                 b.names_.end());
  gbin::Header h{};
  std::memcpy(h.magic, gbin::kMagic, 8);
  h.version = 1;
  h.sections = gbin::kSectionCount;
  std::string image(sizeof h, '\0');
  AppendSection(&image, &h, gbin::kPool, b.pool_.data(), b.pool_.size());
  AppendSection(&image, &h, gbin::kPlaces, b.places_.data(), b.places_.size());
  AppendSection(&image, &h, gbin::kNames, b.names_.data(), b.names_.size());
  AppendSection(&image, &h, gbin::kCountries, b.countries_.data(), b.countries_.size());
  AppendSection(&image, &h, gbin::kAdmins, b.admins_.data(), b.admins_.size());
  std::vector<uint64_t> filter(gbin::kFilterBits / 64, 0);
  for (const auto& r : b.names_) {
    uint64_t b1 = r.key & (gbin::kFilterBits - 1), b2 = (r.key >> 32) & (gbin::kFilterBits - 1);
    filter[b1 >> 6] |= uint64_t{1} << (b1 & 63);
    filter[b2 >> 6] |= uint64_t{1} << (b2 & 63);
  }
  AppendSection(&image, &h, gbin::kFilter, filter.data(), filter.size());
  std::memcpy(image.data(), &h, sizeof h);
  report->places = b.places_.size();
  report->names = b.names_.size();
  report->countries = b.countries_.size();
  report->admins = b.admins_.size();
  return image;
}

}  // namespace sitrep
