// Inflections of English verbs and nouns, for the dictionary compiler.
#include <string>
#include <unordered_map>

#include "base/utf8.h"
#include "lexicon/lexicon.h"

namespace sitrep {
namespace {

struct Irregular {
  const char* past;
  const char* participle;
};

const std::unordered_map<std::string, Irregular>& IrregularVerbs() {
  static const std::unordered_map<std::string, Irregular> kTable = {
      {"be", {"was", "been"}}, {"beat", {"beat", "beaten"}}, {"become", {"became", "become"}},
      {"begin", {"began", "begun"}}, {"bid", {"bid", "bid"}}, {"bind", {"bound", "bound"}},
      {"bite", {"bit", "bitten"}}, {"blow", {"blew", "blown"}}, {"break", {"broke", "broken"}},
      {"bring", {"brought", "brought"}}, {"build", {"built", "built"}},
      {"buy", {"bought", "bought"}}, {"cast", {"cast", "cast"}}, {"catch", {"caught", "caught"}},
      {"choose", {"chose", "chosen"}}, {"come", {"came", "come"}}, {"cost", {"cost", "cost"}},
      {"cut", {"cut", "cut"}}, {"deal", {"dealt", "dealt"}}, {"do", {"did", "done"}},
      {"draw", {"drew", "drawn"}}, {"drive", {"drove", "driven"}}, {"eat", {"ate", "eaten"}},
      {"fall", {"fell", "fallen"}}, {"feed", {"fed", "fed"}}, {"feel", {"felt", "felt"}},
      {"fight", {"fought", "fought"}}, {"find", {"found", "found"}}, {"flee", {"fled", "fled"}},
      {"fly", {"flew", "flown"}}, {"forbid", {"forbade", "forbidden"}},
      {"forgive", {"forgave", "forgiven"}}, {"freeze", {"froze", "frozen"}},
      {"get", {"got", "gotten"}}, {"give", {"gave", "given"}}, {"go", {"went", "gone"}},
      {"grind", {"ground", "ground"}}, {"have", {"had", "had"}}, {"hear", {"heard", "heard"}},
      {"hide", {"hid", "hidden"}}, {"hit", {"hit", "hit"}}, {"hold", {"held", "held"}},
      {"hurt", {"hurt", "hurt"}}, {"keep", {"kept", "kept"}}, {"know", {"knew", "known"}},
      {"lay", {"laid", "laid"}}, {"lead", {"led", "led"}}, {"leave", {"left", "left"}},
      {"lend", {"lent", "lent"}}, {"let", {"let", "let"}}, {"lie", {"lay", "lain"}},
      {"lose", {"lost", "lost"}}, {"make", {"made", "made"}}, {"mean", {"meant", "meant"}},
      {"meet", {"met", "met"}}, {"overrun", {"overran", "overrun"}},
      {"overthrow", {"overthrew", "overthrown"}}, {"override", {"overrode", "overridden"}},
      {"pay", {"paid", "paid"}}, {"put", {"put", "put"}}, {"quit", {"quit", "quit"}},
      {"read", {"read", "read"}}, {"rebuild", {"rebuilt", "rebuilt"}}, {"ride", {"rode", "ridden"}},
      {"rise", {"rose", "risen"}}, {"run", {"ran", "run"}}, {"say", {"said", "said"}},
      {"see", {"saw", "seen"}}, {"seek", {"sought", "sought"}}, {"sell", {"sold", "sold"}},
      {"send", {"sent", "sent"}}, {"set", {"set", "set"}}, {"shake", {"shook", "shaken"}},
      {"shoot", {"shot", "shot"}}, {"shut", {"shut", "shut"}}, {"sit", {"sat", "sat"}},
      {"slay", {"slew", "slain"}}, {"speak", {"spoke", "spoken"}}, {"spend", {"spent", "spent"}},
      {"split", {"split", "split"}}, {"spread", {"spread", "spread"}}, {"stand", {"stood", "stood"}},
      {"steal", {"stole", "stolen"}}, {"stick", {"stuck", "stuck"}}, {"strike", {"struck", "struck"}},
      {"swear", {"swore", "sworn"}}, {"sweep", {"swept", "swept"}}, {"take", {"took", "taken"}},
      {"teach", {"taught", "taught"}}, {"tear", {"tore", "torn"}}, {"tell", {"told", "told"}},
      {"think", {"thought", "thought"}}, {"throw", {"threw", "thrown"}},
      {"undertake", {"undertook", "undertaken"}}, {"uphold", {"upheld", "upheld"}},
      {"wake", {"woke", "woken"}}, {"wear", {"wore", "worn"}}, {"win", {"won", "won"}},
      {"withdraw", {"withdrew", "withdrawn"}}, {"withhold", {"withheld", "withheld"}},
      {"write", {"wrote", "written"}}, {"arise", {"arose", "arisen"}}, {"bear", {"bore", "borne"}},
      {"oversee", {"oversaw", "overseen"}}, {"foresee", {"foresaw", "foreseen"}},
      {"mislead", {"misled", "misled"}}, {"outlaw", {"outlawed", "outlawed"}},
      {"forsake", {"forsook", "forsaken"}}, {"shed", {"shed", "shed"}}, {"spit", {"spat", "spat"}},
      {"sink", {"sank", "sunk"}}, {"swim", {"swam", "swum"}}, {"ring", {"rang", "rung"}},
      {"sing", {"sang", "sung"}}, {"upset", {"upset", "upset"}}, {"wind", {"wound", "wound"}},
      {"broadcast", {"broadcast", "broadcast"}}, {"forecast", {"forecast", "forecast"}},
      {"offset", {"offset", "offset"}}, {"reset", {"reset", "reset"}}, {"recast", {"recast", "recast"}},
      {"shrink", {"shrank", "shrunk"}}, {"stink", {"stank", "stunk"}}, {"light", {"lit", "lit"}}};
  return kTable;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Doubles a final consonant after a single stressed vowel: "ban" -> "bann", "admit" -> "admitt".
bool DoublesFinal(std::string_view w) {
  static const std::unordered_map<std::string, bool> kStressedFinal = {
      {"admit", true}, {"commit", true}, {"submit", true}, {"permit", true}, {"omit", true},
      {"emit", true}, {"regret", true}, {"control", true}, {"patrol", true}, {"compel", true},
      {"expel", true}, {"repel", true}, {"propel", true}, {"occur", true}, {"refer", true},
      {"prefer", true}, {"transfer", true}, {"confer", true}, {"deter", true}, {"airdrop", true},
      {"equip", true}, {"kidnap", true}, {"outstrip", true}, {"rebut", true}, {"acquit", true},
      {"abet", true}, {"allot", true}, {"annul", true}, {"dispel", true}, {"embed", true}, {"format", false}};
  auto it = kStressedFinal.find(std::string(w));
  if (it != kStressedFinal.end()) return it->second;
  if (w.size() < 3) return false;
  char c = w.back();
  if (IsVowel(c) || c == 'w' || c == 'x' || c == 'y') return false;
  if (!IsVowel(w[w.size() - 2]) || IsVowel(w[w.size() - 3])) return false;
  int groups = 0;  // one syllable only: "stop", "scrap"; not "open", "visit"
  for (size_t i = 0; i < w.size(); ++i)
    groups += (IsVowel(w[i]) || w[i] == 'y') && (i == 0 || !(IsVowel(w[i - 1]) || w[i - 1] == 'y'));
  return groups == 1;
}

std::string Stem(std::string_view w) {
  std::string s(w);
  if (DoublesFinal(w)) s.push_back(w.back());
  return s;
}

std::string ThirdPerson(std::string_view w) {
  std::string s(w);
  if (EndsWith(w, "y") && w.size() > 1 && !IsVowel(w[w.size() - 2])) return s.substr(0, s.size() - 1) + "ies";
  if (EndsWith(w, "s") || EndsWith(w, "sh") || EndsWith(w, "ch") || EndsWith(w, "x") || EndsWith(w, "z") || EndsWith(w, "o"))
    return s + "es";
  return s + "s";
}

std::string PastRegular(std::string_view w) {
  std::string s(w);
  if (EndsWith(w, "e")) return s + "d";
  if (EndsWith(w, "y") && w.size() > 1 && !IsVowel(w[w.size() - 2])) return s.substr(0, s.size() - 1) + "ied";
  return Stem(w) + "ed";
}

std::string Gerund(std::string_view w) {
  std::string s(w);
  if (EndsWith(w, "ie")) return s.substr(0, s.size() - 2) + "ying";
  if (EndsWith(w, "e") && !EndsWith(w, "ee") && w != "be") return s.substr(0, s.size() - 1) + "ing";
  return Stem(w) + "ing";
}

}  // namespace

std::vector<WordForm> VerbForms(std::string_view lemma) {
  std::vector<WordForm> out = {{std::string(lemma), Form::kBase}, {ThirdPerson(lemma), Form::kThird},
                               {Gerund(lemma), Form::kGerund}};
  if (lemma == "be") return {{"be", Form::kBase}, {"is", Form::kThird}, {"are", Form::kBase},
                             {"was", Form::kPast}, {"were", Form::kPast}, {"been", Form::kParticiple},
                             {"being", Form::kGerund}};
  auto it = IrregularVerbs().find(std::string(lemma));
  size_t n = lemma.size();
  if (n >= 4 && lemma[n - 1] == 'l' && IsVowel(lemma[n - 2]) && !IsVowel(lemma[n - 3]) && !DoublesFinal(lemma)) {
    std::string british = std::string(lemma) + "l";  // "cancelled", "travelling" beside "canceled"
    out.push_back({british + "ed", Form::kPastBoth});
    out.push_back({british + "ing", Form::kGerund});
  }
  // "retake" -> "retook": a prefixed irregular verb inflects as its stem
  std::string prefix;
  if (it == IrregularVerbs().end() && lemma.size() > 4 && lemma.substr(0, 2) == "re" && lemma != "relay") {
    auto stem = IrregularVerbs().find(std::string(lemma.substr(2)));
    if (stem != IrregularVerbs().end()) it = stem, prefix = "re";
  }
  if (it == IrregularVerbs().end()) {
    out.push_back({PastRegular(lemma), Form::kPastBoth});
  } else if (std::string(it->second.past) == it->second.participle) {
    out.push_back({prefix + it->second.past, Form::kPastBoth});
  } else {
    out.push_back({prefix + it->second.past, Form::kPast});
    out.push_back({prefix + it->second.participle, Form::kParticiple});
  }
  return out;
}

std::string Plural(std::string_view noun) {
  static const std::unordered_map<std::string, std::string> kIrregular = {
      {"man", "men"}, {"woman", "women"}, {"child", "children"}, {"person", "people"},
      {"gunman", "gunmen"}, {"policeman", "policemen"}, {"spokesman", "spokesmen"},
      {"spokeswoman", "spokeswomen"}, {"chairman", "chairmen"}, {"congressman", "congressmen"},
      {"businessman", "businessmen"}, {"serviceman", "servicemen"}, {"tribesman", "tribesmen"},
      {"militiaman", "militiamen"}, {"crisis", "crises"}, {"police", "police"},
      {"personnel", "personnel"}, {"staff", "staff"}, {"military", "military"},
      {"chief", "chiefs"}, {"aircraft", "aircraft"}, {"fisherman", "fishermen"}};
  std::string s(noun);
  auto it = kIrregular.find(s);
  if (it != kIrregular.end()) return it->second;
  if (EndsWith(s, "s") && !EndsWith(s, "ss")) return s;  // already plural: "troops", "forces"
  if (EndsWith(s, "y") && s.size() > 1 && !IsVowel(s[s.size() - 2])) return s.substr(0, s.size() - 1) + "ies";
  if (EndsWith(s, "ss") || EndsWith(s, "sh") || EndsWith(s, "ch") || EndsWith(s, "x") || EndsWith(s, "z"))
    return s + "es";
  return s + "s";
}

}  // namespace sitrep
