// ACLED event type and sub-event type for the events ACLED codes.
#pragma once

#include <string>
#include <string_view>

#include "sitrep/event.h"

namespace sitrep {

// `setting`: the paragraph the event is told in, where ACLED's notes say what the police did about
// a protest ("Police intervened, detaining seven").
void AssignAcled(Event* e, std::string_view setting = {});

}  // namespace sitrep
