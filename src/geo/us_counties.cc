// Reads us-atlas' TopoJSON: arcs are runs of points, quantized and delta-encoded when the topology has
// a transform; a polygon's rings are lists of arc indices, ~i for arc i reversed.
#include "geo/us_counties.h"

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace sitrep {
namespace {

using Point = std::pair<double, double>;  // lon, lat
using Arc = std::vector<Point>;

bool Number(simdjson::dom::element e, double* out) {
  int64_t i = 0;
  if (e.get_int64().get(i) == simdjson::SUCCESS) {
    *out = static_cast<double>(i);
    return true;
  }
  return e.get_double().get(*out) == simdjson::SUCCESS && std::isfinite(*out);
}

Status DecodeArcs(simdjson::dom::element root, std::vector<Arc>* arcs) {
  double sx = 1, sy = 1, tx = 0, ty = 0;
  bool quantized = false;
  simdjson::dom::element tr;
  if (root["transform"].get(tr) == simdjson::SUCCESS) {
    simdjson::dom::array scale, translate;
    if (tr["scale"].get(scale) != simdjson::SUCCESS || tr["translate"].get(translate) != simdjson::SUCCESS ||
        scale.size() != 2 || translate.size() != 2 || !Number(scale.at(0).value_unsafe(), &sx) ||
        !Number(scale.at(1).value_unsafe(), &sy) || !Number(translate.at(0).value_unsafe(), &tx) ||
        !Number(translate.at(1).value_unsafe(), &ty))
      return Status::Error("bad transform");
    quantized = true;
  }
  simdjson::dom::array list;
  if (root["arcs"].get(list) != simdjson::SUCCESS) return Status::Error("no arcs");
  for (simdjson::dom::element a : list) {
    Arc arc;
    double x = 0, y = 0;
    simdjson::dom::array pts;
    if (a.get(pts) == simdjson::SUCCESS)
      for (simdjson::dom::element p : pts) {
        simdjson::dom::array xy;
        double dx = 0, dy = 0;
        if (p.get(xy) != simdjson::SUCCESS || xy.size() < 2 || !Number(xy.at(0).value_unsafe(), &dx) ||
            !Number(xy.at(1).value_unsafe(), &dy))
          break;
        if (quantized) x += dx, y += dy;
        else x = dx, y = dy;
        arc.push_back({quantized ? x * sx + tx : x, quantized ? y * sy + ty : y});
      }
    arcs->push_back(std::move(arc));
  }
  return Status::Ok();
}

// The centroid of a geometry's rings by the shoelace formula (signed areas: holes subtract). Longitudes
// are unwrapped around the first point, so an island chain across the 180th meridian stays whole.
struct Centroid {
  double area = 0, mx = 0, my = 0, ref = 1e9;
  double minx = 1e9, maxx = -1e9, miny = 1e9, maxy = -1e9;
  void Ring(const std::vector<Point>& r) {
    for (size_t i = 0; i + 1 < r.size(); ++i) {
      double x0 = Unwrap(r[i].first), y0 = r[i].second, x1 = Unwrap(r[i + 1].first), y1 = r[i + 1].second;
      double c = x0 * y1 - x1 * y0;
      area += c;
      mx += (x0 + x1) * c;
      my += (y0 + y1) * c;
      minx = std::min(minx, x0), maxx = std::max(maxx, x0), miny = std::min(miny, y0), maxy = std::max(maxy, y0);
    }
  }
  double Unwrap(double lon) {
    if (ref > 1e8) ref = lon;
    while (lon - ref > 180) lon -= 360;
    while (ref - lon > 180) lon += 360;
    return lon;
  }
  bool Get(double* lat, double* lon) const {
    if (minx > maxx) return false;
    bool flat = std::fabs(area) < 1e-12;
    double x = flat ? (minx + maxx) / 2 : mx / (3 * area), y = flat ? (miny + maxy) / 2 : my / (3 * area);
    if (x < minx || x > maxx || y < miny || y > maxy) x = (minx + maxx) / 2, y = (miny + maxy) / 2;
    while (x > 180) x -= 360;
    while (x < -180) x += 360;
    *lat = y, *lon = x;
    return std::fabs(y) <= 90;
  }
};

// A ring's points from its arc indices; false on an index out of range.
bool RingPoints(simdjson::dom::array ring, const std::vector<Arc>& arcs, std::vector<Point>* out) {
  out->clear();
  for (simdjson::dom::element e : ring) {
    int64_t i = 0;
    if (e.get_int64().get(i) != simdjson::SUCCESS) return false;
    bool reversed = i < 0;
    uint64_t k = reversed ? static_cast<uint64_t>(~i) : static_cast<uint64_t>(i);
    if (k >= arcs.size()) return false;
    const Arc& a = arcs[k];
    size_t skip = out->empty() ? 0 : 1;  // an arc starts where the last one ended
    if (reversed)
      for (size_t j = a.size(); j-- > 0;) {
        if (skip) { --skip; continue; }
        out->push_back(a[j]);
      }
    else
      for (size_t j = skip; j < a.size(); ++j) out->push_back(a[j]);
  }
  return true;
}

bool GeometryCentre(simdjson::dom::element g, const std::vector<Arc>& arcs, double* lat, double* lon) {
  std::string_view type;
  simdjson::dom::array polys;
  if (g["type"].get(type) != simdjson::SUCCESS || g["arcs"].get(polys) != simdjson::SUCCESS) return false;
  Centroid c;
  std::vector<Point> pts;
  auto polygon = [&](simdjson::dom::array rings) {
    for (simdjson::dom::element r : rings) {
      simdjson::dom::array ring;
      if (r.get(ring) != simdjson::SUCCESS || !RingPoints(ring, arcs, &pts)) return false;
      c.Ring(pts);
    }
    return true;
  };
  if (type == "Polygon") {
    if (!polygon(polys)) return false;
  } else if (type == "MultiPolygon") {
    for (simdjson::dom::element p : polys) {
      simdjson::dom::array rings;
      if (p.get(rings) != simdjson::SUCCESS || !polygon(rings)) return false;
    }
  } else {
    return false;
  }
  return c.Get(lat, lon);
}

std::string Text(simdjson::dom::element e, const char* key) {
  std::string_view s;
  return e[key].get(s) == simdjson::SUCCESS ? std::string(s) : std::string();
}

}  // namespace

Status ReadUsCounties(std::string_view json, std::vector<CountyShape>* counties, std::vector<StateShape>* states,
                      size_t* skipped) {
  simdjson::dom::parser parser;
  simdjson::padded_string text(json);
  simdjson::dom::element root;
  if (parser.parse(text).get(root) != simdjson::SUCCESS || !root.is_object())
    return Status::Error("not a JSON object");
  std::string_view type;
  if (root["type"].get(type) != simdjson::SUCCESS || type != "Topology") return Status::Error("not a TopoJSON topology");
  std::vector<Arc> arcs;
  if (Status st = DecodeArcs(root, &arcs); !st.ok()) return st;
  simdjson::dom::array geoms;
  if (root["objects"]["states"]["geometries"].get(geoms) == simdjson::SUCCESS)
    for (simdjson::dom::element g : geoms) {
      simdjson::dom::element props;
      std::string id = Text(g, "id");
      std::string name = g["properties"].get(props) == simdjson::SUCCESS ? Text(props, "name") : std::string();
      if (id.size() != 2 || name.empty()) {
        ++*skipped;
        continue;
      }
      states->push_back({id, name});
    }
  if (root["objects"]["counties"]["geometries"].get(geoms) != simdjson::SUCCESS) return Status::Error("no counties");
  for (simdjson::dom::element g : geoms) {
    std::string id = Text(g, "id");
    simdjson::dom::element props;
    std::string name = g["properties"].get(props) == simdjson::SUCCESS ? Text(props, "name") : std::string();
    CountyShape c;
    if (id.size() != 5 || !std::all_of(id.begin(), id.end(), [](char ch) { return ch >= '0' && ch <= '9'; }) ||
        name.empty() || !GeometryCentre(g, arcs, &c.lat, &c.lon)) {
      ++*skipped;
      continue;
    }
    c.state_fips = id.substr(0, 2);
    c.county_fips = id.substr(2);
    c.name = std::move(name);
    counties->push_back(std::move(c));
  }
  return Status::Ok();
}

}  // namespace sitrep
