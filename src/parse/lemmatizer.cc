#include "parse/lemmatizer.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "parse/serialize.h"
#include "parse/tagger.h"

namespace sitrep {
namespace {

constexpr size_t kMaxEnding = 5;

// The edit from form to lemma: how many trailing bytes to drop, what to append.
std::string Edit(const std::string& form, const std::string& lemma) {
  size_t common = 0;
  while (common < form.size() && common < lemma.size() && form[common] == lemma[common]) ++common;
  return std::to_string(form.size() - common) + "\t" + lemma.substr(common);
}

std::string Apply(const std::string& form, const std::string& edit) {
  size_t tab = edit.find('\t');
  size_t strip = static_cast<size_t>(std::stoul(edit.substr(0, tab)));
  if (strip > form.size()) return form;
  return form.substr(0, form.size() - strip) + edit.substr(tab + 1);
}

// Proper nouns (by UPOS or by XPOS) keep their case; other lemmas are lower case.
std::string Normal(const std::string& form, const std::string& upos, const std::string& xpos) {
  return upos == "PROPN" || xpos.rfind("NNP", 0) == 0 ? form : Lowercase(form);
}

}  // namespace

void Lemmatizer::Train(const std::vector<ConlluSentence>& train) {
  std::map<std::string, std::map<std::string, int>> known, rules, by_upos;
  std::map<std::string, int> lemma_set;
  for (const auto& s : train)
    for (const auto& w : s.words) {
      if (w.lemma == "_") continue;
      ++known[w.form + "\t" + w.xpos][w.lemma];
      ++by_upos[Lowercase(w.form) + "\t" + w.upos][w.lemma];
      lemma_set[w.lemma] = 1;
      std::string base = Normal(w.form, w.upos, w.xpos);
      std::string edit = Edit(base, w.lemma);
      for (size_t k = 0; k <= kMaxEnding && k <= base.size(); ++k)
        ++rules[w.xpos + "\t" + base.substr(base.size() - k)][edit];
    }
  auto top = [](const std::map<std::string, int>& counts) {
    return std::max_element(counts.begin(), counts.end(), [](auto& a, auto& b) { return a.second < b.second; })->first;
  };
  known_.clear();
  rules_.clear();
  by_upos_.clear();
  for (const auto& [k, counts] : known) known_[k] = top(counts);
  for (const auto& [k, counts] : by_upos) by_upos_[k] = top(counts);
  lemmas_.clear();
  for (const auto& [l, n] : lemma_set) lemmas_[l] = "";
  for (const auto& [k, counts] : rules) {
    int total = 0;
    for (const auto& [edit, n] : counts) total += n;
    const std::string& best = top(counts);
    if (counts.at(best) >= 3 && counts.at(best) * 2 > total) rules_[k] = best;  // a pattern, not one word
  }
}

std::string Lemmatizer::Lemma(const std::string& form, const std::string& upos, const std::string& xpos) const {
  auto it = known_.find(form + "\t" + xpos);
  if (it != known_.end()) return it->second;
  std::string base = Normal(form, upos, xpos);
  if (xpos == "NNP") return base;
  if (xpos == "CD" && base.find(',') != std::string::npos && std::isdigit(static_cast<unsigned char>(base[0]))) {
    base.erase(std::remove(base.begin(), base.end(), ','), base.end());  // "1,200" -> "1200"
    return base;
  }
  auto u = by_upos_.find(Lowercase(form) + "\t" + upos);
  if (u != by_upos_.end()) return u->second;
  // The longest ending with a rule whose result is a lemma seen in training; else the longest rule.
  std::string fallback;
  for (size_t k = std::min(kMaxEnding, base.size());; --k) {
    auto r = rules_.find(xpos + "\t" + base.substr(base.size() - k));
    if (r != rules_.end()) {
      std::string lemma = Apply(base, r->second);
      if (lemmas_.count(lemma)) return lemma;
      if (fallback.empty()) fallback = lemma;
    }
    if (k == 0) break;
  }
  return fallback.empty() ? base : fallback;
}

void Lemmatizer::Lemmatize(std::vector<ConlluWord>* words) const {
  for (auto& w : *words) w.lemma = Lemma(w.form, w.upos, w.xpos);
}

void Lemmatizer::Serialize(std::string* out) const {
  for (const auto* table : {&known_, &rules_, &by_upos_, &lemmas_}) {
    std::vector<std::pair<std::string, std::string>> rows(table->begin(), table->end());
    std::sort(rows.begin(), rows.end());
    PutU64(out, rows.size());
    for (const auto& [k, v] : rows) {
      PutString(out, k);
      PutString(out, v);
    }
  }
}

bool Lemmatizer::Deserialize(std::string_view data, size_t* pos) {
  for (auto* table : {&known_, &rules_, &by_upos_, &lemmas_}) {
    uint64_t n;
    if (!GetU64(data, pos, &n) || n > (1u << 24)) return false;
    table->clear();
    for (uint64_t i = 0; i < n; ++i) {
      std::string k, v;
      if (!GetString(data, pos, &k) || !GetString(data, pos, &v)) return false;
      if (table == &rules_ && (v.find('\t') == std::string::npos || v[0] < '0' || v[0] > '9')) return false;
      (*table)[k] = v;
    }
  }
  return true;
}

}  // namespace sitrep
