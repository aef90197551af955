// Where an event happened: the place attached to one of its mentions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "code/merge.h"
#include "geo/geocoder.h"
#include "sitrep/event.h"

namespace sitrep {

// The index in `places` of the event's place: in a mention's sentence, a place introduced by a
// locative word ("in", "near", "outside") and the most specific one nearest the trigger; else the
// last place named earlier in the paragraph; else the dateline's; else the story's first place.
// Metonymic places ("Damascus said") are never chosen. Nothing when the story names no place.
std::optional<size_t> ChooseEventPlace(const EventDraft& d, const Analysis& a, const std::vector<PlaceMention>& places);

EventLocation MakeLocation(const PlaceMention& m, const Geocoder& geo, std::string_view body);

}  // namespace sitrep
