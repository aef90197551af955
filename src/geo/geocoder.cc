// Toponym recognition and document-level resolution.
#include "geo/geocoder.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "base/utf8.h"

namespace sitrep {
namespace {

using WordSet = std::unordered_set<std::string_view>;

enum class Hint { kNone, kAdmin1, kAdmin2, kCity };

struct Candidate {
  uint32_t place;
  uint32_t flags;
};

struct Lookup {
  std::vector<Candidate> candidates;
  Hint hint = Hint::kNone;
  bool near = false;
  bool facility = false;  // a street, building or other site: "Royal Street", "Carnegie Library"
};

bool Has(const WordSet& s, std::string_view w) { return s.count(w) > 0; }

const WordSet& Admin1Words() {
  static const WordSet k = {"province", "governorate", "state", "region", "oblast", "prefecture", "department",
                            "emirate", "wilaya", "krai", "territory", "provinces", "regions"};
  return k;
}
const WordSet& Admin2Words() {
  static const WordSet k = {"county", "parish", "borough", "district", "municipality", "township", "counties",
                            "districts", "area", "local government area", "lga", "regency", "raion", "rayon",
                            "tehsil", "taluk", "mandal", "upazila"};
  return k;
}
const WordSet& NearWords() {
  static const WordSet k = {"countryside", "outskirts", "desert", "suburbs", "environs", "hinterland",
                            "vicinity", "area", "surroundings", "periphery"};
  return k;
}
const WordSet& CityWords() {
  static const WordSet k = {"city", "town", "village", "camp", "town of", "city of"};
  return k;
}
// The last word of a site inside a town (its streets, buildings, schools) ...
const WordSet& FacilityWords() {
  static const WordSet k = {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive",
                            "highway", "square", "plaza", "church", "cathedral", "chapel", "mosque", "temple",
                            "synagogue", "library", "inn", "hotel", "motel", "restaurant", "hospital", "clinic",
                            "school", "academy", "high", "middle", "elementary", "club", "canal", "railroad",
                            "railway", "station", "stadium", "arena", "hall", "museum", "market", "mall",
                            "building", "tower", "bridge", "cemetery", "graveyard", "courthouse", "prison",
                            "jail", "embassy", "consulate", "quarter", "terrace", "court", "gardens", "pier"};
  return k;
}
// ... and the first word of one ("Rue Royale", "Calle Ocho").
const WordSet& FacilityPrefixes() {
  static const WordSet k = {"rue", "avenida", "calle", "via", "faubourg", "boulevard", "place", "piazza", "plaza"};
  return k;
}

std::vector<std::string_view> SplitWords(std::string_view key) {
  std::vector<std::string_view> w;
  size_t s = 0;
  while (s <= key.size()) {
    size_t sp = key.find(' ', s);
    w.push_back(key.substr(s, sp == std::string_view::npos ? std::string_view::npos : sp - s));
    if (sp == std::string_view::npos) break;
    s = sp + 1;
  }
  return w;
}

std::string Join(const std::vector<std::string_view>& w, size_t b, size_t e) {
  std::string out;
  for (size_t i = b; i < e; ++i) {
    if (!out.empty()) out += ' ';
    out += w[i];
  }
  return out;
}

void AddRows(std::span<const gbin::NameRow> rows, uint32_t extra, std::vector<Candidate>* out) {
  for (const auto& r : rows) {
    bool dup = false;
    for (auto& c : *out) dup |= c.place == r.place;
    if (!dup) out->push_back({r.place, r.flags | extra});
  }
}

// Candidates for a toponym as written: the whole name, else without a generic word ("Homs
// province", "the Idlib countryside", "Fulton County"), else by the loose skeleton key.
// Is the key some place's own name (not another name of it, nor its people)?
bool OwnName(const Gazetteer& g, std::string_view key) {
  for (const auto& r : g.Exact(key))
    if (!(r.flags & (gbin::kAlternate | gbin::kDemonym))) return true;
  return false;
}

const WordSet kDirections = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                             "central"};

Lookup Candidates(const Gazetteer& g, std::string_view text, bool find_mode = false) {
  Lookup out;
  std::string key = NameKey(text);
  std::vector<std::string_view> w = SplitWords(key);
  size_t b = 0, e = w.size();
  if (e > 1 && (w[0] == "the")) ++b;
  if (b >= e) return out;
  AddRows(g.Exact(Join(w, b, e)), 0, &out.candidates);
  if (!out.candidates.empty()) return out;
  // a site in a town is no town elsewhere that shares a word of its name ("Royal Street" is not
  // Street, Somerset): it is placed in the story's own town (Resolve)
  // ... but "Palermo city hall", "the Lyon city council": the hall of a town named before "city" or
  // "town" is in that town
  static const WordSet kTownBodies = {"hall", "council", "centre", "center", "square"};
  if (e - b > 2 && Has(kTownBodies, w[e - 1]) && (w[e - 2] == "city" || w[e - 2] == "town")) {
    AddRows(g.Exact(Join(w, b, e - 2)), 0, &out.candidates);
    out.hint = Hint::kCity;
    if (!out.candidates.empty()) return out;
  }
  // ... and "the Pietermaritzburg High Court", "Kandahar airport": an institution named after a town
  // of some size is in it (not squares and streets, often named after other places)
  static const WordSet kInstitutions = {"court", "airport", "university", "prison", "jail", "hospital",
                                        "stadium", "port", "harbour", "harbor", "courthouse", "barracks"};
  static const WordSet kModifiers = {"high", "central", "general", "international", "main", "national", "regional",
                                     "provincial", "district", "state", "federal", "teaching", "military", "city"};
  if (e - b > 1 && Has(kInstitutions, w[e - 1])) {
    size_t k = e - 1;
    while (k > b + 1 && Has(kModifiers, w[k - 1])) --k;
    // ("Colorado State University" is named after a state: left to the words inside the name)
    auto rows = g.Exact(Join(w, b, k));
    bool region = std::any_of(rows.begin(), rows.end(), [&](const gbin::NameRow& r) {
      return static_cast<PlaceKind>(g.place(r.place).kind) != PlaceKind::kCity;
    });
    for (const auto& r : rows) {
      const gbin::Place& p = g.place(r.place);
      if (!region && static_cast<PlaceKind>(p.kind) == PlaceKind::kCity && p.population >= 20000)
        out.candidates.push_back({r.place, r.flags});
    }
    if (!out.candidates.empty()) {
      out.hint = Hint::kCity;
      return out;
    }
  }
  if (e - b > 1 && (Has(FacilityWords(), w[e - 1]) || Has(FacilityPrefixes(), w[b]))) {
    out.facility = true;
    return out;
  }
  // generic words before or after the name
  while (e - b > 1) {
    std::string_view last = w[e - 1], first = w[b];
    if (Has(Admin1Words(), last)) { out.hint = Hint::kAdmin1; --e; }
    else if (Has(Admin2Words(), last)) { out.hint = Hint::kAdmin2; --e; }
    else if (Has(NearWords(), last)) { out.near = true; --e; }
    else if (Has(CityWords(), last)) { out.hint = Hint::kCity; --e; }
    // "Shan-North", "Bago-East": one part of a subdivision split in two, found by its whole
    else if (last == "north" || last == "south" || last == "east" || last == "west") { --e; }
    // "West Karawang", "north London": a part of the place the direction names, by its exact name
    // ("Northern Samar" is no Samara)
    else if (Has(kDirections, first) && OwnName(g, Join(w, b + 1, e))) { out.near = true; ++b; }
    else if (e - b > 2 && w[b + 1] == "of" && (Has(Admin1Words(), first) || Has(CityWords(), first) ||
                                                Has(Admin2Words(), first) || Has(NearWords(), first))) {
      out.hint = Has(Admin1Words(), first) ? Hint::kAdmin1 : Has(CityWords(), first) ? Hint::kCity
                 : Has(Admin2Words(), first) ? Hint::kAdmin2 : Hint::kNone;
      out.near |= Has(NearWords(), first);
      b += 2;
    } else {
      break;
    }
    AddRows(g.Exact(Join(w, b, e)), 0, &out.candidates);
    if (!out.candidates.empty()) return out;
  }
  std::string name = Join(w, b, e);
  std::string skel = SkeletonKey(name);
  if (skel.size() >= 3) AddRows(g.Loose(skel), gbin::kSkeleton, &out.candidates);
  if (!out.candidates.empty() || e - b < 2 || find_mode) return out;
  // "Colorado State University", "Eastern Ghouta", "University of California": a place inside
  // the name stands for it, the longest one first
  for (size_t len = e - b - 1; len >= 1 && out.candidates.empty(); --len)
    for (size_t s = b; s + len <= e && out.candidates.empty(); ++s) {
      std::string part = Join(w, s, s + len);
      static const std::unordered_set<std::string_view> kNotAlone = {
          "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
          "lower", "greater", "new", "old", "saint", "san", "santa", "university", "college", "city", "county",
          "state", "national", "international", "royal", "park", "lake", "river", "mount", "fort", "port",
          "republic", "kingdom", "islamic", "federal", "democratic", "united", "french", "english", "british"};
      if (len == 1 && (part.size() < 4 || kNotAlone.count(part))) continue;
      AddRows(g.Exact(part), gbin::kAlternate | gbin::kPartial, &out.candidates);
    }
  return out;
}

double Prior(const Gazetteer& g, const Candidate& c) {
  const gbin::Place& p = g.place(c.place);
  double s = 0;
  double pop = std::log10(static_cast<double>(p.population) + 1);
  switch (static_cast<PlaceKind>(p.kind)) {
    case PlaceKind::kCountry: s = 10 + 0.01 * pop; break;  // people only break ties ("French": France)
    case PlaceKind::kRegion: s = 8; break;
    case PlaceKind::kAdmin1: s = 3 + 0.4 * pop; break;
    case PlaceKind::kAdmin2: s = 2 + 0.4 * pop; break;
    case PlaceKind::kCity: {
      static const double kRank[] = {0, 0.3, 1, 1.6, 2.6};
      s = kRank[std::min<int>(p.rank, 4)] + 0.8 * pop + (p.population >= 1000000 ? 1.5 : 0);  // "New York"
      break;
    }
  }
  if (c.flags & gbin::kAlternate) s -= 0.7;
  if (c.flags & gbin::kSkeleton) s -= 2;
  return s;
}

// A town or a county: a place small enough to be near others.
bool Pointlike(const gbin::Place& p) {
  return static_cast<PlaceKind>(p.kind) == PlaceKind::kCity || static_cast<PlaceKind>(p.kind) == PlaceKind::kAdmin2;
}

// What the document says about where it is: weights of countries and subdivisions.
struct Context {
  std::unordered_map<uint16_t, double> country, admin1;
  uint16_t languages = 0;  // the outlet's language: places where it is spoken are likelier
  double country_total = 0, admin_total = 0;
  double country_floor = 0;  // the least total a country's share is taken of (see Resolve)
  struct Point {
    float lat, lon;
    uint16_t admin1;
    bool operator==(const Point&) const = default;
  };
  std::vector<Point> points;  // resolved towns
  void Add(const Gazetteer& g, uint32_t place, double w) {
    const gbin::Place& p = g.place(place);
    if (p.country == gbin::kNone) return;  // a region says little about the country
    country[p.country] += w;
    country_total += w;
    if (p.admin1 != gbin::kNone) {
      admin1[p.admin1] += w;
      admin_total += w;
    }
    if (Pointlike(p)) points.push_back({p.lat, p.lon, p.admin1});
  }
  // A vote on country and subdivision only (no point: a reading is not yet a place).
  void AddVote(const Gazetteer& g, uint32_t place, double w) {
    const gbin::Place& p = g.place(place);
    if (p.country == gbin::kNone) return;
    country[p.country] += w;
    country_total += w;
    if (p.admin1 != gbin::kNone) {
      admin1[p.admin1] += w;
      admin_total += w;
    }
  }
  void SubVotes(const Context& o) {
    for (const auto& [k, v] : o.country) country[k] -= v;
    for (const auto& [k, v] : o.admin1) admin1[k] -= v;
    country_total -= o.country_total;
    admin_total -= o.admin_total;
  }
  void Sub(const Gazetteer& g, uint32_t place, double w) {
    const gbin::Place& p = g.place(place);
    if (p.country == gbin::kNone) return;
    country[p.country] -= w;
    country_total -= w;
    if (p.admin1 != gbin::kNone) {
      admin1[p.admin1] -= w;
      admin_total -= w;
    }
    if (Pointlike(p)) {
      auto it = std::find(points.begin(), points.end(), Point{p.lat, p.lon, p.admin1});
      if (it != points.end()) points.erase(it);
    }
  }
};

struct Work {
  Lookup lookup;
  std::vector<double> support;  // per candidate: how many other names have a reading near it
  std::string key;  // the name's key: mentions of one name do not vote for each other
  int parent = -1;  // "Macon, Ga.": the mention that names the container
  int child = -1;   // the reverse
  int chosen = -1;  // index into lookup.candidates
  double margin = 0;
  bool bracket_tail = false;  // "Kuchiri (Paikoro, Niger)": the last place in brackets after an unknown name
  bool bracketed = false;     // the container closes brackets: "Nyara (Djugu, Ituri)", "(Al Quds, West Bank)"
  bool among_states = false;  // "Missouri, New York, North Carolina and Virginia"; "the New York border"
  std::vector<Candidate> namesakes;  // towns named like the country this name names (PreferCountries)
};

// Does the country or subdivision `outer` contain `inner`?
bool Contains(const Gazetteer&, const gbin::Place& outer, const gbin::Place& inner) {
  PlaceKind k = static_cast<PlaceKind>(outer.kind);
  if (&outer == &inner) return false;
  if (k == PlaceKind::kCountry) return outer.country == inner.country && static_cast<PlaceKind>(inner.kind) != PlaceKind::kCountry;
  if (k == PlaceKind::kAdmin1) return outer.admin1 == inner.admin1 && inner.admin1 != gbin::kNone && Pointlike(inner);
  return false;
}

PlaceKind KindOf(const gbin::Place& p) { return static_cast<PlaceKind>(p.kind); }

constexpr double kOutletLanguageWeight = 2.0;

double ContextScore(const Gazetteer& g, const Candidate& c, const Context& ctx, const Work& w,
                    const std::vector<Work>& all) {
  const gbin::Place& p = g.place(c.place);
  double s = 0;
  if (ctx.country_total > 0) {
    auto it = ctx.country.find(p.country);
    if (it != ctx.country.end()) s += 4 * it->second / std::max(ctx.country_total, ctx.country_floor);
  }
  if (ctx.admin_total > 0 && p.admin1 != gbin::kNone) {
    auto it = ctx.admin1.find(p.admin1);
    if (it != ctx.admin1.end()) s += 3 * it->second / ctx.admin_total;
  }
  // "La Manche Libre" reports Bayeux in France, not the larger Bayeux in Brazil
  if (ctx.languages && p.country != gbin::kNone && (g.place(g.country(p.country).place).languages & ctx.languages))
    s += kOutletLanguageWeight;
  if (Pointlike(p) && !ctx.points.empty()) {
    double best = 1e9;
    for (const auto& q : ctx.points) best = std::min(best, HaversineKm(p.lat, p.lon, q.lat, q.lon));
    double reach = KindOf(p) == PlaceKind::kAdmin2 ? 20 : 0;  // a county's towns lie around its centre
    if (best < 50 + reach) s += 2.5;
    else if (best < 150 + reach) s += 1.5;
  }
  if (w.parent >= 0) {  // "near Azov, Donetsk": inside some reading of the container
    bool inside = false;
    for (const Candidate& pc : all[w.parent].lookup.candidates) inside |= Contains(g, g.place(pc.place), p);
    s += inside ? 10 : -3;
  }
  // "Kuchiri (Paikoro, Niger)" with Kuchiri unknown: notes name the subdivision there, so a
  // subdivision of a country the story is in beats a country of the same name
  if (w.bracket_tail && w.child < 0) {
    if (KindOf(p) == PlaceKind::kAdmin1) s += p.country != gbin::kNone && ctx.country.count(p.country) ? 5 : 2.5;
    if (KindOf(p) == PlaceKind::kCountry) s -= 3;
  }
  if (w.child >= 0) {  // and the container is the reading that holds the place before it
    bool holds = false;
    for (const Candidate& cc : all[w.child].lookup.candidates) holds |= Contains(g, p, g.place(cc.place));
    if (holds) s += 5;
  }
  // a loose spelling match is believed only where the story already is, or for a large place
  if ((c.flags & gbin::kSkeleton) && p.population < 100000 && !(p.country != gbin::kNone && ctx.country.count(p.country)))
    s -= 4;
  PlaceKind kind = static_cast<PlaceKind>(p.kind);
  if (w.lookup.hint == Hint::kAdmin1) s += kind == PlaceKind::kAdmin1 ? 6 : kind == PlaceKind::kCountry ? -4 : -2;
  if (w.among_states && (kind == PlaceKind::kAdmin1 || kind == PlaceKind::kCountry)) s += 4;
  if (w.lookup.hint == Hint::kCity) s += kind == PlaceKind::kCity ? 3 : -6;
  if (w.lookup.hint == Hint::kAdmin2) s += kind == PlaceKind::kAdmin2 ? 6 : kind == PlaceKind::kCity ? 3 : -6;
  return s;
}

// Towns a story names lie near each other: a reading of a town gains for every other name (not the
// same one) that has a reading of a town within 100 km ("Gainesville" near "Ocala" and "Alachua").
// Only the strongest readings of each name take part, to bound the work.
void SpatialSupport(const Gazetteer& g, std::vector<Work>* work) {
  constexpr size_t kTop = 8;
  std::vector<std::vector<uint32_t>> top(work->size());
  for (size_t i = 0; i < work->size(); ++i) {
    auto& c = (*work)[i].lookup.candidates;
    (*work)[i].support.assign(c.size(), 0.0);
    std::vector<std::pair<double, uint32_t>> ranked;
    for (const auto& x : c)
      if (Pointlike(g.place(x.place))) ranked.push_back({Prior(g, x), x.place});
    std::sort(ranked.begin(), ranked.end(), [](auto& a, auto& b) { return a.first > b.first; });
    for (size_t k = 0; k < ranked.size() && k < kTop; ++k) top[i].push_back(ranked[k].second);
  }
  for (size_t i = 0; i < work->size(); ++i) {
    Work& w = (*work)[i];
    for (size_t k = 0; k < w.lookup.candidates.size(); ++k) {
      const gbin::Place& p = g.place(w.lookup.candidates[k].place);
      if (!Pointlike(p)) continue;
      int near = 0;
      std::vector<const std::string*> seen;
      for (size_t j = 0; j < work->size() && near < 3; ++j) {
        if (j == i || (*work)[j].key == w.key) continue;
        if (std::find_if(seen.begin(), seen.end(), [&](const std::string* x) { return *x == (*work)[j].key; }) != seen.end())
          continue;
        for (uint32_t q : top[j])
          if (HaversineKm(p.lat, p.lon, g.place(q).lat, g.place(q).lon) < 100) {
            ++near;
            seen.push_back(&(*work)[j].key);
            break;
          }
      }
      w.support[k] = 0.8 * near;
    }
  }
}

// "Ayod town (Ayod county, Jonglei state)", "near Chervonyi Yar, Luhansk": when the container named
// after a place can be a country or subdivision, a reading of the place outside every such reading
// is a namesake (Aiud, Romania; the Chervonyi Yar 800 km west), not the place; the place stays
// unresolved rather than sent elsewhere.
void DropOutsideParent(const Gazetteer& g, const Work& parent, Work* w) {
  std::vector<const gbin::Place*> containers;
  for (const Candidate& pc : parent.lookup.candidates) {
    const gbin::Place& p = g.place(pc.place);
    PlaceKind k = static_cast<PlaceKind>(p.kind);
    if ((k == PlaceKind::kAdmin1 || k == PlaceKind::kCountry) && !(pc.flags & gbin::kSkeleton)) containers.push_back(&p);
  }
  auto& c = w->lookup.candidates;
  if (containers.empty()) {
    // "Sampaloc, Manila": a district of a large town named after it lies within 30 km of it, when a
    // reading there exists
    auto near_town = [&](const Candidate& x) {
      const gbin::Place& p = g.place(x.place);
      for (const Candidate& pc : parent.lookup.candidates) {
        const gbin::Place& q = g.place(pc.place);
        if (KindOf(q) == PlaceKind::kCity && q.population >= 100000 && !(pc.flags & gbin::kSkeleton) &&
            HaversineKm(p.lat, p.lon, q.lat, q.lon) <= 30)
          return true;
      }
      return false;
    };
    if (std::any_of(c.begin(), c.end(), near_town)) {
      c.erase(std::remove_if(c.begin(), c.end(), [&](const Candidate& x) { return !near_town(x); }), c.end());
      return;
    }
    // "in Malabar, Arima": a place named before a town is in that town's country (when all the town's
    // readings agree on one); a namesake abroad is not the place
    uint16_t country = gbin::kNone;
    for (const Candidate& pc : parent.lookup.candidates) {
      uint16_t pcountry = g.place(pc.place).country;
      if (pc.flags & gbin::kSkeleton) continue;
      if (country != gbin::kNone && pcountry != country) return;
      country = pcountry;
    }
    // (a town of some size: "Thruxton, Hampshire" is not in Hampshire, Illinois)
    bool sizable = false;
    for (const Candidate& pc : parent.lookup.candidates) sizable |= g.place(pc.place).population >= 20000;
    if (country != gbin::kNone && sizable)
      c.erase(std::remove_if(c.begin(), c.end(), [&](const Candidate& x) { return g.place(x.place).country != country; }),
              c.end());
    return;
  }
  // "Cyprus, Greece, Italy", "Copenhagen, Hamburg": a list, not a place and its container. Brackets
  // hold no list ("Nyara (Djugu, Ituri)" is not Nyala, Sudan); there only a city of millions outweighs
  // the container, which must then be misread ("Quezon City (..., National Capital Region)")
  for (const Candidate& x : c) {
    const gbin::Place& p = g.place(x.place);
    if (w->bracketed ? p.population >= 1000000 && !(x.flags & (gbin::kSkeleton | gbin::kAlternate))
                     : static_cast<PlaceKind>(p.kind) != PlaceKind::kCity || p.population >= 500000)
      return;
  }
  auto inside = [&](const Candidate& x, bool strict) {
    const gbin::Place& p = g.place(x.place);
    for (const gbin::Place* box : containers)
      if (box->country == p.country &&
          (!strict || static_cast<PlaceKind>(box->kind) == PlaceKind::kCountry || box->admin1 == p.admin1))
        return true;
    return false;
  };
  // another country: never the place; another subdivision of the right country: only when a
  // reading inside the named one exists (the tables' subdivisions do not always agree)
  c.erase(std::remove_if(c.begin(), c.end(), [&](const Candidate& x) { return !inside(x, false); }), c.end());
  if (std::any_of(c.begin(), c.end(), [&](const Candidate& x) { return inside(x, true); }))
    c.erase(std::remove_if(c.begin(), c.end(), [&](const Candidate& x) { return !inside(x, true); }), c.end());
}

// Does this name only read as a state or country (no town of 100,000 shares it)?
bool OnlyAState(const Gazetteer& g, const Work& w) {
  bool state = false;
  for (const Candidate& x : w.lookup.candidates) {
    PlaceKind k = KindOf(g.place(x.place));
    if (k == PlaceKind::kCity && g.place(x.place).population >= 100000) return false;
    state |= (k == PlaceKind::kAdmin1 || k == PlaceKind::kCountry) && !(x.flags & (gbin::kSkeleton | gbin::kAlternate));
  }
  return state;
}

// "visitors from Missouri, New York, North Carolina and Virginia": a name listed among states or
// countries is one too; so is a name before "border" ("near the New York border").
void AmongStates(const Gazetteer& g, const std::vector<Token>& t, const std::vector<PlaceMention>& mentions,
                 std::vector<Work>* work) {
  int n = static_cast<int>(t.size());
  auto joined = [&](size_t i, size_t j) {  // only list punctuation between mention i and the next, j
    if (mentions[i].last < 0 || mentions[j].first < 0 || mentions[j].first <= mentions[i].last) return false;
    for (int k = mentions[i].last; k < mentions[j].first; ++k)
      if (t[k].text != "," && t[k].lower != "and" && t[k].lower != "or") return false;
    return mentions[j].first - mentions[i].last <= 2;
  };
  // a list, not a town and its container ("Yerevan, Armenia"): three names or more, or an "and"/"or"
  auto conjoined = [&](size_t i, size_t j) {
    for (int k = mentions[i].last; k < mentions[j].first; ++k)
      if (t[k].lower == "and" || t[k].lower == "or") return true;
    return false;
  };
  auto in_list = [&](size_t i, size_t j) {  // mentions i < j, next to each other
    if (!joined(i, j)) return false;
    return conjoined(i, j) || (i > 0 && joined(i - 1, i)) || (j + 1 < work->size() && joined(j, j + 1));
  };
  for (size_t i = 0; i < work->size(); ++i) {
    bool listed = (i > 0 && in_list(i - 1, i) && OnlyAState(g, (*work)[i - 1])) ||
                  (i + 1 < work->size() && in_list(i, i + 1) && OnlyAState(g, (*work)[i + 1]));
    int after = mentions[i].last;
    bool border = after >= 0 && after < n && t[after].lower == "border";
    (*work)[i].among_states = listed || border;
  }
}

// "near Kalinovo, Luhansk ... explosions near Kalinovo": a name the story once placed inside a
// container keeps to the readings left there wherever else it is named.
void SameNameSameReadings(std::vector<Work>* work) {
  for (size_t i = 0; i < work->size(); ++i) {
    const Work& w = (*work)[i];
    if (w.parent < 0) continue;
    for (Work& other : *work)
      if (other.parent < 0 && other.key == w.key) other.lookup.candidates = w.lookup.candidates;
  }
}

// The mention that names the container of mention i, or -1: "Macon, Ga."; "Goma (Goma, Nord-Kivu)"
// and "Ayod town (Ayod county, Jonglei state)": the last place inside the brackets is the largest.
int ParentMention(const std::vector<Token>& t, const std::vector<PlaceMention>& mentions, size_t i) {
  static const WordSet kNouns = {"town", "village", "city", "district", "county", "township", "area", "camp",
                                 "municipality", "commune", "corregimiento", "neighbourhood", "neighborhood",
                                 "locality", "hamlet", "settlement", "subdistrict", "tehsil", "upazila", "ward", "lga"};
  int k = mentions[i].last;
  int n = static_cast<int>(t.size());
  if (k < n && Has(kNouns, t[k].lower)) ++k;
  if (k >= n) return -1;
  if (t[k].text == ",") return mentions[i + 1].first == k + 1 ? static_cast<int>(i) + 1 : -1;
  if (t[k].text != "(") return -1;
  int close = k + 1;
  while (close < n && close < k + 14 && t[close].text != ")") ++close;
  if (close >= n || t[close].text != ")") return -1;
  // "Rabat (Rabat)": a container of the same name says nothing (Malta, not Morocco, has a subdivision
  // called just Rabat); in "Libreville (Estuaire, Libreville)" the province is the container
  // (the same name with or without its generic word: "Hangu city (Hangu, KPK)")
  auto bare = [](const std::string& text) {
    std::string key = NameKey(text);
    std::vector<std::string_view> w = SplitWords(key);
    while (w.size() > 1 && (Has(Admin1Words(), w.back()) || Has(Admin2Words(), w.back()) || Has(CityWords(), w.back())))
      w.pop_back();
    return Join(w, 0, w.size());
  };
  int parent = -1;
  for (size_t j = i + 1; j < mentions.size() && mentions[j].last <= close; ++j)
    if (bare(mentions[j].text) != bare(mentions[i].text)) parent = static_cast<int>(j);
  return parent;
}

// Is the mention the last name inside brackets that follow a capitalised word ("Kuchiri (Paikoro, Niger)"),
// or such a word and a settlement noun ("Kyin Dway village (..., Chin)")?
bool BracketTail(const std::vector<Token>& t, const PlaceMention& m) {
  int n = static_cast<int>(t.size());
  if (m.last >= n || t[m.last].text != ")") return false;
  int open = m.first - 1;
  while (open >= 0 && open > m.first - 10 && t[open].text != "(" && t[open].text != ")") --open;
  if (open <= 0 || t[open].text != "(") return false;
  if (t[open - 1].upper_initial) return true;
  // "Kyin Dway village (Kanpetlet township, Mindat district, Chin)"
  static const WordSet kSettlement = {"village", "town", "township", "city", "district", "commune", "area", "camp"};
  return open > 1 && Has(kSettlement, t[open - 1].lower) && t[open - 2].upper_initial;
}

// A country's own name never resolves to a town: drop towns when a country answers exactly.
void PreferCountries(const Gazetteer& g, Work* w) {
  auto& c = w->lookup.candidates;
  bool country = false;
  for (const auto& x : c)
    country |= (static_cast<PlaceKind>(g.place(x.place).kind) == PlaceKind::kCountry ||
                static_cast<PlaceKind>(g.place(x.place).kind) == PlaceKind::kRegion) && !(x.flags & gbin::kSkeleton);
  if (!country || w->parent >= 0) return;
  auto town = [&](const Candidate& x) { return static_cast<PlaceKind>(g.place(x.place).kind) == PlaceKind::kCity; };
  for (const auto& x : c)
    if (town(x) && !(x.flags & gbin::kSkeleton)) w->namesakes.push_back(x);
  c.erase(std::remove_if(c.begin(), c.end(), town), c.end());
}

// "California", "Florida": the name of a large subdivision (half a million people), alone, is the subdivision, not a small town
// that shares it (California, Maryland; Florida, New York), whatever else the story names nearby;
// a container after it ("Florida, N.Y.") still says otherwise
void PreferLargeSubdivisions(const Gazetteer& g, Work* w) {
  auto& c = w->lookup.candidates;
  uint16_t large = gbin::kNone;
  for (const auto& x : c)
    if (KindOf(g.place(x.place)) == PlaceKind::kAdmin1 && g.place(x.place).population >= 500000 &&
        !(x.flags & (gbin::kSkeleton | gbin::kAlternate | gbin::kAbbreviation)))
      large = g.place(x.place).admin1;
  // (unless a large town shares the name too: Alexandria, Medina, Lima are towns first)
  for (const auto& x : c)
    if (KindOf(g.place(x.place)) == PlaceKind::kCity && g.place(x.place).population >= 100000) return;
  // a county named without its word gives way to a state or country of the name ("Ohio" is not Ohio County)
  bool state = std::any_of(c.begin(), c.end(), [&](const Candidate& x) {
    PlaceKind k = KindOf(g.place(x.place));
    return (k == PlaceKind::kAdmin1 || k == PlaceKind::kCountry) && g.place(x.place).population >= 500000 &&
           !(x.flags & (gbin::kSkeleton | gbin::kAbbreviation | gbin::kAlternate));
  });
  if (state)
    c.erase(std::remove_if(c.begin(), c.end(), [&](const Candidate& x) {
              return KindOf(g.place(x.place)) == PlaceKind::kAdmin2 && (x.flags & gbin::kAlternate);
            }), c.end());
  if (large == gbin::kNone || w->parent >= 0) return;
  // (the subdivision's own seat stays a reading: Mardin, the seat of Mardin province)
  c.erase(std::remove_if(c.begin(), c.end(),
                         [&](const Candidate& x) {
                           const gbin::Place& p = g.place(x.place);
                           bool seat = p.admin1 == large && p.rank >= gbin::kPplAdmin1;
                           return KindOf(p) == PlaceKind::kCity && p.population < 100000 && !seat;
                         }),
          c.end());
}

// "James Barnett, 36, of Palestine was arrested ... east of Palestine, according to Anderson County
// deputies": a country's name is the town of that name when the story's other places lie around that
// town (one within 30 km) and none of them in the country.
void LocalNamesakes(const Gazetteer& g, std::vector<Work>* work) {
  for (Work& w : *work) {
    if (w.namesakes.empty() || w.chosen < 0) continue;
    const gbin::Place& named = g.place(w.lookup.candidates[w.chosen].place);
    if (KindOf(named) != PlaceKind::kCountry) continue;
    bool in_country = false;
    int local = -1;
    for (const Work& o : *work) {
      if (o.chosen < 0 || o.key == w.key) continue;
      const gbin::Place& p = g.place(o.lookup.candidates[o.chosen].place);
      in_country |= p.country == named.country;
      if (!Pointlike(p)) continue;
      for (size_t k = 0; k < w.namesakes.size(); ++k) {
        const gbin::Place& t = g.place(w.namesakes[k].place);
        if (HaversineKm(t.lat, t.lon, p.lat, p.lon) < 30) local = static_cast<int>(k);
      }
    }
    if (in_country || local < 0) continue;
    w.lookup.candidates.push_back(w.namesakes[local]);
    w.chosen = static_cast<int>(w.lookup.candidates.size()) - 1;
    w.margin = 1;
  }
}

// Abbreviations ("Ga.", "Pa.") name a state only after a comma or as a given span.
void DropLoneAbbreviations(const std::vector<Token>& t, const PlaceMention& m, Work* w) {
  bool after_comma = m.first > 0 && t[m.first - 1].text == ",";
  if (after_comma || m.first < 0) return;
  auto& c = w->lookup.candidates;
  c.erase(std::remove_if(c.begin(), c.end(), [](const Candidate& x) { return x.flags & gbin::kAbbreviation; }), c.end());
}

// "Fulton County": there is no table of counties. A town of that name inside the story's main
// subdivision stands for it; else the middle of the story's towns there; else the subdivision.
bool PlaceAdmin2(const Gazetteer& g, const Context& ctx, const Work& w, PlaceMention* m) {
  uint16_t top = gbin::kNone;
  double top_w = 0;
  for (const auto& [a, v] : ctx.admin1)
    if (v > top_w) top_w = v, top = a;
  if (top == gbin::kNone) return false;
  int best = -1;
  for (size_t k = 0; k < w.lookup.candidates.size(); ++k) {
    const gbin::Place& p = g.place(w.lookup.candidates[k].place);
    if (static_cast<PlaceKind>(p.kind) != PlaceKind::kCity || p.admin1 != top) continue;
    if (best < 0 || p.population > g.place(w.lookup.candidates[best].place).population) best = static_cast<int>(k);
  }
  m->precision = "admin2";
  m->country = std::string(g.Str(g.country(g.admin1(top).country).iso3));
  if (best >= 0) {
    m->place = static_cast<int32_t>(w.lookup.candidates[best].place);
    m->lat = g.place(m->place).lat;
    m->lon = g.place(m->place).lon;
    m->confidence = 0.8;
    return true;
  }
  const gbin::Admin1& ad = g.admin1(top);
  m->place = static_cast<int32_t>(ad.place);
  double lat = 0, lon = 0;
  int n = 0;
  for (const auto& q : ctx.points)
    if (q.admin1 == top) lat += q.lat, lon += q.lon, ++n;
  m->lat = n ? static_cast<float>(lat / n) : g.place(ad.place).lat;
  m->lon = n ? static_cast<float>(lon / n) : g.place(ad.place).lon;
  m->confidence = 0.35;
  return true;
}

}  // namespace

double HaversineKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * 6371.0088 * std::asin(std::min(1.0, std::sqrt(a)));
}

namespace {

// "the village of Ankoum" in a story set in Mali is not Ankum in Germany: a town read only by the loose
// spelling key, small, and in a country nothing else in the story is in, stays unresolved (the event
// falls back to the places around it).
bool ForeignLooseReading(const Gazetteer& g, const Context& story, const Work& w) {
  const Candidate& c = w.lookup.candidates[w.chosen];
  const gbin::Place& p = g.place(c.place);
  if (!(c.flags & gbin::kSkeleton) || KindOf(p) != PlaceKind::kCity || p.population >= 100000) return false;
  Context others = story;
  others.Sub(g, c.place, 1);
  if (others.country_total < 0.5) return false;
  auto it = others.country.find(p.country);
  return it == others.country.end() || it->second < 0.25;
}

// "a protest at the Dam in Amsterdam", "Hamilton Square in Birkenhead": a town named before "in" and a
// town or subdivision is in it: a reading in another country gives way to one inside (or, for a town,
// within 30 km); with none, it stays unresolved (not Dome in Ghana).
void KeepInsideLocative(const Gazetteer& g, const std::vector<Token>& t, const std::vector<PlaceMention>& mentions,
                        std::vector<Work>* work) {
  for (size_t i = 0; i + 1 < mentions.size(); ++i) {
    Work& w = (*work)[i];
    const Work& y = (*work)[i + 1];
    if (w.chosen < 0 || y.chosen < 0 || mentions[i].last < 0) continue;
    if (KindOf(g.place(w.lookup.candidates[w.chosen].place)) != PlaceKind::kCity) continue;
    int k = mentions[i].last, in = mentions[i + 1].first - 1;
    if (in < k || in - k > 2 || t[in].lower != "in") continue;
    bool words = true;
    for (int x = k; x < in && words; ++x) words = IsFacilityWord(t[x].lower) || t[x].lower == "area";
    if (!words) continue;
    const gbin::Place& outer = g.place(y.lookup.candidates[y.chosen].place);
    // ... when the container's own reading is sure: "Chui region" read as a town is not
    if (y.lookup.hint == Hint::kAdmin1 && KindOf(outer) != PlaceKind::kAdmin1) continue;
    if ((y.lookup.candidates[y.chosen].flags & gbin::kSkeleton) || y.margin < 1) continue;
    auto inside = [&](const gbin::Place& p) {
      if (KindOf(outer) == PlaceKind::kCity) return HaversineKm(p.lat, p.lon, outer.lat, outer.lon) <= 30;
      return Contains(g, outer, p);
    };
    // only a reading in another country is overruled ("Al Bab in Aleppo countryside" may lie 40 km out)
    if (g.place(w.lookup.candidates[w.chosen].place).country == outer.country) continue;
    int best = -1;
    for (size_t c = 0; c < w.lookup.candidates.size(); ++c)
      if (inside(g.place(w.lookup.candidates[c].place)) &&
          (best < 0 || Prior(g, w.lookup.candidates[c]) > Prior(g, w.lookup.candidates[best])))
        best = static_cast<int>(c);
    w.chosen = best;
  }
}

// "Kulsary township in Zhylyoy district of Atyrau region", "Ekibastuz city in Pavlodar region": a
// subdivision or country named after a town by "in"/"of" (with only place words between) and holding
// the town's reading is its container, not another place of the event.
void MarkChainContainers(const Gazetteer& g, const std::vector<Token>& t, const std::vector<Work>& work,
                         std::vector<PlaceMention>* mentions) {
  static const WordSet kBetween = {"in", "of", "the", "township", "district", "city", "town", "village", "county",
                                   "municipality", "commune", "area", "subdistrict", "tehsil", "upazila"};
  for (size_t i = 0; i + 1 < mentions->size(); ++i) {
    if (work[i].chosen < 0 || (*mentions)[i].last < 0) continue;
    const gbin::Place& inner = g.place(work[i].lookup.candidates[work[i].chosen].place);
    if (KindOf(inner) != PlaceKind::kCity) continue;
    int from = (*mentions)[i].last;
    for (size_t j = i + 1; j < mentions->size(); ++j) {
      PlaceMention& m = (*mentions)[j];
      if (m.first < from || m.first - from > 6) break;
      bool linked = false, words = true;
      for (int k = from; k < m.first && words; ++k) {
        linked |= t[k].lower == "in" || t[k].lower == "of";
        words = Has(kBetween, t[k].lower) || (t[k].upper_initial && !t[k].punct);
      }
      if (!words || !linked || work[j].chosen < 0) break;
      const gbin::Place& outer = g.place(work[j].lookup.candidates[work[j].chosen].place);
      // ("Beylikduzu district of Istanbul": a district of a town lies near it)
      bool district_of = (*mentions)[i].admin2 && KindOf(outer) == PlaceKind::kCity &&
                         HaversineKm(inner.lat, inner.lon, outer.lat, outer.lon) <= 40;
      if (Contains(g, outer, inner) || district_of) m.container = true;
      from = m.last;
    }
  }
}

// The story's own town: the town its names resolved to most often (the first named on a tie),
// where its streets and buildings are; -1 when it names none.
int32_t StoryTown(const Gazetteer& g, const std::vector<Work>& work) {
  std::vector<std::pair<uint32_t, int>> counts;
  for (const Work& w : work) {
    if (w.chosen < 0) continue;
    const Candidate& c = w.lookup.candidates[w.chosen];
    if (c.flags & (gbin::kPartial | gbin::kSkeleton)) continue;  // a word of a longer name is no town named
    uint32_t p = c.place;
    if (static_cast<PlaceKind>(g.place(p).kind) != PlaceKind::kCity) continue;
    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == p; });
    if (it == counts.end()) counts.push_back({p, 1});
    else ++it->second;
  }
  int best = 0;
  int32_t town = -1;
  for (const auto& [p, n] : counts)
    if (n > best) best = n, town = static_cast<int32_t>(p);
  return town;
}

}  // namespace

