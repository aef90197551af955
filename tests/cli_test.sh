#!/usr/bin/env bash
# End to end through the binary: bad records are reported with file, line and reason, counted and
# skipped while the rest is coded; --strict stops; the store is idempotent; stdin works.
set -euo pipefail
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
# geocode_case NAME FLAGS JSON...: writes the documents to $work/NAME.jsonl, geocodes them with FLAGS
# ("--spans" or "") into $work/NAME.out
geocode_case() {
  local name=$1 flags=$2
  shift 2
  printf '%s\n' "$@" > "$work/$name.jsonl"
  "$bin" geocode $flags "$work/$name.jsonl" -o "$work/$name.out" 2>/dev/null || fail "geocode $name exit status"
}

mkdir -p "$work/in"
printf 'date 2025-12-14 Good\n\nSyrian troops attacked Islamic State fighters near Palmyra on Saturday.\n' > "$work/in/a.txt"
printf 'date 2025-13-40 Bad date\n\nBody.\n' > "$work/in/b.txt"
printf '%s\n' '{"id":"j1","date":"2025-12-14","text":"Russia accused Ukraine of attacking a refinery."}' \
  'not json at all' '{"id":"j3","date":"2025-12-14"}' \
  '{"id":"j4","date":"2025-12-14","text":"Egypt and Qatar hosted talks on Sunday."}' > "$work/in/c.jsonl"

"$bin" code "$work/in" -o "$work/out.jsonl" --db "$work/s.db" 2> "$work/err" || fail "exit status without --strict"
grep -q 'b.txt:1: skipped: line 1: bad date' "$work/err" || fail "bad date not reported: $(cat "$work/err")"
grep -q 'c.jsonl:2: skipped: not JSON' "$work/err" || fail "bad JSON line not reported"
grep -q "c.jsonl:3: skipped: missing field 'text'" "$work/err" || fail "missing field not reported"
grep -q '3 documents, .* 3 skipped records' "$work/err" || fail "summary: $(tail -1 "$work/err")"
for id in a j1 j4; do grep -q "\"doc_id\":\"$id\"" "$work/out.jsonl" || fail "document $id not coded"; done

n1=$(sqlite3 "$work/s.db" 'select count(*) from events')
"$bin" code -q "$work/in" -o /dev/null --db "$work/s.db" 2>/dev/null
n2=$(sqlite3 "$work/s.db" 'select count(*) from events')
[ "$n1" = "$n2" ] && [ "$n1" -gt 0 ] || fail "re-ingest changed the store: $n1 -> $n2"
"$bin" show --db "$work/s.db" --type ASSAULT | grep -q 'ASSAULT' || fail "show --type"

if "$bin" code --strict "$work/in" -o /dev/null 2>/dev/null; then fail "--strict did not fail"; fi
printf '%s\n' '{"id":"s","date":"2025-12-14","text":"Russia attacked Ukraine."}' | "$bin" code -q - | grep -q '"doc_id":"s"' \
  || fail "standard input"
"$bin" version | grep -q '^sitrep ' || fail "version"

# actor memory across documents: a titled person learned in one document codes a bare surname in a
# later one; a correction applies to later runs
printf 'date 2025-03-10 a\n\nSyrian Deputy Foreign Minister Samir Haddadin met his Jordanian counterpart in Amman on Sunday.\n' > "$work/m1.txt"
printf 'date 2025-03-12 b\n\nHaddadin accused Israel of violating the ceasefire on Tuesday.\n' > "$work/m2.txt"
"$bin" code -q "$work/m1.txt" --db "$work/mem.db" -o /dev/null
"$bin" actors --db "$work/mem.db" | grep -q 'Samir Haddadin *SYR *GOV' || fail "learned actor not listed"
"$bin" code -q "$work/m2.txt" --db "$work/mem.db" | grep -q '"name":"Samir Haddadin","country":"SYR"' || fail "learned actor not offered to a later document"
"$bin" actors --db "$work/mem.db" --correct "Samir Haddadin" --sector MIL 2>/dev/null || fail "actors --correct"
"$bin" actors --db "$work/mem.db" | grep -q 'Samir Haddadin *SYR *MIL .*corrected' || fail "correction not stored"
if "$bin" actors --db "$work/mem.db" --promote "Nobody Known" 2>/dev/null; then fail "promoting an unknown actor"; fi

# geocode: found places, given spans (a bad span record is skipped with its line), one line per document
printf '%s\n' '{"id":"g1","date":"2025-12-14","text":"Troops clashed with rebels near Goma (Goma, Nord-Kivu) on Monday."}' \
  '{"id":"g2","date":"2025-12-14","text":"Macon, Ga. and Athens","spans":[[0,5],[7,10],[15,21]]}' \
  '{"id":"g3","date":"2025-12-14","text":"Paris","spans":[[3,1]]}' > "$work/geo.jsonl"
