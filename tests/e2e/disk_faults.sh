#!/bin/sh
# Disk faults, one after another (issue 12): a damaged database (random bytes, cut short,
# a page overwritten), one from a newer version, a read-only data folder (with a good, a
# damaged and a newer database, and one that cannot exist), a full disk, and two games on one
# folder (at the same time; while another program holds the lock; both offering the same
# unfinished classroom game). In each the game
# starts, the player is told in plain words (the title's line and stderr), a round is played to
# its end, and every file the player had is still there byte for byte: under its own name, or
# moved aside to herocity.db.corrupt-N. The full disk needs a tmpfs: it is skipped, with a
# message, where this test may not mount one (the read-only folder is then made with chmod).
set -eu
herocity=$1
e2e=$2
. "$e2e/lib/tmpfs.sh"
. "$e2e/lib/files.sh"
. "$e2e/lib/lock.sh"
work=$(mktemp -d)
trap 'lock_release; tmpfs_unmount_all; chmod -R u+w "$work"; rm -rf "$work"' EXIT
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy

fail() {
    echo "disk_faults: $*"
    exit 1
}

# game CASE DIR SCRIPT [ARGS...]: plays known.xml on the data folder DIR; stderr in CASE.err.
game() {
    name=$1 dir=$2 script=$3
    shift 3
    "$herocity" --data-dir "$dir" --play "$e2e/known.xml" --seed 7 --script "$script" "$@" \
        2>"$work/$name.err" || { cat "$work/$name.err"; fail "$name: the game failed"; }
}

# told CASE TEXT: the player was told TEXT on stderr (the title shows the same line).
told() {
    grep -qF "$2" "$work/$1.err" || { cat "$work/$1.err"; fail "$1: the player was not told '$2'"; }
}

# A round of known.xml played to the results, every answer right: 310 points.
round() {
    printf 'answer right\nkey Return\nanswer right\nkey Return\nanswer right\nkey Return\n'
    printf 'expect screen=results\nexpect score=310\n'
}

integrity_ok() {
    [ "$(sqlite3 "$1" 'PRAGMA integrity_check')" = ok ] || fail "$1 is damaged"
}

# Makes a new database, nothing more.
printf 'expect store=opened\nquit\n' >"$work/make.txt"

# A good database: Ada's 310 points, the light theme, and enough rows for several pages.
{ round; printf 'text Ada\nkey Return\nexpect screen=highscores\n'; } >"$work/first.txt"
game first "$work/first" "$work/first.txt"
sqlite3 "$work/first/herocity.db" "
    INSERT INTO settings VALUES('theme', 'light') ON CONFLICT(key) DO UPDATE SET value = 'light';
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
    INSERT INTO scores(bank_id, name, score, played_at)
        SELECT 'other-bank', printf('Player %03d of a long list', i), i % 300, 0 FROM n;"
good="$work/good.db"
cp "$work/first/herocity.db" "$good"
version=$(sqlite3 "$good" 'PRAGMA user_version')

# ---- (a) A damaged database: moved aside byte for byte, a new one started, a score saved. ----
# Each damage in the same folder: herocity.db.corrupt-1, -2, -3, none replacing another.
damaged="$work/damaged"
mkdir -p "$damaged/questions"
cp "$e2e/four.xml" "$damaged/questions/mine.xml" # a teacher's own bank, never touched
n=0
for damage in random cut overwritten; do
    n=$((n + 1))
    case $damage in
    random) head -c 8192 /dev/urandom >"$damaged/herocity.db" ;;
    cut) head -c $((4096 * 5 + 1000)) "$good" >"$damaged/herocity.db" ;;
    overwritten)
        cp "$good" "$damaged/herocity.db"
        yes 'not a page of a database' | head -c 4096 |
            dd of="$damaged/herocity.db" bs=4096 seek=3 conv=notrunc 2>/dev/null
        ;;
    esac
    cp "$damaged/herocity.db" "$work/original-$damage"
    files_snapshot "$damaged" "$work/before-$damage"
    { printf 'expect store=recovered\n'
      printf 'expect store_message^=Your saved data could not be read, so it was moved to\n'
      round; printf 'text Bea\nkey Return\nexpect screen=highscores\n'; } >"$work/$damage.txt"
    game "$damage" "$damaged" "$work/$damage.txt"
    cmp "$work/original-$damage" "$damaged/herocity.db.corrupt-$n" ||
        fail "$damage: the moved copy differs"
    told "$damage" "moved to $damaged/herocity.db.corrupt-$n and a new file was started"
    files_kept "$work/before-$damage" || fail "$damage: a file of the player's was lost"
    integrity_ok "$damaged/herocity.db"
    [ "$(sqlite3 "$damaged/herocity.db" "SELECT name || ' ' || score FROM scores")" = "Bea 310" ] ||
        fail "$damage: the score was not saved in the new file"
