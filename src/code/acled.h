// ACLED event type and sub-event type for the events ACLED codes.
#pragma once

#include <string>

#include "sitrep/event.h"

namespace sitrep {

void AssignAcled(Event* e);

}  // namespace sitrep