"$bin" geocode "$work/geo.jsonl" -o "$work/found.jsonl" 2> "$work/gerr" || fail "geocode exit status"
grep -q '"id": "g1".*"name": "Goma".*"country": "COD"' "$work/found.jsonl" || fail "geocode did not find Goma: $(cat "$work/found.jsonl")"
"$bin" geocode --spans "$work/geo.jsonl" -o "$work/spans.jsonl" 2> "$work/gerr" || fail "geocode --spans exit status"
grep -q 'geo.jsonl:3: skipped: field .spans. must hold' "$work/gerr" || fail "bad spans not reported: $(cat "$work/gerr")"
grep -q '"span": \[0, 5\].*"country": "USA".*"admin1": "Georgia"' "$work/spans.jsonl" || fail "Macon, Ga.: $(cat "$work/spans.jsonl")"
[ "$(wc -l < "$work/spans.jsonl")" = 2 ] || fail "geocode --spans: one line per good document"
# a street and a church are placed in the story's town, not at a namesake of one of their words
geocode_case sites "--spans" '{"id":"g4","date":"2025-12-14","text":"Crowds gathered in New Orleans on Royal Street and outside the Third Presbyterian Church.","spans":[[19,30],[34,46],[63,88]]}'
[ "$(grep -o '"name": "New Orleans"' "$work/sites.out" | wc -l)" = 3 ] || fail "sites not in the story's town: $(cat "$work/sites.out")"
# counties (us-atlas): of the many Henry Counties, the one the story's towns are in; the centre of its
# area, not a town of the same name
geocode_case county "--spans" '{"id":"g5","date":"2025-12-14","text":"A barn burned near McDonough in Henry County on Monday.","spans":[[19,28],[32,44]]}' '{"id":"g6","date":"2025-12-14","text":"Officials in Paris, Tenn., said Henry County schools will close.","spans":[[13,18],[20,25],[32,44]]}'
grep -q '"id": "g5".*"span": \[32, 44\], "text": "Henry County", "name": "Henry County".*"admin1": "Georgia".*"precision": "admin2"' "$work/county.out" || fail "Henry County, Ga.: $(cat "$work/county.out")"
grep -q '"id": "g6".*"span": \[32, 44\], "text": "Henry County", "name": "Henry County".*"admin1": "Tennessee".*"precision": "admin2"' "$work/county.out" || fail "Henry County, Tenn.: $(cat "$work/county.out")"
# a county named without its word, as local news does, where a span marks it; not in running text
geocode_case barecounty "--spans" '{"id":"g10","date":"2025-12-14","text":"Flooding closed roads across Pointe Coupee on Monday.","spans":[[29,42]]}'
grep -q '"text": "Pointe Coupee", "name": "Pointe Coupee Parish".*"admin1": "Louisiana".*"precision": "admin2"' "$work/barecounty.out" || fail "Pointe Coupee: $(cat "$work/barecounty.out")"
geocode_case barecounty2 "" '{"id":"g11","date":"2025-12-14","text":"Flooding closed roads across Pointe Coupee on Monday."}'
! grep -q 'Pointe Coupee Parish' "$work/barecounty2.out" || fail "a bare county name read in running text: $(cat "$work/barecounty2.out")"
# a country's name is the town of that name when the story's other places lie around the town
geocode_case namesake "--spans" '{"id":"g7","date":"2025-12-14","text":"Anderson County deputies arrested a Frankston man two miles east of Palestine on Friday.","spans":[[0,15],[36,45],[68,77]]}' '{"id":"g8","date":"2025-12-14","text":"Egypt backed a calm in Palestine, said officials in Cairo and Amman.","spans":[[0,5],[23,32],[52,57],[62,67]]}'
grep -q '"id": "g7", "places": .*"span": \[68, 77\], "text": "Palestine", "name": "Palestine", "geonames_id": [0-9]*, "country": "USA", "admin1": "Texas"' "$work/namesake.out" || fail "Palestine, Texas: $(cat "$work/namesake.out")"
grep -q '"id": "g8".*"text": "Palestine", "name": "Palestine", "geonames_id": [0-9null]*, "country": "PSE"' "$work/namesake.out" || fail "Palestine in the Middle East: $(cat "$work/namesake.out")"
# a demonym a span marks is its place: a state's people, a country's adjective, the more populous of
# two countries that share one ("French": France, not the French Southern Lands)
geocode_case demonym "--spans" '{"id":"g9","date":"2025-12-14","text":"Texans, Ontarians and French voters.","spans":[[0,6],[8,17],[22,28]]}'
grep -q '"text": "Texans", "name": "Texas".*"text": "Ontarians", "name": "Ontario".*"text": "French", "name": "France"' "$work/demonym.out" || fail "demonyms: $(cat "$work/demonym.out")"
# a name listed among states is a state ("New York" here is not the city); "Yerevan, Armenia" is a town
# and its country, no list
geocode_case statelist "--spans" '{"id":"g12","date":"2025-12-14","text":"Visitors came from Missouri, New York, North Carolina and Virginia to perform.","spans":[[19,27],[29,37],[39,53],[58,66]]}' \
  '{"id":"g13","date":"2025-12-14","text":"Residents marched in Yerevan, Armenia on Monday.","spans":[[21,28],[30,37]]}'
