#include "parse/tagger.h"

#include <algorithm>
#include <iostream>
#include <map>
#include <random>

#include "base/utf8.h"
#include "parse/serialize.h"

namespace sitrep {

std::string Lowercase(const std::string& s) { return FoldForMatch(s); }

// "Xxxx", "dd", "X.X.", "xx-xx": the word's character classes, runs shortened to two.
std::string WordShape(const std::string& s) {
  std::string out;
  char last = 0;
  int run = 0;
  for (unsigned char c : s) {
    char k = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd' : c >= 0x80 ? 'u' : static_cast<char>(c);
    run = k == last ? run + 1 : 1;
    last = k;
    if (run <= 2) out.push_back(k);
  }
  return out;
}

namespace {

std::string Suffix(const std::string& s, size_t n) { return s.size() <= n ? s : s.substr(s.size() - n); }
std::string Prefix(const std::string& s, size_t n) { return s.substr(0, std::min(n, s.size())); }
std::string JointTag(const ConlluWord& w) { return w.upos + "/" + w.xpos; }

}  // namespace

struct Tagger::WordKeys {
  uint64_t word, shape, suffix[4], prefix[3], usual;
  std::string lower;
};

std::vector<Tagger::WordKeys> Tagger::Keys(const std::vector<ConlluWord>& words) const {
  std::vector<WordKeys> out(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    WordKeys& k = out[i];
    k.lower = Lowercase(words[i].form);
    k.word = HashBytes(k.lower);
    k.shape = HashBytes(WordShape(words[i].form));
    for (size_t n = 1; n <= 4; ++n) k.suffix[n - 1] = HashBytes(Suffix(k.lower, n)) + n;
    for (size_t n = 1; n <= 3; ++n) k.prefix[n - 1] = HashBytes(Prefix(k.lower, n)) + 7 * n;
    auto u = usual_.find(k.lower);
    k.usual = u == usual_.end() ? 0 : static_cast<uint64_t>(u->second + 1);
  }
  return out;
}

void Tagger::Features(const std::vector<WordKeys>& k, int i, int p1, int p2, std::vector<uint64_t>* out) const {
  out->clear();
  int n = static_cast<int>(k.size());
  auto word = [&](int j) -> uint64_t { return j < 0 ? 11 : j >= n ? 13 : k[j].word; };
  auto usual = [&](int j) -> uint64_t { return j < 0 ? 17 : j >= n ? 19 : k[j].usual; };
  auto suf3 = [&](int j) -> uint64_t { return j < 0 ? 23 : j >= n ? 29 : k[j].suffix[2]; };
  uint64_t t = 0;
  auto f = [&](std::initializer_list<uint64_t> parts) {
    uint64_t h = HashCombine(0xa5a5u, ++t);
    for (uint64_t x : parts) h = HashCombine(h, x);
    out->push_back(h);
  };
  const WordKeys& x = k[i];
  uint64_t P1 = static_cast<uint64_t>(p1 + 3), P2 = static_cast<uint64_t>(p2 + 3);
  f({});
  f({x.word});
  for (int s = 0; s < 4; ++s) f({x.suffix[s]});
  for (int s = 0; s < 3; ++s) f({x.prefix[s]});
  f({x.shape});
  f({P1}); f({P2, P1}); f({P1, x.word});
  f({word(i - 1)}); f({suf3(i - 1)}); f({word(i - 2)});
  f({word(i + 1)}); f({suf3(i + 1)}); f({word(i + 2)});
  f({word(i - 1), x.word}); f({x.word, word(i + 1)}); f({P1, word(i + 1)});
  f({static_cast<uint64_t>(i == 0), x.shape});
  f({i + 1 < n ? k[i + 1].shape : 31});
  f({usual(i)}); f({usual(i + 1)}); f({usual(i + 2)}); f({usual(i - 1)});
  f({P1, usual(i + 1)}); f({usual(i), usual(i + 1)}); f({P1, x.suffix[2]}); f({x.suffix[1], usual(i + 1)});
}

void Tagger::Tag(std::vector<ConlluWord>* words) const {
  std::vector<WordKeys> keys = Keys(*words);
  int p1 = -1, p2 = -1;
  std::vector<uint64_t> feats;
  std::vector<float> scores;
  for (size_t i = 0; i < words->size(); ++i) {
    int best = 0;
    auto it = frequent_.find(keys[i].lower);
    if (it != frequent_.end()) {
      best = it->second;
    } else {
      Features(keys, static_cast<int>(i), p1, p2, &feats);
      model_.Score(feats, &scores);
      best = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    }
    const std::string& tag = tags_[best];
    size_t slash = tag.find('/');
    (*words)[i].upos = tag.substr(0, slash);
    (*words)[i].xpos = tag.substr(slash + 1);
    p2 = p1;
    p1 = best;
  }
}

void Tagger::Train(const std::vector<ConlluSentence>& train, const TrainOptions& o) {
  std::map<std::string, int> tag_index;
  std::map<std::string, std::map<std::string, int>> word_tags;
  for (const auto& s : train)
    for (const auto& w : s.words) {
      tag_index.emplace(JointTag(w), 0);
      ++word_tags[Lowercase(w.form)][JointTag(w)];
    }
  tags_.clear();
  for (auto& [tag, index] : tag_index) {
    index = static_cast<int>(tags_.size());
    tags_.push_back(tag);
  }
  frequent_.clear();
  usual_.clear();
  for (const auto& [word, counts] : word_tags) {
    int total = 0, top = 0;
    std::string top_tag;
    for (const auto& [tag, n] : counts) {
      total += n;
      if (n > top) top = n, top_tag = tag;
    }
    if (total >= 20 && top >= 0.995 * total) frequent_[word] = tag_index[top_tag];
    if (total >= 3) usual_[word] = tag_index[top_tag];
  }
  PerceptronTrainer trainer(static_cast<int>(tags_.size()));
  std::vector<int> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::mt19937 rng(o.seed);
  std::vector<uint64_t> feats;
  std::vector<float> scores;
  for (int epoch = 0; epoch < o.tagger_epochs; ++epoch) {
    long right = 0, total = 0;
    for (int si : order) {
      const auto& words = train[si].words;
      std::vector<WordKeys> keys = Keys(words);
      int p1 = -1, p2 = -1;
      for (size_t i = 0; i < words.size(); ++i) {
        int gold = tag_index[JointTag(words[i])];
        int guess = gold;
        auto fit = frequent_.find(keys[i].lower);
        if (fit != frequent_.end()) {
          guess = fit->second;
        } else {
          Features(keys, static_cast<int>(i), p1, p2, &feats);
          trainer.Score(feats, &scores);
          guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
          trainer.Update(feats, gold, guess);
        }
        trainer.Tick();
        right += guess == gold;
        ++total;
        p2 = p1;
        p1 = guess;
      }
    }
    if (o.verbose) std::cerr << "tagger epoch " << epoch + 1 << ": " << 100.0 * right / total << "% on train\n";
    std::shuffle(order.begin(), order.end(), rng);
  }
  model_ = Perceptron::Build(trainer.Averaged(0.05f), static_cast<int>(tags_.size()));
}

void Tagger::Serialize(std::string* out) const {
  PutStrings(out, tags_);
  std::vector<std::pair<std::string, int>> frequent(frequent_.begin(), frequent_.end());
  std::sort(frequent.begin(), frequent.end());
  PutU64(out, frequent.size());
  for (const auto& [w, t] : frequent) {
    PutString(out, w);
    PutU64(out, static_cast<uint64_t>(t));
  }
  std::vector<std::pair<std::string, int>> usual(usual_.begin(), usual_.end());
  std::sort(usual.begin(), usual.end());
  PutU64(out, usual.size());
  for (const auto& [w, t] : usual) {
    PutString(out, w);
    PutU64(out, static_cast<uint64_t>(t));
  }
  model_.Serialize(out);
}

bool Tagger::Deserialize(std::string_view data, size_t* pos) {
  uint64_t n;
  if (!GetStrings(data, pos, &tags_) || tags_.empty() || !GetU64(data, pos, &n) || n > (1u << 24)) return false;
  frequent_.clear();
  for (uint64_t i = 0; i < n; ++i) {
    std::string w;
    uint64_t t;
    if (!GetString(data, pos, &w) || !GetU64(data, pos, &t) || t >= tags_.size()) return false;
    frequent_[w] = static_cast<int>(t);
  }
  if (!GetU64(data, pos, &n) || n > (1u << 24)) return false;
  usual_.clear();
  for (uint64_t i = 0; i < n; ++i) {
    std::string w;
    uint64_t t;
    if (!GetString(data, pos, &w) || !GetU64(data, pos, &t) || t >= tags_.size()) return false;
    usual_[w] = static_cast<int>(t);
  }
  return model_.Deserialize(data, pos) && model_.classes() == static_cast<int>(tags_.size());
}

}  // namespace sitrep
