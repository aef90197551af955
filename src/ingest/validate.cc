#include "base/date.h"
#include "base/utf8.h"
#include "ingest/ingest.h"

namespace sitrep {

Status ValidateDocument(const Document& doc, const IngestOptions& options) {
  if (doc.id.empty()) return Status::Error("missing id");
  if (!ParseIsoDate(doc.date)) return Status::Error("bad date '" + doc.date + "'");
  if (doc.text.size() > options.max_document_bytes)
    return Status::Error("document over the size limit (" + std::to_string(doc.text.size()) +
                         " bytes)");
  for (const std::string* field : {&doc.id, &doc.title, &doc.text}) {
    if (FindInvalidUtf8(*field) != std::string_view::npos)
      return Status::Error("invalid UTF-8");
  }
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos)
    return Status::Error("empty text");
  if (!doc.spans.empty()) {
    int n = static_cast<int>(CountCodePoints(doc.text));
    for (const auto& [b, e] : doc.spans)
      if (e > n) return Status::Error("span [" + std::to_string(b) + ", " + std::to_string(e) + "] beyond the text");
  }
  return Status::Ok();
}

}  // namespace sitrep
