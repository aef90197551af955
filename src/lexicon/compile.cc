// DictionarySet -> the binary image that Lexicon maps into memory.
#include <algorithm>
#include <cstring>
#include <map>

#include "base/utf8.h"
#include "lexicon/format.h"
#include "lexicon/lexicon.h"

namespace sitrep {
namespace {

class Pool {
 public:
  Pool() { data_.push_back('\0'); }
  uint32_t Add(const std::string& s) {
    if (s.empty()) return 0;
    auto it = seen_.find(s);
    if (it != seen_.end()) return it->second;
    uint32_t at = static_cast<uint32_t>(data_.size());
    data_.insert(data_.end(), s.begin(), s.end());
    data_.push_back('\0');
    seen_[s] = at;
    return at;
  }
  const std::vector<char>& data() const { return data_; }

 private:
  std::vector<char> data_;
  std::map<std::string, uint32_t> seen_;
};

// Pattern words as sitrep's tokenizer splits them ("Syria's" -> "Syria", "'s").
std::vector<std::string> PatternWords(const std::string& pattern) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(Normalize(pattern))) out.push_back(t.text);
  return out;
}

struct PendingEntry {
  std::vector<std::string> words;  // as written
  EntryKind kind;
  Form form;
  uint32_t target;
};

std::string JoinWords(const std::vector<std::string>& w, bool fold) {
  std::string out;
  for (const auto& x : w) out += (out.empty() ? "" : " ") + (fold ? FoldForMatch(x) : x);
  return out;
}

void AddWithHead(std::vector<PendingEntry>* out, std::vector<std::string> words, EntryKind kind,
                 char pos, uint32_t target) {
  if (words.empty()) return;
  if (pos == 'v') {
    std::string lemma = FoldForMatch(words.front());
    for (const WordForm& f : VerbForms(lemma)) {
      words.front() = f.word;
      out->push_back({words, kind, f.form, target});
    }
  } else if (pos == 'n') {
    std::string singular = words.back();
    std::string plural = Plural(FoldForMatch(singular));
    out->push_back({words, kind, Form::kSingular, target});
    if (plural != FoldForMatch(singular)) {
      words.back() = plural;
      out->push_back({words, kind, Form::kPlural, target});
    }
  } else {
    out->push_back({words, kind, Form::kNone, target});
  }
}

std::vector<PendingEntry> CollectEntries(const DictionarySet& set) {
  std::vector<PendingEntry> out;
  for (uint32_t i = 0; i < set.countries.size(); ++i) {
    const CountryDef& c = set.countries[i];
    for (const auto& n : c.names) AddWithHead(&out, PatternWords(n), EntryKind::kCountry, 'x', i);
    for (const auto& n : c.demonyms) AddWithHead(&out, PatternWords(n), EntryKind::kDemonym, 'x', i);
    for (const auto& n : c.capitals) AddWithHead(&out, PatternWords(n), EntryKind::kCapital, 'x', i);
  }
  for (uint32_t i = 0; i < set.groups.size(); ++i) {
    AddWithHead(&out, PatternWords(set.groups[i].name), EntryKind::kGroup, 'x', i);
    for (const auto& a : set.groups[i].aliases) AddWithHead(&out, PatternWords(a), EntryKind::kGroup, 'x', i);
  }
  for (uint32_t i = 0; i < set.agents.size(); ++i)
    AddWithHead(&out, PatternWords(set.agents[i].pattern), EntryKind::kAgent, 'n', i);
  for (uint32_t i = 0; i < set.persons.size(); ++i) {
    AddWithHead(&out, PatternWords(set.persons[i].name), EntryKind::kPerson, 'x', i);
    for (const auto& a : set.persons[i].aliases) AddWithHead(&out, PatternWords(a), EntryKind::kPerson, 'x', i);
  }
  for (uint32_t i = 0; i < set.triggers.size(); ++i) {
    const TriggerDef& t = set.triggers[i];
    AddWithHead(&out, PatternWords(t.pattern), EntryKind::kTrigger, t.pos[0], i);
  }
  return out;
}