done
echo "damaged database (random bytes, cut short, a page overwritten): ok"

# ---- (b) A database from a newer version, with a table we do not know: read, never written. --
newer="$work/newer"
mkdir "$newer"
cp "$good" "$newer/herocity.db"
sqlite3 "$newer/herocity.db" "PRAGMA user_version = $((version + 1));
    CREATE TABLE from_the_future(id INTEGER PRIMARY KEY, what TEXT)"
files_snapshot "$newer" "$work/before-newer"
{ printf 'expect store=read-only\nexpect theme=light\n'
  printf 'expect store_message^=Your saved data comes from a newer version of the game\n'
  round; printf 'expect name_box=no\n'; } >"$work/newer.txt"
game newer "$newer" "$work/newer.txt"
told newer "comes from a newer version of the game"
files_kept "$work/before-newer" || fail "newer: a file of the player's was changed"
echo "database from a newer version: ok"

# ---- (c) A data folder that cannot exist (its parent is a file): play goes on. ----
touch "$work/file"
{ printf 'expect store=unavailable\nexpect store_message^=Scores cannot be saved\n'
  round; printf 'expect name_box=no\n'; } >"$work/no-folder.txt"
game no-folder "$work/file/data" "$work/no-folder.txt"
told no-folder "cannot be saved"
echo "data folder that cannot exist: ok"

# ---- (c) A read-only data folder: a good, a damaged and a newer database. ----
# A read-only mount, as a write-protected stick or share is; without root, folders without
# write permission (which root would write all the same).
ro="$work/read-only"
if tmpfs_mount "$ro" 4m; then
    make_read_only=tmpfs_read_only
elif [ "$(id -u)" != 0 ]; then
    mkdir -p "$ro"
    make_read_only="chmod -R a-w"
else
    make_read_only=""
fi
if [ -n "$make_read_only" ]; then
    mkdir "$ro/good" "$ro/damaged" "$ro/newer"
    cp "$good" "$ro/good/herocity.db"
    cp "$work/original-random" "$ro/damaged/herocity.db"
    cp "$newer/herocity.db" "$ro/newer/herocity.db"
    $make_read_only "$ro"
    files_snapshot "$ro" "$work/before-read-only"
    # The saved scores and settings still show; nothing new can be saved.
    { printf 'expect store=read-only\nexpect theme=light\n'
      printf 'expect store_message^=%s cannot be written\n' "$ro/good"
      printf 'key Down\nkey Down\nkey Down\nkey Return\nexpect screen=highscores\n'
      printf 'expect top_score=1. Ada: 310 points\n'; } >"$work/ro-scores.txt"
    "$herocity" --data-dir "$ro/good" --questions "$e2e" --script "$work/ro-scores.txt" \
        2>"$work/ro-scores.err" || { cat "$work/ro-scores.err"; fail "ro-scores: the game failed"; }
    told ro-scores "cannot be written: your saved scores and settings are shown"
    { printf 'expect store=read-only\n'; round; printf 'expect name_box=no\n'; } >"$work/ro-good.txt"
    game ro-good "$ro/good" "$work/ro-good.txt"
    # Damaged where it cannot be moved aside: left as it is, and said so.
    { printf 'expect store=unavailable\n'
      printf 'expect store_message^=Your saved data could not be read\n'
      round; printf 'expect name_box=no\n'; } >"$work/ro-damaged.txt"
    game ro-damaged "$ro/damaged" "$work/ro-damaged.txt"
    told ro-damaged "was left as it is"
    [ ! -e "$ro/damaged/herocity.db.corrupt-1" ] || fail "ro-damaged: a copy was made"
    { printf 'expect store=read-only\n'
      printf 'expect store_message^=Your saved data comes from a newer version of the game\n'
      round; printf 'expect name_box=no\n'; } >"$work/ro-newer.txt"
    game ro-newer "$ro/newer" "$work/ro-newer.txt"
    told ro-newer "comes from a newer version of the game"
    files_kept "$work/before-read-only" || fail "read-only: a file of the player's was changed"
    echo "read-only data folder (good, damaged, newer database): ok"
else
    echo "read-only data folder: skipped: cannot mount a tmpfs here (needs root)"
fi

