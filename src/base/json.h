// Minimal JSON writing: string escaping per RFC 8259.
#pragma once

#include <string>
#include <string_view>

namespace sitrep {

void AppendJsonString(std::string* out, std::string_view s);
std::string JsonString(std::string_view s);

}  // namespace sitrep
