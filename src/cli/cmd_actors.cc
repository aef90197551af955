// `sitrep actors`: the persons learned across documents and the dictionary's persons, with counts
// and provenance; a user's verdict on a learned one applies to later runs.
#include <cstdio>
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "lexicon/lexicon.h"
#include "store/store.h"

namespace sitrep {

int RunActors(const ActorsOptions& o) {
  auto store = Store::Open(o.db);
  if (!store.ok()) {
    std::cerr << "sitrep: " << store.status().message() << "\n";
    return 2;
  }
  Store& s = *store.value();
  if (!o.promote.empty() || !o.reject.empty() || !o.correct.empty()) {
    std::string name = !o.promote.empty() ? o.promote : !o.reject.empty() ? o.reject : o.correct;
    std::string status = !o.promote.empty() ? "promoted" : !o.reject.empty() ? "rejected" : "corrected";
    if (status == "corrected" && o.country.empty() && o.sector.empty()) {
      std::cerr << "sitrep: --correct needs --country or --sector\n";
      return 2;
    }
    auto r = s.SetLearned(name, status, o.country, o.sector);
    if (!r.ok()) {
      std::cerr << "sitrep: " << r.status().message() << "\n";
      return 1;
    }
    if (!r.value()) {
      std::cerr << "sitrep: no learned actor named '" << name << "' (see sitrep actors --db " << o.db << ")\n";
      return 1;
    }
    std::cerr << "sitrep: " << name << ": " << status << "; later runs use it\n";
    return 0;
  }
  auto learned = s.Learned();
  if (!learned.ok()) {
    std::cerr << "sitrep: " << learned.status().message() << "\n";
    return 1;
  }
  std::printf("%-32s %-4s %-4s %-28s %5s  %-10s %-10s %-24s %s\n", "learned actor", "ctry", "role", "group", "docs",
              "first", "last", "first document", "status");
  for (const auto& a : learned.value())
    std::printf("%-32s %-4s %-4s %-28s %5ld  %-10s %-10s %-24s %s\n", a.name.c_str(), a.country.c_str(),
                a.sector.c_str(), a.group.c_str(), a.docs, a.first_date.c_str(), a.last_date.c_str(),
                a.first_doc.c_str(), a.status.c_str());
  if (!o.dictionary) return 0;
  auto lex = Lexicon::Open(DefaultDictionaryPath(o.dict));
  if (!lex.ok()) {
    std::cerr << "sitrep: " << lex.status().message() << "\n";
    return 2;
  }
  auto counts = s.ActorCounts();
  std::map<std::string, long> coded;
  if (counts.ok())
    for (const auto& [name, n] : counts.value()) coded[name] = n;
  std::printf("\n%-32s %-6s %s\n", "dictionary person", "coded", "roles (persons.txt)");
  const Lexicon& l = *lex.value();
  for (uint32_t i = 0; i < l.person_count(); ++i) {
    const bin::Person& p = l.person(i);
    std::string name(l.Str(p.name)), roles;
    for (uint32_t r = p.first_role; r < p.first_role + p.n_roles; ++r) {
      const bin::Role& x = l.role(r);
      if (!roles.empty()) roles += "; ";
      roles += std::string(l.Str(x.group).empty() ? l.Str(x.country) : l.Str(x.group)) + " " + std::string(l.Str(x.sector));
    }
    std::printf("%-32s %6ld %s\n", name.c_str(), coded.count(name) ? coded[name] : 0L, roles.c_str());
  }
  return 0;
}

}  // namespace sitrep
