#include "parse/parser.h"

#include <algorithm>
#include <iostream>
#include <map>
#include <random>

#include "parse/serialize.h"

namespace sitrep {
namespace {

constexpr int kShift = 0, kReduce = 1;  // then LEFT(label) = 2 + 2l, RIGHT(label) = 3 + 2l
constexpr uint64_t kNone = 0x9E3779B97F4A7C15ull;

// The parser configuration: a stack, the next buffer word, the arcs so far.
struct Config {
  int n;
  std::vector<int> stack{0};
  int b = 1;
  std::vector<int> head, label, left, right, left2, right2, nleft, nright;
  std::vector<uint64_t> lset, rset;  // the labels of each word's left and right dependents, as bits
  bool root_taken = false;

  explicit Config(int words)
      : n(words), head(words + 1, -1), label(words + 1, -1), left(words + 1, -1), right(words + 1, -1),
        left2(words + 1, -1), right2(words + 1, -1), nleft(words + 1, 0), nright(words + 1, 0),
        lset(words + 1, 0), rset(words + 1, 0) {}
  bool Terminal() const { return b > n; }
  int S0() const { return stack.empty() ? -1 : stack.back(); }

  bool Valid(int t) const {
    int s = S0();
    if (t == kShift) return b <= n;
    if (t == kReduce) return s > 0 && head[s] >= 0;
    if ((t - 2) % 2 == 0) return s > 0 && head[s] < 0 && b <= n;  // LEFT
    return s >= 0 && b <= n && !(s == 0 && root_taken);           // RIGHT
  }

  void Attach(int h, int d, int l) {
    head[d] = h;
    label[d] = l;
    if (d < h) {
      if (left[h] < 0 || d < left[h]) left2[h] = left[h], left[h] = d;
      ++nleft[h];
      lset[h] |= 1ull << (l % 64);
    } else {
      if (right[h] < 0 || d > right[h]) right2[h] = right[h], right[h] = d;
      ++nright[h];
      rset[h] |= 1ull << (l % 64);
    }
    if (h == 0) root_taken = true;
  }

  void Apply(int t) {
    if (t == kShift) {
      stack.push_back(b++);
    } else if (t == kReduce) {
      stack.pop_back();
    } else if ((t - 2) % 2 == 0) {
      Attach(b, S0(), (t - 2) / 2);
      stack.pop_back();
    } else {
      Attach(S0(), b, (t - 3) / 2);
      stack.push_back(b++);
    }
  }

