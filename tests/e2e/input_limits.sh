#!/bin/sh
# Input at the limits is refused whole, with its place named, never cut: a script line over
# 1023 bytes or with a NUL byte (its tail must not run as a command of its own), and a data folder path too long
# to ever save in (nothing is created along it).
set -eu
herocity=$1
e2e=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy

# Line 2 is 1,030 bytes: "expect screen=title" padded with spaces, ending in "quit".
{
    echo "expect screen=title"
    printf 'expect screen=title%1007s quit\n' ''
    echo "expect screen=title"
} >"$work/long.txt"
status=0
"$herocity" --data-dir "$work/data" --script "$work/long.txt" 2>"$work/err" || status=$?
[ "$status" -eq 2 ] || { echo "long line: exit $status, expected 2"; cat "$work/err"; exit 1; }
grep -q "long.txt:2: error: the line is longer than 1023 bytes" "$work/err" ||
    { echo "long line not named:"; cat "$work/err"; exit 1; }

# Every mistake in a script is named before anything runs: the screenshot on line 1 is never
# taken, and the NUL byte and the unknown command further down are both reported.
{
    echo "shot $work/taken.bmp"
    printf 'expect screen=ti\000tle\n'
    echo "frobnicate"
} >"$work/mistakes.txt"
status=0
"$herocity" --data-dir "$work/data" --script "$work/mistakes.txt" 2>"$work/err" || status=$?
[ "$status" -eq 2 ] || { echo "script mistakes: exit $status, expected 2"; cat "$work/err"; exit 1; }
grep -q "mistakes.txt:2: error: the line holds a NUL byte" "$work/err" &&
    grep -q "mistakes.txt:3: error: unknown command 'frobnicate'" "$work/err" ||
    { echo "script mistakes not named:"; cat "$work/err"; exit 1; }
[ ! -e "$work/taken.bmp" ] || { echo "a script with mistakes ran its first line"; exit 1; }

# A data folder of 1,100 characters: refused, and no folder made.
long="$work/d$(printf '%01099d' 0)"
status=0
"$herocity" --data-dir "$long/data" --list >/dev/null 2>"$work/err" || status=$?
[ "$status" -eq 2 ] || { echo "long data folder: exit $status, expected 2"; exit 1; }
grep -q "at most 896 can be used" "$work/err" || { echo "not said:"; cat "$work/err"; exit 1; }
[ ! -e "$long" ] || { echo "a folder was made along the long path"; exit 1; }
echo "input limits: ok"
