// Readers of outside text: wire text files, JSON Lines, directories and standard input.
// A bad record is reported to the sink with file, line and reason, and skipped.
#pragma once

#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/document.h"
#include "sitrep/status.h"

namespace sitrep {

struct IngestError {
  std::string file;
  long line = 0;
  std::string reason;
};

struct IngestOptions {
  size_t max_document_bytes = 8u << 20;  // a larger record is skipped
};

// The reader calls these; OnError returning false stops the reading (--strict).
class DocumentSink {
 public:
  virtual ~DocumentSink() = default;
  virtual void OnDocument(Document doc) = 0;
  virtual bool OnError(const IngestError& error) = 0;
};

// One wire text file (input.md section 1); id is the file name without extension.
Status ReadWireText(std::string_view content, std::string_view path, const IngestOptions& options,
                    DocumentSink* sink);
// Parses one wire text file into a document, or a reason it cannot be read.
Result<Document> ParseWireText(std::string_view content, std::string_view path,
                               const IngestOptions& options, long* error_line);

// JSON Lines from a stream, one document per line.
Status ReadJsonLines(std::istream& in, std::string_view path, const IngestOptions& options,
                     DocumentSink* sink);
// Parses one JSON Lines record.
Result<Document> ParseJsonLine(std::string_view line, const IngestOptions& options);

// Files, directories (recursively, .txt and .jsonl in sorted path order) and "-" for stdin.
Status ReadInputs(const std::vector<std::string>& inputs, const IngestOptions& options,
                  DocumentSink* sink);

// Checks the parts every reader shares: a valid date, valid UTF-8, the size limit.
Status ValidateDocument(const Document& doc, const IngestOptions& options);

}  // namespace sitrep
