#!/bin/sh
# Installs what is missing, builds Hero City Quiz and starts it. Extra arguments go to the game
# (try --help).
set -eu
cd "$(dirname "$0")/.."
sh tools/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target herocity
exec build/src/app/herocity "$@"
