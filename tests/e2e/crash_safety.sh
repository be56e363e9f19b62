#!/bin/sh
# Crash safety (issue 12): the game is killed with SIGKILL at random moments of a classroom game,
# a study session and rounds that end in a score saved by name, 200 times in all (CRASH_KILLS).
# After each kill the database passes PRAGMA integrity_check and holds every save the game had
# confirmed: the game's --trace-saves file gets a line for each save once the store has it on
# disk and before the screen shows it, and every line of it, from every run so far, must match
# a row. A lane of runs keeps one data folder, so each run starts on a database that has survived
# the kills before it; lanes run side by side (CRASH_LANES per scenario, default 2), each in a
# folder of its own. The random delays come from CRASH_SEED (printed): a failure can be replayed.
set -eu
herocity=$1
kills=${CRASH_KILLS:-200}
seed=${CRASH_SEED:-$(date +%s)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy LC_ALL=C
tab=$(printf '\t')
echo "crash_safety: seed $seed (replay with CRASH_SEED=$seed CRASH_KILLS=$kills)"

# A bank of `count` questions, three choices each, the first right.
write_bank() { # file, bank id, question id prefix, count
    {
        printf '<?xml version="1.0" encoding="UTF-8"?>\n'
        printf '<bank id="%s" version="1" xml:lang="en">\n  <title>%s</title>\n' "$2" "$2"
        i=1
        while [ "$i" -le "$4" ]; do
            printf '  <question id="%s%d"><prompt>Question %d?</prompt>' "$3" "$i" "$i"
            printf '<choice correct="true">Yes</choice><choice>No</choice><choice>Maybe</choice>'
            printf '</question>\n'
            i=$((i + 1))
        done
        printf '</bank>\n'
    } >"$1"
}
mkdir "$work/banks"
write_bank "$work/banks/class.xml" crash-class crash-class- 60
write_bank "$work/banks/study.xml" crash-study crash-study- 60

# The SQL that prints "ok" and nothing more when the database is whole and holds every line of
# the trace (see src/ui/save_trace.h); anything else it prints names what is wrong.
check_sql() { # trace file
    awk -F "$tab" -v q="'" '
        function text(s) { gsub(q, q q, s); return q s q }
        BEGIN {
            print "PRAGMA integrity_check;"
            print "CREATE TEMP TABLE c(game, seq, kind, question, team, choice, elapsed, points);"
            print "CREATE TEMP TABLE s(learner, question, seen);"
            print "CREATE TEMP TABLE h(bank, score, correct, total, played_at, name);"
            print "BEGIN;"
        }
        $1 == "class-event" { printf "INSERT INTO c VALUES(%s,%s,%s,%s,%s,%s,%s,%s);\n",
                                     $2, $3, $4, $5, $6, $7, $8, $9 }
        $1 == "study-answer" { printf "INSERT INTO s VALUES(%s,%s,%s);\n", $2, text($3), $4 }
        $1 == "score" { printf "INSERT INTO h VALUES(%s,%s,%s,%s,%s,%s);\n",
                               text($2), $3, $4, $5, $6, text($7) }
        END {
            print "COMMIT;"
            print "SELECT \"lost: class-event \" || game || \" \" || seq FROM c WHERE NOT EXISTS"
            print " (SELECT 1 FROM class_events e JOIN class_games g ON g.id = e.game"
            print "  WHERE e.game = c.game AND e.seq = c.seq AND e.kind = c.kind"
            print "  AND e.question = c.question AND e.team = c.team AND e.choice = c.choice"
            print "  AND e.elapsed_ms = c.elapsed AND e.points = c.points);"
            print "SELECT \"gap: class-event \" || game || \" \" || seq FROM class_events e"
            print " WHERE seq > 0 AND NOT EXISTS (SELECT 1 FROM class_events p"
            print "  WHERE p.game = e.game AND p.seq = e.seq - 1);"
            print "SELECT \"lost: study-answer \" || question || \" \" || seen FROM s"
            print " WHERE coalesce((SELECT right_count + wrong_count FROM study_records r"
            print "  WHERE r.learner_id = s.learner AND r.question_id = s.question), 0) < seen"
            print " OR (SELECT count(*) FROM study_answers a"
            print "  WHERE a.learner_id = s.learner AND a.question_id = s.question) < seen;"
            print "SELECT \"torn: study record \" || question_id FROM study_records r"
            print " WHERE right_count + wrong_count != (SELECT count(*) FROM study_answers a"
            print "  WHERE a.learner_id = r.learner_id AND a.question_id = r.question_id);"
            print "SELECT \"lost: score \" || name FROM h WHERE NOT EXISTS (SELECT 1 FROM scores x"
            print " WHERE x.bank_id = h.bank AND x.score = h.score AND x.correct = h.correct"
            print "  AND x.total = h.total AND x.played_at = h.played_at AND x.name = h.name);"
        }' "$1"
}

# Each scenario's script for its run `i` goes to $dir/script.txt; its options go to $options.
classroom_run() { # dir, run
    options="--questions $work/banks"
    unfinished=0
    [ $(($2 % 2)) = 1 ] && [ -e "$1/check/herocity.db" ] && unfinished=$(sqlite3 \
        "$1/check/herocity.db" "SELECT count(*) FROM class_games WHERE NOT finished")
    {
        echo "expect store=opened"
        # Every other run resumes the game the last kill left unfinished, as a teacher would.
        if [ "$unfinished" -gt 0 ]; then
            printf 'expect screen=confirm\nkey Return\nexpect screen=class_game\n'
        else
            options="$options --banks crash-class --teams Owls,Foxes,Bears,Hares --count 0"
            options="$options --timer 20 --speed-bonus --streak-bonus"
        fi
        q=0
        while [ "$q" -lt 60 ]; do
            printf 'advance 3000\nkey 1\nadvance 700\nkey W\nadvance 300\nkey A\nkey X\nkey N\n'
            q=$((q + 1))
        done
    } >"$1/script.txt"
}
study_run() { # dir, run
    options="--questions $work/banks --banks crash-study --learner Ann --study practice"
    options="$options --today $(printf '2024-03-%02d' $(($2 / 8 + 1)))" # a new day now and then
    {
        echo "expect store=opened"
        q=0
        while [ "$q" -lt 60 ]; do
            [ $((q % 3)) = 2 ] && echo "answer wrong" || echo "answer right"
            echo "key Return"
            q=$((q + 1))
        done
    } >"$1/script.txt"
}
# A bank of its own for each run, so that every round's score enters the high-score table.
score_run() { # dir, run
    write_bank "$1/bank.xml" "crash-score-$2" crash-score- 5
    options="--play $1/bank.xml"
    {
        echo "expect store=opened"
        r=1
        while [ "$r" -le 10 ]; do
            printf 'answer right\nkey Return\n'
            printf 'answer right\nkey Return\nanswer right\nkey Return\n'
            printf 'answer wrong\nkey Return\nanswer right\nkey Return\n'
            printf 'expect name_box=yes\ntext Run%d round%d\nkey Return\n' "$2" "$r"
            printf 'expect screen=highscores\nkey Escape\nexpect saved=yes\n'
            printf 'click button Play again\nexpect screen=question\n'
            r=$((r + 1))
        done
    } >"$1/script.txt"
}

# One lane: `count` runs of a scenario in a data folder of its own, each killed `delay` seconds
# after its first save (the game is playing). Its result file holds "kills landed finished
# torn saves": the kills that found the game running, the runs that had already ended, the kills
# that cut a write short, the saves confirmed.
lane() { # scenario, lane number (for its seed), count, most milliseconds to wait to kill
    dir=$work/lane$2
    mkdir "$dir" "$dir/check"
    trace=$dir/trace
    : >"$trace"
    delays=$(awk -v seed=$((seed * 8 + $2)) -v n="$3" -v most="$4" 'BEGIN {
        srand(seed); for (i = 0; i < n; i++) printf "%.3f\n", rand() * most / 1000 }')
    run=0 landed=0 finished=0 torn=0
    for delay in $delays; do
        run=$((run + 1))
        "$1_run" "$dir" "$run"
        : >"$dir/run-trace"
        # shellcheck disable=SC2086 # the options are words
        "$herocity" --data-dir "$dir/data" --seed "$run" --window 800x600 $options \
            --trace-saves "$dir/run-trace" --script "$dir/script.txt" >"$dir/out" 2>&1 &
        pid=$!
        # Every command started costs this machine milliseconds of CPU: the wait for the first
        # save starts with the shortest start-up seen, then looks with the built-in test -s.
        sleep 0.3
        waited=0
        while [ ! -s "$dir/run-trace" ] && [ "$waited" -lt 300 ]; do
            sleep 0.1
            waited=$((waited + 1))
        done
        sleep "$delay"
        kill -9 "$pid" 2>/dev/null || true
        status=0
        wait "$pid" 2>/dev/null || status=$? # no "Killed" line
        cat "$dir/run-trace" >>"$trace"
        # The journal is there from a write's start to its end: the kill cut a write short, and
        # the next run must roll it back.
        [ -e "$dir/data/herocity.db-journal" ] && torn=$((torn + 1))
        case $status in
        137) landed=$((landed + 1)) ;;
        0) finished=$((finished + 1)) ;;
        *)
            echo "crash_safety: $1 lane $2 run $run (seed $seed): the game failed ($status):"
            cat "$dir/out"
            return 1
            ;;
        esac
        # Checked on a copy: the game itself must roll back what the kill left half written.
        [ -e "$dir/check/herocity.db-journal" ] && rm "$dir/check/herocity.db-journal"
        cp "$dir/data/herocity.db"* "$dir/check/"
        verdict=$(check_sql "$trace" | sqlite3 "$dir/check/herocity.db" 2>&1)
        if [ "$verdict" != ok ]; then
            echo "crash_safety: $1 lane $2 run $run (seed $seed), killed $delay s after a save:"
            echo "$verdict" | head -20
            return 1
        fi
    done
    echo "$1 $3 $landed $finished $torn $(wc -l <"$trace")" >"$dir/result"
}