grep -q '"text": "New York", "name": "New York", .*"precision": "admin1"' "$work/statelist.out" || fail "a state among states: $(cat "$work/statelist.out")"
grep -q '"text": "Yerevan", "name": "Yerevan", .*"precision": "city"' "$work/statelist.out" || fail "a town and its country: $(cat "$work/statelist.out")"
# actor: a capital names its government, a place named with a role gives its country, a town alone
# is its people, and a person's name is not read as a town
"$bin" actor Tehran "Shanghai police" Mariupol "Ivan Borisov" > "$work/actors.jsonl" 2>/dev/null || fail "actor exit status"
grep -q '"text": "Tehran".*"code": "IRNGOV".*"role_named": true' "$work/actors.jsonl" || fail "capital: $(cat "$work/actors.jsonl")"
grep -q '"text": "Shanghai police".*"country": "CHN".*"sector": "COP"' "$work/actors.jsonl" || fail "place with role: $(cat "$work/actors.jsonl")"
grep -q '"text": "Mariupol".*"country": "UKR".*"sector": "CVL"' "$work/actors.jsonl" || fail "town alone: $(cat "$work/actors.jsonl")"
grep -q '"text": "Ivan Borisov", "country": null' "$work/actors.jsonl" || fail "a name read as a town: $(cat "$work/actors.jsonl")"

# --dictionaries: a TABARI project written here codes with its own codes; a bad spec or file is a
# clear error; a malformed entry is reported with its file and line and skipped
mkdir -p "$work/tabari"
printf 'FREEDONIA [FRE]\nMARSHOVIA [MAR]\nSYLVANIA [SYL 99x]\n' > "$work/tabari/t.actors"
printf 'ACCUSE [112]\n- * OF TREASON [1121]\n' > "$work/tabari/t.verbs"
printf '<actorsfile> t.actors\n<verbsfile> t.verbs\n' > "$work/tabari/t.project"
printf '%s\n' '{"id":"f1","date":"2020-05-01","text":"Freedonia accused Marshovia of treason on Monday after the border incident."}' > "$work/f.jsonl"
"$bin" code --no-geo --dictionaries "tabari:$work/tabari/t.project" "$work/f.jsonl" -o "$work/f.out" 2> "$work/ferr" \
  || fail "code --dictionaries exit status: $(cat "$work/ferr")"
grep -q '"cameo":"1121".*"code":"FRE".*"code":"MAR"' "$work/f.out" || fail "tabari triple: $(cat "$work/f.out")"
grep -q 't.actors:3: bad date' "$work/ferr" || fail "malformed entry not reported: $(cat "$work/ferr")"
if "$bin" code --no-geo --dictionaries "nonsense" "$work/f.jsonl" 2>"$work/ferr"; then fail "bad --dictionaries accepted"; fi
grep -q 'expected tabari:PROJECT_FILE or petrarch:DIR' "$work/ferr" || fail "bad --dictionaries message: $(cat "$work/ferr")"
if "$bin" code --no-geo --dictionaries "petrarch:$work/none" "$work/f.jsonl" 2>/dev/null; then fail "missing folder accepted"; fi
"$bin" code --no-geo --dictionaries "tabari:$work/tabari/t.project" --dictionaries-mode extend "$work/f.jsonl" -o "$work/fx.out" 2>/dev/null \
  || fail "extend mode exit status"
grep -q '"cameo":"1121"' "$work/fx.out" || fail "extend mode lost the imported event"
# with the gazetteer, an imported event is placed as sitrep's own are
printf '%s\n' '{"id":"f2","date":"2020-05-01","text":"Freedonia accused Marshovia of treason in Kandahar on Monday after the border incident."}' > "$work/f2.jsonl"
"$bin" code --dictionaries "tabari:$work/tabari/t.project" "$work/f2.jsonl" -o "$work/f2.out" 2>/dev/null || fail "code --dictionaries with places"
grep -q '"cameo":"1121".*"location":{"text":"Kandahar"' "$work/f2.out" || fail "imported event not placed: $(cat "$work/f2.out")"
# "-o -" is standard output, not a file named "-"
(cd "$work" && "$bin" code -q --no-geo "$work/in/a.txt" -o - > "$work/dash.out") || fail "code -o - exit status"
grep -q '"type":"ASSAULT"' "$work/dash.out" || fail "-o - did not write to standard output"
[ ! -e "$work/-" ] || fail "-o - wrote a file named '-'"
echo "1 passed, 0 failed"
