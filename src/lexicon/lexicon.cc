#include "lexicon/lexicon.h"


#include <algorithm>
#include <cstring>

#include "lexicon/format.h"

namespace sitrep {

int QuadClass(std::string_view cameo) {
  if (cameo.size() < 2 || cameo[0] < '0' || cameo[0] > '9' || cameo[1] < '0' || cameo[1] > '9') return 0;
  int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
  return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}
namespace {

bool IsCasedWord(std::string_view w) {
  int letters = 0;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    letters += (c >= 'A' && c <= 'Z');
  }
  return letters >= 2;
}

bool IsProperName(EntryKind k) {
  return k == EntryKind::kCountry || k == EntryKind::kDemonym || k == EntryKind::kCapital ||
         k == EntryKind::kGroup || k == EntryKind::kPerson;
}

// The k-th space-separated word of s.
std::string_view WordAt(std::string_view s, int k) {
  size_t start = 0;
  for (int i = 0; i < k; ++i) start = s.find(' ', start) + 1;
  size_t end = s.find(' ', start);
  return s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

struct Matcher {
  std::string_view words, cased;
  int n;
  const std::vector<Token>& tokens;
  int limit;
  std::vector<int>* gap;
  mutable int budget = 1024;  // gaps try several lengths: bound the work on any pattern

  // A comma between two lowercase words or numbers of a gap that began at `start` (not its first token).
  bool ListComma(int i, int start) const {
    if (tokens[i].text != "," || i <= start || i + 1 >= limit) return false;
    auto item = [](const Token& x) { return !x.punct && (!x.upper_initial || x.number); };
    return item(tokens[i - 1]) && item(tokens[i + 1]);
  }

  // A quotation mark: "called the strikes \"a clear violation\"" quotes words of the pattern.
  bool Quote(int i) const {
    static const std::string_view kMarks[] = {"\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb"};
    for (std::string_view q : kMarks)
      if (tokens[i].text == q) return true;
    return false;
  }

  // Matches pattern words [k, n) from token j; returns the end token or -1.
  int From(int k, int j) const {
    if (--budget < 0) return -1;
    if (k == n) return j;
    std::string_view w = WordAt(words, k);
    if (w == "+") {
      // up to six words; a comma only between the items of a list ("fired 122mm, 120mm and mortars at"),
      // quotation marks anywhere
      int commas = 0;
      for (int len = 0; len - commas <= 6 && j + len <= limit; ++len) {
        if (len > 0 && tokens[j + len - 1].punct) {
          if (!ListComma(j + len - 1, j) && !Quote(j + len - 1)) break;
          ++commas;
          continue;
        }
        int end = From(k + 1, j + len);
        if (end >= 0) {
          for (int g = j; g < j + len; ++g) gap->push_back(g);
          return end;
        }
      }
      return -1;
    }
    if (j >= limit || tokens[j].lower != w) return -1;
    std::string_view c = WordAt(cased, k);
    if (IsCasedWord(c) && tokens[j].text != c) return -1;
    return From(k + 1, j + 1);
  }
};

}  // namespace

Result<std::unique_ptr<Lexicon>> Lexicon::Open(const std::string& path) {
  auto file = MappedFile::Open(path, "dictionary", sizeof(bin::Header));
  if (!file.ok()) return file.status();
  std::unique_ptr<Lexicon> lex(new Lexicon());
  lex->file_ = std::move(file).value();
  Status s = lex->Attach(lex->file_.data(), lex->file_.size());
  if (!s.ok()) return Status::Error(path + ": " + s.message());
  return lex;
}

Result<std::unique_ptr<Lexicon>> Lexicon::FromImage(std::string image) {
  std::unique_ptr<Lexicon> lex(new Lexicon());
  lex->file_ = MappedFile::Own(std::move(image));
  SITREP_RETURN_IF_ERROR(lex->Attach(lex->file_.data(), lex->file_.size()));
  return lex;
}

Status Lexicon::Attach(const char* data, size_t size) {
  if (size < sizeof(bin::Header)) return Status::Error("dictionary image too small");
  bin::Header h;
  std::memcpy(&h, data, sizeof h);
  if (std::memcmp(h.magic, bin::kMagic, 8) != 0 || h.sections != bin::kSectionCount)
    return Status::Error("not a sitrep dictionary (bad magic); recompile it");
  const size_t sizes[] = {1, sizeof(bin::PatternEntry), sizeof(bin::IndexRow), sizeof(bin::Country),
                          sizeof(bin::Group), sizeof(bin::Agent), sizeof(bin::Trigger), sizeof(bin::Cameo),
                          sizeof(bin::Person), sizeof(bin::Role)};
  for (uint32_t s = 0; s < bin::kSectionCount; ++s) {
    if (h.refs[s].offset > size || h.refs[s].count > (size - h.refs[s].offset) / sizes[s])
      return Status::Error("dictionary section out of bounds");
  }
  auto at = [&](bin::Section s) { return data + h.refs[s].offset; };
  pool_ = at(bin::kPool);
  if (h.refs[bin::kPool].count == 0 || pool_[h.refs[bin::kPool].count - 1] != '\0')
    return Status::Error("dictionary string pool is not terminated");
  entries_ = reinterpret_cast<const bin::PatternEntry*>(at(bin::kEntries));
  index_ = reinterpret_cast<const bin::IndexRow*>(at(bin::kIndex));
  countries_ = reinterpret_cast<const bin::Country*>(at(bin::kCountries));
  groups_ = reinterpret_cast<const bin::Group*>(at(bin::kGroups));
  agents_ = reinterpret_cast<const bin::Agent*>(at(bin::kAgents));
  triggers_ = reinterpret_cast<const bin::Trigger*>(at(bin::kTriggers));
  cameo_ = reinterpret_cast<const bin::Cameo*>(at(bin::kCameo));
  n_entries_ = h.refs[bin::kEntries].count;
  n_index_ = h.refs[bin::kIndex].count;
  n_countries_ = h.refs[bin::kCountries].count;
  n_groups_ = h.refs[bin::kGroups].count;
  n_agents_ = h.refs[bin::kAgents].count;
  n_triggers_ = h.refs[bin::kTriggers].count;
  n_cameo_ = h.refs[bin::kCameo].count;
  persons_ = reinterpret_cast<const bin::Person*>(at(bin::kPersons));
  roles_ = reinterpret_cast<const bin::Role*>(at(bin::kRoles));
  n_persons_ = h.refs[bin::kPersons].count;
  n_roles_ = h.refs[bin::kRoles].count;
  const uint64_t pool_size = h.refs[bin::kPool].count;
  for (size_t i = 0; i < n_persons_; ++i)
    if (persons_[i].name >= pool_size || persons_[i].first_role + static_cast<uint64_t>(persons_[i].n_roles) > n_roles_)
      return Status::Error("dictionary person out of bounds");
  for (size_t i = 0; i < n_roles_; ++i)
    if (roles_[i].country >= pool_size || roles_[i].sector >= pool_size || roles_[i].group >= pool_size)
      return Status::Error("dictionary role out of bounds");
  first_word_.clear();
  first_word_.reserve(n_index_);
  for (uint32_t i = 0; i < n_index_; ++i) {
    if (index_[i].word >= h.refs[bin::kPool].count ||
        index_[i].first + static_cast<uint64_t>(index_[i].count) > n_entries_)
      return Status::Error("dictionary index out of bounds");
    first_word_.emplace(Str(index_[i].word), i);
  }
  for (size_t i = 0; i < n_entries_; ++i) {
    const bin::PatternEntry& e = entries_[i];
    if (e.words >= h.refs[bin::kPool].count || e.cased >= h.refs[bin::kPool].count)
      return Status::Error("dictionary entry out of bounds");
    size_t table = 0;
    switch (static_cast<EntryKind>(e.kind)) {
      case EntryKind::kCountry: case EntryKind::kDemonym: case EntryKind::kCapital: table = n_countries_; break;
      case EntryKind::kGroup: table = n_groups_; break;
      case EntryKind::kAgent: table = n_agents_; break;
      case EntryKind::kTrigger: table = n_triggers_; break;
      case EntryKind::kPerson: table = n_persons_; break;
      default: return Status::Error("dictionary entry of unknown kind");
    }
    if (e.target >= table) return Status::Error("dictionary entry points outside its table");
  }
  return Status::Ok();
}

const bin::Role* Lexicon::RoleOn(uint32_t person, int32_t day) const {
  const bin::Person& p = persons_[person];
  const bin::Role* best = nullptr;
  int64_t best_gap = INT64_MAX;
  for (uint32_t r = p.first_role; r < p.first_role + p.n_roles; ++r) {
    const bin::Role& x = roles_[r];
    int64_t gap = day < x.start ? static_cast<int64_t>(x.start) - day : day > x.end ? static_cast<int64_t>(day) - x.end : 0;
    if (gap < best_gap) best_gap = gap, best = &x;
  }
  return best;
}

void Lexicon::MatchAt(const std::vector<Token>& tokens, int at, int limit, std::vector<Match>* out) const {
  if (at >= limit) return;
  auto found = first_word_.find(tokens[at].lower);
  if (found == first_word_.end()) return;
  const bin::IndexRow* row = index_ + found->second;
  for (uint32_t i = row->first; i < row->first + row->count; ++i) {
    const bin::PatternEntry& e = entries_[i];
    // a proper name written with a capital needs one in the text ("Chad", not "chad")
    unsigned char c0 = static_cast<unsigned char>(Str(e.cased)[0]);
    bool capital = (c0 >= 'A' && c0 <= 'Z') || c0 >= 0xC0;
    if (IsProperName(static_cast<EntryKind>(e.kind)) && capital && !tokens[at].upper_initial && !tokens[at].number)
      continue;
    Match m;
    if (MatchRest(e, tokens, at, limit, &m)) out->push_back(std::move(m));
  }
}

bool Lexicon::MatchRest(const bin::PatternEntry& e, const std::vector<Token>& tokens, int at, int limit,
                        Match* m) const {
  Matcher matcher{Str(e.words), Str(e.cased), e.n_words, tokens, limit, &m->gap};
  int end = matcher.From(0, at);
  if (end < 0) return false;
  m->first = at;
  m->last = end;
  m->entry = &e;
  return true;
}

const bin::Cameo* Lexicon::FindCameo(std::string_view code) const {
  std::string c(code);
  while (!c.empty()) {
    const bin::Cameo* end = cameo_ + n_cameo_;
    const bin::Cameo* it = std::lower_bound(cameo_, end, c, [&](const bin::Cameo& x, const std::string& k) {
      return Str(x.code) < k;
    });
    if (it != end && Str(it->code) == c) return it;
    c.pop_back();
  }
  return nullptr;
}

std::string_view Lexicon::CountryName(std::string_view code) const {
  for (size_t i = 0; i < n_countries_; ++i)
    if (Str(countries_[i].code) == code) return Str(countries_[i].name);
  return code;
}

}  // namespace sitrep
