// Toponym recognition: gazetteer matches of capitalised word sequences, kept when the context
// says they are places ("near X", "X province", "X, Y", a dateline) or when the name is a
// country, a subdivision or a large city; names inside longer names and speaking capitals
// ("Damascus said") are set apart.
#include <unordered_set>

#include "geo/geocoder.h"

namespace sitrep {
namespace {

using WordSet = std::unordered_set<std::string_view>;

bool In(const WordSet& s, std::string_view w) { return s.count(w) > 0; }

const WordSet& Locatives() {
  static const WordSet k = {"in", "near", "at", "from", "to", "into", "outside", "across", "around", "toward",
                            "towards", "between", "via", "through", "throughout", "inside", "within", "nearby",
                            "outskirts", "entered", "reached", "captured", "seized", "stormed", "shelled",
                            "bombed", "hit", "struck", "besieged", "encircled", "recaptured", "visited",
                            "and", "or"};
  return k;
}
const WordSet& OfHeads() {  // "the outskirts of X", "north of X", "the province of X"
  static const WordSet k = {"outskirts", "north", "south", "east", "west", "northeast", "northwest", "southeast",
                            "southwest", "city", "town", "village", "province", "governorate", "region",
                            "district", "state", "countryside", "suburbs", "centre", "center", "heart",
                            "capital", "west", "parts", "area", "part", "east", "south", "border", "streets",
                            "residents", "people", "government",
                            // "the prison of X", "the mayor of X", "control of X"
                            "prison", "hospital", "port", "airport", "base", "camp", "university", "market",
                            "municipality", "commune", "mayor", "neighbourhood", "neighborhood", "control",
                            "capture", "siege", "fall", "shelling", "bombing", "liberation", "occupation"};
  return k;
}
const WordSet& PlaceNouns() {
  static const WordSet k = {"province", "governorate", "city", "town", "village", "district", "region", "state",
                            "county", "area", "countryside", "desert", "border", "outskirts", "suburb", "suburbs",
                            "neighbourhood", "neighborhood", "camp", "prefecture", "oblast", "department",
                            "municipality", "parish", "borough", "valley", "mountains", "port", "airport",
                            "township", "emirate", "territory", "countryside", "frontier", "enclave", "regency",
                            "raion", "rayon", "tehsil", "taluk", "mandal", "upazila"};
  return k;
}
const WordSet& NearCues() {
  static const WordSet k = {"near", "outside", "outskirts", "around", "nearby", "countryside", "km", "kilometres",
                            "kilometers", "miles", "north", "south", "east", "west", "northeast", "northwest",
                            "southeast", "southwest", "northern", "southern", "eastern", "western", "vicinity"};
  return k;
}
const WordSet& Particles() {
  static const WordSet k = {"de", "del", "della", "di", "da", "do", "dos", "das", "la", "las", "los", "le", "les", "el", "al",
                            "of", "upon", "on", "am", "an", "der", "den", "du", "des", "y", "sur", "en", "ez",
                            "es", "ad", "ar", "as", "ash", "bin", "ibn", "abu", "umm", "bani", "beni",
                            "e"};  // Persian "Bandar e Mahshahr", "Qasr e Shirin"
  return k;
}
// Capitalised words that GeoNames knows as places but news uses otherwise.
const WordSet& Stoplist() {
  static const WordSet k = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "police", "president", "reuters", "minister", "army", "government", "prime", "security", "council",
      "university", "ministry", "hospital", "mosque", "church", "party", "republic", "national", "democratic",
      "union", "court", "center", "centre", "news", "times", "post", "man", "woman", "hope", "mobile", "god",
      "allah", "christmas", "easter", "ramadan", "eid", "islam", "muslim", "christian", "jewish", "black",
      "white", "green", "red", "blue", "best", "victoria", "independence", "liberty", "freedom", "justice",
      "unity", "progress", "concord", "truth", "peace", "mission", "commission", "forces", "force", "state",
      "states", "capital", "city", "king", "queen", "prince", "sheikh", "general", "colonel", "major",
      "captain", "lieutenant", "sergeant", "governor", "mayor", "senator", "chairman", "secretary", "chief",
      "deputy", "interior", "defence", "defense", "foreign", "health", "justice", "eu", "un", "nato", "isis",
      "is", "al", "as", "of", "the", "a", "an", "in", "on", "at", "to", "and", "or", "but", "it", "this", "that",
      "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "its", "no", "yes", "more", "most",
      "many", "some", "all", "one", "two", "three", "also", "after", "before", "while", "when", "where", "why",
      "how", "what", "who", "there", "here", "then", "now", "today", "tonight", "ap", "afp", "upi", "cnn",
      "bbc", "twitter", "facebook", "google", "apple", "amazon", "microsoft", "trump", "biden", "obama",
      "bush", "clinton", "media", "press", "agency", "office", "house", "senate", "congress", "parliament",
      "assembly", "cabinet", "committee", "board", "bank", "company", "group", "brigade", "battalion",
      "division", "corps", "command", "front", "movement", "organization", "organisation", "association",
      "u.n.", "u.n", "n.", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
      "middle", "coast", "war", "camp", "market", "border", "bridge", "river", "beach", "farm", "village",
      "no.", "hill", "hills", "lake", "road", "junction", "mountain", "valley", "street", "square", "highway"};
  return k;
}
const WordSet& SpeechVerbs() {
  static const WordSet k = {"said", "says", "say", "announced", "accused", "denied", "condemned", "warned", "urged",
                            "rejected", "claimed", "insisted", "stated", "responded", "replied", "demanded",
                            "threatened", "vowed", "welcomed", "criticised", "criticized", "blamed", "agreed",
                            "signed", "sent", "recalled", "summoned", "imposed", "expelled", "offered"};
  return k;
}

bool HyphenParticle(const Token& t) {
  size_t dash = t.text.find('-');
  return dash != std::string::npos && dash > 0 && dash + 1 < t.text.size() && t.text[dash + 1] >= 'A' &&
         t.text[dash + 1] <= 'Z';
}

bool CanStart(const Token& t) { return !t.punct && !t.number && (t.upper_initial || t.all_caps || HyphenParticle(t)); }

// "Newfoundland and Labrador", "St. John's": inside a longer name the gazetteer must know whole.
bool CanContinue(const Token& t) {
  if (t.lower == "'s" || t.lower == "’s") return true;
  return !t.punct && !t.number &&
         (t.upper_initial || t.all_caps || HyphenParticle(t) || In(Particles(), t.lower) || t.lower == "and");
}

// A name the gazetteer knows as a place (a demonym alone is not one).
bool KnownKey(const Gazetteer& g, std::string_view key) {
  for (const auto& r : g.Exact(key))
    if (!(r.flags & gbin::kDemonym)) return true;
  // "West Karawang", "north London": a part of a known place named by a direction before it
  for (std::string_view dir : {"north ", "south ", "east ", "west ", "northern ", "southern ", "eastern ",
                               "western ", "central "}) {
    if (key.size() <= dir.size() || key.substr(0, dir.size()) != dir) continue;
    for (const auto& r : g.Exact(key.substr(dir.size())))
      if (!(r.flags & (gbin::kDemonym | gbin::kAlternate))) return true;  // by its own name: not Samara for "Northern Samar"
  }
  // "Shan-North", "Bago-East": a part of a subdivision, named by the subdivision and a direction
  for (std::string_view dir : {" north", " south", " east", " west"}) {
    if (key.size() <= dir.size() || key.substr(key.size() - dir.size()) != dir) continue;
    for (const auto& r : g.Exact(key.substr(0, key.size() - dir.size())))
      if (static_cast<PlaceKind>(g.place(r.place).kind) == PlaceKind::kAdmin1) return true;
  }
  return false;
}

}  // namespace

