// Event location from the places of the document.
#include "code/location.h"

#include <map>
#include <unordered_set>

#include "recognize/words.h"

namespace sitrep {
namespace {

bool LocativeBefore(const std::vector<Token>& t, int first) {
  static const std::unordered_set<std::string_view> k = {"in", "near", "at", "outside", "around", "inside", "across",
                                                         "into", "on", "of", "toward", "towards", "throughout",
                                                         "through", "along"};
  // "the outskirts of X", "the city of X", "control of X": "of" is locative after a word of place or
  // of taking a place, not in "the Ukrainian Congress Committee of America"
  static const std::unordered_set<std::string_view> kOfHeads = {
      "outskirts", "city", "town", "village", "province", "region", "district", "county", "state", "area",
      "north", "south", "east", "west", "centre", "center", "suburb", "suburbs", "countryside", "part", "parts",
      "port", "capital", "municipality", "governorate", "department", "vicinity", "heart", "streets",
      "control", "capture", "siege", "fall", "shelling", "bombing", "bombardment", "liberation", "occupation",
      "blockade", "residents", "airport", "prison", "hospital", "university", "market", "camp", "base",
      "headquarters", "court", "station", "gates", "entrance", "mosque", "church", "square", "prefecture"};
  // "in downtown Atlanta", "in northern Mali": a word of position between
  static const std::unordered_set<std::string_view> kPosition = {
      "downtown", "central", "northern", "southern", "eastern", "western", "rural", "suburban", "north", "south",
      "east", "west", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
      "southeastern", "southwestern", "neighbouring", "neighboring", "nearby"};
  for (int b = first - 1; b >= 0 && b >= first - 3; --b) {
    if (t[b].punct) return false;  // "(Novara, Piemonte)": a container, not where it happened
    // ("from" is not in the set: "members ... from Gangwon protested in Seoul" came from there)
    if (k.count(t[b].lower)) return t[b].lower != "of" || (b > 0 && kOfHeads.count(t[b - 1].lower));
    if (t[b].lower == "the" || t[b].lower == "a" || kPosition.count(t[b].lower)) continue;
    if (!t[b].upper_initial) return false;
  }
  return false;
}


// "Russia and Ukraine nationals", "Kenya police": a country or town before a noun of people names whose
// they are, not where anything happens.
bool PeoplesPlace(const std::vector<Token>& t, const PlaceMention& p) {
  static const std::unordered_set<std::string_view> kPeoples = {"nationals", "citizens", "diaspora", "community",
                                                                "communities", "expatriates", "natives"};
  if (p.last < 0 || p.last >= static_cast<int>(t.size())) return false;
  return IsPersonNoun(t[p.last].lower) || kPeoples.count(t[p.last].lower) > 0 ||
         (t[p.last].lower == "and" && p.last + 2 < static_cast<int>(t.size()) &&
          (IsPersonNoun(t[p.last + 2].lower) || kPeoples.count(t[p.last + 2].lower) > 0));
}

// "Sudanese students living in Korea staged a protest in front of the embassy (Seoul City)": where
// actors live or are based describes them, not the event.
bool HomePlace(const std::vector<Token>& t, int first) {
  static const std::unordered_set<std::string_view> kHome = {"living", "based", "residing", "resident",
                                                             "residents", "live", "lives", "lived", "settled"};
  int b = first - 1;
  if (b >= 0 && t[b].lower == "the") --b;
  return b >= 1 && t[b].lower == "in" && kHome.count(t[b - 1].lower) > 0;
}

// "against the Russian aggression on Ukraine", "the crisis in Ukraine", "the highway towards Peru": a
// place that tells what a noun of conflict or of a route is about or where it leads, not where the
// event is.
bool TopicPlace(const std::vector<Token>& t, int first) {
  static const std::unordered_set<std::string_view> kPreps = {"in", "on", "of", "against", "towards", "toward",
                                                              "to", "over", "with", "into"};
  static const std::unordered_set<std::string_view> kTopics = {
      "war", "wars", "crisis", "conflict", "invasion", "aggression", "situation", "occupation", "peace",
      "intervention", "involvement", "genocide", "atrocities", "bombing", "bombings", "annexation", "sanctions",
      "embargo", "policy", "policies", "relations", "tensions", "dispute", "solidarity", "refugees", "exports",
      "imports", "deportation", "deportations", "coup", "embassy", "consulate"};
  // "the highway towards Peru" leads there; "the road in Jaipur" is there
  static const std::unordered_set<std::string_view> kRoutes = {"highway", "road", "route", "border", "flights",
                                                               "corridor", "pipeline", "railway"};
  int b = first - 1;
  while (b >= 0 && (t[b].lower == "the" || (t[b].upper_initial && !t[b].punct))) --b;  // "the Russian state in"
  if (b < 1 || !kPreps.count(t[b].lower)) return false;
  int h = b - 1;
  while (h >= 0 && (t[h].upper_initial || t[h].lower == "continued" || t[h].lower == "ongoing")) --h;  // "Russian"
  if (h < 0) return false;
  bool toward = t[b].lower == "towards" || t[b].lower == "toward" || t[b].lower == "to";
  return kTopics.count(t[h].lower) || (toward && kRoutes.count(t[h].lower));
}

// "On 3 January 2022, in Santiago (Metropolitana), ...": a place the sentence opens on sets the scene
// for all of it, however far its triggers are.
bool SceneSetter(const std::vector<Token>& t, const Sentence& s, const PlaceMention& p) {
  int in = p.first - 1;
  if (in < s.first || p.first > s.first + 8 || t[in].lower != "in") return false;
  if (in > s.first && t[in - 1].text != ",") return false;  // "In Kabul," or "On 3 May, in Kabul,"
  for (int k = s.first; k < in; ++k)
    if (IsVerbLike(t[k])) return false;
  return true;
}

double Specificity(const std::string& precision) {
  if (precision == "city" || precision == "near-city") return 3;
  if (precision == "admin2") return 2.5;
  if (precision == "admin1") return 2;
  if (precision == "country") return 1;
  return 0.5;
}

}  // namespace

std::optional<size_t> ChooseEventPlace(const EventDraft& d, const Analysis& a, const std::vector<PlaceMention>& places) {
  if (places.empty()) return std::nullopt;
  const auto& t = a.tokens;
  // the story's country: where its places mostly are
  std::map<std::string, double> weight;
  for (const auto& p : places)
    if (!p.actor && !PeoplesPlace(t, p)) weight[p.country] += p.confidence;
  std::string main;
  double main_w = 0;
  for (const auto& [c, w] : weight)
    if (w > main_w && !c.empty()) main = c, main_w = w;
  std::optional<size_t> best;
  double best_score = -1e9;
  // "Cyprus blocked the package": a country or city that acts in the event is not its place
  auto acts = [&](const PlaceMention& p) {
    for (const EventMention& m : d.mentions)
      for (const auto* role : {&m.source, &m.target})
        for (const ActorMention& x : *role)
          if (!x.place && x.ref == ActorRef::kNone && x.first < p.last && p.first < x.last) return true;
    return false;
  };
  for (const EventMention& m : d.mentions) {
    const Sentence& s = a.sentences[m.sentence];
    // "drove into Halifax ... in solidarity with the demonstration in Ottawa": the first report of
    // the happening says where it is; later mentions may be of another one merged with it
    double later = &m == &d.mentions.front() ? 0 : 1.5;
    for (size_t i = 0; i < places.size(); ++i) {
      const PlaceMention& p = places[i];
      if (p.actor || p.first < s.first || p.last > s.last || acts(p) || PeoplesPlace(t, p)) continue;
      int dist = p.first >= m.last ? p.first - m.last : m.first - p.last;
      double score = Specificity(p.precision) + (LocativeBefore(t, p.first) ? 2 : 0) - 0.05 * dist +
                     2 * p.confidence + (p.country == main ? 1.5 : 0) - (p.container ? 2 : 0) - later +
                     (SceneSetter(t, s, p) ? 1 : 0) - (TopicPlace(t, p.first) ? 4 : 0) - (HomePlace(t, p.first) ? 4 : 0);
      if (score > best_score) best_score = score, best = i;
    }
  }
  if (best) return best;
  // "Israel invaded Lebanon", "Russian missiles struck Ukraine": force is used on the target's ground
  if (d.type == "ASSAULT" || d.type == "COERCE") {
    for (const EventMention& m : d.mentions)
      for (const ActorMention& x : m.target)
        for (size_t i = 0; i < places.size(); ++i)
          if (!places[i].actor && x.ref == ActorRef::kNone && x.first < places[i].last && places[i].first < x.last)
            return i;
  }
  // the paragraph's best place before the first mention, then the dateline, then the story's first
  const EventMention& lead = d.mentions.front();
  int paragraph = a.sentences[lead.sentence].paragraph;
  for (size_t i = 0; i < places.size(); ++i) {
    const PlaceMention& p = places[i];
    if (p.actor || p.last > lead.first || t[p.first].paragraph != paragraph) continue;
    double score = Specificity(p.precision) + (LocativeBefore(t, p.first) ? 2 : 0) + 2 * p.confidence +
                   (p.country == main ? 1.5 : 0) - (p.container ? 2 : 0) + 0.01 * static_cast<double>(i);
    if (score > best_score) best_score = score, best = i;
  }
  if (best) return best;
  for (size_t i = 0; i < places.size(); ++i)
    if (t[places[i].first].dateline) return i;
  for (size_t i = 0; i < places.size(); ++i)
    if (!places[i].actor && places[i].last <= lead.first) return i;
  // named only later in the story: its best place, in the story's country
  for (size_t i = 0; i < places.size(); ++i) {
    const PlaceMention& p = places[i];
    if (p.actor) continue;
    double score = Specificity(p.precision) + 2 * p.confidence + (p.country == main ? 1.5 : 0) - (p.container ? 2 : 0);
    if (!best || score > best_score) best_score = score, best = i;
  }
  return best;
}

EventLocation MakeLocation(const PlaceMention& m, const Geocoder& geo, std::string_view body) {
  ResolvedPlace r = geo.Describe(m);
  EventLocation l;
  l.text = SliceCodePoints(body, m.begin, m.end);
  l.name = r.name;
  l.geonames_id = r.geonames_id;
  l.country = r.country;
  l.admin1 = r.admin1;
  l.lat = r.lat;
  l.lon = r.lon;
  l.precision = m.precision;
  l.span = {m.begin, m.end};
  return l;
}

}  // namespace sitrep
