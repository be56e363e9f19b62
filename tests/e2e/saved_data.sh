#!/bin/sh
# Saved data is never lost: a damaged database is moved aside (byte for byte) and the player is
# told; a folder that cannot be written still lets a round be played.
set -eu
herocity=$1
e2e=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy

mkdir "$work/damaged"
printf 'these bytes are not a database\n' >"$work/damaged/herocity.db"
cp "$work/damaged/herocity.db" "$work/original"
printf 'expect store=recovered\nexpect screen=question\nkey 1\nexpect score=100\n' >"$work/s1"
"$herocity" --data-dir "$work/damaged" --play "$e2e/known.xml" --seed 1 --script "$work/s1" \
    2>"$work/stderr"
cmp "$work/original" "$work/damaged/herocity.db.corrupt-1"
grep -q "herocity.db.corrupt-1" "$work/stderr" || { echo "player not told:"; cat "$work/stderr"; exit 1; }

# A data folder that cannot exist (its parent is a file): play goes on, nothing is saved.
touch "$work/file"
printf 'expect store=unavailable\nexpect screen=question\nkey 1\nexpect score=100\n' >"$work/s2"
"$herocity" --data-dir "$work/file/data" --play "$e2e/known.xml" --seed 1 --script "$work/s2" \
    2>"$work/stderr2"
grep -qi "cannot be saved" "$work/stderr2" || { echo "player not told:"; cat "$work/stderr2"; exit 1; }
# No --data-dir, and an empty XDG_DATA_HOME (the XDG spec reads it as unset): the data goes to
# ~/.local/share/herocity, never to /herocity.
mkdir "$work/home"
printf 'expect store=opened\nquit\n' >"$work/s3"
HOME="$work/home" XDG_DATA_HOME= "$herocity" --seed 1 --script "$work/s3"
[ -f "$work/home/.local/share/herocity/herocity.db" ] || { echo "no database in ~/.local/share"; exit 1; }
echo "saved data: ok"
