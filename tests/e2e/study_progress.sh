#!/bin/sh
# Self-study progress on the command line, over simulated days (--today): a learner's progress
# comes in from a file on day one, --progress counts what is seen, mastered and due on later
# days and every figure agrees with the database; the bank is edited between sessions; progress
# goes from one data folder to another and back without counting anything twice; a damaged file
# and an existing export file are refused.
set -eu
herocity=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
fail() { echo "study_progress: $*" >&2; exit 1; }
tab=$(printf '\t')

# A bank with the question ids given, two choices each, the first right.
write_bank() {
    {
        printf '<?xml version="1.0" encoding="UTF-8"?>\n'
        printf '<bank id="e2e-study" version="1" xml:lang="en">\n  <title>Study</title>\n'
        for id in "$@"; do
            printf '  <question id="%s"><prompt>Question %s?</prompt>' "$id" "$id"
            printf '<choice correct="true">Yes</choice><choice>No</choice></question>\n'
        done
        printf '</bank>\n'
    } >"$work/banks/study.xml"
}
mkdir "$work/banks"
write_bank study-one study-two study-three
run() { "$herocity" --questions "$work/banks" "$@"; }

# Day one, 2024-01-01: what a first session left (a right and a wrong first answer), a question
# mastered before, and one whose bank has dropped it.
cat >"$work/day1.txt" <<'END'
# by hand, for the test
herocity-progress	1
learner	Олена
record	study-one	2024-01-01	2024-01-01	2024-01-04	2.11810397	2.30650000	1	0	1	0	right
record	study-two	2024-01-01	2024-01-01	2024-01-02	6.41330000	0.21200000	1	0	0	1	wrong
record	study-three	2023-11-01	2023-12-20	2024-02-10	3.50000000	30.00000000	4	0	4	0	right
record	study-gone	2023-11-01	2023-11-01	2023-11-04	2.11810397	2.30650000	1	0	1	0	right
answers	study-one	2024-01-01	1	0
answers	study-two	2024-01-01	0	1
answers	study-three	2023-11-01	2	0
answers	study-three	2023-12-20	2	0
END
run --data-dir "$work/home" --import-progress "$work/day1.txt" >"$work/out" ||
    fail "import failed"
grep -q "4 questions taken" "$work/out" || fail "import said: $(cat "$work/out")"

# The line of bank e2e-study in --progress on a day.
progress_line() { # data folder, learner, day
    run --data-dir "$1" --progress "$2" --today "$3" >"$work/progress" || fail "--progress failed"
    [ "$(head -n 1 "$work/progress")" = "bank${tab}seen${tab}mastered${tab}due${tab}accuracy" ] ||
        fail "header: $(head -n 1 "$work/progress")"
    grep "^e2e-study$tab" "$work/progress"
}
# The same figures straight from the database, for the questions the bank has now.
from_database() { # data folder, learner, day, question ids (SQL list)
    sqlite3 -separator "$tab" "$1/herocity.db" "
        SELECT 'e2e-study', count(*), coalesce(sum(stability >= 21), 0),
               coalesce(sum(due_day <= julianday('$3') - 2440587.5), 0),
               CASE WHEN count(*) = 0 THEN '-' ELSE
                   printf('%.1f', 100.0 * sum(right_count) / sum(right_count + wrong_count)) END
        FROM study_records r JOIN learners l ON l.id = r.learner_id
        WHERE l.name = '$2' AND question_id IN ($4)"
}
expect_day() { # day, expected line, question ids now in the bank
    got=$(progress_line "$work/home" Олена "$1")
    [ "$got" = "$2" ] || fail "$1: --progress says '$got', expected '$2'"
    db=$(from_database "$work/home" Олена "$1" "$3")
    [ "$got" = "$db" ] || fail "$1: --progress says '$got', the database '$db'"
}
ids="'study-one', 'study-two', 'study-three'"
expect_day 2024-01-01 "e2e-study${tab}3${tab}1${tab}0${tab}83.3" "$ids"
expect_day 2024-01-02 "e2e-study${tab}3${tab}1${tab}1${tab}83.3" "$ids" # the wrong one is back
expect_day 2024-01-04 "e2e-study${tab}3${tab}1${tab}2${tab}83.3" "$ids"
expect_day 2024-02-10 "e2e-study${tab}3${tab}1${tab}3${tab}83.3" "$ids"
run --data-dir "$work/home" --progress Олена >/dev/null || fail "--progress without --today"
grep -q "^kyiv$tab" "$work/progress" || fail "the shipped banks are not listed"

