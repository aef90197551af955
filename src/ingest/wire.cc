#include <string>
#include <vector>

#include "base/date.h"
#include "ingest/ingest.h"

namespace sitrep {
namespace {

std::string_view StripBom(std::string_view s) {
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  return s;
}

std::vector<std::string> SplitLines(std::string_view s) {
  std::vector<std::string> lines(1);
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
      lines.emplace_back();
    } else if (s[i] == '\n') {
      lines.emplace_back();
    } else {
      lines.back().push_back(s[i]);
    }
  }
  return lines;
}

// White space as Python's str.strip() sees it, for the characters that occur in news files.
bool IsBlankLine(std::string_view line) {
  for (size_t i = 0; i < line.size();) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (c == ' ' || c == '\t' || c == '\f' || c == '\v') {
      ++i;
    } else if (line.substr(i, 2) == "\xC2\xA0") {
      i += 2;
    } else if (line.substr(i, 3) == "\xE2\x80\x83" || line.substr(i, 3) == "\xE3\x80\x80") {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string RightTrim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.pop_back();
  return s;
}

std::string StemOf(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.find_last_of('.');
  return std::string(dot == std::string_view::npos ? name : name.substr(0, dot));
}

}  // namespace

Result<Document> ParseWireText(std::string_view content, std::string_view path,
                               const IngestOptions& options, long* error_line) {
  *error_line = 1;
  std::vector<std::string> lines = SplitLines(StripBom(content));
  std::string_view first = Trim(lines[0]);
  if (first.substr(0, 5) != "date ") return Status::Error("line 1 is not 'date YYYY-MM-DD title'");
  std::string_view rest = first.substr(5);
  Document doc;
  doc.id = StemOf(path);
  doc.date = std::string(rest.substr(0, 10));
  if (!ParseIsoDate(doc.date) || (rest.size() > 10 && rest[10] != ' '))
    return Status::Error("line 1: bad date '" + std::string(rest.substr(0, 10)) + "'");
  doc.title = std::string(Trim(rest.substr(std::min<size_t>(rest.size(), 10))));
  size_t blank = 0;
  while (blank < lines.size() && !IsBlankLine(lines[blank])) ++blank;
  std::string text;
  for (size_t i = blank + 1; i < lines.size(); ++i) {
    if (i > blank + 1) text.push_back('\n');
    text += lines[i];
  }
  doc.text = RightTrim(std::move(text));
  *error_line = static_cast<long>(blank + 2);
  if (doc.text.empty()) return Status::Error("no body after the first blank line");
  Status st = ValidateDocument(doc, options);
  if (!st.ok()) return st;
  return doc;
}

Status ReadWireText(std::string_view content, std::string_view path, const IngestOptions& options,
                    DocumentSink* sink) {
  long line = 1;
  Result<Document> doc = ParseWireText(content, path, options, &line);
  if (doc.ok()) {
    sink->OnDocument(std::move(doc).value());
  } else if (!sink->OnError({std::string(path), line, doc.status().message()})) {
    return Status::Error("stopped at the first bad record");
  }
  return Status::Ok();
}

}  // namespace sitrep
