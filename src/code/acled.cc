#include "code/acled.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace sitrep {
namespace {

bool AnyArmed(const std::vector<Actor>& actors) {
  for (const auto& a : actors)
    if (a.sector == "MIL" || a.sector == "REB" || a.sector == "INS" || a.sector == "UAF" || a.sector == "COP" ||
        a.sector == "SEP" || a.sector == "CRM")
      return true;
  return false;
}


// Are the armed among these actors all the state's soldiers and police?
bool OnlyStateArmed(const std::vector<Actor>& actors) {
  for (const auto& a : actors)
    if (a.sector == "REB" || a.sector == "INS" || a.sector == "UAF" || a.sector == "SEP" || a.sector == "CRM") return false;
  return true;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Does the event's text (its mentions' sentences, lower-cased once) use one of these whole words?
bool Says(const std::string& text, std::initializer_list<const char*> words) {
  for (const char* w : words) {
    size_t n = std::strlen(w);
    for (size_t at = text.find(w); at != std::string::npos; at = text.find(w, at + 1)) {
      bool left = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
      bool right = at + n >= text.size() || !std::isalpha(static_cast<unsigned char>(text[at + n]));
      if (left && right) return true;
    }
  }
  return false;
}

// Fired from a distance by a crew: "fired grenade launchers and 82mm mortars", "explosions involving
// unknown weapons" (ACLED's shelling), not a planted or thrown device.
bool Shelling(const std::string& text) {
  return Says(text, {"artillery", "mortar", "mortars", "shell", "shells", "shelled", "shelling", "rocket", "rockets",
                     "missile", "missiles", "launcher", "launchers", "howitzer", "howitzers", "weapons"});
}

// A device: thrown by hand ("hurled a grenade") or planted and set off (IED, landmine, bomb).
const char* ExplosiveKind(const std::string& text) {
  bool thrown = Says(text, {"grenade", "grenades"}) && !Says(text, {"ied", "landmine", "landmines", "explosive device"});
  return thrown ? "Grenade" : "Remote explosive/landmine/IED";
}

// A riot is a violent demonstration when the crowd came to demonstrate; else it is mob violence
// ("residents captured a man accused of theft and beat him", "rioters threw stones at soldiers").
bool Demonstrating(const std::string& text) {
  return Says(text, {"demonstration", "demonstrations", "demonstrators", "demonstrated", "protest", "protests",
                     "protesters", "protestors", "protested", "rally", "marched", "marchers", "strikers"});  // (not "march": the month)
}

// "members of a rival party attacked a candidate", "construction workers attacked a journalist":
// people of no armed body who attack, several of them, are a mob for ACLED, not armed perpetrators.
bool UnarmedGroups(const std::vector<Actor>& actors) {
  static const char* kCivil[] = {"CVL", "PTY", "OPP", "LAB", "EDU", "REL", "BUS", "HLH", "MED", "REF", "NGO"};
  if (actors.empty()) return false;
  for (const auto& a : actors) {
    if (std::none_of(std::begin(kCivil), std::end(kCivil), [&](const char* c) { return a.sector == c; })) return false;
    std::string t = Lower(a.text);
    bool several = a.sector == "PTY" || a.sector == "OPP" || (!t.empty() && (t.back() == 's' || t.find("group") != std::string::npos ||
                                  t.find("men") != std::string::npos || t.find("people") != std::string::npos));
    if (!several) return false;
  }
  return true;
}

bool AnyCrowd(const std::vector<Actor>& actors) {
  for (const auto& a : actors) {
    std::string t = Lower(a.text);
    for (const char* w : {"mob", "locals", "residents", "villagers", "crowd", "rioters", "youths", "people"})
      if (t.find(w) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

void AssignAcled(Event* e, std::string_view setting) {
  const std::string& m = e->mode;
  std::string text;
  for (const auto& mention : e->mentions) text += Lower(mention.text) + "\n";
  // ACLED's remote violence: weapons used from a distance, whatever the trigger verb was
  bool engaged = Says(text, {"clash", "clashes", "clashed", "fighting", "fought", "exchanged", "battle", "battles"});
  bool remote = m != "firearms" && !engaged &&
                Says(text, {"artillery", "mortar", "mortars", "shell", "shells", "shelled", "shelling", "rocket", "rockets",
                          "missile", "missiles", "drone", "drones", "airstrike", "airstrikes", "air strike",
                          "air strikes", "air raid", "air raids", "ied", "landmine", "grenade", "grenades",
                          "explosive device", "bomb", "bombs", "uav", "projectiles", "landmines", "land mine",
                          "land mines", "mine attack", "mine attacks", "with mines", "explosives", "munitions",
                          "jets", "warplanes"});
  if (e->type == "ASSAULT" && remote && !(m == "aerial" || m == "drone" || m == "heavy-weapons" || m == "suicide-attack" ||
                                          m == "explosives" || m == "crowd-control")) {
    bool air = Says(text, {"drone", "drones", "airstrike", "airstrikes", "air strike", "air strikes", "air raid",
                         "air raids", "uav", "warplanes", "aircraft", "jets"});
    bool explosive = Says(text, {"ied", "landmine", "explosive device", "bomb", "bombs", "grenade", "grenades",
                                 "landmines", "land mine", "land mines", "mine attack", "mine attacks", "with mines",
                                 "explosives"});
    e->acled_type = "Explosions/Remote violence";
    e->acled_subtype = air ? "Air/drone strike" : explosive && !Shelling(text) ? ExplosiveKind(text)
                                                                           : "Shelling/artillery/missile attack";
    return;
  }
  if (e->type == "ASSAULT" && (AnyCrowd(e->source) || (UnarmedGroups(e->source) && !engaged && !Says(text, {"armed", "gun", "guns", "gunpoint",
                 "shot", "shooting", "firearm", "firearms", "pistol", "rifle", "rifles"}))) && !AnyArmed(e->source)) {  // "a mob lynched a thief"
    e->acled_type = "Riots";
    e->acled_subtype = "Mob violence";
    return;
  }
  // "rioters clashed with Israeli forces ... soldiers fired tear gas at the rioters": one happening told
  // from both sides is a riot that the state's forces met
  if (e->type == "ASSAULT" && AnyCrowd(e->source) && OnlyStateArmed(e->source) && AnyCrowd(e->target)) {
    e->acled_type = "Riots";
    e->acled_subtype = Demonstrating(text) ? "Violent demonstration" : "Mob violence";
    return;
  }
  // "military forces burned down six houses", "demolished a Palestinian-owned house": property
  // destroyed with no one killed or hurt is, for ACLED, a strategic development
  bool harmed = e->killed.value_or(0) > 0 || e->injured.value_or(0) > 0;
  if (e->type == "ASSAULT" && (e->cameo.rfind("1712", 0) == 0 || Says(text, {"arson"})) && !harmed && !engaged) {
    e->acled_type = "Strategic developments";
    e->acled_subtype = "Looting/property destruction";
    return;
  }
  if (e->type == "ASSAULT") {
    // two sides that shell or fight each other battle ("exchanged artillery shelling", "shelled and
    // then clashed with Houthi forces"), whatever the weapons; so do communities that clash ("farmers
    // clashed over a land dispute", "an armed clash between armed men; three men were killed")
    bool battle = engaged && !Says(text, {"off-duty"}) && m != "suicide-attack" && m != "crowd-control" &&
                  m != "abduct";
    if (battle) {
      e->acled_type = "Battles";
      e->acled_subtype = "Armed clash";
    } else if (m == "aerial" || m == "drone") {
      e->acled_type = "Explosions/Remote violence";
      e->acled_subtype = "Air/drone strike";
    } else if (m == "heavy-weapons") {
      e->acled_type = "Explosions/Remote violence";
      e->acled_subtype = "Shelling/artillery/missile attack";
    } else if (m == "suicide-attack") {
      e->acled_type = "Explosions/Remote violence";
      e->acled_subtype = "Suicide bomb";
    } else if (m == "explosives") {
      e->acled_type = "Explosions/Remote violence";
      e->acled_subtype = Shelling(text) ? "Shelling/artillery/missile attack" : ExplosiveKind(text);
    } else if (m == "abduct" && !engaged) {  // ("detained a commander": the abducted may be armed)
      e->acled_type = "Violence against civilians";
      e->acled_subtype = "Abduction/forced disappearance";
    } else if (m == "crowd-control") {
      e->acled_type = "Protests";
      e->acled_subtype = "Excessive force against protesters";
    } else if ((!AnyArmed(e->target) && !e->target.empty()) || Says(text, {"off-duty"}) ||

               (e->target.empty() && !engaged &&
                Says(text, {"civilian", "civilians", "man", "woman", "child", "children", "resident", "residents",
                          "villager", "villagers", "farmer", "farmers", "boy", "girl", "teacher", "trader",
                          "village", "villages", "administrator", "activists", "bodies", "body", "victim",
                          "victims", "adolescent", "teenager", "journalist", "sheikh", "relatives", "family",
                          "house", "home", "former"}))) {
      e->acled_type = "Violence against civilians";
      e->acled_subtype = m == "abduct" ? "Abduction/forced disappearance" : m == "sexual" ? "Sexual violence" : "Attack";
    } else {
      e->acled_type = "Battles";
      e->acled_subtype = "Armed clash";
    }
  } else if (e->type == "PROTEST") {
    // a demonstration that burns, stones or clashes is a riot in ACLED's terms
    bool violent = m == "riot" || e->cameo.rfind("145", 0) == 0 || Says(text, {"burning", "burned", "burnt", "torched", "stones", "rocks", "clashed",
                                            "vandalized", "vandalised", "looted", "set fire", "molotov", "petrol bombs",
                                            "on fire", "barricades", "bottles", "pyrotechnics", "damaged", "smashed",
                                            "clashes", "stoned"});
    e->acled_type = violent ? "Riots" : "Protests";
    e->acled_subtype = !violent ? "Peaceful protest" : Demonstrating(text) ? "Violent demonstration" : "Mob violence";
    // "Police intervened in the event, detaining seven", "dispersed the demonstration": a peaceful
    // protest the state's forces broke up or arrested from
    std::string around = Lower(std::string(setting));
    if (!violent && Says(around, {"intervened", "dispersed", "disperse", "tear gas", "teargas", "water cannon",
                                  "rubber bullets", "lathi", "were arrested", "were detained", "was arrested",
                                  "was detained", "detaining", "arresting", "evicted", "suppressed", "kettled"}))
      e->acled_subtype = "Protest with intervention";
  } else if (e->type == "COERCE" && (m == "arrest" || e->cameo.rfind("173", 0) == 0)) {
    e->acled_type = "Strategic developments";
    e->acled_subtype = "Arrests";
  } else if (e->type == "COERCE" && e->cameo.rfind("192", 0) == 0) {  // "took control of several localities"
    e->acled_type = "Strategic developments";
    e->acled_subtype = "Non-violent transfer of territory";
  } else if (e->type == "COERCE" && (m == "seize" || m == "vandalize" || e->cameo.rfind("1711", 0) == 0)) {
    e->acled_type = "Strategic developments";
    e->acled_subtype = "Looting/property destruction";
  } else if (e->type == "COERCE" && e->cameo.rfind("172", 0) == 0) {  // curfews, bans, internet cut off
    e->acled_type = "Strategic developments";
    e->acled_subtype = "Other";
  } else if (e->type == "MOBILIZE") {  // deployments, patrols, movements of forces
    e->acled_type = "Strategic developments";
    e->acled_subtype = "Change to group/activity";
  } else if (e->type == "RETREAT" && m == "withdraw") {
    e->acled_type = "Strategic developments";
    e->acled_subtype = "Non-violent transfer of territory";
  }
}

}  // namespace sitrep