# The scenarios share the kills 35:35:30, each over `lanes` lanes that run side by side: lanes
# add no work, and fill the time a run waits for the disk.
lanes=${CRASH_LANES:-2}
start=$(date +%s)
number=0 pids=""
classroom=$((kills * 35 / 100)) study=$((kills * 35 / 100))
# name:kills:the most milliseconds from the first save to the kill (a few saves, a round or two)
for scenario in classroom:$classroom:400 study:$study:300 score:$((kills - classroom - study)):200; do
    name=${scenario%%:*} most=${scenario##*:} total=${scenario#*:}
    total=${total%:*}
    i=0
    while [ "$i" -lt "$lanes" ]; do
        number=$((number + 1))
        count=$((total / lanes + (i < total % lanes ? 1 : 0)))
        lane "$name" "$number" "$count" "$most" &
        pids="$pids $!"
        i=$((i + 1))
    done
done
failed=0
for pid in $pids; do
    wait "$pid" || failed=1
done
[ "$failed" = 0 ] || exit 1

cat "$work"/lane*/result | awk -v kills="$kills" -v seconds=$(($(date +%s) - start)) '
    { runs[$1] += $2; landed += $3; finished += $4; torn += $5; saves[$1] += $6; all += $6 }
    END {
        printf "crash_safety: %d kills (classroom %d, study %d, score %d), %d landed mid-play" \
               " (%d mid-write), %d found the game ended, %d survived: integrity ok, %d" \
               " confirmed saves all present (classroom %d, study %d, score %d) in %d s\n",
               kills, runs["classroom"], runs["study"], runs["score"], landed, torn, finished,
               kills, all, saves["classroom"], saves["study"], saves["score"], seconds
        # Most kills must land while the game plays, or the test proves little.
        if (landed * 10 < kills * 9) {
            printf "crash_safety: only %d of %d kills landed mid-play\n", landed, kills
            exit 1
        }
    }'
