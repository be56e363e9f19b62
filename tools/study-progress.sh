#!/bin/sh
# Prints a progress file (docs/PROGRESS.md) for the learner NAME, some weeks into Study on
# 2024-03-15, over the banks in questions/: in each bank a different share of the questions
# mastered, some seen and not yet mastered (a few of them due that day), the rest not seen, and
# answers on the three days before, a streak of three. For the README's pictures and
# tools/gallery.sh: `--import-progress` it into a fresh data folder, then play with
# `--today 2024-03-15`. Usage: tools/study-progress.sh NAME
set -eu
cd "$(dirname "$0")/.."
tab=$(printf '\t')
printf 'herocity-progress\t1\nlearner\t%s\n' "$1"
n=0
for bank in questions/*.xml; do
    n=$((n + 1))
    grep -o '<question id="[^"]*"' "$bank" | cut -d'"' -f2 |
        awk -v n="$n" -v OFS="$tab" '{
            i = NR - 1
            mastered = (n * 7) % 13
            seen = mastered + 2 + (n * 5) % 5
            if (i < mastered) {
                print "record", $0, "2024-01-10", "2024-02-20", "2024-04-" sprintf("%02d", 10 + i % 20), "4.50000000", "35.00000000", 4, 0, 4, 0, "right"
                print "answers", $0, "2024-01-10", 1, 0
                print "answers", $0, "2024-02-20", 3, 0
            } else if (i < seen) {
                last = "2024-03-1" (2 + i % 3)
                due = i % 3 == 0 ? "2024-03-15" : "2024-03-2" i % 10
                print "record", $0, "2024-03-01", last, due, "6.20000000", "4.00000000", 2, 1, 1, 1, "right"
                print "answers", $0, "2024-03-01", 0, 1
                print "answers", $0, last, 1, 0
            }
        }'
done
