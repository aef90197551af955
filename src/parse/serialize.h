// Little helpers for the model file: length-prefixed strings and integers, bounds-checked reads.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

inline void PutU64(std::string* out, uint64_t v) { out->append(reinterpret_cast<const char*>(&v), sizeof v); }
inline void PutString(std::string* out, std::string_view s) {
  PutU64(out, s.size());
  out->append(s);
}
inline void PutStrings(std::string* out, const std::vector<std::string>& v) {
  PutU64(out, v.size());
  for (const auto& s : v) PutString(out, s);
}
inline bool GetU64(std::string_view data, size_t* pos, uint64_t* v) {
  if (*pos + sizeof *v > data.size()) return false;
  std::memcpy(v, data.data() + *pos, sizeof *v);
  *pos += sizeof *v;
  return true;
}
inline bool GetString(std::string_view data, size_t* pos, std::string* s) {
  uint64_t n;
  if (!GetU64(data, pos, &n) || n > data.size() - *pos) return false;
  s->assign(data.substr(*pos, n));
  *pos += n;
  return true;
}
inline bool GetStrings(std::string_view data, size_t* pos, std::vector<std::string>* v) {
  uint64_t n;
  if (!GetU64(data, pos, &n) || n > (1u << 24)) return false;
  v->resize(n);
  for (auto& s : *v)
    if (!GetString(data, pos, &s)) return false;
  return true;
}

}  // namespace sitrep
