#!/bin/sh
# Regenerates docs/screenshots/*.png from docs/screenshots/readme.txt (needs imagemagick).
set -eu
cd "$(dirname "$0")/.."
cmake --build build --target herocity >/dev/null
out=docs/screenshots
# A fresh home, so the pictures show the default data folder (~/.local/share/herocity).
data=$(mktemp -d)
(cd "$out" && HOME="$data" XDG_DATA_HOME= SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy \
    ../../build/src/app/herocity --seed 2026 --script readme.txt)
for shot in "$out"/*.bmp; do
    convert "$shot" "${shot%.bmp}.png" && rm "$shot"
done
rm -rf "$data"
