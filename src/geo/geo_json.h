// JSON Lines output of `sitrep geocode`.
#pragma once

#include <string>
#include <vector>

#include "geo/geocoder.h"

namespace sitrep {

// {"id", "places": [{"span", "text", "name", "geonames_id", "country", "admin1", "lat", "lon",
// "precision", "confidence"}]}; a metonymic place ("Damascus said") is left out unless keep_actors.
std::string PlacesToJson(const std::string& id, const Geocoder& geo, const std::vector<PlaceMention>& places,
                         bool keep_actors = false);

}  // namespace sitrep
