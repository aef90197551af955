// The whole coder on arbitrary text, with a small dictionary: no crash, offsets in range.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "base/utf8.h"
#include "code/coder.h"

namespace {
const sitrep::Lexicon& Lex() {
  static std::unique_ptr<sitrep::Lexicon> lex = [] {
    sitrep::DictionarySet set;
    (void)sitrep::ParseDictionaryFile("SYR | Syria | demonym=Syrian capital=Damascus\nUSA | United States; US | capital=Washington\n",
                                      "countries.txt", &set);
    (void)sitrep::ParseDictionaryFile("troops MIL\nforeign minister GOV\ngunman UAF\n", "agents.txt", &set);
    (void)sitrep::ParseDictionaryFile("Islamic State | ISIS | sector=INS code=IMGMUSISI\n", "groups.txt", &set);
    (void)sitrep::ParseDictionaryFile("type ASSAULT\nv attack 190\nn ambush 193\nv kill 190\n", "triggers/assault.txt", &set);
    (void)sitrep::ParseDictionaryFile("type CONSULT\nv meet 040 sym\nn phone call 041 sym\n", "triggers/consult.txt", &set);
    return std::move(sitrep::Lexicon::FromImage(sitrep::CompileDictionary(set))).value();
  }();
  return *lex;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (sitrep::FindInvalidUtf8(text) != std::string::npos) return 0;  // readers reject it first
  sitrep::Coder coder(Lex());
  sitrep::Document doc{"f", "2025-12-14", "", text, "", "", "", {}};
  int n = static_cast<int>(sitrep::CountCodePoints(text));
  for (const auto& e : coder.Code(doc, nullptr))
    for (const auto& m : e.mentions)
      if (m.trigger.first < 0 || m.trigger.second > n || m.trigger.first > m.trigger.second) __builtin_trap();
  return 0;
}
