#!/bin/sh
# Regenerates docs/screenshots/*.png from the scripts beside them (needs imagemagick):
# readme.txt (a round), classroom.txt (a classroom game of four teams), study.txt (a learner).
set -eu
cd "$(dirname "$0")/.."
cmake --build build --target herocity >/dev/null
out=docs/screenshots
# A fresh home, so the pictures show the default data folder (~/.local/share/herocity).
data=$(mktemp -d)
run() {
    (cd "$out" && HOME="$data" XDG_DATA_HOME= SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy \
        ../../build/src/app/herocity --seed 2026 "$@")
}
run --script readme.txt
run --teams "Owls,Foxes,Bears,Wolves" --banks leningrad,stalingrad --count 3 --timer 20 \
    --speed-bonus --script classroom.txt
# Study: a learner some weeks in, on the day her progress was made for.
sh tools/study-progress.sh Олена >"$data/olena.txt"
(cd "$out" && export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy &&
    ../../build/src/app/herocity --data-dir "$data/study" --import-progress "$data/olena.txt" \
        >/dev/null &&
    ../../build/src/app/herocity --data-dir "$data/study" --seed 2026 --today 2024-03-15 \
        --learner Олена --script study.txt)
for shot in "$out"/*.bmp; do
    convert "$shot" "${shot%.bmp}.png" && rm "$shot"
done
rm -rf "$data"
