#include <simdjson.h>

#include <string>

#include "ingest/ingest.h"

namespace sitrep {
namespace {

// Reads an optional string field; a present field of another type is an error.
Status GetString(simdjson::dom::object& obj, const char* key, bool required, std::string* out) {
  simdjson::dom::element el;
  if (obj[key].get(el) != simdjson::SUCCESS) {
    return required ? Status::Error(std::string("missing field '") + key + "'") : Status::Ok();
  }
  if (el.is_null() && !required) return Status::Ok();
  std::string_view sv;
  if (el.get_string().get(sv) != simdjson::SUCCESS)
    return Status::Error(std::string("field '") + key + "' is not a string");
  out->assign(sv);
  return Status::Ok();
}

// "spans": [[s, e], ...], code points into the text.
Status GetSpans(simdjson::dom::object& obj, std::vector<std::pair<int, int>>* out) {
  simdjson::dom::element el;
  if (obj["spans"].get(el) != simdjson::SUCCESS || el.is_null()) return Status::Ok();
  simdjson::dom::array arr;
  if (el.get_array().get(arr) != simdjson::SUCCESS) return Status::Error("field 'spans' is not an array");
  for (simdjson::dom::element pair : arr) {
    simdjson::dom::array two;
    int64_t b = 0, e = 0;
    if (pair.get_array().get(two) != simdjson::SUCCESS || two.size() != 2 || two.at(0).get_int64().get(b) ||
        two.at(1).get_int64().get(e) || b < 0 || e <= b || e > (1 << 30))
      return Status::Error("field 'spans' must hold [start, end] pairs with 0 <= start < end");
    out->emplace_back(static_cast<int>(b), static_cast<int>(e));
  }
  return Status::Ok();
}

}  // namespace

Result<Document> ParseJsonLine(std::string_view line, const IngestOptions& options) {
  if (line.size() > options.max_document_bytes + 65536)
    return Status::Error("record over the size limit (" + std::to_string(line.size()) + " bytes)");
  thread_local simdjson::dom::parser parser;
  simdjson::padded_string padded(line);
  simdjson::dom::element root;
  auto err = parser.parse(padded).get(root);
  if (err) return Status::Error(std::string("not JSON: ") + simdjson::error_message(err));
  simdjson::dom::object obj;
  if (root.get_object().get(obj) != simdjson::SUCCESS) return Status::Error("not a JSON object");
  Document doc;
  SITREP_RETURN_IF_ERROR(GetString(obj, "id", true, &doc.id));
  SITREP_RETURN_IF_ERROR(GetString(obj, "date", true, &doc.date));
  SITREP_RETURN_IF_ERROR(GetString(obj, "text", true, &doc.text));
  SITREP_RETURN_IF_ERROR(GetString(obj, "title", false, &doc.title));
  SITREP_RETURN_IF_ERROR(GetString(obj, "source", false, &doc.source));
  SITREP_RETURN_IF_ERROR(GetString(obj, "url", false, &doc.url));
  SITREP_RETURN_IF_ERROR(GetString(obj, "lang", false, &doc.lang));
  SITREP_RETURN_IF_ERROR(GetSpans(obj, &doc.spans));
  if (doc.date.size() > 10) doc.date.resize(10);  // a full timestamp: keep the day
  SITREP_RETURN_IF_ERROR(ValidateDocument(doc, options));
  return doc;
}

Status ReadJsonLines(std::istream& in, std::string_view path, const IngestOptions& options,
                     DocumentSink* sink) {
  std::string line;
  long number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    Result<Document> doc = ParseJsonLine(line, options);
    if (doc.ok()) {
      sink->OnDocument(std::move(doc).value());
    } else if (!sink->OnError({std::string(path), number, doc.status().message()})) {
      return Status::Error("stopped at the first bad record");
    }
  }
  return Status::Ok();
}

}  // namespace sitrep
