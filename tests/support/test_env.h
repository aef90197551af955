// Test helpers: the project's paths and the compiled dictionary.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "geo/geocoder.h"
#include "lexicon/lexicon.h"

namespace sitrep::testing {

inline std::string SourceDir() {
  const char* s = std::getenv("SITREP_SOURCE_DIR");
  return s ? s : SITREP_SOURCE_DIR_DEFAULT;
}

// ../shared next to the project. Missing: the test fails under CI=true, and is skipped elsewhere.
inline std::string SharedDir() {
  return (std::filesystem::path(SourceDir()) / ".." / "shared").lexically_normal().string();
}

#define SITREP_REQUIRE_SHARED()                                                            \
  do {                                                                                     \
    if (!std::filesystem::exists(::sitrep::testing::SharedDir() + "/eval/score.py")) {     \
      const char* ci = std::getenv("CI");                                                  \
      if (ci && std::string(ci) == "true") FAIL() << "../shared is missing under CI=true"; \
      GTEST_SKIP() << "../shared is missing";                                              \
    }                                                                                      \
  } while (0)

// The full compiled dictionary (built by the `dictionary` target).
inline const Lexicon& FullLexicon() {
  static std::unique_ptr<Lexicon> lex = [] {
    const char* p = std::getenv("SITREP_DICT");
    auto r = Lexicon::Open(p ? p : SITREP_DICT_DEFAULT);
    if (!r.ok()) {
      ADD_FAILURE() << r.status().message();
      std::abort();
    }
    return std::move(r).value();
  }();
  return *lex;
}

// A small dictionary compiled in memory from text, for unit tests.
inline std::unique_ptr<Lexicon> LexiconFromText(const std::string& name, const std::string& text) {
  DictionarySet set;
  Status st = ParseDictionaryFile(text, name, &set);
  EXPECT_TRUE(st.ok()) << st.message();
  auto r = Lexicon::FromImage(CompileDictionary(set));
  EXPECT_TRUE(r.ok());
  return std::move(r).value();
}

// The gazetteer built at setup (the `gazetteer` target), and a geocoder over it.
inline const Geocoder& FullGeocoder() {
  static std::unique_ptr<Gazetteer> gaz = [] {
    const char* p = std::getenv("SITREP_GAZETTEER");
    auto r = Gazetteer::Open(p ? p : SITREP_GAZETTEER_DEFAULT);
    if (!r.ok()) {
      ADD_FAILURE() << r.status().message();
      std::abort();
    }
    return std::move(r).value();
  }();
  static Geocoder geo(*gaz);
  return geo;
}

}  // namespace sitrep::testing
