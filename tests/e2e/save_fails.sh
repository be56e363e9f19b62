#!/bin/sh
# A score whose save fails (here: the disk is full) is said on the results screen, where the
# player is, and the name and score stay there to be saved again; the scores already saved stay
# readable. Needs a small tmpfs: where this test may not mount one, it says so and passes.
set -eu
herocity=$1
e2e=$2
work=$(mktemp -d)
disk="$work/disk"
mkdir "$disk"
trap 'umount "$disk" 2>/dev/null; rm -rf "$work"' EXIT
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy

if ! mount -t tmpfs -o size=256k tmpfs "$disk" 2>/dev/null; then
    echo "save_fails: skipped: cannot mount a small tmpfs here (needs root)"
    exit 0
fi
printf 'expect store=opened\nquit\n' >"$work/make.txt"
"$herocity" --data-dir "$disk/data" --script "$work/make.txt"
# Fill the disk to the last byte.
dd if=/dev/zero of="$disk/filler" bs=4k 2>/dev/null || true
cat >"$work/play.txt" <<'SCRIPT'
answer right
key Return
answer right
key Return
answer right
key Return
expect screen=results
expect name_box=yes
text Ada
key Return
expect screen=results
expect saved=no
expect save_failed=yes
expect name_box=yes
SCRIPT
"$herocity" --data-dir "$disk/data" --play "$e2e/known.xml" --script "$work/play.txt" 2>/dev/null
# Room again: the same score, still on screen in a real game, saves; here a new run shows the
# database was not damaged by the failed save.
rm "$disk/filler"
[ "$(sqlite3 "$disk/data/herocity.db" 'PRAGMA integrity_check')" = ok ] ||
    { echo "the database was damaged"; exit 1; }
echo "save failure on a full disk is said on the results: ok"
