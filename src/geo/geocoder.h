// Toponyms: found in a document by gazetteer matching in context, or given as spans, then
// resolved together using the document (its dateline, its countries and subdivisions, the
// other places in it, parent phrases such as "Macon, Ga.").
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "geo/gazetteer.h"
#include "text/text.h"

namespace sitrep {

struct PlaceMention {
  int begin = 0, end = 0;           // code points into the body
  int first = -1, last = -1;        // tokens [first, last)
  std::string text;
  int32_t place = -1;               // row in the gazetteer's place table; -1: unresolved
  std::string precision;            // city, near-city, admin2, admin1, country
  double confidence = 0;
  bool actor = false;               // "Damascus said": a capital that speaks is an actor
  bool near = false;                // "near X", "the X countryside"
  bool admin2 = false;              // "Fulton County": placed at the town of that name or the area
  bool container = false;           // names the area around another place: "Goma (Goma, Nord-Kivu)"
  float lat = 0, lon = 0;           // where it was placed (an admin2 may lie off its town)
  std::string country;              // ISO alpha-3 of the place, empty for a region or none
};

// The resolved place as events and `sitrep geocode` report it.
struct ResolvedPlace {
  std::string name, country, admin1;
  int32_t geonames_id = 0;
  double lat = 0, lon = 0;
};

// "street", "square", "hospital": the last word of a site inside a town.
bool IsFacilityWord(std::string_view lower);

class Geocoder {
 public:
  explicit Geocoder(const Gazetteer& g) : g_(g) {}
  // Finds the toponyms of an analysed document and resolves them. `hint_country` is the
  // story's main country when the caller knows it (ISO alpha-3), else empty.
  // `context` holds places known from outside the body (the headline's), as votes.
  // `languages`: the outlet's language (OutletLanguages), which favours places where it is spoken.
  std::vector<PlaceMention> Find(const Analysis& a, std::string_view hint_country = {},
                                 const std::vector<int32_t>& context = {}, uint16_t languages = 0) const;
  // Resolves exactly the given spans (code points into the body).
  std::vector<PlaceMention> ResolveSpans(const Analysis& a, std::string_view body,
                                         const std::vector<std::pair<int, int>>& spans,
                                         const std::vector<int32_t>& context = {}, uint16_t languages = 0) const;
  // The places of a headline, to give the body's names their setting.
  std::vector<int32_t> HeadlinePlaces(std::string_view title) const;
  // Where the outlet is: a country, subdivision or large city its name says ("Daily Trust
  // (Nigeria)", "Times of India", "National Iraqi News Agency"), and the country of the address's
  // country-code domain ("lemonde.fr"). Weaker than the headline: a local paper reports from abroad too.
  std::vector<int32_t> OutletPlaces(std::string_view source, std::string_view url) const;
  // The language an outlet's name is in, by its words ("La Manche Libre", "Fyens Stiftstidende"):
  // gbin::OutletLanguage bits, several when its words are shared; 0 when none is told (English).
  static uint16_t OutletLanguages(std::string_view source);
  // The headline's places, then the outlet's: the `context` of Find for a document.
  std::vector<int32_t> DocumentPlaces(std::string_view title, std::string_view source, std::string_view url) const {
    std::vector<int32_t> out = HeadlinePlaces(title), outlet = OutletPlaces(source, url);
    out.insert(out.end(), outlet.begin(), outlet.end());
    return out;
  }
  ResolvedPlace Describe(const PlaceMention& m) const;
  // A country as a place (ISO alpha-3), for an event whose text names no place; place -1 if unknown.
  PlaceMention CountryPlace(std::string_view iso3) const;
  const Gazetteer& gazetteer() const { return g_; }

 private:
  void Resolve(const Analysis& a, std::string_view hint_country, bool find_mode, const std::vector<int32_t>& context,
               uint16_t languages, std::vector<PlaceMention>* mentions) const;
  const Gazetteer& g_;
};

// Distance in kilometres between two points on the Earth.
double HaversineKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace sitrep
