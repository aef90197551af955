// An averaged perceptron over hashed features: trained in memory, stored compactly
// (features pruned, weights quantized to 16 bits) and scored without allocation.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/hash.h"

namespace sitrep {

// Stable hashes for features (the model file depends on them): FNV-1a over bytes, and a
// combiner for building a feature from hashed parts.
inline uint64_t HashBytes(std::string_view s) { return Fnv1a(s); }

inline uint64_t HashCombine(uint64_t a, uint64_t b) {
  a ^= b + 0x9E3779B97F4A7C15ull + (a << 6) + (a >> 2);
  return a * 0xff51afd7ed558ccdull;
}

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int classes) : classes_(classes) {}
  void Score(const std::vector<uint64_t>& features, std::vector<float>* scores) const;
  // Moves weight from `wrong` to `right` for these features.
  void Update(const std::vector<uint64_t>& features, int right, int wrong);
  // Adds `delta` to the weight of class `c` for these features.
  void Add(const std::vector<uint64_t>& features, int c, float delta);
  void Tick() { ++clock_; }
  int classes() const { return classes_; }
  // Averaged weights of every feature whose largest averaged weight exceeds `min_weight`.
  std::unordered_map<uint64_t, std::vector<float>> Averaged(float min_weight) const;

 private:
  struct Row {
    std::vector<float> w, total;
    std::vector<long> stamp;
  };
  int classes_;
  long clock_ = 1;
  std::unordered_map<uint64_t, Row> rows_;
};

// The stored model: an open-addressing table of 32-bit feature fingerprints at 60% load; each
// feature's non-zero weights as (class, int16 weight) pairs packed in 3 bytes (4 beyond 256 classes).
class Perceptron {
 public:
  Perceptron() = default;
  static Perceptron Build(const std::unordered_map<uint64_t, std::vector<float>>& rows, int classes);
  void Score(const std::vector<uint64_t>& features, std::vector<float>* scores) const;
  int classes() const { return classes_; }
  size_t features() const { return count_; }
  // Drops weights smaller than `min_abs` quantization steps, and features left without any.
  void Prune(int min_abs);
  void Serialize(std::string* out) const;
  // Reads from data at *pos; false when the bytes do not hold a model.
  bool Deserialize(std::string_view data, size_t* pos);

 private:
  void Fill(const std::map<uint32_t, std::vector<int16_t>>& runs);  // rebuilds the tables
  int ClassBytes() const { return classes_ > 256 ? 2 : 1; }
  // Calls f(fingerprint, class, quantized weight) for every stored weight.
  void ForEachRun(const std::function<void(uint32_t, int, int)>& f) const;
  int classes_ = 0;
  size_t count_ = 0;
  float scale_ = 1.0f;
  struct Slot {
    uint32_t key;     // 0 = empty
    uint32_t offset;  // into records_: a count, then (class, weight) pairs
  };
  // Large tables live in memory mapped with huge pages where the kernel allows: the scorer's
  // random reads then miss the TLB far less.
  template <typename T>
  class Table {
   public:
    Table() = default;
    Table(const Table& o) { Assign(o.data_, o.size_); }
    Table& operator=(const Table& o) {
      if (this != &o) Assign(o.data_, o.size_);
      return *this;
    }
    ~Table();
    void Assign(const T* data, size_t n);
    const T& operator[](size_t i) const { return data_[i]; }
    size_t size() const { return size_; }
    const T* data() const { return data_; }
    bool empty() const { return size_ == 0; }

   private:
    T* data_ = nullptr;
    size_t size_ = 0, bytes_ = 0;
  };
  Table<Slot> slots_;
  Table<uint8_t> records_;
  // The hot features (many weights each, found at almost every step) also as dense int16 rows of
  // stride_ classes, added with SIMD: hot_row_[slot] is the row's index, or -1.
  void BuildHotRows(const std::vector<uint32_t>* hot_slots = nullptr);
  std::vector<int32_t> hot_row_;
  std::vector<int16_t> hot_;
  int stride_ = 0;
};

}  // namespace sitrep
