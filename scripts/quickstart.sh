#!/usr/bin/env bash
# The main job: set up, code the bundled sample corpus into sitrep.db, show the events.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
rm -f sitrep.db sitrep.db-wal sitrep.db-shm
./build/sitrep code data/sample --db sitrep.db -o sample.events.jsonl
./build/sitrep show --db sitrep.db
echo "events as JSON Lines: sample.events.jsonl; the store: sitrep.db"
