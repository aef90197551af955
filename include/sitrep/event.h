// The event record sitrep emits (../shared/spec/events.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sitrep {

using Span = std::pair<int, int>;  // code points into the document body, [begin, end)

struct Actor {
  std::string text;
  std::string name;
  std::string country;  // ISO alpha-3, empty for none
  std::string sector;   // CAMEO role, empty for none
  std::string group;    // canonical organisation name, empty for none
  std::string code;     // CAMEO actor code
  Span span{0, 0};
};

struct EventDate {
  std::string start;
  std::string end;
  std::string precision = "day";
  std::optional<std::string> text;  // the phrase it came from
  Span span{-1, -1};
};

// Where the event happened (events.md `location`).
struct EventLocation {
  std::string text;       // the words of the document
  std::string name;       // the gazetteer's name
  int32_t geonames_id = 0;
  std::string country;    // ISO alpha-3, empty for a region
  std::string admin1;
  double lat = 0, lon = 0;
  std::string precision;  // city, near-city, admin2, admin1, country, region
  Span span{-1, -1};
};

struct Mention {
  int sentence = 0;
  std::string text;
  Span trigger{0, 0};
  std::vector<Span> source;
  std::vector<Span> target;
  std::vector<Span> date;
  std::vector<Span> location;
  std::string rule;
};

struct Event {
  std::string event_id;
  std::string doc_id;
  std::string doc_date;
  std::string type;  // PLOVER type, empty for none
  std::string mode;
  std::vector<std::string> contexts;
  std::string cameo;
  int quad_class = 0;
  double goldstein = 0.0;
  std::string acled_type;
  std::string acled_subtype;
  std::string modality = "asserted";
  std::vector<Actor> source;
  std::vector<Actor> target;
  EventDate date;
  std::optional<EventLocation> location;
  std::optional<int> killed;
  std::optional<int> injured;
  std::optional<int> arrested;  // people detained in an arrest (PLOVER's size), where reported
  double confidence = 0.5;
  std::vector<Mention> mentions;
};

// One JSON Lines record per events.md.
std::string EventToJson(const Event& event);

}  // namespace sitrep
