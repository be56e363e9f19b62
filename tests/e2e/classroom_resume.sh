#!/bin/sh
# Nothing is lost: a classroom game killed mid-question (SIGKILL, no cleanup) is offered again
# at the next start and resumes with the same scores and question; the results export as CSV,
# checked row by row.
set -eu
herocity=$1
e2e=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
data="$work/data"

# First run: question 1 answered by all (team 2 wrong), question 2 answered by team 1 only,
# then the process dies.
cat >"$work/first.txt" <<'SCRIPT'
expect screen=class_game
advance 3000
key 1
advance 2500
key W
key A
expect phase=reveal
key N
advance 3000
advance 4000
key 1
expect answered1=yes
crash
SCRIPT
status=0
"$herocity" --data-dir "$data" --questions "$e2e" --play "$e2e/four.xml" --seed 5 \
    --teams "Owls,Foxes,Bears" --timer 20 --speed-bonus --script "$work/first.txt" \
    >/dev/null 2>&1 || status=$?
[ "$status" -eq 137 ] || { echo "the first run should have been killed, exit $status"; exit 1; }

# Second run, as a teacher would start the game again: the game is offered and resumes.
cat >"$work/second.txt" <<'SCRIPT'
expect screen=confirm
key Return
expect screen=class_game
expect question=2
expect score1=100
expect score2=0
expect score3=94
expect answered1=yes
expect answered2=no
expect phase=answering
key W
key A
expect phase=reveal
key N
advance 3000
key R
key N
expect screen=class_end
key Escape
expect screen=title
SCRIPT
"$herocity" --data-dir "$data" --questions "$e2e" --seed 5 --script "$work/second.txt"

# A third start offers nothing: the game was played to its end.
printf 'expect screen=title\nquit\n' >"$work/third.txt"
"$herocity" --data-dir "$data" --questions "$e2e" --seed 5 --script "$work/third.txt"

# The export: a header, then a row per team per question asked (three questions, three teams),
# team 2's wrong answer to question 1 as it was given.
"$herocity" --data-dir "$data" --questions "$e2e" --export-results "$work/results.csv" >/dev/null
head -1 "$work/results.csv" | tr -d '\r' |
    grep -qx 'game,started,team,question_number,question_id,question,answer,correct_answer,correct,seconds,points' ||
    { echo "bad header"; head -1 "$work/results.csv"; exit 1; }
rows=$(($(wc -l <"$work/results.csv") - 1))
[ "$rows" -eq 9 ] || { echo "expected 9 rows, got $rows"; cat "$work/results.csv"; exit 1; }
row() { sed -n "$(($1 + 1))p" "$work/results.csv" | tr -d '\r' | cut -d, -f3,4,9,10,11; }
[ "$(row 1)" = "Owls,1,1,0.0,100" ] || { echo "row 1: $(row 1)"; exit 1; }
[ "$(row 2)" = "Foxes,1,0,2.5,0" ] || { echo "row 2: $(row 2)"; exit 1; }
[ "$(row 3)" = "Bears,1,1,2.5,94" ] || { echo "row 3: $(row 3)"; exit 1; }
# An existing file is never replaced.
if "$herocity" --data-dir "$data" --questions "$e2e" --export-results "$work/results.csv" \
    >/dev/null 2>&1; then
    echo "an existing file was replaced"
    exit 1
fi
echo "classroom resume and export: ok"