template <typename T>
void AppendSection(std::string* image, bin::Header* h, bin::Section s, const std::vector<T>& v) {
  while (image->size() % 8) image->push_back('\0');
  h->refs[s] = {image->size(), v.size()};
  image->append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

}  // namespace

std::string CompileDictionary(const DictionarySet& set) {
  Pool pool;
  std::vector<PendingEntry> pending = CollectEntries(set);
  std::vector<bin::PatternEntry> entries;
  for (const auto& p : pending) {
    bin::PatternEntry e{};
    e.words = pool.Add(JoinWords(p.words, true));
    e.cased = pool.Add(JoinWords(p.words, false));
    e.target = p.target;
    e.n_words = static_cast<uint16_t>(p.words.size());
    e.kind = static_cast<uint8_t>(p.kind);
    e.form = static_cast<uint8_t>(p.form);
    entries.push_back(e);
  }
  const auto& data = pool.data();
  auto first_word = [&](const bin::PatternEntry& e) {
    std::string_view w(data.data() + e.words);
    return std::string(w.substr(0, w.find(' ')));
  };
  std::stable_sort(entries.begin(), entries.end(), [&](const auto& a, const auto& b) {
    return first_word(a) < first_word(b);
  });
  std::vector<bin::IndexRow> index;
  for (uint32_t i = 0; i < entries.size(); ++i) {
    std::string w = first_word(entries[i]);
    if (index.empty() || first_word(entries[index.back().first]) != w)
      index.push_back({pool.Add(w), i, 0});
    ++index.back().count;
  }
  std::vector<bin::Country> countries;
  for (const auto& c : set.countries) countries.push_back({pool.Add(c.code), pool.Add(c.name)});
  std::vector<bin::Group> groups;
  for (const auto& g : set.groups)
    groups.push_back({pool.Add(g.name), pool.Add(g.country), pool.Add(g.sector), pool.Add(g.code)});
  std::vector<bin::Agent> agents;
  for (const auto& a : set.agents) agents.push_back({pool.Add(a.sector), pool.Add(a.rule)});
  std::vector<bin::Trigger> triggers;
  for (const auto& t : set.triggers)
    triggers.push_back({pool.Add(t.type), pool.Add(t.cameo), pool.Add(t.mode), pool.Add(t.contexts),
                        pool.Add(t.tprep), pool.Add(t.rule), static_cast<uint8_t>(t.pos[0]), t.flags, 0});
  std::vector<CameoDef> cameo_sorted = set.cameo;
  std::sort(cameo_sorted.begin(), cameo_sorted.end(), [](auto& a, auto& b) { return a.code < b.code; });
  std::vector<bin::Cameo> cameo;
  for (const auto& c : cameo_sorted)
    cameo.push_back({pool.Add(c.code), static_cast<float>(c.goldstein), pool.Add(c.description)});

  std::vector<bin::Person> persons;
  std::vector<bin::Role> roles;
  for (const auto& p : set.persons) {
    persons.push_back({pool.Add(p.name), static_cast<uint32_t>(roles.size()), static_cast<uint32_t>(p.roles.size())});
    for (const auto& r : p.roles)
      roles.push_back({pool.Add(r.country), pool.Add(r.sector), pool.Add(r.group), r.start, r.end});
  }

  bin::Header header{};
  std::memcpy(header.magic, bin::kMagic, 8);
  header.version = 1;
  header.sections = bin::kSectionCount;
  std::string image(sizeof header, '\0');
  AppendSection(&image, &header, bin::kPool, pool.data());
  AppendSection(&image, &header, bin::kEntries, entries);
  AppendSection(&image, &header, bin::kIndex, index);
  AppendSection(&image, &header, bin::kCountries, countries);
  AppendSection(&image, &header, bin::kGroups, groups);
  AppendSection(&image, &header, bin::kAgents, agents);
  AppendSection(&image, &header, bin::kTriggers, triggers);
  AppendSection(&image, &header, bin::kCameo, cameo);
  AppendSection(&image, &header, bin::kPersons, persons);
  AppendSection(&image, &header, bin::kRoles, roles);
  std::memcpy(image.data(), &header, sizeof header);
  return image;
}

}  // namespace sitrep
