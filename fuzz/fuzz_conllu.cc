// CoNLL-U treebanks: any bytes give sentences or a line-numbered error; what is read writes back.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "parse/conllu.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  sitrep::ConlluSentence s;
  long line = 0;
  for (int n = 0; n < 10000; ++n) {
    auto r = sitrep::ReadConllu(in, &s, &line);
    if (!r.ok() || !r.value()) break;
    std::ostringstream out;
    sitrep::WriteConllu(s, out);
    std::istringstream again(out.str());
    sitrep::ConlluSentence t;
    long l2 = 0;
    auto r2 = sitrep::ReadConllu(again, &t, &l2);
    if (!r2.ok() || t.words.size() != s.words.size()) __builtin_trap();  // what is written reads back
  }
  return 0;
}
