// Whole files in and out.
#pragma once

#include <string>

#include "sitrep/status.h"

namespace sitrep {

// The bytes of a file; "PATH: cannot read" when it cannot be opened or read.
Result<std::string> ReadFile(const std::string& path);

}  // namespace sitrep
