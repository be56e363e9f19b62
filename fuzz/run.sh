#!/bin/sh
# Runs one fuzz target.
#   run.sh BINARY NAME SOURCE_DIR OUT_DIR replay    every seed and saved crash once (any build)
#   run.sh BINARY NAME SOURCE_DIR OUT_DIR SECONDS   libFuzzer for that long, from the same files
# The corpus libFuzzer grows is kept in OUT_DIR/corpus/NAME, so a longer run later goes on from
# it; a crashing input is saved in OUT_DIR/crashes/NAME/. docs/FUZZING.md says more.
set -eu
binary=$1
name=$2
source_dir=$3
out=$4
mode=$5

# The seeds named in fuzz/seeds.txt, numbered so that two files of one name both stay.
seeds="$out/seeds/$name"
rm -rf "$seeds"
mkdir -p "$seeds"
count=0
while read -r target pattern; do
    [ "$target" = "$name" ] || continue
    for file in "$source_dir"/$pattern; do
        [ -f "$file" ] || continue
        count=$((count + 1))
        cp "$file" "$seeds/$count-${file##*/}"
    done
done <"$source_dir/fuzz/seeds.txt"
[ "$count" -gt 0 ] || { echo "fuzz $name: no seeds found (fuzz/seeds.txt)"; exit 1; }

# Inputs that once crashed a reader: each is a test from then on.
regressions="$source_dir/fuzz/regressions/$name"
[ -d "$regressions" ] || regressions=""

if [ "$mode" = replay ]; then
    # shellcheck disable=SC2086 # an empty $regressions is meant to vanish
    exec "$binary" "$seeds" $regressions
fi

corpus="$out/corpus/$name"
crashes="$out/crashes/$name"
log="$out/logs/$name.log"
mkdir -p "$corpus" "$crashes" "$out/logs"
status=0
# -timeout: an input that takes 10 s is a finding (a hang), as is one that needs 2 GB. The
# limit is wall-clock time: on a machine busy with other work, raise it (FUZZ_TIMEOUT=120).
# shellcheck disable=SC2086
"$binary" -max_total_time="$mode" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 \
    -print_final_stats=1 \
    -dict="$source_dir/fuzz/dict/$name.dict" -artifact_prefix="$crashes/" \
    "$corpus" "$seeds" $regressions >"$log" 2>&1 || status=$?
grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' \
    "$log" || true
echo "fuzz $name: $count seeds, corpus now $(ls "$corpus" | wc -l) inputs, ${mode} s"
if [ "$status" -ne 0 ]; then
    tail -n 60 "$log"
    echo "fuzz $name: FAILED (exit $status). The input is in $crashes/: copy it into"
    echo "fuzz/regressions/$name/ (it then replays in every build as a test), then fix the reader."
    exit 1
fi
