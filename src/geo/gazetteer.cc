// Name keys, and the mapped gazetteer file.
#include "geo/gazetteer.h"


#include <algorithm>
#include <cstring>

#include "base/hash.h"
#include "base/utf8.h"

namespace sitrep {
namespace {

std::vector<std::string> Words(std::string_view folded) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : folded) {
    bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
    if (c == '\'' || c == '.' || c == '`') continue;  // "Ma'arrat", "St. Louis"
    if (letter) {
      cur += c;
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

bool IsArticle(std::string_view w) {
  static const char* const kArticles[] = {"al", "el", "ad", "ash", "as", "ar", "at", "az", "an", "ed", "es",
                                          "ez", "ul", "ur", "adh", "ath", "aj", "al"};
  for (const char* a : kArticles)
    if (w == a) return true;
  return false;
}

}  // namespace

std::string NameKey(std::string_view name) {
  std::vector<std::string> words = Words(FoldForMatch(name));
  std::string key;
  for (const auto& w : words) {
    std::string_view x = w;
    if (x == "st") x = "saint";
    else if (x == "mt") x = "mount";
    else if (x == "ft") x = "fort";
    if (!key.empty()) key += ' ';
    key += x;
  }
  return key;
}

std::string SkeletonKey(std::string_view name) {
  std::string key = NameKey(name);
  std::string joined;
  size_t start = 0;
  while (start <= key.size()) {
    size_t sp = key.find(' ', start);
    std::string_view w(key.data() + start, (sp == std::string::npos ? key.size() : sp) - start);
    // "al-Bab", "Deir ez-Zor": the article is dropped, also when written joined ("Alqaim" stays)
    if (!IsArticle(w)) joined += w;
    if (sp == std::string::npos) break;
    start = sp + 1;
  }
  std::string s;
  for (size_t i = 0; i < joined.size(); ++i) {
    char c = joined[i];
    char n = i + 1 < joined.size() ? joined[i + 1] : '\0';
    if ((c == 'k' || c == 'g' || c == 'd' || c == 'p' || c == 's' || c == 't') && n == 'h') {
      // kh, gh, ph, sh; dh and th write one Arabic letter (Dhi Qar / Thi Qar, Dhamar / Thamar)
      s += c == 'p' ? 'f' : c == 't' ? 'd' : c;
      ++i;
      continue;
    }
    switch (c) {
      case 'e': case 'y': c = 'i'; break;
      case 'o': case 'w': c = 'u'; break;
      case 'q': case 'c': c = 'k'; break;
      case 'j': c = 'g'; break;  // "Jisr"/"Dzhisr" stay apart; "Jableh"/"Gableh" meet
      default: break;
    }
    if (c == 'i' && n == 'a' && i + 2 == joined.size()) continue;  // "Daraya"/"Darayya" end alike
    // a diphthong is one vowel: "Ein"/"Ain"/"Ayn", "Deir"/"Dayr", "Beit"/"Bayt"
    bool vowel = c == 'a' || c == 'i' || c == 'u';
    if (vowel && c == 'a' && (n == 'i' || n == 'e' || n == 'y')) c = 'i', ++i;
    if (!s.empty() && s.back() == c) continue;  // doubled letters and merged vowels
    s += c;
  }
  return s;
}

uint64_t HashKey(std::string_view key) { return Fnv1a(key); }

Result<std::unique_ptr<Gazetteer>> Gazetteer::Open(const std::string& path) {
  auto file = MappedFile::Open(path, "gazetteer", sizeof(gbin::Header));
  if (!file.ok()) return file.status();
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  g->file_ = std::move(file).value();
  Status s = g->Attach(g->file_.data(), g->file_.size());
  if (!s.ok()) return Status::Error(path + ": " + s.message());
  return g;
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::FromImage(std::string image) {
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  g->file_ = MappedFile::Own(std::move(image));
  SITREP_RETURN_IF_ERROR(g->Attach(g->file_.data(), g->file_.size()));
  return g;
}

Status Gazetteer::Attach(const char* data, size_t size) {
  if (size < sizeof(gbin::Header)) return Status::Error("gazetteer image too small");
  gbin::Header h;
  std::memcpy(&h, data, sizeof h);
  if (std::memcmp(h.magic, gbin::kMagic, 8) != 0 || h.sections != gbin::kSectionCount)
    return Status::Error("not a sitrep gazetteer (bad magic); rebuild it");
  const size_t sizes[] = {1, sizeof(gbin::Place), sizeof(gbin::NameRow), sizeof(gbin::Country),
                          sizeof(gbin::Admin1), sizeof(uint64_t)};
  for (uint32_t s = 0; s < gbin::kSectionCount; ++s) {
    if (h.refs[s].offset > size || h.refs[s].count > (size - h.refs[s].offset) / sizes[s])
      return Status::Error("gazetteer section out of bounds");
    if (s != gbin::kPool && h.refs[s].offset % alignof(gbin::NameRow) != 0)
      return Status::Error("gazetteer section misaligned");
  }
  auto at = [&](gbin::Section s) { return data + h.refs[s].offset; };
  pool_ = at(gbin::kPool);
  pool_size_ = h.refs[gbin::kPool].count;
  if (pool_size_ == 0 || pool_[pool_size_ - 1] != '\0') return Status::Error("gazetteer string pool not terminated");
  places_ = reinterpret_cast<const gbin::Place*>(at(gbin::kPlaces));
  n_places_ = h.refs[gbin::kPlaces].count;
  names_ = reinterpret_cast<const gbin::NameRow*>(at(gbin::kNames));
  n_names_ = h.refs[gbin::kNames].count;
  countries_ = reinterpret_cast<const gbin::Country*>(at(gbin::kCountries));
  n_countries_ = h.refs[gbin::kCountries].count;
  admins_ = reinterpret_cast<const gbin::Admin1*>(at(gbin::kAdmins));
  n_admins_ = h.refs[gbin::kAdmins].count;
  if (h.refs[gbin::kFilter].count != gbin::kFilterBits / 64) return Status::Error("gazetteer filter has the wrong size");
  filter_ = reinterpret_cast<const uint64_t*>(at(gbin::kFilter));
  // every reference inside the tables must point inside them: a corrupt file is refused here,
  // never read out of bounds later
  for (size_t i = 0; i < n_places_; ++i) {
    const gbin::Place& p = places_[i];
    if (p.name >= pool_size_ || (p.country >= n_countries_ && p.country != gbin::kNone) ||
        (p.admin1 != gbin::kNone && p.admin1 >= n_admins_) || p.kind > static_cast<uint8_t>(PlaceKind::kAdmin2) ||
        (p.country == gbin::kNone && p.kind != static_cast<uint8_t>(PlaceKind::kRegion)))
      return Status::Error("gazetteer place " + std::to_string(i) + " is corrupt");
  }
  for (size_t i = 0; i < n_names_; ++i)
    if (names_[i].place >= n_places_ || (i > 0 && names_[i].key < names_[i - 1].key))
      return Status::Error("gazetteer name index is corrupt");
  for (size_t i = 0; i < n_countries_; ++i) {
    const gbin::Country& c = countries_[i];
    if (c.iso3 >= pool_size_ || c.iso2 >= pool_size_ || c.name >= pool_size_ || c.place >= n_places_)
      return Status::Error("gazetteer country " + std::to_string(i) + " is corrupt");
  }
  for (size_t i = 0; i < n_admins_; ++i) {
    const gbin::Admin1& a = admins_[i];
    if (a.name >= pool_size_ || a.short_name >= pool_size_ || a.country >= n_countries_ || a.place >= n_places_)
      return Status::Error("gazetteer subdivision " + std::to_string(i) + " is corrupt");
  }
  // a first-level index over the sorted keys: a search touches one small run of rows
  bucket_.assign((1u << 16) + 1, 0);
  size_t row = 0;
  for (uint32_t b = 0; b <= (1u << 16); ++b) {
    while (row < n_names_ && (names_[row].key >> 48) < b) ++row;
    bucket_[b] = static_cast<uint32_t>(row);
  }
  size_ = size;
  return Status::Ok();
}

std::string_view Gazetteer::Str(uint32_t offset) const {
  if (offset >= pool_size_) return {};
  return std::string_view(pool_ + offset);
}

std::span<const gbin::NameRow> Gazetteer::Find(uint64_t key) const {
  uint64_t b1 = key & (gbin::kFilterBits - 1), b2 = (key >> 32) & (gbin::kFilterBits - 1);
  if (!((filter_[b1 >> 6] >> (b1 & 63)) & 1) || !((filter_[b2 >> 6] >> (b2 & 63)) & 1)) return {};
  auto cmp_lo = [](const gbin::NameRow& r, uint64_t k) { return r.key < k; };
  uint32_t b = static_cast<uint32_t>(key >> 48);
  const gbin::NameRow* end = names_ + bucket_[b + 1];
  const gbin::NameRow* lo = std::lower_bound(names_ + bucket_[b], end, key, cmp_lo);
  const gbin::NameRow* hi = lo;
  while (hi != end && hi->key == key) ++hi;
  return {lo, static_cast<size_t>(hi - lo)};
}

std::span<const gbin::NameRow> Gazetteer::Exact(std::string_view key) const { return Find(HashKey(key)); }

std::span<const gbin::NameRow> Gazetteer::Loose(std::string_view skeleton) const {
  std::string k = "~";
  k += skeleton;
  return Find(HashKey(k));
}

uint16_t Gazetteer::CountryIndex(std::string_view iso3) const {
  for (size_t i = 0; i < n_countries_; ++i)
    if (Str(countries_[i].iso3) == iso3) return static_cast<uint16_t>(i);
  return gbin::kNone;
}


uint16_t gbin::LanguageBit(std::string_view code) {
  static const std::pair<std::string_view, uint16_t> kCodes[] = {
      {"fra", gbin::kFrench},   {"spa", gbin::kSpanish},    {"por", gbin::kPortuguese}, {"deu", gbin::kGerman},
      {"ita", gbin::kItalian},  {"nld", gbin::kDutch},      {"dan", gbin::kDanish},     {"nor", gbin::kNorwegian},
      {"nob", gbin::kNorwegian}, {"nno", gbin::kNorwegian}, {"swe", gbin::kSwedish},    {"pol", gbin::kPolish},
      {"ron", gbin::kRomanian}, {"tur", gbin::kTurkish},    {"fin", gbin::kFinnish},    {"ces", gbin::kCzech},
      {"hun", gbin::kHungarian}};
  for (const auto& [c, bit] : kCodes)
    if (c == code) return bit;
  return 0;
}

}  // namespace sitrep
