#include "code/acled.h"

namespace sitrep {
namespace {

bool AnyArmed(const std::vector<Actor>& actors) {
  for (const auto& a : actors)
    if (a.sector == "MIL" || a.sector == "REB" || a.sector == "INS" || a.sector == "UAF" || a.sector == "COP" ||
        a.sector == "SEP" || a.sector == "CRM")
      return true;
  return false;
}

}  // namespace

void AssignAcled(Event* e) {
  const std::string& m = e->mode;
  if (e->type == "ASSAULT") {
    if (m == "aerial" || m == "drone") {
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
      e->acled_subtype = "Remote explosive/landmine/IED";
    } else if (m == "crowd-control") {
      e->acled_type = "Protests";
      e->acled_subtype = "Excessive force against protesters";
    } else if (!AnyArmed(e->target) && !e->target.empty()) {
      e->acled_type = "Violence against civilians";
      e->acled_subtype = m == "abduct" ? "Abduction/forced disappearance" : m == "sexual" ? "Sexual violence" : "Attack";
    } else {
      e->acled_type = "Battles";
      e->acled_subtype = "Armed clash";
    }
  } else if (e->type == "PROTEST") {
    e->acled_type = m == "riot" ? "Riots" : "Protests";
    e->acled_subtype = m == "riot" ? "Violent demonstration" : "Peaceful protest";
  } else if (e->type == "COERCE" && (m == "arrest" || e->cameo.rfind("173", 0) == 0)) {
    e->acled_type = "Strategic developments";
    e->acled_subtype = "Arrests";
  } else if (e->type == "COERCE" && (m == "seize" || m == "vandalize")) {
    e->acled_type = "Strategic developments";
    e->acled_subtype = "Looting/property destruction";
  } else if (e->type == "RETREAT" && m == "withdraw") {
    e->acled_type = "Strategic developments";
    e->acled_subtype = "Non-violent transfer of territory";
  }
}

}  // namespace sitrep
