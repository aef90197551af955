#include "parse/perceptron.h"

#include <sys/mman.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>

namespace sitrep {
namespace {

uint64_t Mix(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdull;
  k ^= k >> 33;
  return k;
}

template <typename T>
void Put(std::string* out, const T& v) {
  out->append(reinterpret_cast<const char*>(&v), sizeof v);
}

template <typename T>
bool Get(std::string_view data, size_t* pos, T* v) {
  if (*pos + sizeof(T) > data.size()) return false;
  std::memcpy(v, data.data() + *pos, sizeof(T));
  *pos += sizeof(T);
  return true;
}

}  // namespace

void PerceptronTrainer::Score(const std::vector<uint64_t>& features, std::vector<float>* scores) const {
  scores->assign(classes_, 0.0f);
  for (uint64_t f : features) {
    auto it = rows_.find(f);
    if (it == rows_.end()) continue;
    for (int c = 0; c < classes_; ++c) (*scores)[c] += it->second.w[c];
  }
}

void PerceptronTrainer::Update(const std::vector<uint64_t>& features, int right, int wrong) {
  if (right == wrong) return;
  for (uint64_t f : features) {
    Row& r = rows_[f];
    if (r.w.empty()) {
      r.w.assign(classes_, 0.0f);
      r.total.assign(classes_, 0.0f);
      r.stamp.assign(classes_, clock_);
    }
    for (int c : {right, wrong}) {
      r.total[c] += static_cast<float>(clock_ - r.stamp[c]) * r.w[c];
      r.stamp[c] = clock_;
      r.w[c] += c == right ? 1.0f : -1.0f;
    }
  }
}

std::unordered_map<uint64_t, std::vector<float>> PerceptronTrainer::Averaged(float min_weight) const {
  std::unordered_map<uint64_t, std::vector<float>> out;
  for (const auto& [key, r] : rows_) {
    std::vector<float> avg(classes_);
    float top = 0;
    for (int c = 0; c < classes_; ++c) {
      float total = r.total[c] + static_cast<float>(clock_ - r.stamp[c]) * r.w[c];
      avg[c] = total / static_cast<float>(clock_);
      top = std::max(top, std::fabs(avg[c]));
    }
    if (top > min_weight) out.emplace(key, std::move(avg));
  }
  return out;
}

template <typename T>
Perceptron::Table<T>::~Table() {
  if (data_) munmap(data_, bytes_);
}

template <typename T>
void Perceptron::Table<T>::Assign(const T* data, size_t n) {
  if (data_) munmap(data_, bytes_);
  data_ = nullptr;
  size_ = n;
  bytes_ = 0;
  if (n == 0) return;
  constexpr size_t kHuge = 2u << 20;
  bytes_ = (n * sizeof(T) + kHuge - 1) / kHuge * kHuge;
  void* p = mmap(nullptr, bytes_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) std::abort();  // out of memory: nothing sensible to do
  madvise(p, bytes_, MADV_HUGEPAGE);
  std::memcpy(p, data, n * sizeof(T));
  data_ = static_cast<T*>(p);
}

template class Perceptron::Table<Perceptron::Slot>;
template class Perceptron::Table<int16_t>;

static uint32_t Fingerprint(uint64_t k) {
  uint32_t f = static_cast<uint32_t>(k >> 32) ^ static_cast<uint32_t>(k);
  return f ? f : 1;
}

Perceptron Perceptron::Build(const std::unordered_map<uint64_t, std::vector<float>>& rows, int classes) {
  Perceptron p;
  p.classes_ = classes;
  float top = 1e-6f;
  for (const auto& [k, w] : rows)
    for (float x : w) top = std::max(top, std::fabs(x));
  p.scale_ = top / 32767.0f;
  std::map<uint32_t, std::vector<int16_t>> runs;  // ordered: the same bytes for the same weights
  std::map<uint32_t, std::vector<float>> merged;  // features whose fingerprints collide add up
  for (const auto& [k, w] : rows) {
    auto& m = merged[Fingerprint(k)];
    if (m.empty()) m.assign(classes, 0.0f);
    for (int c = 0; c < classes; ++c) m[c] += w[c];
  }
  for (const auto& [fp, w] : merged) {
    std::vector<int16_t> run;
    for (int c = 0; c < classes && run.size() < 2 * 255; ++c) {
      long q = std::lround(w[c] / p.scale_);
      q = std::max(-32767L, std::min(32767L, q));
      if (q == 0) continue;
      run.push_back(static_cast<int16_t>(c));
      run.push_back(static_cast<int16_t>(q));
    }
    if (!run.empty()) runs.emplace(fp, std::move(run));
  }
  p.Fill(runs);
  return p;
}

void Perceptron::Fill(const std::map<uint32_t, std::vector<int16_t>>& runs) {
  size_t size = 16;
  while (size < runs.size() * 3 / 2) size *= 2;
  std::vector<Slot> slots(size, Slot{0, 0});
  std::vector<int16_t> entries;
  for (const auto& [fp, run] : runs) {
    size_t i = Mix(fp) & (size - 1);
    while (slots[i].key) i = (i + 1) & (size - 1);
    slots[i] = Slot{fp, static_cast<uint32_t>(entries.size())};
    entries.push_back(static_cast<int16_t>(run.size() / 2));
    entries.insert(entries.end(), run.begin(), run.end());
  }
  count_ = runs.size();
  slots_.Assign(slots.data(), slots.size());
  entries_.Assign(entries.data(), entries.size());
}

void Perceptron::Score(const std::vector<uint64_t>& features, std::vector<float>* scores) const {
  scores->assign(classes_, 0.0f);
  if (slots_.empty()) return;
  int32_t sum[512];
  std::vector<int32_t> big;
  int32_t* acc = sum;
  if (classes_ > 512) {
    big.assign(classes_, 0);
    acc = big.data();
  } else {
    std::fill(sum, sum + classes_, 0);
  }
  size_t mask = slots_.size() - 1;
  // Three passes so that the memory loads of all features are in flight at once.
  constexpr size_t kBatch = 64;
  uint32_t found[kBatch];
  for (size_t start = 0; start < features.size(); start += kBatch) {
    size_t end = std::min(features.size(), start + kBatch);
    uint32_t fps[kBatch];
    for (size_t j = start; j < end; ++j) {
      fps[j - start] = Fingerprint(features[j]);
      __builtin_prefetch(&slots_[Mix(fps[j - start]) & mask]);
    }
    size_t n = 0;
    for (size_t j = start; j < end; ++j) {
      uint32_t fp = fps[j - start];
      for (size_t i = Mix(fp) & mask;; i = (i + 1) & mask) {
        const Slot& s = slots_[i];
        if (s.key == 0) break;
        if (s.key == fp) {
          __builtin_prefetch(&entries_[s.offset]);
          found[n++] = s.offset;
          break;
        }
      }
    }
    for (size_t j = 0; j < n; ++j) {
      const int16_t* e = &entries_[found[j]];
      for (int k = 0; k < e[0]; ++k) acc[e[1 + 2 * k]] += e[2 + 2 * k];
    }
  }
  for (int c = 0; c < classes_; ++c) (*scores)[c] = static_cast<float>(acc[c]) * scale_;
}

void Perceptron::Prune(int min_abs) {
  std::map<uint32_t, std::vector<int16_t>> runs;
  for (size_t i = 0; i < slots_.size(); ++i) {
    const Slot& s = slots_[i];
    if (!s.key) continue;
    std::vector<int16_t> run;
    const int16_t* e = &entries_[s.offset];
    for (int k = 0; k < e[0]; ++k)
      if (std::abs(e[2 + 2 * k]) >= min_abs) run.insert(run.end(), {e[1 + 2 * k], e[2 + 2 * k]});
    if (!run.empty()) runs.emplace(s.key, std::move(run));
  }
  Fill(runs);
}

void Perceptron::Serialize(std::string* out) const {
  Put(out, static_cast<uint32_t>(classes_));
  Put(out, static_cast<uint64_t>(count_));
  Put(out, scale_);
  Put(out, static_cast<uint64_t>(slots_.size()));
  Put(out, static_cast<uint64_t>(entries_.size()));
  out->append(reinterpret_cast<const char*>(slots_.data()), slots_.size() * sizeof(Slot));
  out->append(reinterpret_cast<const char*>(entries_.data()), entries_.size() * sizeof(int16_t));
}

bool Perceptron::Deserialize(std::string_view data, size_t* pos) {
  uint32_t classes;
  uint64_t count, size, n_entries;
  if (!Get(data, pos, &classes) || !Get(data, pos, &count) || !Get(data, pos, &scale_) || !Get(data, pos, &size) ||
      !Get(data, pos, &n_entries))
    return false;
  if (classes == 0 || classes > 4096 || size == 0 || (size & (size - 1)) != 0 || size > (1ull << 28) ||
      n_entries > (1ull << 31))
    return false;
  size_t need = size * sizeof(Slot) + n_entries * sizeof(int16_t);
  if (*pos + need > data.size()) return false;
  classes_ = static_cast<int>(classes);
  count_ = count;
  slots_.Assign(reinterpret_cast<const Slot*>(data.data() + *pos), size);  // memcpy: no alignment needed
  *pos += size * sizeof(Slot);
  entries_.Assign(reinterpret_cast<const int16_t*>(data.data() + *pos), n_entries);
  *pos += n_entries * sizeof(int16_t);
  for (size_t si = 0; si < slots_.size(); ++si) {  // every run inside the entries, every class in range
    const Slot& s = slots_[si];
    if (!s.key) continue;
    if (s.offset >= n_entries || entries_[s.offset] < 0 || s.offset + 1 + 2ull * entries_[s.offset] > n_entries)
      return false;
    for (int n = 0; n < entries_[s.offset]; ++n) {
      int c = entries_[s.offset + 1 + 2 * n];
      if (c < 0 || c >= classes_) return false;
    }
  }
  return true;
}

}  // namespace sitrep
