#!/usr/bin/env bash
# All tests: an ASan+UBSan build, unit and golden tests, the fuzz targets briefly,
# and the evaluation checks against ../shared (which must be present under CI=true).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --deps
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSITREP_SANITIZE=ON -DSITREP_BENCH=OFF \
  -DCMAKE_CXX_FLAGS="-O1" >/dev/null
cmake --build build-asan
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure -j2