  // Dynamic oracle (Goldberg and Nivre 2012): gold arcs made unreachable by transition t.
  int Cost(int t, const std::vector<int>& gh, const std::vector<int>& gl) const {
    int s = S0(), c = 0;
    auto in_stack = [&](int k) { return std::find(stack.begin(), stack.end(), k) != stack.end(); };
    if (t == kShift) {
      for (int k : stack) c += (gh[b] == k) + (gh[k] == b && head[k] < 0);
    } else if (t == kReduce) {
      for (int k = b; k <= n; ++k) c += gh[k] == s;
    } else if ((t - 2) % 2 == 0) {  // LEFT: s gets head b
      for (int k = b + 1; k <= n; ++k) c += gh[s] == k;
      for (int k = b; k <= n; ++k) c += gh[k] == s;
      if (gh[s] == b && gl[s] != (t - 2) / 2) c += 1;
    } else {  // RIGHT: b gets head s
      for (int k : stack) c += (k != s && gh[b] == k) + (gh[k] == b && head[k] < 0);
      for (int k = b + 1; k <= n; ++k) c += gh[b] == k;
      if (gh[b] == s && gl[b] != (t - 3) / 2) c += 1;
      (void)in_stack;
    }
    return c;
  }
};

struct Sentence {
  std::vector<uint64_t> w, p, x;  // hashed lower form, tag, and suffix with shape; index 0 = root
};

// The last three letters and whether the word is capitalised: a back-off for rare words.
uint64_t SuffixKey(const std::string& form) {
  std::string lower = Lowercase(form);
  size_t n = lower.size();
  std::string key = n > 3 ? lower.substr(n - 3) : lower;
  key += !form.empty() && form[0] >= 'A' && form[0] <= 'Z' ? "^" : "_";
  return HashBytes(key);
}

Sentence Hashed(const std::vector<ConlluWord>& words) {
  Sentence s;
  s.w.push_back(HashBytes("<root>"));
  s.p.push_back(HashBytes("<ROOT>"));
  s.x.push_back(HashBytes("<root>"));
  for (const auto& x : words) {
    s.w.push_back(HashBytes(Lowercase(x.form)));
    s.p.push_back(HashBytes(x.xpos));
    s.x.push_back(SuffixKey(x.form));
  }
  return s;
}

void Features(const Config& c, const Sentence& s, std::vector<uint64_t>* out) {
  out->clear();
  auto W = [&](int i) { return i < 0 || i > c.n ? kNone : s.w[i]; };
  auto P = [&](int i) { return i < 0 || i > c.n ? kNone : s.p[i]; };
  auto X = [&](int i) { return i < 0 || i > c.n ? kNone : s.x[i]; };
  auto L = [&](int i) { return i < 0 || i > c.n || c.label[i] < 0 ? kNone : static_cast<uint64_t>(c.label[i] + 1); };
  int s0 = c.S0(), s1 = c.stack.size() >= 2 ? c.stack[c.stack.size() - 2] : -1;
  int n0 = c.b <= c.n ? c.b : -1, n1 = c.b + 1 <= c.n ? c.b + 1 : -1, n2 = c.b + 2 <= c.n ? c.b + 2 : -1;
  int s0h = s0 >= 0 ? c.head[s0] : -1, s0l = s0 >= 0 ? c.left[s0] : -1, s0r = s0 >= 0 ? c.right[s0] : -1;
  int n0l = n0 >= 0 ? c.left[n0] : -1, s0l2 = s0 >= 0 ? c.left2[s0] : -1, s0r2 = s0 >= 0 ? c.right2[s0] : -1;
  uint64_t d = s0 >= 0 && n0 >= 0 ? static_cast<uint64_t>(std::min(n0 - s0, 6)) : 99;
  uint64_t vl0 = s0 >= 0 ? c.nleft[s0] : 99, vr0 = s0 >= 0 ? c.nright[s0] : 99, vln = n0 >= 0 ? c.nleft[n0] : 99;
  uint64_t t = 0;
  auto f = [&](std::initializer_list<uint64_t> parts) {
    uint64_t h = HashCombine(0x51ed27u, ++t);
    for (uint64_t x : parts) h = HashCombine(h, x);
    out->push_back(h);
  };
  f({W(s0)}); f({P(s0)}); f({W(s0), P(s0)});
  f({W(n0)}); f({P(n0)}); f({W(n0), P(n0)});
  f({W(n1)}); f({P(n1)}); f({W(n1), P(n1)});
  f({W(n2)}); f({P(n2)}); f({W(n2), P(n2)});
  f({W(s1)}); f({P(s1)});
  f({W(s0), P(s0), W(n0), P(n0)}); f({W(s0), P(s0), W(n0)}); f({W(s0), W(n0), P(n0)});
  f({W(s0), P(s0), P(n0)}); f({P(s0), W(n0), P(n0)}); f({W(s0), W(n0)}); f({P(s0), P(n0)});
  f({P(n0), P(n1)});
  f({P(n0), P(n1), P(n2)}); f({P(s0), P(n0), P(n1)}); f({P(s0h), P(s0), P(n0)});
  f({P(s0), P(s0l), P(n0)}); f({P(s0), P(s0r), P(n0)}); f({P(s0), P(n0), P(n0l)});
  f({P(s1), P(s0), P(n0)}); f({W(s1), W(s0)}); f({P(s1), P(s0)});
  f({W(s0), d}); f({P(s0), d}); f({W(n0), d}); f({P(n0), d}); f({W(s0), W(n0), d}); f({P(s0), P(n0), d});
  f({W(s0), vr0}); f({P(s0), vr0}); f({W(s0), vl0}); f({P(s0), vl0}); f({W(n0), vln}); f({P(n0), vln});
  f({W(s0h)}); f({P(s0h)}); f({L(s0)});
  f({W(s0l)}); f({P(s0l)}); f({L(s0l)}); f({W(s0r)}); f({P(s0r)}); f({L(s0r)});
  f({W(n0l)}); f({P(n0l)}); f({L(n0l)});
  f({P(s0), P(s0l), P(s0l2)}); f({P(s0), P(s0r), P(s0r2)}); f({P(n0), P(n0l), L(n0l)});
  f({W(s0), L(s0l), L(s0r)}); f({P(s0), L(s0l), L(s0r)}); f({W(n0), L(n0l)});
  f({P(s0), W(n1)}); f({W(s0), P(n1)}); f({P(s0), P(n0), P(n2)});
  int s0hh = s0h >= 0 ? c.head[s0h] : -1;
  f({P(s1), P(n0)}); f({W(s1), W(n0)}); f({P(s0), P(s0h), P(s0hh)}); f({W(n0), P(n1)}); f({P(n0), W(n1)});
  f({W(n0), W(n1)}); f({P(s0), L(s0), P(n0)}); f({W(s0), L(s0)}); f({P(n0), L(n0l), P(n1)});
  uint64_t ls0 = s0 >= 0 ? c.lset[s0] : 1, rs0 = s0 >= 0 ? c.rset[s0] : 1, ln0 = n0 >= 0 ? c.lset[n0] : 1;
  f({W(s0), rs0}); f({P(s0), rs0}); f({W(s0), ls0}); f({P(s0), ls0}); f({W(n0), ln0}); f({P(n0), ln0});
  f({P(s0), L(s0l), L(s0l2)}); f({P(s0), L(s0r), L(s0r2)}); f({W(s0h), L(s0)}); f({P(s0), W(s0r)});
  int n0l2 = n0 >= 0 ? c.left2[n0] : -1;
  f({W(s0l2)}); f({P(s0l2)}); f({L(s0l2)}); f({W(s0r2)}); f({P(s0r2)}); f({L(s0r2)});
  f({W(n0l2)}); f({P(n0l2)}); f({L(n0l2)}); f({P(n0), P(n0l), P(n0l2)});
  f({W(s0hh)}); f({P(s0hh)}); f({L(s0h)});
  f({X(s0), P(s0)}); f({X(n0), P(n0)}); f({X(s0), X(n0)}); f({X(n1), P(n1)});
}

// The gold transition: the cheapest by the dynamic oracle; among equals, arcs before SHIFT before
// REDUCE (reduce only when a later word needs what lies beneath).
int Oracle(const Config& c, const std::vector<int>& gh, const std::vector<int>& gl, int classes) {
  int best = -1, best_cost = 0, best_rank = 0;
  for (int k = 0; k < classes; ++k) {
    if (!c.Valid(k)) continue;
    int cost = c.Cost(k, gh, gl), rank = k >= 2 ? 0 : k == kShift ? 1 : 2;
    if (best < 0 || cost < best_cost || (cost == best_cost && rank < best_rank))
      best = k, best_cost = cost, best_rank = rank;
  }
  return best;
}

// A parser state in the beam: the configuration, its summed score and the transitions to it.
struct Item {
  explicit Item(int words) : c(words) {}
  Config c;
  double score = 0;
  std::vector<int> history;
  bool gold = true;  // every transition so far is the oracle's
};

struct Candidate {
  int item, transition;  // transition -1: a finished item carried over
  double score;
};

// Buffers reused from step to step.
struct Scratch {
  std::vector<Candidate> cands;
  std::vector<uint64_t> feats;
  std::vector<float> scores;
};

// The next beam: the `width` best successors of every item (finished items carry over), written
// into `next` (distinct from `beam`), whose items' storage is reused. `record`: keep the histories.
template <typename ScoreFn, typename GoldFn>
void Advance(const std::vector<Item>& beam, std::vector<Item>* next, int width, int classes, const Sentence& s,
             ScoreFn score, GoldFn gold, bool record, Scratch* sc) {
  auto& cands = sc->cands;
  cands.clear();
  for (int i = 0; i < static_cast<int>(beam.size()); ++i) {
    const Item& it = beam[i];
    if (it.c.Terminal()) {
      cands.push_back({i, -1, it.score});
      continue;
    }
    Features(it.c, s, &sc->feats);
    score(sc->feats, &sc->scores);
    for (int k = 0; k < classes; ++k)
      if (it.c.Valid(k)) cands.push_back({i, k, it.score + sc->scores[k]});
  }
  size_t keep = std::min<size_t>(width, cands.size());
  std::partial_sort(cands.begin(), cands.begin() + keep, cands.end(), [](const Candidate& a, const Candidate& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.item != b.item ? a.item < b.item : a.transition < b.transition;
  });
  if (next->size() > keep) next->resize(keep, beam.front());
  while (next->size() < keep) next->push_back(beam.front());
  for (size_t j = 0; j < keep; ++j) {
    const Candidate& x = cands[j];
    Item& it = (*next)[j];
    it = beam[x.item];  // copy-assignment keeps the vectors' storage
    it.score = x.score;
    if (x.transition >= 0) {
      it.gold = it.gold && gold(it, x.transition);
      it.c.Apply(x.transition);
      if (record) it.history.push_back(x.transition);
    }
  }
}

bool AllTerminal(const std::vector<Item>& beam) {
  for (const auto& it : beam)
    if (!it.c.Terminal()) return false;
  return true;
}

int Best(const Config& c, const std::vector<float>& scores, int classes) {
  int best = -1;
  for (int k = 0; k < classes; ++k)
    if (c.Valid(k) && (best < 0 || scores[k] > scores[best])) best = k;
  return best;
}

// Words left without a head: the first becomes the root if there is none, the rest attach to the root.
void Finish(Config* c, int root_label, int dep_label) {
  int root = -1;
  for (int i = 1; i <= c->n; ++i)
    if (c->head[i] == 0) root = i;
  for (int i = 1; i <= c->n; ++i) {
    if (c->head[i] >= 0) continue;
    if (root < 0) {
      c->Attach(0, i, root_label);
      root = i;
    } else {
      c->Attach(root, i, dep_label);
    }
  }
}

int LabelIndex(const std::vector<std::string>& labels, const char* name) {
  auto it = std::find(labels.begin(), labels.end(), name);
  return it == labels.end() ? 0 : static_cast<int>(it - labels.begin());
}

}  // namespace

void Parser::Parse(std::vector<ConlluWord>* words) const {
  int n = static_cast<int>(words->size());
  if (n == 0) return;
  Sentence s = Hashed(*words);
  Config c(n);
  if (beam_ <= 1) {
    std::vector<uint64_t> feats;
    std::vector<float> scores;
    while (!c.Terminal()) {
      Features(c, s, &feats);
      model_.Score(feats, &scores);
      int t = Best(c, scores, model_.classes());
      if (t < 0) break;
      c.Apply(t);
    }
  } else {
    std::vector<Item> beam{Item(n)}, next;
    Scratch sc;
    auto score = [&](const std::vector<uint64_t>& f, std::vector<float>* out) { model_.Score(f, out); };
    auto no_gold = [](const Item&, int) { return false; };
    while (!AllTerminal(beam)) {
      Advance(beam, &next, beam_, model_.classes(), s, score, no_gold, false, &sc);
      std::swap(beam, next);
    }
    c = beam.front().c;
  }
  Finish(&c, LabelIndex(labels_, "root"), LabelIndex(labels_, "dep"));
  for (int i = 1; i <= n; ++i) {
    (*words)[i - 1].head = c.head[i];
    (*words)[i - 1].deprel = labels_[c.label[i]];
  }
}

namespace {

// One sentence of greedy training with the dynamic oracle; after the first epoch the parser
// follows its own predictions 90% of the time (error exploration). Returns the final configuration.
Config TrainGreedy(const Sentence& s, int n, const std::vector<int>& gh, const std::vector<int>& gl, int classes,
                   bool explore, std::mt19937* rng, PerceptronTrainer* trainer) {
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  std::vector<uint64_t> feats;
  std::vector<float> scores;
  Config c(n);
  while (!c.Terminal()) {
    Features(c, s, &feats);
    trainer->Score(feats, &scores);
    int predicted = Best(c, scores, classes);
    int best_gold = -1, predicted_cost = 0;
    for (int k = 0; k < classes; ++k) {
      if (!c.Valid(k)) continue;
      int cost = c.Cost(k, gh, gl);
      if (k == predicted) predicted_cost = cost;
      if (cost == 0 && (best_gold < 0 || scores[k] > scores[best_gold])) best_gold = k;
    }
    if (best_gold < 0) best_gold = predicted;  // nothing reachable is lost by any move
    if (predicted_cost > 0) trainer->Update(feats, best_gold, predicted);
    trainer->Tick();
    c.Apply(explore && coin(*rng) < 0.9 ? predicted : best_gold);
  }
  return c;
}

// One sentence of global training with a beam: a perceptron update at the step where the beam's
// best prefix outscores the oracle's by the most (max-violation, Huang, Fayong and Guo 2012).
Config TrainBeam(const Sentence& s, int n, const std::vector<int>& gh, const std::vector<int>& gl, int classes,
                 int width, PerceptronTrainer* trainer) {
  auto score = [&](const std::vector<uint64_t>& f, std::vector<float>* out) { trainer->Score(f, out); };
  auto oracle = [&](const Item& it, int t) { return Oracle(it.c, gh, gl, classes) == t; };
  std::vector<Item> beam{Item(n)}, next;
  Scratch sc;
  Item gold(n);
  std::vector<uint64_t> feats;
  std::vector<float> scores;
  bool violated = false;
  double worst = 0;
  std::vector<int> best_h, gold_h;
  while (!AllTerminal(beam) || !gold.c.Terminal()) {
    Advance(beam, &next, width, classes, s, score, oracle, true, &sc);
    std::swap(beam, next);
    if (!gold.c.Terminal()) {
      Features(gold.c, s, &feats);
      trainer->Score(feats, &scores);
      int t = Oracle(gold.c, gh, gl, classes);
      gold.score += scores[t];
      gold.c.Apply(t);
      gold.history.push_back(t);
    }
    const Item& top = beam.front();
    double v = top.score - gold.score;
    if (!top.gold && v >= 0 && (!violated || v > worst)) {
      violated = true;
      worst = v;
      best_h = top.history;
      gold_h = gold.history;
    }
  }
  if (violated) {
    for (auto [history, delta] : {std::pair{&gold_h, 1.0f}, std::pair{&best_h, -1.0f}}) {
      Config c(n);
      for (int t : *history) {
        Features(c, s, &feats);
        trainer->Add(feats, t, delta);
        c.Apply(t);
      }
    }
  }
  trainer->Tick();
  return beam.front().c;
}

}  // namespace

void Parser::Train(const std::vector<ConlluSentence>& gold, const std::vector<ConlluSentence>& tagged,
                   const TrainOptions& o) {
  std::map<std::string, int> index;
  for (const auto& s : gold)
    for (const auto& w : s.words) index.emplace(w.deprel, 0);
  labels_.clear();
  for (auto& [l, i] : index) {
    i = static_cast<int>(labels_.size());
    labels_.push_back(l);
  }
  beam_ = std::max(1, o.beam);
  int classes = 2 + 2 * static_cast<int>(labels_.size());
  PerceptronTrainer trainer(classes);
  std::vector<int> order(gold.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::mt19937 rng(o.seed);
  for (int epoch = 0; epoch < o.parser_epochs; ++epoch) {
    long right = 0, total = 0;
    for (int si : order) {
      const auto& words = gold[si].words;
      int n = static_cast<int>(words.size());
      std::vector<int> gh(n + 1, -1), gl(n + 1, -1);
      for (int i = 1; i <= n; ++i) {
        gh[i] = words[i - 1].head;
        gl[i] = index[words[i - 1].deprel];
      }
      Sentence s = Hashed(tagged[si].words);
      Config c = beam_ > 1 ? TrainBeam(s, n, gh, gl, classes, beam_, &trainer)
                           : TrainGreedy(s, n, gh, gl, classes, epoch > 0, &rng, &trainer);
      for (int i = 1; i <= n; ++i) right += c.head[i] == gh[i], ++total;
    }
    if (o.verbose) std::cerr << "parser epoch " << epoch + 1 << ": " << 100.0 * right / total << "% heads on train\n";
    std::shuffle(order.begin(), order.end(), rng);
  }
  model_ = Perceptron::Build(trainer.Averaged(0.05f), classes);
}

void Parser::Serialize(std::string* out) const {
  PutU64(out, static_cast<uint64_t>(beam_));
  PutStrings(out, labels_);
  model_.Serialize(out);
}

bool Parser::Deserialize(std::string_view data, size_t* pos) {
  uint64_t beam = 0;
  if (!GetU64(data, pos, &beam) || beam < 1 || beam > 64) return false;
  beam_ = static_cast<int>(beam);
  if (!GetStrings(data, pos, &labels_) || labels_.empty()) return false;
  return model_.Deserialize(data, pos) && model_.classes() == 2 + 2 * static_cast<int>(labels_.size());
}

}  // namespace sitrep
