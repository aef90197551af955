// Wire text files: any bytes must give a document or a reason, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  long line = 0;
  auto doc = sitrep::ParseWireText(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.txt", {}, &line);
  if (doc.ok() && doc.value().text.empty()) __builtin_trap();  // a document always has a body
  return 0;
}
