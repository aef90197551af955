// Event -> one JSON Lines record (events.md, version 1).
#include <cmath>
#include <cstdio>

#include "base/json.h"
#include "sitrep/event.h"

namespace sitrep {
namespace {

void Key(std::string* o, const char* k) {
  if (o->back() != '{') o->push_back(',');
  AppendJsonString(o, k);
  o->push_back(':');
}

void Str(std::string* o, const char* k, const std::string& v, bool null_if_empty = true) {
  Key(o, k);
  if (v.empty() && null_if_empty) o->append("null");
  else AppendJsonString(o, v);
}

void Num(std::string* o, const char* k, double v) {
  Key(o, k);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3g", v);
  if (v == std::floor(v) && std::fabs(v) < 1e6) std::snprintf(buf, sizeof buf, "%.1f", v);
  o->append(buf);
}

void Coord(std::string* o, const char* k, double v) {
  Key(o, k);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.5f", v);
  o->append(buf);
}

void Spans(std::string* o, const char* k, const std::vector<Span>& spans) {
  Key(o, k);
  o->push_back('[');
  for (size_t i = 0; i < spans.size(); ++i) {
    if (i) o->push_back(',');
    o->append("[" + std::to_string(spans[i].first) + "," + std::to_string(spans[i].second) + "]");
  }
  o->push_back(']');
}

void Actors(std::string* o, const char* k, const std::vector<Actor>& actors) {
  Key(o, k);
  o->push_back('[');
  for (size_t i = 0; i < actors.size(); ++i) {
    if (i) o->push_back(',');
    o->push_back('{');
    const Actor& a = actors[i];
    Str(o, "text", a.text);
    Str(o, "name", a.name);
    Str(o, "country", a.country);
    Str(o, "sector", a.sector);
    Str(o, "group", a.group);
    Str(o, "code", a.code);
    o->push_back('}');
  }
  o->push_back(']');
}

void OptInt(std::string* o, const char* k, const std::optional<int>& v) {
  Key(o, k);
  o->append(v ? std::to_string(*v) : "null");
}

}  // namespace

std::string EventToJson(const Event& e) {
  std::string o = "{";
  Str(&o, "event_id", e.event_id);
  Str(&o, "doc_id", e.doc_id);
  Str(&o, "doc_date", e.doc_date);
  Str(&o, "type", e.type);
  Str(&o, "mode", e.mode);
  Key(&o, "contexts");
  o.push_back('[');
  for (size_t i = 0; i < e.contexts.size(); ++i) {
    if (i) o.push_back(',');
    AppendJsonString(&o, e.contexts[i]);
  }
  o.push_back(']');
  Str(&o, "cameo", e.cameo);
  Key(&o, "quad_class");
  o.append(std::to_string(e.quad_class));
  Num(&o, "goldstein", e.goldstein);
  Key(&o, "acled");
  if (e.acled_type.empty()) {
    o.append("null");
  } else {
    o.push_back('{');
    Str(&o, "event_type", e.acled_type);
    Str(&o, "sub_event_type", e.acled_subtype);
    o.push_back('}');
  }
  Str(&o, "modality", e.modality);
  Actors(&o, "source", e.source);
  Actors(&o, "target", e.target);
  Key(&o, "date");
  o.push_back('{');
  Str(&o, "start", e.date.start);
  Str(&o, "end", e.date.end);
  Str(&o, "precision", e.date.precision);
  Str(&o, "text", e.date.text.value_or(""));
  o.push_back('}');
  Key(&o, "location");
  if (e.location) {
    const EventLocation& l = *e.location;
    o.push_back('{');
    Str(&o, "text", l.text);
    Str(&o, "name", l.name);
    Key(&o, "geonames_id");
    o.append(l.geonames_id > 0 ? std::to_string(l.geonames_id) : "null");
    Key(&o, "country");
    if (l.country.empty()) o.append("null");
    else AppendJsonString(&o, l.country);
    Key(&o, "admin1");
    if (l.admin1.empty()) o.append("null");
    else AppendJsonString(&o, l.admin1);
    Coord(&o, "lat", l.lat);
    Coord(&o, "lon", l.lon);
    Str(&o, "precision", l.precision);
    o.push_back('}');
  } else {
    o.append("null");
  }
  Key(&o, "fatalities");
  o.push_back('{');
  OptInt(&o, "killed", e.killed);
  OptInt(&o, "injured", e.injured);
  o.push_back('}');
  if (e.arrested) OptInt(&o, "arrested", e.arrested);
  Num(&o, "confidence", e.confidence);
  Key(&o, "mentions");
  o.push_back('[');
  for (size_t i = 0; i < e.mentions.size(); ++i) {
    const Mention& m = e.mentions[i];
    if (i) o.push_back(',');
    o.push_back('{');
    Key(&o, "sentence");
    o.append(std::to_string(m.sentence));
    Str(&o, "text", m.text);
    Key(&o, "trigger");
    o.append("[" + std::to_string(m.trigger.first) + "," + std::to_string(m.trigger.second) + "]");
    Spans(&o, "source", m.source);
    Spans(&o, "target", m.target);
    Spans(&o, "date", m.date);
    Spans(&o, "location", m.location);
    Str(&o, "rule", m.rule);
    o.push_back('}');
  }
  o.push_back(']');
  o.push_back('}');
  return o;
}

}  // namespace sitrep
