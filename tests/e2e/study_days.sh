#!/bin/sh
# Self-study played in the game over simulated days (--today): a learner added by --learner
# studies two banks in Review, Mistakes, an Exam and Practice (killed in the middle of it); each
# day the study menu's counts (what is due, what is new) agree with --progress, every figure on
# the progress screen agrees with the database, and over some weeks every question of both banks
# is mastered.
set -eu
herocity=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
fail() { echo "study_days: $*" >&2; exit 1; }
tab=$(printf '\t')
mkdir "$work/banks"

# A bank with the question ids given, three choices each.
write_bank() { # bank id, ids...
    bank=$1
    shift
    {
        printf '<?xml version="1.0" encoding="UTF-8"?>\n'
        printf '<bank id="%s" version="1" xml:lang="en">\n  <title>Days %s</title>\n' "$bank" "$bank"
        for id in "$@"; do
            printf '  <question id="%s"><prompt>Question %s?</prompt>' "$id" "$id"
            printf '<choice correct="true">Yes</choice><choice>No</choice><choice>Maybe</choice>'
            printf '<explanation>Because.</explanation></question>\n'
        done
        printf '</bank>\n'
    } >"$work/banks/$bank.xml"
}
write_bank e2e-days-a days-a-one days-a-two days-a-three
write_bank e2e-days-b days-b-one days-b-two days-b-three
banks=e2e-days-a,e2e-days-b

# Plays a script (stdin) as Ann on a day; more options may follow.
play() { # day, options...
    day=$1
    shift
    cat >"$work/script.txt"
    "$herocity" --data-dir "$work/data" --questions "$work/banks" --seed 7 --window 1280x720 \
        --learner Ann --banks $banks --today "$day" "$@" --script "$work/script.txt" ||
        fail "$day: the script stopped (see above)"
}
# --progress's figures of the test banks on a day, summed: seen, mastered, due.
progress_sum() { # day, column (2 seen, 3 mastered, 4 due)
    "$herocity" --data-dir "$work/data" --questions "$work/banks" --progress Ann --today "$1" |
        awk -F "$tab" -v c="$2" '$1 ~ /^e2e-days-/ { s += $c } END { print s + 0 }'
}
sql() { sqlite3 -separator "$tab" "$work/data/herocity.db" "$1"; }
day_number() { sql "SELECT CAST(julianday('$1') - 2440587.5 AS INTEGER)"; }

# Day 1: nothing is due, six questions are new; two are answered wrong. Every answer is saved
# as it is given, and the feedback says when the question comes back.
play 2024-05-01 --study review <<'END'
expect screen=question
expect total=6
expect question_id=days-a-one
answer right
expect next_review=Next review in 3 days
key Return
answer right
key Return
answer right
key Return
answer right
key Return
answer wrong
expect next_review=Next review tomorrow
key Return
answer wrong
key Return
expect screen=study_end
expect saved=6
expect answered=6
key Escape
expect screen=study
expect due=0
expect new=0
expect review=0
expect mistakes=2
expect seen=6
expect streak=1
# Mistakes asks the two again; a right answer puts each right.
click button Mistakes
expect screen=question
expect total=2
answer right
key Return
answer wrong
key Return
expect screen=study_end
key Escape
expect mistakes=1
END
[ "$(sql "SELECT count(*) FROM study_answers")" = 8 ] || fail "day 1: not every answer was saved"
[ "$(progress_sum 2024-05-01 2)" = 6 ] || fail "day 1: --progress does not count 6 seen"

# The study menu's due count, the same as --progress's, on the day.
expect_due() { # day, options...
    due=$(progress_sum "$1" 4)
    play "$@" <<END
expect screen=study
expect due=$due
END
    echo "$due"
}
# One question was answered wrong last on day 1: it is due on day 2.
[ "$(expect_due 2024-05-02)" = 1 ] || fail "day 2: not only the last mistake is due"

# Day 2: a bank edited overnight has a question more. Review asks the due one first, then the
# new one.
write_bank e2e-days-b days-b-one days-b-two days-b-three days-b-four
play 2024-05-02 <<'END'
expect due=1
expect new=1
expect review=2
click button Review
expect screen=question
expect question_id!=days-b-four
answer right
key Return
expect question_id=days-b-four
answer right
key Return
expect screen=study_end
key Escape
expect due=0
expect mistakes=0
expect streak=2
END

