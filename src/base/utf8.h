// UTF-8 helpers: decoding, validation, and the case/accent folding used for matching.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sitrep {

constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;

// Decodes the code point at s[*pos] and advances *pos; kInvalidCodePoint on a bad sequence
// (then *pos advances by one byte).
char32_t DecodeUtf8(std::string_view s, size_t* pos);
void AppendUtf8(std::string* out, char32_t cp);
// Byte offset of the first invalid sequence, or npos when s is valid UTF-8.
size_t FindInvalidUtf8(std::string_view s);
size_t CountCodePoints(std::string_view s);
// Lower case, accents stripped, compatibility forms folded: "Élysée" -> "elysee".
std::string FoldForMatch(std::string_view s);
bool IsAsciiUpper(char c);
// Without ASCII white space (space, tab, CR, LF, VT, FF) at either end.
std::string Trim(std::string_view s);
bool IsAsciiDigit(char c);
// Does s end with suffix (bytes)?
bool EndsWith(std::string_view s, std::string_view suffix);

}  // namespace sitrep
