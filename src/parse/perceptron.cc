#include "parse/perceptron.h"

#include <sys/mman.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
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

// acc[c] += row[c] for c < n (n a multiple of 16): AVX2 where the processor has it.
__attribute__((target("avx2"))) void AddRowAvx2(int32_t* acc, const int16_t* row, int n) {
  for (int c = 0; c < n; ++c) acc[c] += row[c];
}
void AddRowPlain(int32_t* acc, const int16_t* row, int n) {
  for (int c = 0; c < n; ++c) acc[c] += row[c];
}
using AddRowFn = void (*)(int32_t*, const int16_t*, int);
AddRowFn AddRow() {
  static const AddRowFn f = __builtin_cpu_supports("avx2") ? AddRowAvx2 : AddRowPlain;
  return f;
}

constexpr int kHotPairs = 16;  // a feature with this many weights or more gets a dense row

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
  Add(features, right, 1.0f);
  Add(features, wrong, -1.0f);
}

void PerceptronTrainer::Add(const std::vector<uint64_t>& features, int c, float delta) {
  for (uint64_t f : features) {
    Row& r = rows_[f];
    if (r.w.empty()) {
      r.w.assign(classes_, 0.0f);
      r.total.assign(classes_, 0.0f);
      r.stamp.assign(classes_, clock_);
    }
    r.total[c] += static_cast<float>(clock_ - r.stamp[c]) * r.w[c];
    r.stamp[c] = clock_;
    r.w[c] += delta;
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
template class Perceptron::Table<uint8_t>;

static uint32_t Fingerprint(uint64_t k) {
  uint32_t f = static_cast<uint32_t>(k >> 32) ^ static_cast<uint32_t>(k);
  return f ? f : 1;
}

// The slot a fingerprint starts probing at: the table's size need not be a power of two.
static size_t Home(uint32_t fp, size_t size) {
  return static_cast<size_t>((static_cast<uint64_t>(static_cast<uint32_t>(Mix(fp))) * size) >> 32);
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

// Slots at 60% load; each feature's record is a count byte, then (class, weight) pairs: the class in
// one byte (two when there are more than 256 classes), the weight in two.
void Perceptron::Fill(const std::map<uint32_t, std::vector<int16_t>>& runs) {
  size_t size = std::max<size_t>(16, runs.size() * 5 / 3 + 1);
  std::vector<Slot> slots(size, Slot{0, 0});
  std::vector<uint8_t> bytes;
  int width = ClassBytes();
  for (const auto& [fp, run] : runs) {
    size_t i = Home(fp, size);
    while (slots[i].key) i = i + 1 == size ? 0 : i + 1;
    slots[i] = Slot{fp, static_cast<uint32_t>(bytes.size())};
    bytes.push_back(static_cast<uint8_t>(run.size() / 2));
    for (size_t k = 0; k < run.size(); k += 2) {
      auto c = static_cast<uint16_t>(run[k]);
      auto w = static_cast<uint16_t>(run[k + 1]);
      bytes.push_back(static_cast<uint8_t>(c & 0xff));
      if (width == 2) bytes.push_back(static_cast<uint8_t>(c >> 8));
      bytes.push_back(static_cast<uint8_t>(w & 0xff));
      bytes.push_back(static_cast<uint8_t>(w >> 8));
    }
  }
  count_ = runs.size();
  slots_.Assign(slots.data(), slots.size());
  records_.Assign(bytes.data(), bytes.size());
  BuildHotRows();
}

void Perceptron::BuildHotRows(const std::vector<uint32_t>* hot_slots) {
  stride_ = (classes_ + 15) / 16 * 16;
  hot_row_.assign(slots_.size(), -1);
  hot_.clear();
  int width = ClassBytes();
  std::vector<uint32_t> found;
  if (!hot_slots) {  // else the caller has found them while checking every record
    for (size_t i = 0; i < slots_.size(); ++i)
      if (slots_[i].key && records_[slots_[i].offset] >= kHotPairs) found.push_back(static_cast<uint32_t>(i));
    hot_slots = &found;
  }
  for (uint32_t i : *hot_slots) {
    const Slot& s = slots_[i];
    hot_row_[i] = static_cast<int32_t>(hot_.size() / stride_);
    hot_.resize(hot_.size() + stride_, 0);
    int16_t* row = hot_.data() + hot_.size() - stride_;
    const uint8_t* r = &records_[s.offset];
    int count = *r++;
    for (int k = 0; k < count; ++k, r += width + 2) {
      int c = width == 1 ? r[0] : r[0] | (r[1] << 8);
      row[c] = static_cast<int16_t>(r[width] | (r[width + 1] << 8));
    }
  }
}

void Perceptron::Score(const std::vector<uint64_t>& features, std::vector<float>* scores) const {
  scores->assign(classes_, 0.0f);
  if (slots_.empty()) return;
  alignas(32) int32_t sum[512];
  std::vector<int32_t> big;
  int32_t* acc = sum;
  if (stride_ > 512) {
    big.assign(stride_, 0);
    acc = big.data();
  } else {
    std::fill(sum, sum + stride_, 0);
  }
  AddRowFn add_row = AddRow();
  size_t size = slots_.size();
  int width = ClassBytes();
  // Three passes so that the memory loads of all features are in flight at once.
  constexpr size_t kBatch = 64;
  uint32_t found[kBatch];
  for (size_t start = 0; start < features.size(); start += kBatch) {
    size_t end = std::min(features.size(), start + kBatch);
    uint32_t fps[kBatch];
    for (size_t j = start; j < end; ++j) {
      fps[j - start] = Fingerprint(features[j]);
      __builtin_prefetch(&slots_[Home(fps[j - start], size)]);
    }
    size_t n = 0;
    for (size_t j = start; j < end; ++j) {
      uint32_t fp = fps[j - start];
      for (size_t i = Home(fp, size);; i = i + 1 == size ? 0 : i + 1) {
        const Slot& s = slots_[i];
        if (s.key == 0) break;
        if (s.key == fp) {
          if (hot_row_[i] >= 0) {  // a dense row: added at once
            add_row(acc, hot_.data() + static_cast<size_t>(hot_row_[i]) * stride_, stride_);
            break;
          }
          __builtin_prefetch(&records_[s.offset]);
          found[n++] = s.offset;
          break;
        }
      }
    }
    for (size_t j = 0; j < n; ++j) {
      const uint8_t* r = &records_[found[j]];
      int count = *r++;
      if (width == 1) {
        for (int k = 0; k < count; ++k, r += 3) acc[r[0]] += static_cast<int16_t>(r[1] | (r[2] << 8));
      } else {
        for (int k = 0; k < count; ++k, r += 4) acc[r[0] | (r[1] << 8)] += static_cast<int16_t>(r[2] | (r[3] << 8));
      }
    }
  }
  for (int c = 0; c < classes_; ++c) (*scores)[c] = static_cast<float>(acc[c]) * scale_;
}

void Perceptron::ForEachRun(const std::function<void(uint32_t, int, int)>& f) const {
  int width = ClassBytes();
  for (size_t i = 0; i < slots_.size(); ++i) {
    const Slot& s = slots_[i];
    if (!s.key) continue;
    const uint8_t* r = &records_[s.offset];
    int count = *r++;
    for (int k = 0; k < count; ++k, r += width + 2) {
      int c = width == 1 ? r[0] : r[0] | (r[1] << 8);
      f(s.key, c, static_cast<int16_t>(r[width] | (r[width + 1] << 8)));
    }
  }
}

void Perceptron::Prune(int min_abs) {
  std::map<uint32_t, std::vector<int16_t>> runs;
  ForEachRun([&](uint32_t key, int c, int w) {
    if (std::abs(w) >= min_abs) runs[key].insert(runs[key].end(), {static_cast<int16_t>(c), static_cast<int16_t>(w)});
  });
  Fill(runs);
}

void Perceptron::Serialize(std::string* out) const {
  Put(out, static_cast<uint32_t>(classes_));
  Put(out, static_cast<uint64_t>(count_));
  Put(out, scale_);
  Put(out, static_cast<uint64_t>(slots_.size()));
  Put(out, static_cast<uint64_t>(records_.size()));
  out->append(reinterpret_cast<const char*>(slots_.data()), slots_.size() * sizeof(Slot));
  out->append(reinterpret_cast<const char*>(records_.data()), records_.size());
}

bool Perceptron::Deserialize(std::string_view data, size_t* pos) {
  uint32_t classes;
  uint64_t count, size, n_bytes;
  if (!Get(data, pos, &classes) || !Get(data, pos, &count) || !Get(data, pos, &scale_) || !Get(data, pos, &size) ||
      !Get(data, pos, &n_bytes))
    return false;
  if (classes == 0 || classes > 4096 || size == 0 || size > (1ull << 28) || n_bytes > (1ull << 31)) return false;
  if (*pos + size * sizeof(Slot) + n_bytes > data.size()) return false;
  classes_ = static_cast<int>(classes);
  count_ = count;
  slots_.Assign(reinterpret_cast<const Slot*>(data.data() + *pos), size);  // memcpy: no alignment needed
  *pos += size * sizeof(Slot);
  records_.Assign(reinterpret_cast<const uint8_t*>(data.data() + *pos), n_bytes);
  *pos += n_bytes;
  hot_row_.clear();
  hot_.clear();
  // every record inside the bytes, every class in range, and a free slot to end every probe
  bool free_slot = false;
  int width = ClassBytes();
  size_t stride = static_cast<size_t>(width) + 2;
  const uint8_t* bytes = records_.data();
  std::vector<uint32_t> hot;
  for (size_t si = 0; si < slots_.size(); ++si) {
    const Slot& s = slots_[si];
    if (!s.key) { free_slot = true; continue; }
    if (s.offset < n_bytes && bytes[s.offset] >= kHotPairs) hot.push_back(static_cast<uint32_t>(si));
    if (s.offset >= n_bytes || s.offset + 1 + bytes[s.offset] * stride > n_bytes) return false;
    const uint8_t* r = bytes + s.offset + 1;
    for (int k = 0; k < bytes[s.offset]; ++k, r += stride)
      if ((width == 1 ? r[0] : r[0] | (r[1] << 8)) >= classes_) return false;
  }
  if (free_slot) BuildHotRows(&hot);  // only once every record is known good
  return free_slot;
}

}  // namespace sitrep