# An exam: no feedback until the end, then a grade and every answer.
play 2024-05-02 --study exam <<'END'
expect screen=question
expect total=7
answer right
expect screen=question
answer wrong
expect screen=question
answer right
answer right
answer right
answer right
answer right
expect screen=study_end
expect grade=good
expect grade_percent=85
expect answered=7
key Escape
expect screen=study
expect mistakes=1
END

# Killed in the middle of a session, as a power cut would: the answers given are all kept.
before=$(sql "SELECT count(*) FROM study_answers")
printf 'answer right\nkey Return\nanswer wrong\ncrash\n' >"$work/script.txt"
if "$herocity" --data-dir "$work/data" --questions "$work/banks" --learner Ann --banks $banks \
    --today 2024-05-02 --study practice --script "$work/script.txt" 2>/dev/null; then
    fail "the game was not killed"
fi
[ "$(sql "SELECT count(*) FROM study_answers")" = $((before + 2)) ] ||
    fail "answers given before the game was killed were lost"

# Every figure of the progress screen, for each test bank and for all banks together, against
# the database; and the test banks' figures against --progress.
check_progress_screen() { # day
    today=$(day_number "$1")
    {
        echo "click button Progress"
        echo "expect screen=progress"
        for bank in e2e-days-a e2e-days-b all; do
            case $bank in all) like="days-%" ;; *) like="${bank#e2e-}-%" ;; esac
            sql "SELECT 'expect seen:$bank=' || count(*),
                        'expect mastered:$bank=' || coalesce(sum(stability >= 21), 0),
                        'expect due:$bank=' || coalesce(sum(due_day <= $today), 0),
                        'expect accuracy:$bank=' || CASE WHEN count(*) = 0 THEN '-' ELSE
                            printf('%.1f', 100.0 * sum(right_count) /
                                           sum(right_count + wrong_count)) END
                 FROM study_records r JOIN learners l ON l.id = r.learner_id
                 WHERE l.name = 'Ann' AND question_id LIKE '$like'" | tr "$tab" '\n'
        done
        "$herocity" --data-dir "$work/data" --questions "$work/banks" --progress Ann \
            --today "$1" | awk -F "$tab" '$1 ~ /^e2e-days-/ {
                print "expect seen:" $1 "=" $2; print "expect mastered:" $1 "=" $3
                print "expect due:" $1 "=" $4; print "expect accuracy:" $1 "=" $5 }'
        # The streak: days in a row with answers, up to today (or yesterday).
        streak=0
        expected=$today
        for d in $(sql "SELECT DISTINCT day FROM study_answers WHERE day <= $today ORDER BY day DESC"); do
            [ "$streak" = 0 ] && [ "$d" = $((today - 1)) ] && expected=$d
            [ "$d" = "$expected" ] || break
            streak=$((streak + 1))
            expected=$((d - 1))
        done
        echo "expect streak=$streak"
        echo "key Escape"
        echo "expect screen=study"
    } | play "$1"
}
check_progress_screen 2024-05-02

# Weeks of review, every answer right, on each day something falls due (the database says
# which day that is), until every question of both banks is mastered, by the end of July.
last=$(day_number 2024-07-31)
mastered() { sql "SELECT count(*) FROM study_records WHERE stability >= 21"; }
while [ "$(mastered)" -lt 7 ]; do
    day=$(sql "SELECT min(due_day) FROM study_records")
    [ "$day" -le "$last" ] || fail "by the end of July only $(mastered) of 7 are mastered"
    date=$(sql "SELECT date($day * 86400, 'unixepoch')")
    due=$(sql "SELECT count(*) FROM study_records WHERE due_day <= $day")
    {
        echo "expect due=$due"
        echo "click button Review"
        i=0
        while [ "$i" -lt "$due" ]; do echo "answer right"; echo "key Return"; i=$((i + 1)); done
        echo "expect screen=study_end"
        echo "key Escape"
        echo "expect due=0"
    } | play "$date"
done
[ "$(progress_sum "$date" 3)" = 7 ] || fail "$date: --progress does not count 7 mastered"
check_progress_screen "$date"
echo "study days: ok"
