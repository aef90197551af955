#!/usr/bin/env bash
# All tests: a short run of every fuzz target, then the unit, golden and evaluation tests in an
# ASan+UBSan build. The evaluation tests read ../shared and fail without it under CI=true.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --deps

# fuzz targets (clang, libFuzzer): each runs briefly from its seed corpus
CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSITREP_FUZZ=ON \
  -DSITREP_TESTS=OFF -DSITREP_BENCH=OFF >/dev/null
cmake --build build-fuzz --target fuzz_wire fuzz_jsonl fuzz_dictionary fuzz_coder fuzz_conllu fuzz_model fuzz_gazetteer fuzz_geocode fuzz_foreign_dictionary dictionary
for target in wire jsonl dictionary coder conllu model gazetteer geocode foreign_dictionary; do
  work=$(mktemp -d)
  cp fuzz/corpus/$target/* "$work"/
  echo "fuzz_$target: ${SITREP_FUZZ_SECONDS:-15} s"
  build-fuzz/fuzz/fuzz_$target -max_total_time="${SITREP_FUZZ_SECONDS:-15}" -max_len=4096 \
    -artifact_prefix=build-fuzz/ "$work" 2>&1 | grep -E "^Done|ERROR|SUMMARY" || true
  rm -rf "$work"
  if ls build-fuzz/crash-* >/dev/null 2>&1; then echo "fuzz_$target found a crash: build-fuzz/crash-*"; exit 1; fi
done

cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSITREP_SANITIZE=ON -DSITREP_BENCH=OFF \
  -DCMAKE_CXX_FLAGS="-O1" >/dev/null
cmake --build build-asan
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure -j2