void Geocoder::Resolve(const Analysis& a, std::string_view hint_country, bool find_mode,
                       const std::vector<int32_t>& context, uint16_t languages,
                       std::vector<PlaceMention>* mentions) const {
  std::vector<Work> work(mentions->size());
  for (size_t i = 0; i < mentions->size(); ++i) {
    PlaceMention& m = (*mentions)[i];
    work[i].lookup = Candidates(g_, m.text, find_mode);
    work[i].key = NameKey(m.text);
    if (find_mode) {  // in running text "Syrian" is no place, nor a village's rare other name
      auto& c = work[i].lookup.candidates;
      c.erase(std::remove_if(c.begin(), c.end(),
                             [&](const Candidate& x) {
                               const gbin::Place& p = g_.place(x.place);
                               return (x.flags & gbin::kDemonym) ||
                                      ((x.flags & gbin::kAlternate) && static_cast<PlaceKind>(p.kind) == PlaceKind::kCity &&
                                       p.population < 10000) ||
                                      ((x.flags & gbin::kAlternate) && static_cast<PlaceKind>(p.kind) == PlaceKind::kAdmin2);
                             }),
              c.end());
    }
    m.near |= work[i].lookup.near;
    m.admin2 = work[i].lookup.hint == Hint::kAdmin2;
    if (i + 1 < mentions->size() && m.last >= 0) work[i].parent = ParentMention(a.tokens, *mentions, i);
    if (work[i].parent >= 0) {
      int end = (*mentions)[work[i].parent].last;
      work[i].bracketed = end >= 0 && end < static_cast<int>(a.tokens.size()) && a.tokens[end].text == ")";
    }
    work[i].bracket_tail = m.last >= 0 && BracketTail(a.tokens, m);
    if (find_mode) DropLoneAbbreviations(a.tokens, m, &work[i]);
    PreferCountries(g_, &work[i]);
    PreferLargeSubdivisions(g_, &work[i]);
  }
  for (size_t i = 0; i < work.size(); ++i) {
    if (work[i].parent < 0) continue;
    if (work[work[i].parent].child < 0) work[work[i].parent].child = static_cast<int>(i);
    for (int j = static_cast<int>(i) + 1; j <= work[i].parent; ++j) (*mentions)[j].container = true;
    DropOutsideParent(g_, work[work[i].parent], &work[i]);
  }
  SameNameSameReadings(&work);
  AmongStates(g_, a.tokens, *mentions, &work);
  // the document's prior sense of place: the dateline and the caller's main country
  Context base;
  base.languages = languages;
  if (!hint_country.empty()) {
    uint16_t c = g_.CountryIndex(hint_country);
    // actors may be foreign forces: alone, their country is a hint, not the whole sense of place
    // ("Russian forces shelled Novoselivka, Donetsk" is in Ukraine's Donetsk, not Russia's)
    if (c != gbin::kNone) base.Add(g_, g_.country(c).place, 0.7), base.country_floor = 1.2;
  }
  for (int32_t p : context)
    if (p >= 0 && static_cast<size_t>(p) < g_.place_count()) base.Add(g_, static_cast<uint32_t>(p), 1.5);
  if (!a.dateline.empty()) {
    std::string first(a.dateline.substr(0, a.dateline.find(',')));
    Lookup l = Candidates(g_, first);
    double best = -1e9;
    uint32_t pick = 0;
    for (const auto& c : l.candidates)
      if (double s = Prior(g_, c); s > best) best = s, pick = c.place;
    if (!l.candidates.empty()) base.Add(g_, pick, 2);
  }
  // a first, soft sense of place: every reading of every name votes, in proportion to its prior
  // ("Gainesville", "Ocala" and "Alachua" are all read in Florida more than anywhere else)
  std::vector<Context> soft(work.size());
  Context soft_all = base;
  for (size_t i = 0; i < work.size(); ++i) {
    const auto& c = work[i].lookup.candidates;
    if (c.empty()) continue;
    double top = -1e9, z = 0;
    for (const auto& x : c) top = std::max(top, Prior(g_, x));
    for (const auto& x : c) z += std::exp(Prior(g_, x) - top);
    for (const auto& x : c) {
      double v = 0.5 * std::exp(Prior(g_, x) - top) / z;
      soft[i].AddVote(g_, x.place, v);
      soft_all.AddVote(g_, x.place, v);
    }
  }
  SpatialSupport(g_, &work);
  for (int pass = 0; pass < 3; ++pass) {
    Context ctx = pass == 0 ? soft_all : base;
    if (pass > 0)
      for (size_t j = 0; j < work.size(); ++j)
        if (work[j].chosen >= 0) ctx.Add(g_, work[j].lookup.candidates[work[j].chosen].place, std::min(1.0, 0.3 + work[j].margin / 4));
    for (size_t i = 0; i < work.size(); ++i) {
      Work& w = work[i];
      if (w.lookup.candidates.empty()) continue;
      Context own = ctx;
      if (pass == 0)  // a name does not vote for itself
        for (size_t j = 0; j < work.size(); ++j)
          if (work[j].key == w.key) own.SubVotes(soft[j]);
      if (pass > 0)
        for (const Work& x : work)
          if (x.key == w.key && x.chosen >= 0)
            own.Sub(g_, x.lookup.candidates[x.chosen].place, std::min(1.0, 0.3 + x.margin / 4));
      double best = -1e9, second = -1e9;
      int pick = -1;
      for (size_t k = 0; k < w.lookup.candidates.size(); ++k) {
        double s = Prior(g_, w.lookup.candidates[k]) + ContextScore(g_, w.lookup.candidates[k], own, w, work) +
                   w.support[k];
        if (s > best) second = best, best = s, pick = static_cast<int>(k);
        else if (s > second) second = s;
      }
      w.chosen = pick;
      w.margin = second < -1e8 ? 6 : best - second;
    }
  }
  LocalNamesakes(g_, &work);
  KeepInsideLocative(g_, a.tokens, *mentions, &work);
  // a container of a place left unresolved is the best we know, not a container to pass over; nor is
  // a town in brackets after a country ("the Embassy of Sudan (Seoul City)": where the embassy is)
  for (size_t i = 0; i < work.size(); ++i) {
    if (work[i].parent < 0) continue;
    bool smaller = false;
    if (work[i].chosen >= 0 && work[work[i].parent].chosen >= 0)
      smaller = KindOf(g_.place(work[i].lookup.candidates[work[i].chosen].place)) != PlaceKind::kCity &&
                KindOf(g_.place(work[work[i].parent].lookup.candidates[work[work[i].parent].chosen].place)) ==
                    PlaceKind::kCity;
    if (work[i].chosen < 0 || smaller)
      for (int j = static_cast<int>(i) + 1; j <= work[i].parent; ++j) (*mentions)[j].container = false;
  }
  Context final_ctx = base;
  for (const Work& x : work)
    if (x.chosen >= 0) final_ctx.Add(g_, x.lookup.candidates[x.chosen].place, 1);
  int32_t town = StoryTown(g_, work);
  MarkChainContainers(g_, a.tokens, work, mentions);
  for (size_t i = 0; i < mentions->size(); ++i) {
    PlaceMention& m = (*mentions)[i];
    const Work& w = work[i];
    bool county = w.chosen >= 0 && KindOf(g_.place(w.lookup.candidates[w.chosen].place)) == PlaceKind::kAdmin2;
    if (m.admin2 && !county && PlaceAdmin2(g_, final_ctx, w, &m)) continue;
    if (w.chosen < 0 && w.lookup.facility && town >= 0) {  // a street or building of the story's town
      const gbin::Place& p = g_.place(town);
      m.place = town;
      m.lat = p.lat;
      m.lon = p.lon;
      if (p.country != gbin::kNone) m.country = std::string(g_.Str(g_.country(p.country).iso3));
      m.precision = "city";
      m.confidence = 0.3;
      continue;
    }
    if (w.chosen < 0) continue;
    if (ForeignLooseReading(g_, final_ctx, w)) continue;
    m.place = static_cast<int32_t>(w.lookup.candidates[w.chosen].place);
    const gbin::Place& p = g_.place(m.place);
    m.lat = p.lat;
    m.lon = p.lon;
    if (p.country != gbin::kNone) m.country = std::string(g_.Str(g_.country(p.country).iso3));
    m.confidence = std::clamp(1 - std::exp(-(w.margin + 0.5) / 2.5), 0.2, 0.99);
    if (w.lookup.candidates[w.chosen].flags & gbin::kSkeleton) m.confidence *= 0.8;
    switch (static_cast<PlaceKind>(p.kind)) {
      case PlaceKind::kRegion: m.precision = "region"; break;
      case PlaceKind::kCountry: m.precision = "country"; break;
      case PlaceKind::kAdmin1: m.precision = "admin1"; break;
      case PlaceKind::kAdmin2: m.precision = "admin2"; break;
      case PlaceKind::kCity: m.precision = m.admin2 ? "admin2" : m.near ? "near-city" : "city"; break;
    }
  }
}

