#!/bin/sh
# A data folder the player cannot write (here: a read-only mount) still shows the saved high
# scores and settings, and says in one line that nothing new can be saved. Needs a tmpfs it can
# remount read-only: where this test may not mount one, it says so and passes.
set -eu
herocity=$1
e2e=$2
work=$(mktemp -d)
disk="$work/disk"
mkdir "$disk"
trap 'umount "$disk" 2>/dev/null; rm -rf "$work"' EXIT
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy

if ! mount -t tmpfs -o size=4m tmpfs "$disk" 2>/dev/null; then
    echo "read_only_folder: skipped: cannot mount a tmpfs here (needs root)"
    exit 0
fi
# A round saved as Ada, with the light theme.
cat >"$work/first.txt" <<'SCRIPT'
answer right
key Return
answer right
key Return
answer right
key Return
text Ada
key Return
expect screen=highscores
SCRIPT
"$herocity" --data-dir "$disk/data" --play "$e2e/known.xml" --script "$work/first.txt"
sqlite3 "$disk/data/herocity.db" "INSERT INTO settings VALUES('theme', 'light') ON CONFLICT(key) DO UPDATE SET value = excluded.value"
sum_before=$(sha256sum "$disk/data/herocity.db")
mount -o remount,ro "$disk"
cat >"$work/second.txt" <<'SCRIPT'
expect store=read-only
expect theme=light
key Down
key Down
key Down
key Return
expect screen=highscores
expect top_score=1. Ada: 310 points
SCRIPT
"$herocity" --data-dir "$disk/data" --questions "$e2e" --script "$work/second.txt" 2>"$work/err" ||
    { echo "the second run failed:"; cat "$work/err"; exit 1; }
grep -q "cannot be written: your saved scores and settings are shown" "$work/err" ||
    { echo "the player was not told:"; cat "$work/err"; exit 1; }
[ "$(sha256sum "$disk/data/herocity.db")" = "$sum_before" ] || { echo "the file changed"; exit 1; }
echo "read-only data folder: ok"
