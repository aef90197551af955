#include "recognize/words.h"

#include <string>
#include <unordered_map>
#include <string_view>
#include <unordered_set>

namespace sitrep {
namespace {

using WordSet = std::unordered_set<std::string_view>;

bool In(const WordSet& set, std::string_view w) { return set.count(w) > 0; }

}  // namespace

bool IsDeterminer(std::string_view w) {
  static const WordSet k = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these",
                            "those", "some", "several", "many", "all", "both", "each", "every",
                            "our", "your", "any", "another", "other", "no", "at", "least", "more",
                            "than", "about", "nearly", "almost", "around", "over", "up", "to"};
  return In(k, w);
}

bool IsNpPrefix(std::string_view w) {
  static const WordSet k = {"the", "a", "an", "its", "their", "his", "her", "this", "these", "those",
                            "some", "several", "many", "all", "both", "each", "every", "our", "any",
                            "another", "other", "at", "least", "more", "than", "about", "nearly",
                            "almost", "around", "over", "up", "to", "no"};
  return In(k, w);
}

bool IsPreposition(std::string_view w) {
  static const WordSet k = {"in", "on", "at", "by", "with", "against", "from", "to", "for", "of",
                            "near", "across", "inside", "into", "onto", "toward", "towards", "over",
                            "under", "between", "among", "amid", "during", "after", "before",
                            "since", "until", "through", "throughout", "within", "around",
                            "outside", "about", "via", "without", "per", "along", "off", "upon",
                            "following", "despite", "including", "like", "behind", "beyond"};
  return In(k, w);
}

bool IsLocativePreposition(std::string_view w) {
  static const WordSet k = {"in", "at", "near", "across", "inside", "throughout", "within",
                            "around", "outside", "into", "from", "toward", "towards", "through",
                            "over", "along", "off", "north", "south", "east", "west"};
  return In(k, w);
}

bool IsModifier(std::string_view w) {
  static const WordSet k = {
      "former", "new", "top", "senior", "junior", "other", "local", "national", "international",
      "deputy", "acting", "interim", "chief", "armed", "unidentified", "suspected", "alleged",
      "unknown", "masked", "rival", "regional", "federal", "state", "provincial", "military",
      "security", "government", "pro-government", "anti-government", "opposition", "foreign",
      "domestic", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "dozens", "hundreds", "thousands", "scores", "fellow", "retired", "young", "elderly",
      "injured", "wounded", "then", "newly", "elected", "outgoing", "incoming", "current",
      "exiled", "jailed", "detained", "embattled", "ruling", "main", "leading", "prominent",
      "islamist", "jihadist", "extremist", "separatist", "rebel", "militant", "hardline",
      "moderate", "civilian", "unarmed", "special", "elite", "ordinary", "off-duty"};
  return In(k, w);
}

bool IsBeForm(std::string_view w) {
  static const WordSet k = {"is", "are", "was", "were", "been", "being", "be", "get", "got",
                            "gets", "getting", "'s", "'re"};
  return In(k, w);
}

bool IsSpeechVerb(std::string_view w) {
  static const WordSet k = {"said", "say", "says", "saying", "told", "tells", "tell", "announced",
                            "announces", "announce", "confirmed", "confirms", "confirm",
                            "reported", "reports", "added", "adds", "stated", "states",
                            "noted", "notes", "wrote", "writes", "explained", "insisted",
                            "insists", "claimed", "claims", "according", "declared",
                            "declares", "acknowledged", "disclosed", "revealed", "asserted"};
  return In(k, w);
}

bool IsClauseOpener(std::string_view w) {
  static const WordSet k = {"that", "who", "whom", "which", "whose", "as", "while", "when",
                            "whereas", "because", "although", "though", "if", "unless", "where",
                            "after", "before", "since", "until", "but", "so"};
  return In(k, w);
}

bool IsPersonNoun(std::string_view w) {
  static const WordSet k = {
      "people", "person", "persons", "civilian", "civilians", "man", "men", "woman", "women",
      "child", "children", "boy", "boys", "girl", "girls", "soldier", "soldiers", "troops",
      "officer", "officers", "policeman", "policemen", "police", "fighter", "fighters",
      "militant", "militants", "rebel", "rebels", "member", "members", "worker", "workers",
      "protester", "protesters", "demonstrator", "demonstrators", "student", "students",
      "resident", "residents", "villager", "villagers", "passenger", "passengers", "patient",
      "patients", "journalist", "journalists", "pilgrim", "pilgrims", "worshipper",
      "worshippers", "farmer", "farmers", "guard", "guards", "personnel", "staff", "gunman",
      "gunmen", "attacker", "attackers", "insurgent", "insurgents", "jihadist", "jihadists",
      "others", "one", "teenager", "teenagers", "infant", "baby", "babies", "migrant",
      "teacher", "teachers", "trader", "traders", "herder", "herders", "driver", "drivers", "priest",
      "imam", "pastor", "chief", "leader", "commander", "official", "officials", "employee", "employees",
      "merchant", "merchants", "shepherd", "fisherman", "fishermen", "miner", "miners", "local", "locals",
      "relative", "relatives", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister",
      "cadre", "cadres", "volunteer", "volunteers", "vigilante", "vigilantes", "suspect", "suspects",
      "militiaman", "militiamen", "combatant", "combatants", "policewoman", "gendarme", "gendarmes",
      "migrants", "refugee", "refugees", "doctor", "doctors", "nurse", "nurses", "crew",
      "sailor", "sailors", "marine", "marines", "contractor", "contractors", "civilian",
      "service", "servicemen", "serviceman", "pupils", "pupil", "wounded", "dead", "bodies"};
  return In(k, w);
}

