#include <cstdio>
#include <iostream>

#include "base/utf8.h"
#include "cli/commands.h"
#include "store/store.h"

namespace sitrep {
namespace {

std::string Fit(const std::string& s, size_t width) {
  size_t n = CountCodePoints(s);
  if (n <= width) return s + std::string(width - n, ' ');
  std::string out;
  size_t pos = 0, cps = 0;
  while (pos < s.size() && cps + 1 < width) {
    size_t start = pos;
    DecodeUtf8(s, &pos);
    out.append(s, start, pos - start);
    ++cps;
  }
  return out + "~";
}

std::string Figure(int v) { return v < 0 ? "-" : std::to_string(v); }

}  // namespace

int RunShow(const ShowOptions& o) {
  auto store = Store::Open(o.db);
  if (!store.ok()) {
    std::cerr << "sitrep: " << store.status().message() << "\n";
    return 2;
  }
  EventFilter f{o.from, o.to, o.country, o.type, o.limit};
  auto rows = store.value()->Query(f);
  if (!rows.ok()) {
    std::cerr << "sitrep: " << rows.status().message() << "\n";
    return 2;
  }
  std::printf("%s %s %s %s %s %s %s %s\n", Fit("date", 10).c_str(), Fit("type", 9).c_str(), Fit("cameo", 5).c_str(),
              Fit("source", 24).c_str(), Fit("target", 24).c_str(), Fit("place", 18).c_str(), Fit("k/i", 7).c_str(),
              "document");
  for (const EventRow& r : rows.value()) {
    std::string type = r.type.empty() ? "(none)" : r.type;
    if (r.modality != "asserted") type += "?";
    std::printf("%s %s %s %s %s %s %s %s\n", Fit(r.date, 10).c_str(), Fit(type, 9).c_str(), Fit(r.cameo, 5).c_str(),
                Fit(r.source, 24).c_str(), Fit(r.target, 24).c_str(), Fit(r.place.empty() ? "-" : r.place, 18).c_str(),
                Fit(Figure(r.killed) + "/" + Figure(r.injured), 7).c_str(), r.doc_id.c_str());
  }
  std::printf("(%zu events shown of %ld stored; '?' marks events not asserted)\n", rows.value().size(),
              store.value()->CountEvents());
  return 0;
}

}  // namespace sitrep
