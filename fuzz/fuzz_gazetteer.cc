// Gazetteer inputs: arbitrary bytes as a compiled image (rejected or safe to use), and as the
// text sources the builder reads (cities500 lines, aliases, regions, us-atlas TopoJSON): skipped lines, never a crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "geo/geocoder.h"

namespace {
const char* kCountries = R"([{"cca2":"SY","cca3":"SYR","name":{"common":"Syria","official":"Syrian Arab Republic"},
  "altSpellings":["SY"],"latlng":[35,38],"demonyms":{"eng":{"f":"Syrian","m":"Syrian"}}},
  {"cca2":"US","cca3":"USA","name":{"common":"United States"},"latlng":[38,-97]}])";
const char* kRegions = R"({"SY":{"reference":{"geonames":163843},"regions":[{"name":"Homs Governorate","iso":"HI","admin":"11"}]},
  "US":{"regions":[{"name":"Georgia","iso":"GA","admin":"GA"}]}})";

void Use(const sitrep::Gazetteer& g) {
  sitrep::Geocoder geo(g);
  sitrep::Analysis a = sitrep::Analyze("Gunmen attacked a post near Palmyra in Homs province, Syria, and in Macon, Ga.");
  for (const auto& m : geo.Find(a)) (void)geo.Describe(m);
  for (const auto& m : geo.ResolveSpans(a, "x", {{0, 1}})) (void)geo.Describe(m);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (auto g = sitrep::Gazetteer::FromImage(bytes); g.ok()) Use(*g.value());
  sitrep::GazetteerSources src;
  src.cities_tsv = bytes;
  src.regions_json = kRegions;
  src.countries_json = kCountries;
  src.aliases_text = bytes;
  src.regions_text = bytes;
  src.counties_json = bytes;
  sitrep::BuildReport report;
  if (auto image = sitrep::BuildGazetteer(src, &report); image.ok()) {
    auto g = sitrep::Gazetteer::FromImage(image.value());
    if (!g.ok()) __builtin_trap();  // what the builder writes, the loader accepts
    Use(*g.value());
  }
  return 0;
}
