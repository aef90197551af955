// Model files: corrupt bytes are rejected, never followed out of bounds.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parse/model.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto m = sitrep::Model::FromBytes(std::string_view(reinterpret_cast<const char*>(data), size));
  if (m.ok()) {
    std::vector<sitrep::ConlluWord> words = {{"Troops"}, {"attacked"}, {"the"}, {"base"}, {"."}};
    m.value()->Annotate(&words);
  }
  return 0;
}
