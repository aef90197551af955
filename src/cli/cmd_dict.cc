#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "base/file.h"
#include "cli/commands.h"
#include "lexicon/lexicon.h"

namespace sitrep {
namespace {

bool WriteFile(const std::string& path, const std::string& data) {
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    if (!(out << data)) return false;
  }
  return std::rename(tmp.c_str(), path.c_str()) == 0;
}

}  // namespace

std::string DataFilePath(const std::string& flag, const char* env_var, const char* subdir, const char* file) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv(env_var)) return env;
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec).parent_path();
  for (const auto& candidate : {exe / subdir / file, exe / ".." / "share" / "sitrep" / file})
    if (std::filesystem::exists(candidate, ec)) return candidate.string();
  return (exe / subdir / file).string();
}

std::string DefaultDictionaryPath(const std::string& flag) {
  return DataFilePath(flag, "SITREP_DICT", "dict", "sitrep.dict");
}

int RunDictCountries(const DictOptions& o) {
  auto json = ReadFile(o.json);
  if (!json.ok()) {
    std::cerr << "sitrep: " << o.json << ": cannot read (npm install world-countries)\n";
    return 2;
  }
  auto text = ImportWorldCountries(json.value());
  if (!text.ok()) {
    std::cerr << "sitrep: " << text.status().message() << "\n";
    return 1;
  }
  if (!WriteFile(o.output, text.value())) {
    std::cerr << "sitrep: " << o.output << ": cannot write\n";
    return 2;
  }
  return 0;
}

int RunDictCompile(const DictOptions& o) {
  auto start = std::chrono::steady_clock::now();
  DictionarySet set;
  Status st = LoadDictionaryText(o.dirs, &set);
  if (!st.ok()) {
    std::cerr << "sitrep: " << st.message() << "\n";
    return 1;
  }
  std::string image = CompileDictionary(set);
  if (!WriteFile(o.output, image)) {
    std::cerr << "sitrep: " << o.output << ": cannot write\n";
    return 2;
  }
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::cerr << "sitrep: compiled " << set.countries.size() << " countries, " << set.groups.size() << " groups, "
            << set.agents.size() << " agents, " << set.persons.size() << " persons, " << set.triggers.size()
            << " triggers, " << set.cameo.size()
            << " CAMEO codes into " << o.output << " (" << image.size() / 1024 << " KiB, " << static_cast<int>(ms)
            << " ms)\n";
  return 0;
}

}  // namespace sitrep