bool IsQuantityNoun(std::string_view w) {
  static const WordSet k = {"hundreds", "thousands", "tens", "dozens", "scores", "millions", "dozen",
                            "hundred", "thousand", "million", "group", "groups", "members", "member",
                            "some", "many", "most", "all", "one", "two", "three", "several", "none",
                            "crowds", "crowd", "number", "band", "bands", "unit", "units", "team",
                            "teams", "contingent", "delegation", "column", "convoy", "busloads"};
  return In(k, w) || NumberWord(w) >= 0;
}

bool IsCompoundHead(std::string_view w) {
  static const WordSet k = {
      "base", "bases", "station", "stations", "post", "posts", "camp", "camps", "convoy", "convoys",
      "visit", "visits", "trip", "tour",
      "vehicle", "vehicles", "checkpoint", "checkpoints", "headquarters", "source", "sources",
      "operation", "operations", "exercise", "exercises", "drill", "drills", "equipment", "aircraft",
      "plane", "planes", "ship", "ships", "vessel", "vessels", "truck", "trucks", "position", "positions", "facility", "facilities", "barracks",
      "installation", "installations", "spending", "budget", "aid", "assistance", "support",
      "presence", "buildup", "build-up", "deployment", "deployments", "rule", "crackdown",
      "campaign", "reform", "reforms", "policy", "policies", "ties", "relations", "relationship",
      "territory", "border", "borders", "airspace", "waters", "custody", "uniform", "uniforms",
      "intelligence", "capabilities", "capability", "economy", "market", "markets", "currency",
      "sovereignty", "interests", "stance", "position", "pressure", "decision", "plan", "plans",
      "proposal", "response", "version", "account", "claims", "claim", "data", "figures",
      "estimates", "tally", "toll", "independence", "election", "elections", "vote", "referendum",
      "constitution", "law", "laws", "bill", "legislation", "coast", "capital", "side", "soil",
      "cities", "city", "towns", "town", "villages", "village", "region", "regions", "province",
      "provinces", "state", "states", "citizens", "nationals", "officials'", "hands", "control",
      "counterpart", "counterparts", "embassy", "consulate", "mission", "delegation", "system",
      "systems", "missile", "missiles", "weapons", "weapon", "arms", "ammunition", "supplies",
      "shipments", "units", "unit", "batteries", "battery", "capacity", "industry", "sector",
      "company", "companies", "firm", "firms", "products", "goods", "exports", "imports", "gas",
      "oil", "energy", "fuel", "refinery", "plant", "port", "ports", "flights", "airport"};
  return In(k, w);
}

int NumberWord(std::string_view w) {
  static const std::unordered_map<std::string_view, int> k = {
      {"a", 1}, {"an", 1}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5},
      {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11},
      {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16},
      {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20}, {"thirty", 30},
      {"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"seventy", 70}, {"eighty", 80},
      {"ninety", 90}, {"hundred", 100}, {"dozen", 12}, {"dozens", 12}, {"tens", 10},
      {"scores", 20}, {"hundreds", 100}, {"thousands", 1000}, {"several", 3}, {"a dozen", 12},
      {"couple", 2}, {"both", 2}, {"none", 0}, {"no", 0}};
  auto it = k.find(w);
  if (it != k.end()) return it->second;
  size_t dash = w.find('-');
  if (dash != std::string_view::npos) {  // twenty-five
    auto a = k.find(w.substr(0, dash));
    auto b = k.find(w.substr(dash + 1));
    if (a != k.end() && b != k.end() && a->second >= 20 && b->second < 10) return a->second + b->second;
  }
  return -1;
}

bool IsTimeWord(std::string_view w) {
  static const WordSet k = {"on", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
                            "saturday", "sunday", "last", "this", "week", "night", "evening", "morning", "again",
                            "also", "publicly", "repeatedly"};
  return In(k, w);
}

int BeforeTimePhrase(const std::vector<Token>& t, int k, int floor) {
  int j = k - 1;
  while (j >= floor && j >= k - 3 && IsTimeWord(t[j].lower)) --j;
  return j;
}

bool IsSponsorCompound(std::string_view lower) {
  static const WordSet k = {"backed", "supported", "sponsored", "aligned", "allied", "funded", "armed", "trained",
                            "led", "brokered", "linked", "affiliated", "inspired", "controlled", "run", "installed",
                            "friendly", "leaning", "made", "built", "supplied"};  // not "-based": "a Pakistan-based group" is there
  size_t dash = lower.rfind('-');
  return dash != std::string_view::npos && In(k, lower.substr(dash + 1));
}

int InfinitiveBefore(const std::vector<Token>& t, int floor, int noun) {
  int k = noun - 2;
  while (k > floor && k > noun - 4 && t[k].lower != "to" && !t[k].punct && !t[k].upper_initial) --k;
  return k > floor && t[k].lower == "to" ? k : -1;
}

int AfterTimePhrase(const std::vector<Token>& t, int k, int ceil) {
  int j = k;
  while (j < ceil && j < k + 3 && IsTimeWord(t[j].lower)) ++j;
  return j;
}

}  // namespace sitrep
