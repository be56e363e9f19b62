#!/bin/sh
# Regenerates docs/screenshots/*.png from docs/screenshots/readme.txt (needs imagemagick).
set -eu
cd "$(dirname "$0")/.."
cmake --build build --target herocity >/dev/null
out=docs/screenshots
data=$(mktemp -d)
(cd "$out" && SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy ../../build/src/app/herocity \
    --data-dir "$data" --seed 2026 --script readme.txt)
for shot in "$out"/*.bmp; do
    convert "$shot" "${shot%.bmp}.png" && rm "$shot"
done
rm -rf "$data"
