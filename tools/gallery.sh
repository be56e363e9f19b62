#!/bin/sh
# Renders every screen headless at 800x600, 1280x720, 1920x1080 and 3840x2160, at 100 % and
# 200 % text, in every theme, into build/gallery/THEME-SCALE/SCREEN-WxH.png, to be looked at
# (needs imagemagick's convert). Usage: tools/gallery.sh [BANK.xml] — the bank played
# (default: a shipped bank); pass a bank at the limits to see the worst case.
set -eu
cd "$(dirname "$0")/.."
bank=${1:-questions/leningrad.xml}
cmake --build build --target herocity >/dev/null
out=build/gallery
rm -rf "$out"
mkdir -p "$out"
sizes="800x600 1280x720 1920x1080 3840x2160"

# Shoots the screen on show at every size, named NAME-WxH.bmp.
shoot_all() {
    for size in $sizes; do
        echo "resize ${size%x*} ${size#*x}"
        echo "shot $1-$size.bmp"
    done
    echo "resize 1280 720"
}

# From the title: Settings, the text size $scale and the theme $theme, left on Settings.
set_theme_and_scale() {
    echo "key Down"
    echo "key Down"
    echo "key Down"
    echo "key Down"
    echo "key Return"
    steps=$(((scale - 100) / 25))
    while [ "$steps" -gt 0 ]; do echo "key Right"; steps=$((steps - 1)); done
    echo "key Down"
    echo "key Down"
    echo "key Down"
    case $theme in light) echo "key Return" ;; contrast) echo "key Return" && echo "key Return" ;; esac
}

for theme in dark light contrast; do
    for scale in 100 200; do
        dir="$out/$theme-$scale"
        mkdir -p "$dir"
        script="$dir/gallery.txt"
        {
            # --play starts in a round: leave it for the title, set theme and text size there.
            echo "key Escape"
            echo "key Left"
            echo "key Return"
            echo "key Escape"
            set_theme_and_scale
            shoot_all settings
            echo "key Escape"
            shoot_all title
            echo "key Up"
            echo "key Up"
            echo "key Up"
            echo "key Up"
            echo "key Up"
            echo "key Return"
            shoot_all banks
            echo "key Down"
            echo "key Return"
            shoot_all question
            echo "key Escape"
            shoot_all confirm
            echo "key Escape"
            echo "answer wrong"
            shoot_all feedback
            # Ten questions a round: one more right answer makes a score for the table.
            echo "key Return"
            echo "answer right"
            for _ in 3 4 5 6 7 8 9 10; do
                echo "key Return"
                echo "answer wrong"
            done
            echo "key Return"
            shoot_all results-name
            echo "key Escape"
            shoot_all results
            echo "key Right"
            echo "key Return"
            shoot_all highscores
        } >"$script"
        (cd "$dir" && SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy \
            ../../src/app/herocity --data-dir data --seed 2026 --play "../../../$bank" \
            --script gallery.txt 2>/dev/null) || echo "gallery: $theme-$scale: script stopped" >&2
        for shot in "$dir"/*.bmp; do
            convert "$shot" "${shot%.bmp}.png" && rm "$shot"
        done
        rm -rf "$dir/data"
    done
done
# Study: a learner some weeks in (tools/study-progress.sh), on 2024-03-15. The theme and text
# size are set on the title first; then --learner opens the study menu.
for theme in dark light contrast; do
    for scale in 100 200; do
        dir="$out/$theme-$scale"
        mkdir -p "$dir"
        {
            set_theme_and_scale
            echo "key Escape"
            echo "key Escape"
        } >"$dir/settings.txt"
        {
            shoot_all study
            echo "click button Practice"
            shoot_all study-banks
            echo "key Return"
            echo "answer wrong"
            shoot_all study-feedback
            echo "key Escape"
            shoot_all study-stop
            echo "key Left"
            echo "key Return"
            # An exam of ten: the status bar shows no score.
            echo "key Up"
            echo "key Down"
            echo "key Down"
            echo "key Down"
            echo "key Left"
            echo "key Return"
            shoot_all exam
            for _ in 1 2 3 4 5 6 7 8 9 10; do echo "answer wrong"; done
            shoot_all exam-end
            echo "key Escape"
            echo "key Down"
            echo "key Return"
            shoot_all progress
            echo "key Escape"
            echo "key Escape"
            shoot_all learners
            echo "key F2"
            shoot_all learners-name
            echo "key Escape"
            echo "key Delete"
            shoot_all learners-delete
        } >"$dir/study.txt"
        sh tools/study-progress.sh Олена >"$dir/olena.txt"
        (cd "$dir" && export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy &&
            ../../src/app/herocity --data-dir data --import-progress olena.txt >/dev/null &&
            ../../src/app/herocity --data-dir data --script settings.txt &&
            ../../src/app/herocity --data-dir data --seed 2026 --today 2024-03-15 \
                --learner Олена --script study.txt 2>/dev/null) ||
            echo "gallery: $theme-$scale: study script stopped" >&2
        for shot in "$dir"/*.bmp; do
            convert "$shot" "${shot%.bmp}.png" && rm "$shot"
        done
        rm -rf "$dir/data" "$dir/olena.txt"
    done
done
echo "gallery: $(find "$out" -name '*.png' | wc -l) pictures in $out"
