#include "parse/conllu.h"

#include <cstdlib>
#include <sstream>

namespace sitrep {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return out;
}

bool IsInteger(const std::string& s) {
  if (s.empty() || s.size() > 6) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

Result<bool> ReadConllu(std::istream& in, ConlluSentence* out, long* line_number) {
  *out = ConlluSentence{};
  std::string line;
  bool any = false;
  while (std::getline(in, line)) {
    ++*line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (any) return true;
      continue;
    }
    any = true;
    if (line[0] == '#') {
      out->comments.push_back(line);
      continue;
    }
    std::vector<std::string> f = SplitTabs(line);
    if (f.size() != 10) return Status::Error("line " + std::to_string(*line_number) + ": expected 10 columns");
    if (!IsInteger(f[0])) {  // "3-4" multiword token or "8.1" empty node
      out->extra_lines.push_back({static_cast<int>(out->words.size()), line});
      continue;
    }
    if (std::atoi(f[0].c_str()) != static_cast<int>(out->words.size()) + 1)
      return Status::Error("line " + std::to_string(*line_number) + ": word IDs out of order");
    ConlluWord w{f[1], f[2], f[3], f[4], f[5], f[7], f[8], f[9]};
    w.head = IsInteger(f[6]) ? std::atoi(f[6].c_str()) : -1;
    out->words.push_back(std::move(w));
  }
  return any;
}

void WriteConllu(const ConlluSentence& s, std::ostream& out) {
  for (const auto& c : s.comments) out << c << "\n";
  size_t extra = 0;
  for (size_t i = 0; i < s.words.size(); ++i) {
    while (extra < s.extra_lines.size() && s.extra_lines[extra].first == static_cast<int>(i))
      out << s.extra_lines[extra++].second << "\n";
    const ConlluWord& w = s.words[i];
    out << i + 1 << '\t' << w.form << '\t' << w.lemma << '\t' << w.upos << '\t' << w.xpos << '\t' << w.feats << '\t'
        << (w.head >= 0 ? std::to_string(w.head) : "_") << '\t' << w.deprel << '\t' << w.deps << '\t' << w.misc << "\n";
  }
  while (extra < s.extra_lines.size()) out << s.extra_lines[extra++].second << "\n";
  out << "\n";
}

}  // namespace sitrep
