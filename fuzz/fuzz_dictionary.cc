// Dictionary text and compiled images: parse, compile, load and match without crashing.
#include <cstddef>
#include <cstdint>
#include <string>

#include "lexicon/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  for (const char* name : {"triggers/fuzz.txt", "agents.txt", "groups.txt", "countries.txt", "cameo.txt"}) {
    sitrep::DictionarySet set;
    if (!sitrep::ParseDictionaryFile(text, name, &set).ok()) continue;
    auto lex = sitrep::Lexicon::FromImage(sitrep::CompileDictionary(set));
    if (!lex.ok()) __builtin_trap();  // what the compiler writes must load
    auto tokens = sitrep::Tokenize(sitrep::Normalize(text));
    std::vector<sitrep::Match> matches;
    for (int i = 0; i < static_cast<int>(tokens.size()); ++i)
      lex.value()->MatchAt(tokens, i, static_cast<int>(tokens.size()), &matches);
  }
  (void)sitrep::Lexicon::FromImage(text);  // a corrupt image is rejected, not followed
  return 0;
}
