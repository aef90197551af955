// `sitrep geocode` output: one JSON line per document.
#include <cstdio>

#include "base/json.h"
#include "geo/geo_json.h"

namespace sitrep {
namespace {

void AppendNumber(std::string* out, double v, const char* fmt) {
  char buf[32];
  std::snprintf(buf, sizeof buf, fmt, v);
  *out += buf;
}

void AppendNullable(std::string* out, const std::string& s) {
  if (s.empty()) *out += "null";
  else AppendJsonString(out, s);
}

}  // namespace

std::string PlacesToJson(const std::string& id, const Geocoder& geo, const std::vector<PlaceMention>& places,
                         bool keep_actors) {
  std::string out = "{\"id\": ";
  AppendJsonString(&out, id);
  out += ", \"places\": [";
  bool first = true;
  for (const PlaceMention& m : places) {
    if (m.actor && !keep_actors) continue;
    if (!first) out += ", ";
    first = false;
    ResolvedPlace r = geo.Describe(m);
    out += "{\"span\": [" + std::to_string(m.begin) + ", " + std::to_string(m.end) + "], \"text\": ";
    AppendJsonString(&out, m.text);
    out += ", \"name\": ";
    AppendNullable(&out, r.name);
    out += ", \"geonames_id\": ";
    out += r.geonames_id > 0 ? std::to_string(r.geonames_id) : "null";
    out += ", \"country\": ";
    AppendNullable(&out, r.country);
    out += ", \"admin1\": ";
    AppendNullable(&out, r.admin1);
    if (m.place >= 0) {
      out += ", \"lat\": ";
      AppendNumber(&out, r.lat, "%.5f");
      out += ", \"lon\": ";
      AppendNumber(&out, r.lon, "%.5f");
    } else {
      out += ", \"lat\": null, \"lon\": null";
    }
    out += ", \"precision\": ";
    AppendNullable(&out, m.precision);
    out += ", \"confidence\": ";
    AppendNumber(&out, m.confidence, "%.2f");
    if (m.actor) out += ", \"actor\": true";
    out += "}";
  }
  out += "]}";
  return out;
}

}  // namespace sitrep
