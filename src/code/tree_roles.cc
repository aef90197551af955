// Event roles from the dependency parse.
#include <algorithm>
#include <string>
#include <unordered_set>

#include "base/utf8.h"
#include "code/mention.h"

namespace sitrep {
namespace {

using Actors = std::vector<ActorMention>;

struct Tree {
  const SentenceContext& ctx;
  const std::vector<ConlluWord>& w;
  int first;  // token index of word 0

  int Head(int k) const { return w[k].head - 1; }  // -1 for the root
  std::string Rel(int k) const { return w[k].deprel; }
  std::vector<int> Children(int h, std::string_view rel) const {
    std::vector<int> out;
    for (int k = 0; k < static_cast<int>(w.size()); ++k)
      if (w[k].head - 1 == h && (rel.empty() || w[k].deprel == rel)) out.push_back(k);
    return out;
  }
  // The actor phrase that contains word k, if it can fill a role.
  const ActorMention* ActorAt(int k) const {
    int tok = first + k;
    for (const auto& a : ctx.actors)
      if (a.first <= tok && tok < a.last && !a.place &&
          (a.ref != ActorRef::kNone || !a.actor.country.empty() || !a.actor.group.empty() || !a.actor.sector.empty()))
        return &a;
    return nullptr;
  }
  // Word k's actor and those of the words coordinated with it ("Syria and the US").
  Actors Phrase(int k) const {
    Actors out;
    std::vector<int> words = {k};
    for (size_t i = 0; i < words.size(); ++i)
      for (int c : Children(words[i], "conj")) words.push_back(c);
    for (int x : words) {
      const ActorMention* a = ActorAt(x);
      if (!a) continue;
      bool seen = false;
      for (const auto& o : out) seen |= o.first == a->first;
      if (!seen) {
        ActorMention m = *a;
        m.modifier = false;
        out.push_back(m);
      }
    }
    return out;
  }
  std::string CaseOf(int k) const {
    for (int c : Children(k, "case")) return FoldForMatch(w[c].form);
    return "";
  }
};

// The subject of verb v: its own, or one it shares (conjoined verbs, control, relative clauses).
Actors SubjectOf(const Tree& tr, int v, int depth, bool* passive, bool human) {
  for (const char* rel : {"nsubj", "nsubj:pass", "csubj"}) {
    std::vector<int> subjects = tr.Children(v, rel);
    if (subjects.empty()) continue;
    if (std::string(rel) == "nsubj:pass") *passive = true;
    Actors all;  // two subjects of one verb are a coordination the parser split
    for (int c : subjects) {
      Actors a = tr.Phrase(c);
      all.insert(all.end(), a.begin(), a.end());
    }
    return all;
  }
  if (depth >= 3) return {};
  std::string rel = tr.Rel(v);
  int h = tr.Head(v);
  if (h < 0) return {};
  if (rel == "conj" || rel == "xcomp") {
    bool ignored = false;
    Actors shared = SubjectOf(tr, h, depth + 1, &ignored, human);
    // "said that no referendum had taken place and praised the police": the parse joins the
    // conjunct to the nearer verb; with no actor there, it goes with the verb above the clause
    if (shared.empty() && rel == "conj" && tr.Rel(h) == "ccomp" && tr.Head(h) >= 0 && human)
      return SubjectOf(tr, tr.Head(h), depth + 1, &ignored, human);
    return shared;
  }
  if (rel == "acl:relcl" || rel == "acl") return tr.Phrase(h);  // "rebels who attacked", "troops killed in"
  return {};
}

}  // namespace

TreeRoles ReadTreeRoles(const SentenceContext& ctx, int token, std::string_view tprep, bool human) {
  TreeRoles r;
  if (!ctx.tree || token < ctx.sentence.first || token >= ctx.sentence.last) return r;
  Tree tr{ctx, *ctx.tree, ctx.sentence.first};
  int v = token - ctx.sentence.first;
  r.found = true;
  for (int c : tr.Children(v, "aux:pass")) r.passive = true, (void)c;
  r.subject = SubjectOf(tr, v, 0, &r.passive, human);
  for (const char* rel : {"obj", "iobj"})
    for (int c : tr.Children(v, rel)) {
      Actors a = tr.Phrase(c);
      r.object.insert(r.object.end(), a.begin(), a.end());
    }
  for (int c : tr.Children(v, "obl:agent")) {
    Actors a = tr.Phrase(c);
    r.agent.insert(r.agent.end(), a.begin(), a.end());
  }
  for (int c : tr.Children(v, "obl")) {
    std::string prep = tr.CaseOf(c);
    Actors a = tr.Phrase(c);
    if (prep == "by" && r.passive) r.agent.insert(r.agent.end(), a.begin(), a.end());
    else if (r.object.empty() && PrepositionAllowed(prep, tprep, false)) r.object.insert(r.object.end(), a.begin(), a.end());
  }
  if (tr.Rel(v) == "acl" && r.subject.size() && !r.passive && r.object.empty()) {  // "troops killed in the attack": passive sense
    if (EndsWith(ctx.analysis.tokens[token].lower, "ed")) r.passive = true;
  }
  return r;
}

}  // namespace sitrep