# ---- (d) A full disk: the score's save fails on the results, said there, the score kept. ----
if tmpfs_mount "$work/full" 256k; then
    full="$work/full"
    game make "$full/data" "$work/make.txt"
    dd if=/dev/zero of="$full/filler" bs=4k 2>/dev/null || true # to the last byte
    files_snapshot "$full/data" "$work/before-full"
    { printf 'expect store=opened\n'; round
      printf 'expect name_box=yes\ntext Ada\nkey Return\nexpect screen=results\n'
      printf 'expect saved=no\nexpect save_failed=yes\nexpect name_box=yes\n'; } >"$work/full.txt"
    game full "$full/data" "$work/full.txt"
    files_kept "$work/before-full" || fail "full: the database was changed by the failed save"
    integrity_ok "$full/data/herocity.db"
    # A classroom game on the full disk goes on, and its status line says it is not saved.
    printf '%s\n' 'expect screen=class_game' 'expect saving=failed' 'advance 3000' 'key 1' \
        'key W' 'expect phase=reveal' 'key N' 'expect question=2' 'expect saving=failed' \
        "shot ${FULL_CLASS_SHOT:-$work/full-class.bmp}" quit >"$work/full-class.txt"
    game full-class "$full/data" "$work/full-class.txt" --teams Owls,Foxes --window 800x600
    files_kept "$work/before-full" || fail "full: the database was changed by a classroom game"
    # A damaged database on the full disk: moved aside, and no room for a new one.
    cp "$work/original-cut" "$work/damaged-full"
    rm "$full/data/herocity.db"
    rm "$full/filler"
    cp "$work/damaged-full" "$full/data/herocity.db"
    dd if=/dev/zero of="$full/filler" bs=1k 2>/dev/null || true
    files_snapshot "$full/data" "$work/before-full-damaged"
    { printf 'expect store=unavailable\n'
      printf 'expect store_message^=Scores cannot be saved: the disk is full\n'
      round; printf 'expect name_box=no\n'; } >"$work/full-damaged.txt"
    game full-damaged "$full/data" "$work/full-damaged.txt"
    told full-damaged "Your old saved data was moved to $full/data/herocity.db.corrupt-1"
    files_kept "$work/before-full-damaged" || fail "full-damaged: a file of the player's was lost"
    rm "$full/filler"
    echo "full disk: ok"
else
    echo "full disk: skipped: cannot mount a small tmpfs here (needs root)"
fi

# ---- (e) Two games on one new folder at the same time: both scores saved, nothing damaged. ----
both="$work/both"
for player in Ada Bea; do
    { round; printf 'text %s\nkey Return\nexpect screen=highscores\n' "$player"; } \
        >"$work/both-$player.txt"
done
game both-Ada "$both" "$work/both-Ada.txt" &
first_game=$!
game both-Bea "$both" "$work/both-Bea.txt" &
second_game=$!
wait "$first_game" || fail "two games: the first failed"
wait "$second_game" || fail "two games: the second failed"
integrity_ok "$both/herocity.db"
[ "$(sqlite3 "$both/herocity.db" "SELECT group_concat(name, ',') FROM (SELECT name FROM scores ORDER BY name)")" = "Ada,Bea" ] ||
    fail "two games: a score was lost"
echo "two games at the same time: ok"

# ---- (e) Another program holds the write lock longer than the game waits (2 s). ----

locked="$work/locked"
mkdir "$locked"
cp "$good" "$locked/herocity.db"
lock_hold "$locked/herocity.db" IMMEDIATE
# The lock goes once the game says the save failed (the game copies a file to say so), while
# the second try waits for it.
(
    wait_for "$work/save-failed"
    printf 'COMMIT;\n' >"$work/lock-fifo"
) &
releaser=$!
{ printf 'expect store=opened\n'; round
  printf 'expect name_box=yes\ntext Cy\nkey Return\nexpect screen=results\n'
  printf 'expect saved=no\nexpect save_failed=yes\nexpect name_box=yes\n'
  printf 'copy /dev/null %s\nkey Return\nexpect screen=highscores\n' "$work/save-failed"
} >"$work/locked.txt"
game locked "$locked" "$work/locked.txt"
wait "$releaser" || fail "locked: the game never said the save failed"
lock_release committed
integrity_ok "$locked/herocity.db"
[ "$(sqlite3 "$locked/herocity.db" "SELECT count(*) FROM scores WHERE name = 'Cy'")" = 1 ] ||
    fail "locked: the second try did not save the score"
echo "a write lock held while the score is saved: ok"