# The bank is edited between sessions: study-two removed, study-four added. The removed
# question is not counted but its history stays; the new one is new.
write_bank study-one study-three study-four
ids="'study-one', 'study-three', 'study-four'"
expect_day 2024-01-04 "e2e-study${tab}2${tab}1${tab}1${tab}100.0" "$ids"
[ "$(sqlite3 "$work/home/herocity.db" "SELECT count(*) FROM study_records")" = 4 ] ||
    fail "a removed question's record was lost"
write_bank study-one study-two study-three

# Export, never over an existing file.
run --data-dir "$work/home" --export-progress Олена "$work/olena.txt" >/dev/null ||
    fail "export failed"
cp "$work/olena.txt" "$work/olena.copy"
if run --data-dir "$work/home" --export-progress Олена "$work/olena.txt" 2>"$work/err"; then
    fail "an existing file was overwritten"
fi
grep -q "already exists" "$work/err" || fail "not told why: $(cat "$work/err")"
cmp -s "$work/olena.txt" "$work/olena.copy" || fail "the existing file was changed"

# Into a second data folder ("school"): the same figures; the same file again adds nothing.
run --data-dir "$work/school" --import-progress "$work/olena.txt" >/dev/null ||
    fail "import at school failed"
run --data-dir "$work/school" --import-progress "$work/olena.txt" >"$work/out"
grep -q "0 questions taken, 4 kept as they were, 0 answers added" "$work/out" ||
    fail "a second import changed something: $(cat "$work/out")"
for day in 2024-01-01 2024-01-04; do
    [ "$(progress_line "$work/school" Олена $day)" = "$(progress_line "$work/home" Олена $day)" ] ||
        fail "$day: school and home disagree"
done
run --data-dir "$work/school" --export-progress Олена "$work/back.txt" >/dev/null
grep -v '^learner' "$work/back.txt" >"$work/back.lines"
grep -v '^learner' "$work/olena.txt" >"$work/olena.lines"
cmp -s "$work/back.lines" "$work/olena.lines" || fail "the file changed on its way"

# Studied further at school on 2024-01-04 (by hand: study-two right): home takes the newer
# record and the new answer, keeps the rest.
sed -e "s/^record${tab}study-two${tab}.*/record${tab}study-two${tab}2024-01-01${tab}2024-01-04${tab}2024-01-08${tab}6.40211507${tab}1.88678762${tab}2${tab}0${tab}1${tab}1${tab}right/" \
    "$work/olena.txt" >"$work/later.txt"
printf 'answers\tstudy-two\t2024-01-04\t1\t0\n' >>"$work/later.txt"
run --data-dir "$work/home" --import-progress "$work/later.txt" >"$work/out"
grep -q "1 questions taken, 3 kept as they were, 1 answers added" "$work/out" ||
    fail "merge: $(cat "$work/out")"
expect_day 2024-01-04 "e2e-study${tab}3${tab}1${tab}1${tab}85.7" "'study-one', 'study-two', 'study-three'"

# --learner: the same file for another learner.
run --data-dir "$work/school" --learner Bo --import-progress "$work/olena.txt" >/dev/null
[ "$(progress_line "$work/school" Bo 2024-01-01)" = "e2e-study${tab}3${tab}1${tab}0${tab}83.3" ] ||
    fail "--learner Bo"

# A damaged file is refused whole, with its line; nothing changes.
before=$(sqlite3 "$work/home/herocity.db" "SELECT count(*) FROM study_answers")
sed -e 's/^answers\tstudy-one\t2024-01-01\t1\t0$/answers\tstudy-one\t2024-01-01\tone\t0/' \
    "$work/later.txt" >"$work/bad.txt"
if run --data-dir "$work/home" --import-progress "$work/bad.txt" 2>"$work/err"; then
    fail "a damaged file was imported"
fi
line=$(grep -n "^answers${tab}study-one${tab}2024-01-01" "$work/bad.txt" | cut -d: -f1)
grep -q "bad.txt:$line: error: right 'one' is not a whole number" "$work/err" ||
    fail "not told where: $(cat "$work/err")"
[ "$(sqlite3 "$work/home/herocity.db" "SELECT count(*) FROM study_answers")" = "$before" ] ||
    fail "a refused file changed the database"

# Nobody of that name.
if run --data-dir "$work/home" --progress Nobody 2>"$work/err"; then fail "--progress Nobody"; fi
grep -q "no learner is called 'Nobody'; there are: Олена" "$work/err" || fail "$(cat "$work/err")"
echo "study progress: ok"
