// The header of the compiled dictionary file.
#pragma once

#include <cstdint>

namespace sitrep::bin {

constexpr char kMagic[8] = {'S', 'I', 'T', 'R', 'E', 'P', 'D', '2'};

enum Section : uint32_t { kPool, kEntries, kIndex, kCountries, kGroups, kAgents, kTriggers, kCameo, kPersons, kRoles,
                          kSectionCount };

struct SectionRef {
  uint64_t offset;
  uint64_t count;
};

struct Header {
  char magic[8];
  uint32_t version;
  uint32_t sections;
  SectionRef refs[kSectionCount];
};

}  // namespace sitrep::bin