# An exclusive lock (another program writing) from before the game starts to after it ends.
files_snapshot "$locked" "$work/before-exclusive"
lock_hold "$locked/herocity.db" EXCLUSIVE
{ printf 'expect store=unavailable\n'
  printf 'expect store_message^=Scores cannot be saved this time: %s is in use\n' \
      "$locked/herocity.db"
  round; printf 'expect name_box=no\n'; } >"$work/exclusive.txt"
game exclusive "$locked" "$work/exclusive.txt"
told exclusive "is in use by another program"
lock_release
files_kept "$work/before-exclusive" || fail "exclusive: a file of the player's was changed"
integrity_ok "$locked/herocity.db"
echo "an exclusive lock held from before the game starts: ok"

# ---- (e) Two games offer the same unfinished classroom game: one resumes it, one says so. ----
# Each game holds at an `await FLAG` line until this shell makes FLAG, so both stand at the
# offer before either answers; `copy /dev/null FLAG` tells this shell a game got that far.
class="$work/class"
printf 'expect screen=class_game\nadvance 3000\nkey 1\nexpect answered1=yes\ncrash\n' \
    >"$work/class-first.txt"
status=0
"$herocity" --data-dir "$class" --questions "$e2e" --play "$e2e/four.xml" --seed 5 \
    --teams "Owls,Foxes" --script "$work/class-first.txt" >/dev/null 2>&1 || status=$?
[ "$status" -eq 137 ] || fail "class: the first run should have been killed, exit $status"
# window NAME DIR [ARGS...]: a game on DIR playing $work/NAME.txt in the background; its pid in
# NAME_game, its stderr in $work/NAME.err.
window() {
    name=$1 dir=$2
    shift 2
    "$herocity" --data-dir "$dir" --questions "$e2e" --script "$work/$name.txt" "$@" \
        2>"$work/$name.err" &
    eval "${name}_game=\$!"
}
# window_ended NAME: the game NAME ended without a failed expectation.
window_ended() {
    eval "wait \"\$${1}_game\"" || { cat "$work/$1.err"; fail "the game $1 failed"; }
}
cat >"$work/one.txt" <<SCRIPT
expect screen=confirm
copy /dev/null $work/one-offered
await $work/go-one
key Return
expect screen=class_game
expect answered1=yes
copy /dev/null $work/one-resumed
await $work/one-may-quit
quit
SCRIPT
cat >"$work/two.txt" <<SCRIPT
expect screen=confirm
copy /dev/null $work/two-offered
await $work/go-two
key Return
expect screen=title
expect title_notice^=This classroom game was already taken up
quit
SCRIPT
window one "$class" --seed 5
window two "$class" --seed 5
wait_for "$work/one-offered"
wait_for "$work/two-offered"
touch "$work/go-one"
wait_for "$work/one-resumed"
touch "$work/go-two"
window_ended two
touch "$work/one-may-quit"
window_ended one
integrity_ok "$class/herocity.db"
[ "$(sqlite3 "$class/herocity.db" 'SELECT count(*) FROM class_games')" = 1 ] ||
    fail "class: the game was copied"
echo "two games offered the same unfinished classroom game: ok"

# ---- (e) Settings changed in two games at once: each keeps the other's change. ----
shared="$work/shared"
game shared-make "$shared" "$work/make.txt"
to_settings='key Down
key Down
key Down
key Down
key Return
expect screen=settings'
# The left one changes the theme; then the right one, which read "dark", the text size.
cat >"$work/left.txt" <<SCRIPT
$to_settings
copy /dev/null $work/left-ready
await $work/go-left
key Down
key Down
key Down
key Return
expect theme=light
copy /dev/null $work/left-saved
await $work/left-may-quit
quit
SCRIPT
cat >"$work/right.txt" <<SCRIPT
$to_settings
copy /dev/null $work/right-ready
await $work/go-right
key Right
expect text_size=125
expect theme=dark
quit
SCRIPT
window left "$shared"
window right "$shared"
wait_for "$work/left-ready"
wait_for "$work/right-ready"
touch "$work/go-left"
wait_for "$work/left-saved"
touch "$work/go-right"
window_ended right
touch "$work/left-may-quit"
window_ended left
saved=$(sqlite3 "$shared/herocity.db" \
    "SELECT group_concat(key || '=' || value, ',') FROM (SELECT * FROM settings
     WHERE key IN ('theme', 'text_scale_percent') ORDER BY key)")
[ "$saved" = "text_scale_percent=125,theme=light" ] ||
    fail "settings: one game put back the other's old value ($saved)"
echo "settings changed in two games at once: ok"
echo "disk faults: ok"
