// US counties from the Census Bureau's boundaries as us-atlas ships them (TopoJSON counties-10m.json):
// each county's FIPS code, name and the centre of its area, and the states' FIPS codes and names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sitrep/status.h"

namespace sitrep {

struct CountyShape {
  std::string state_fips;   // "13"
  std::string county_fips;  // "121" (GeoNames' admin2 code of US towns)
  std::string name;         // "Fulton"
  double lat = 0, lon = 0;  // the centroid of its area
};

struct StateShape {
  std::string fips, name;  // "13", "Georgia"
};

// Reads the "counties" and "states" objects. A geometry without a five-digit id, a name or a valid
// arc is skipped and counted in *skipped; a document that is not TopoJSON is an error.
Status ReadUsCounties(std::string_view json, std::vector<CountyShape>* counties, std::vector<StateShape>* states,
                      size_t* skipped);

}  // namespace sitrep
