#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "ingest/ingest.h"

namespace sitrep {
namespace {

namespace fs = std::filesystem;

bool HasExtension(const fs::path& p, const char* ext) { return p.extension() == ext; }

Status ReadFile(const fs::path& path, const IngestOptions& options, DocumentSink* sink) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (!sink->OnError({path.string(), 0, "cannot open file"}))
      return Status::Error("stopped at the first bad record");
    return Status::Ok();
  }
  if (HasExtension(path, ".jsonl")) return ReadJsonLines(in, path.string(), options, sink);
  std::ostringstream buf;
  buf << in.rdbuf();
  return ReadWireText(buf.str(), path.string(), options, sink);
}

Status ReadDirectory(const fs::path& dir, const IngestOptions& options, DocumentSink* sink) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file() && (HasExtension(it->path(), ".txt") || HasExtension(it->path(), ".jsonl")))
      files.push_back(it->path());
  }
  if (ec && !sink->OnError({dir.string(), 0, "cannot read directory: " + ec.message()}))
    return Status::Error("stopped at the first bad record");
  std::sort(files.begin(), files.end());
  for (const auto& f : files) SITREP_RETURN_IF_ERROR(ReadFile(f, options, sink));
  return Status::Ok();
}

}  // namespace

Status ReadInputs(const std::vector<std::string>& inputs, const IngestOptions& options,
                  DocumentSink* sink) {
  for (const std::string& input : inputs) {
    if (input == "-") {
      SITREP_RETURN_IF_ERROR(ReadJsonLines(std::cin, "<stdin>", options, sink));
      continue;
    }
    std::error_code ec;
    fs::path p(input);
    if (fs::is_directory(p, ec)) {
      SITREP_RETURN_IF_ERROR(ReadDirectory(p, options, sink));
    } else if (fs::exists(p, ec)) {
      SITREP_RETURN_IF_ERROR(ReadFile(p, options, sink));
    } else if (!sink->OnError({input, 0, "no such file or directory"})) {
      return Status::Error("stopped at the first bad record");
    }
  }
  return Status::Ok();
}

}  // namespace sitrep
