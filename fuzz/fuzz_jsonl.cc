// JSON Lines records: any bytes must give a document or a reason, never a crash.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "ingest/ingest.h"

namespace {
struct Count : sitrep::DocumentSink {
  void OnDocument(sitrep::Document) override {}
  bool OnError(const sitrep::IngestError& e) override { return e.line > 0; }
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  Count sink;
  (void)sitrep::ReadJsonLines(in, "fuzz.jsonl", {}, &sink);
  return 0;
}
