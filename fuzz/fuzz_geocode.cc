// The toponym finder and resolver on arbitrary text and spans, and the outlet's places and language
// from arbitrary names and addresses: no crash, spans inside the text, places inside the gazetteer.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "base/utf8.h"
#include "geo/geocoder.h"

namespace {
const sitrep::Gazetteer& Gaz() {
  static std::unique_ptr<sitrep::Gazetteer> g = [] {
    sitrep::GazetteerSources src;
    src.countries_json = R"([{"cca2":"SY","cca3":"SYR","name":{"common":"Syria"},"latlng":[35,38]},
      {"cca2":"US","cca3":"USA","name":{"common":"United States"},"latlng":[38,-97]}])";
    src.regions_json = R"({"SY":{"regions":[{"name":"Homs Governorate","iso":"HI","admin":"11"}]},
      "US":{"regions":[{"name":"Georgia","iso":"GA","admin":"GA"}]}})";
    src.cities_tsv =
        "163808\tTadmur\tTadmur\tPalmyra,Tadmor\t34.56\t38.28\tP\tPPLA2\tSY\t\t11\t\t\t\t51323\t\t\t\t\n"
        "169577\tHoms\tHoms\tHims\t34.72\t36.72\tP\tPPLA\tSY\t\t11\t\t\t\t775404\t\t\t\t\n"
        "4207400\tMacon\tMacon\t\t32.84\t-83.63\tP\tPPLA2\tUS\t\tGA\t\t\t\t153095\t\t\t\t\n";
    src.aliases_text = "US-GA | Ga.\n";
    src.regions_text = "Middle East | 29.5, 42.0 | Mideast\n";
    sitrep::BuildReport report;
    return std::move(sitrep::Gazetteer::FromImage(sitrep::BuildGazetteer(src, &report).value())).value();
  }();
  return *g;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (sitrep::FindInvalidUtf8(text) != std::string::npos) return 0;  // readers reject it first
  sitrep::Geocoder geo(Gaz());
  sitrep::Analysis a = sitrep::Analyze(text);
  int n = static_cast<int>(sitrep::CountCodePoints(text));
  for (const auto& m : geo.Find(a, "SYR")) {
    if (m.begin < 0 || m.end > n || m.begin > m.end) __builtin_trap();
    (void)geo.Describe(m);
  }
  std::vector<std::pair<int, int>> spans;
  for (size_t i = 0; i + 1 < size && spans.size() < 8; i += 2) {
    int b = data[i] % (n + 1), e = b + 1 + data[i + 1] % 16;
    if (e <= n) spans.push_back({b, e});
  }
  for (const auto& m : geo.ResolveSpans(a, text, spans)) (void)geo.Describe(m);
  // the outlet's name and address: places, language, country-code domain
  size_t nl = text.find('\n');
  std::string source = text.substr(0, nl), url = nl == std::string::npos ? text : text.substr(nl + 1);
  uint16_t languages = sitrep::Geocoder::OutletLanguages(source);
  std::vector<int32_t> context = geo.DocumentPlaces(source, source, url);
  for (int32_t p : context)
    if (p < 0 || static_cast<size_t>(p) >= Gaz().place_count()) __builtin_trap();
  (void)geo.Find(a, {}, context, languages);
  return 0;
}