std::vector<PlaceMention> Geocoder::ResolveSpans(const Analysis& a, std::string_view body,
                                                 const std::vector<std::pair<int, int>>& spans,
                                                 const std::vector<int32_t>& context, uint16_t languages) const {
  std::vector<PlaceMention> out;
  for (const auto& [b, e] : spans) {
    PlaceMention m;
    m.begin = b;
    m.end = e;
    m.text = SliceCodePoints(body, b, e);
    for (size_t k = 0; k < a.tokens.size(); ++k) {
      if (a.tokens[k].begin <= b && b < a.tokens[k].end && m.first < 0) m.first = static_cast<int>(k);
      if (a.tokens[k].begin < e && e <= a.tokens[k].end) m.last = static_cast<int>(k) + 1;
    }
    if (m.first < 0 || m.last <= m.first) m.first = m.last = -1;
    out.push_back(std::move(m));
  }
  Resolve(a, {}, false, context, languages, &out);
  return out;
}

PlaceMention Geocoder::CountryPlace(std::string_view iso3) const {
  PlaceMention m;
  uint16_t c = g_.CountryIndex(iso3);
  if (c == gbin::kNone) return m;
  m.place = static_cast<int32_t>(g_.country(c).place);
  m.lat = g_.place(m.place).lat;
  m.lon = g_.place(m.place).lon;
  m.country = std::string(iso3);
  m.precision = "country";
  m.confidence = 0.3;
  m.begin = m.end = -1;
  return m;
}

ResolvedPlace Geocoder::Describe(const PlaceMention& m) const {
  ResolvedPlace r;
  if (m.place < 0) return r;
  const gbin::Place& p = g_.place(static_cast<uint32_t>(m.place));
  r.name = std::string(g_.Str(p.name));
  if (p.country != gbin::kNone) r.country = std::string(g_.Str(g_.country(p.country).iso3));
  if (p.admin1 != gbin::kNone) r.admin1 = std::string(g_.Str(g_.admin1(p.admin1).short_name));
  r.geonames_id = p.geonames_id;
  r.lat = m.lat;
  r.lon = m.lon;
  return r;
}

bool IsFacilityWord(std::string_view lower) { return Has(FacilityWords(), lower); }

}  // namespace sitrep
