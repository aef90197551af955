// TABARI and PETRARCH dictionary text: read as every kind in both dialects, then code the same
// bytes as a sentence, without crashing or running away (synsets naming themselves, long gaps).
#include <cstddef>
#include <cstdint>
#include <string>

#include "patterns/pattern_coder.h"
#include "patterns/reader_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace sitrep::patterns;
  std::string text(reinterpret_cast<const char*>(data), size);
  for (Dialect dialect : {Dialect::kTabari, Dialect::kPetrarch}) {
    PatternDictionary d;
    d.dialect = dialect;
    for (const char* kind : {"actors", "agents", "verbs", "options", "discards"}) {
      if (dialect == Dialect::kTabari) (void)ReadTabariText(kind, text, "fuzz", &d);
      else (void)ReadPetrarchText(kind, text, "fuzz", &d);
    }
    FinishDictionary(&d);
    PatternCoder coder(d);
    sitrep::Document doc;
    doc.id = "fuzz";
    doc.date = "2020-01-01";
    doc.text = text;
    long sentences = 0;
    (void)coder.Code(doc, &sentences);
  }
  return 0;
}