std::vector<PlaceMention> Geocoder::Find(const Analysis& a, std::string_view hint_country,
                                         const std::vector<int32_t>& context, uint16_t languages) const {
  const auto& t = a.tokens;
  std::vector<PlaceMention> out;
  int n = static_cast<int>(t.size());
  std::vector<int> sentence_first(n, 0);
  for (const auto& s : a.sentences)
    for (int k = s.first; k < s.last; ++k) sentence_first[k] = s.first;
  std::vector<std::string> token_key(n);  // NameKey of each token, computed once
  std::vector<bool> keyed(n, false);
  auto key_of = [&](int b, int e) {
    std::string k;
    for (int x = b; x < e; ++x) {
      if (!keyed[x]) token_key[x] = NameKey(t[x].text), keyed[x] = true;
      if (token_key[x].empty()) continue;
      // "Lee 's Summit": the possessive joins its word, as the gazetteer writes "Lee's" ("lees")
      bool possessive = t[x].lower == "'s" || t[x].lower == "’s";
      if (!k.empty() && !possessive) k += ' ';
      k += token_key[x];
    }
    return k;
  };
  for (int i = 0; i < n;) {
    if (!CanStart(t[i])) { ++i; continue; }
    // the longest sequence the gazetteer knows, with an optional generic word after it
    int run = i + 1;
    while (run < n && run < i + 6 && CanContinue(t[run])) ++run;
    int best_end = -1;
    for (int e = std::min(n, run + 1); e > i; --e) {
      bool noun = e - 1 > i && In(PlaceNouns(), t[e - 1].lower);
      if ((e > run && !noun) || In(Particles(), t[e - 1].lower) || t[e - 1].lower == "and") continue;
      // "Queen's University Belfast": a possessive before a name belongs to that name (not Queens, NY)
      if ((t[e - 1].lower == "'s" || t[e - 1].lower == "’s") && e < n && t[e].upper_initial) continue;
      if (KnownKey(g_, key_of(i, e)) || (noun && KnownKey(g_, key_of(i, e - 1)))) {
        best_end = e;
        break;
      }
    }
    // "the town of Bint Jbeil", "near Idleb", "in Nassriya city": a loose spelling is taken where the
    // words say place (before a settlement noun: "Rajouri city", "Naogaon town")
    static const WordSet kSettlements = {"city", "town", "district", "province", "governorate"};
    auto settled = [&](int e) { return e < n && In(kSettlements, t[e].lower) && t[e].lower == t[e].text; };
    bool place_cue = i >= 2 && ((t[i - 1].lower == "of" && In(OfHeads(), t[i - 2].lower)) || t[i - 1].lower == "near");
    if (best_end < 0 && (place_cue || i >= 1)) {
      for (int e = std::min(n, i + 4); e > i && best_end < 0; --e) {
        if (!place_cue && !settled(e)) continue;
        bool ok = true;
        for (int k = i + 1; k < e && ok; ++k) ok = CanContinue(t[k]);
        if (!ok) continue;
        std::string text;
        for (int k = i; k < e; ++k) text += (k > i ? " " : "") + t[k].text;
        std::string skel = SkeletonKey(text);
        if (skel.size() >= (place_cue ? 4u : 5u) && !g_.Loose(skel).empty()) best_end = e;
      }
    }
    // "In Minsk": a stoplisted word is no place, unless a container follows it after a locative ("in
    // Victoria (British Columbia)")
    bool contained = i > 0 && best_end > i && best_end + 1 < n && In(Locatives(), t[i - 1].lower) &&
                     (t[best_end].text == "(" || t[best_end].text == ",") && t[best_end + 1].upper_initial;
    if (best_end < 0 || (best_end == i + 1 && In(Stoplist(), t[i].lower) && !contained)) { ++i; continue; }
    // "Neustadt in Holstein", "Newcastle upon Tyne": a known longer name across a preposition
    if (best_end + 1 < n && (t[best_end].lower == "in" || t[best_end].lower == "upon" || t[best_end].lower == "on"))
      for (int e = std::min(n, best_end + 3); e > best_end + 1; --e) {
        bool names = true;
        for (int k = best_end + 1; k < e && names; ++k) names = t[k].upper_initial && !t[k].dateline;
        if (names && KnownKey(g_, key_of(i, e))) {
          best_end = e;
          break;
        }
      }
    // "Loza de los Padres", "Bourj Al Arab", "San Juan Talpa": a known name at the start of a longer
    // unknown one is not the place (the longer name is)
    int whole = i + 1;
    auto joins = [&](const Token& x) {  // "de los", "al": inside a name; "on Sunday", "of State": not
      static const WordSet kInName = {"de", "del", "della", "di", "da", "do", "dos", "das", "la", "le", "les", "el",
                                      "al", "y", "du", "des", "der", "den", "ez", "es", "ad", "ar", "as", "ash",
                                      "bin", "ibn", "abu", "umm", "bani", "beni"};
      if (In(Stoplist(), x.lower) || x.dateline) return false;
      return x.upper_initial || x.all_caps || HyphenParticle(x) || In(kInName, x.lower);
    };
    while (whole < n && !t[whole].punct && !t[whole].number && joins(t[whole])) ++whole;
    while (whole > best_end && In(Particles(), t[whole - 1].lower)) --whole;
    // ... unless the longer name is an institution of the town ("the Pietermaritzburg High Court")
    static const WordSet kInstitutions = {"court", "airport", "prison", "jail", "hospital", "stadium", "barracks",
                                          "courthouse"};
    bool institution = whole > best_end && (In(kInstitutions, t[whole - 1].lower) ||
                                            (whole < n && In(kInstitutions, t[whole].lower)));  // a stoplisted "Court"
    if (best_end < whole && !In(PlaceNouns(), t[best_end].lower) && !t[i].dateline && !institution) { i = whole; continue; }
    // "the SOR party", "Tigray forces", "US dollars", "Niger militiamen": a name before an
    // organisation, a currency or armed men says whose, not where
    static const WordSet kNotPlaceAfter = {"party", "movement", "forces", "militia", "militias", "brigade",
        "brigades", "front", "alliance", "coalition", "union", "league", "council", "committee", "army",
        "dollar", "dollars", "pound", "pounds", "shilling", "shillings", "rupee", "rupees", "peso", "pesos",
        "militiamen", "militants", "fighters", "rebels", "gunmen", "insurgents", "jihadists", "troops", "soldiers"};
    // ("the Lyon city council" is the town's own)
    bool town_body = best_end - i > 1 && (t[best_end - 1].lower == "city" || t[best_end - 1].lower == "town");
    if (best_end < n && In(kNotPlaceAfter, t[best_end].lower) && !t[i].dateline && !town_body) { i = best_end; continue; }
    // "Cavour square in Ancona", "Grobler Street": a site named after a place is inside the story's
    // town, not the place (the name with its word goes to the lookup, which knows sites)
    if (best_end < n && !t[best_end].upper_initial && IsFacilityWord(t[best_end].lower)) ++best_end;
    PlaceMention m;
    m.first = i;
    m.last = best_end;
    m.begin = t[i].begin;
    m.end = t[best_end - 1].end;
    for (int k = i; k < best_end; ++k)
      m.text += (k > i && t[k].lower != "'s" && t[k].lower != "’s" ? " " : "") + t[k].text;
    // context
    bool sentence_start = i == sentence_first[i];
    std::string_view prev = i > 0 ? std::string_view(t[i - 1].lower) : std::string_view();
    std::string_view prev2 = i > 1 ? std::string_view(t[i - 2].lower) : std::string_view();
    if (prev == "the" && i > 1) prev = prev2, prev2 = i > 2 ? std::string_view(t[i - 3].lower) : std::string_view();
    bool locative = (!prev.empty() && In(Locatives(), prev)) || (prev == "of" && In(OfHeads(), prev2));
    // "Ramgati upazila (Lakshmipur)", "Goma (Goma, Nord-Kivu)": names in brackets after a place
    for (int k = i - 1; k >= 1 && k >= i - 5 && !locative; --k) {
      if (t[k].text == "(") {
        locative = In(PlaceNouns(), t[k - 1].lower) || (t[k - 1].upper_initial && !t[k - 1].punct);
        break;
      }
      if (t[k].text != "," && !CanContinue(t[k]) && !In(PlaceNouns(), t[k].lower)) break;  // "(Muse district, X)"
    }
    bool noun_after = best_end < n && In(PlaceNouns(), t[best_end].lower);
    noun_after |= best_end - i > 1 && In(PlaceNouns(), t[best_end - 1].lower);
    bool comma_parent = best_end + 1 < n && t[best_end].text == "," && CanStart(t[best_end + 1]);
    bool after_comma = i > 0 && t[i - 1].text == ",";
    bool single = best_end - i == 1;
    bool in_name = (single && best_end < n && t[best_end].upper_initial && !t[best_end].dateline &&
                    !In(PlaceNouns(), t[best_end].lower)) ||
                   (i > 0 && !sentence_start && t[i - 1].upper_initial && !t[i - 1].dateline && !In(Particles(), t[i - 1].lower));
    if (single && In(Stoplist(), t[i].lower) && !contained) { i = best_end; continue; }
    // the strongest reading decides: a country or subdivision stands without context
    bool big = false, country_or_admin = false;
    auto rows = g_.Exact(key_of(i, best_end));
    for (const auto& r : rows) {
      const gbin::Place& p = g_.place(r.place);
      PlaceKind k = static_cast<PlaceKind>(p.kind);
      if (r.flags & (gbin::kAbbreviation | gbin::kDemonym)) continue;
      country_or_admin |= k != PlaceKind::kCity;
      big |= k == PlaceKind::kCity && (p.population >= 100000 || p.rank >= gbin::kPplAdmin1);
    }
    // "the Regional Labour Union (URT)", "the Academy of Fine Arts (AFA)": capitals in brackets after a
    // name are its acronym, not a village that shares the letters
    bool acronym = single && t[i].all_caps && t[i].text.size() <= 6 && i > 1 && t[i - 1].text == "(" &&
                   best_end < n && t[best_end].text == ")" && (t[i - 2].upper_initial || t[i - 2].all_caps);
    if (acronym && !country_or_admin) { i = best_end; continue; }
    // "staff of the UCU gathered": a word in capitals among words that are not is an acronym, not a
    // town that shares the letters (Ucú); "CPN(US)": a bracket glued to capitals is part of a name
    bool shouting = (i > 0 && t[i - 1].all_caps && !t[i - 1].punct) || (best_end < n && t[best_end].all_caps && !t[best_end].punct);
    bool lone_caps = single && t[i].all_caps && t[i].text.size() >= 2 && t[i].text.size() <= 6 && !t[i].dateline &&
                     !shouting && !country_or_admin;
    bool glued = single && i > 1 && t[i - 1].text == "(" && t[i - 1].begin == t[i - 2].end && t[i - 2].all_caps;
    if (lone_caps || glued) { i = best_end; continue; }
    bool keep = t[i].dateline || locative || noun_after || (country_or_admin && !in_name) ||
                (big && !in_name && !sentence_start) || (comma_parent && !in_name) ||
                (after_comma && country_or_admin);
    if (in_name && !locative && !t[i].dateline) keep = false;
    if (!keep) { i = best_end; continue; }
    // "near X", "the X countryside", "10 km north of X"
    for (int k = std::max(0, i - 3); k < i; ++k) m.near |= In(NearCues(), t[k].lower);
    if (best_end < n) m.near |= In(NearCues(), t[best_end].lower);
    // "Damascus said", "Washington imposed": a capital or country as an actor
    int v = best_end;
    if (v < n && (t[v].lower == "has" || t[v].lower == "have" || t[v].lower == "had" || t[v].lower == "will" ||
                  t[v].lower == "would"))
      ++v;
    m.actor = v < n && In(SpeechVerbs(), t[v].lower) && !locative;
    out.push_back(std::move(m));
    i = best_end;
  }
  Resolve(a, hint_country, true, context, languages, &out);
  std::vector<PlaceMention> kept;
  for (auto& m : out)
    if (m.place >= 0) kept.push_back(std::move(m));
  return kept;
}

}  // namespace sitrep
