#!/usr/bin/env bash
# Whole-corpus throughput: codes a corpus with the Release binary and reports documents/s,
# sentences/s and peak RSS. Default corpus: the ACLED notes in ../shared/eval/acled-dev.
#   bench/corpus.sh [DOCS.jsonl|DIR]      (SITREP_CODE_ARGS=--parse to include the parser)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${SITREP_BIN:-build/sitrep}
[ -x "$bin" ] || { echo "build first: scripts/setup.sh" >&2; exit 2; }
input=${1:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -z "$input" ]; then
  python3 ../shared/eval/make_docs.py acled ../shared/eval/acled-dev/ > "$tmp/docs.jsonl" 2>/dev/null
  input="$tmp/docs.jsonl"
fi
/usr/bin/time -f "%e %M" -o "$tmp/time" "$bin" code ${SITREP_CODE_ARGS:-} "$input" -o /dev/null 2> "$tmp/log" || { cat "$tmp/log"; exit 1; }
read -r secs rss < "$tmp/time"
summary=$(grep -o '[0-9]* documents, [0-9]* sentences, [0-9]* events' "$tmp/log" | tail -1)
docs=$(echo "$summary" | awk '{print $1}'); sents=$(echo "$summary" | awk '{print $3}')
python3 - "$docs" "$sents" "$secs" "$rss" <<'PY'
import sys
docs, sents, secs, rss = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
secs = max(secs, 0.01)
print(f"{docs} documents, {sents} sentences in {secs:.2f} s (one core): "
      f"{docs/secs:.0f} documents/s, {sents/secs:.0f} sentences/s, peak RSS {rss/1024:.1f} MiB")
PY
