#!/bin/sh
# The author's live preview: the bank as players see it, read again when the file is saved (the
# same question stays on screen, found by its id); a save with a mistake shows the messages,
# and the next good save brings the question back.
set -eu
herocity=$1
e2e=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
cp "$e2e/four.xml" "$work/bank.xml"
# The same bank with its questions in another order and a new one first.
sed 's/<question id="e2e-mouse-one"/<question id="e2e-mouse-zero" shuffle="false"><prompt>A new first question?<\/prompt><choice correct="true">Yes<\/choice><choice>No<\/choice><explanation>E.<\/explanation><source>S.<\/source><\/question>\n  &/' \
    "$e2e/four.xml" >"$work/edited.xml"
cat >"$work/preview.txt" <<SCRIPT
expect screen=preview
expect preview=e2e-mouse-one
key Right
expect preview=e2e-mouse-two
key Return
copy $e2e/broken.xml $work/bank.xml
advance 500
expect preview=mistakes
copy $work/edited.xml $work/bank.xml
advance 500
expect preview=e2e-mouse-two
expect reloads=2
key Escape
SCRIPT
"$herocity" --data-dir "$work/data" --preview "$work/bank.xml" --script "$work/preview.txt"
grep -q 'e2e-mouse-zero' "$work/bank.xml"
echo "preview: ok"
