// Closed word classes the recognizers and the coder share.
#pragma once

#include <string_view>
#include <vector>

#include "text/text.h"

namespace sitrep {

bool IsDeterminer(std::string_view lower);      // the, a, an, its, their, this, ...
bool IsNpPrefix(std::string_view lower);       // the, a, two, several, at least: may open a noun phrase
bool IsPreposition(std::string_view lower);     // in, on, at, by, with, against, ...
bool IsLocativePreposition(std::string_view lower);  // in, at, near, across, ...
bool IsModifier(std::string_view lower);        // former, new, top, senior, other, ...
bool IsBeForm(std::string_view lower);          // is, are, was, were, been, being, be, get, got
bool IsSpeechVerb(std::string_view lower);      // said, says, told, announced, confirmed, ...
bool IsClauseOpener(std::string_view lower);    // that, who, which, as, while, when, after, ...
bool IsPersonNoun(std::string_view lower);      // people, civilians, soldiers, ...
bool IsQuantityNoun(std::string_view lower);    // hundreds, thousands, dozens, group, members: "X of Y"
bool IsCompoundHead(std::string_view lower);    // base, convoy, sources, support, ...: "military base"
// 0..999 for "three", "twelve", "twenty-five"; -1 otherwise. Vague quantities: dozens 12, ...
int NumberWord(std::string_view lower);

// A word of a short time or manner phrase between a verb and its clause ("said on Friday that",
// "demanded again that").
bool IsTimeWord(std::string_view w);
// The token before the short time phrase that ends just before `k` (at most three words), or k - 1.
int BeforeTimePhrase(const std::vector<Token>& t, int k, int floor);
// The "to" of an infinitive whose verb governs the noun at `noun` ("to agree sanctions", "to impose
// new curfews"): its index, or -1.
int InfinitiveBefore(const std::vector<Token>& t, int floor, int noun);
// The first token after the short time phrase starting at `k` (at most three words).
int AfterTimePhrase(const std::vector<Token>& t, int k, int ceil);

// "Russian-backed", "Iran-aligned", "U.S.-led": a country named as a sponsor, not as the
// nationality of the noun that follows.
bool IsSponsorCompound(std::string_view lower);

}  // namespace sitrep
