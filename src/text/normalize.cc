#include <utf8proc.h>

#include "base/utf8.h"
#include "text/text.h"

namespace sitrep {
namespace {

bool IsZeroWidth(char32_t c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

bool IsSpaceLike(char32_t c) {
  return c == 0x00A0 || c == 0x202F || c == 0x3000 || (c >= 0x2000 && c <= 0x200A) || c == '\t' ||
         c == '\f' || c == '\v';
}

// The replacement of one code point, or 0 to keep it (after NFKC).
const char* Replacement(char32_t c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x02BC: return "'";
    case 0x201C: case 0x201D: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB: return "\"";
    case 0x2010: case 0x2011: case 0x2012: return "-";
    case 0x2013: return "-";
    case 0x2014: case 0x2015: return "--";
    case 0x2026: return "...";
    case '\r': return "";
    default: return nullptr;
  }
}

void AppendNfkc(std::string* out, char32_t c) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
    return;
  }
  utf8proc_int32_t buf[8];
  utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(c), buf, 8, UTF8PROC_COMPAT, nullptr);
  if (n <= 0 || n > 8 || (n > 1 && utf8proc_category(buf[1]) == UTF8PROC_CATEGORY_MN)) {
    AppendUtf8(out, c);  // keep precomposed letters as they are
    return;
  }
  for (utf8proc_ssize_t i = 0; i < n; ++i) AppendUtf8(out, static_cast<char32_t>(buf[i]));
}

}  // namespace

NormalizedText Normalize(std::string_view body) {
  NormalizedText out;
  out.text.reserve(body.size());
  out.origin.reserve(body.size() + 1);
  size_t pos = 0;
  int cp_index = 0;
  while (pos < body.size()) {
    char32_t c = DecodeUtf8(body, &pos);
    size_t before = out.text.size();
    if (c == kInvalidCodePoint) {
      AppendUtf8(&out.text, 0xFFFD);
    } else if (IsZeroWidth(c)) {
      // dropped
    } else if (IsSpaceLike(c)) {
      out.text.push_back(' ');
    } else if (const char* r = Replacement(c)) {
      out.text.append(r);
    } else {
      AppendNfkc(&out.text, c);
    }
    out.origin.insert(out.origin.end(), out.text.size() - before, cp_index);
    ++cp_index;
  }
  out.origin.push_back(cp_index);
  return out;
}

std::string SliceCodePoints(std::string_view body, int begin, int end) {
  size_t pos = 0;
  int cp = 0;
  size_t from = body.size();
  while (pos < body.size() && cp < end) {
    if (cp == begin) from = pos;
    DecodeUtf8(body, &pos);
    ++cp;
  }
  if (begin >= end || from > pos) return "";
  return std::string(body.substr(from, pos - from));
}

}  // namespace sitrep
