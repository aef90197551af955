// FNV-1a, 64 bits: the stable hash of names, features and documents. Files on disk depend on it.
#pragma once

#include <cstdint>
#include <string_view>

namespace sitrep {

constexpr uint64_t kFnvOffset = 1469598103934665603ull;

// Continues a hash over more bytes (start from kFnvOffset).
inline uint64_t Fnv1a(std::string_view s, uint64_t h = kFnvOffset) {
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

}  // namespace sitrep
