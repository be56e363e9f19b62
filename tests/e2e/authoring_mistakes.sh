#!/bin/sh
# The mistakes docs/AUTHORING.md warns about are each reported once, on their line, in the
# words its table quotes. The banks are in tests/data/authoring; see the comments in them.
# Usage: authoring_mistakes.sh HEROCITY TESTS_DATA_AUTHORING_DIR
set -eu
herocity=$1
case $herocity in /*) ;; *) herocity=$(pwd)/$herocity ;; esac
cd "$2"
out=$(mktemp)
trap 'rm -f "$out"' EXIT

# The order matters: other-bank.xml reuses an id of screen-mistakes.xml, loaded before it.
status=0
"$herocity" --validate schema-mistake.xml mistakes.xml screen-mistakes.xml other-bank.xml \
    >"$out" 2>&1 || status=$?

failed=0
fail() {
    echo "FAIL: $*"
    failed=1
}

[ "$status" -eq 1 ] || fail "herocity --validate exited with $status, expected 1"

# One line per mistake: "file:line: error: " then a phrase of the message.
expect() {
    grep -F -e "$1: error: $2" "$out" >/dev/null || fail "no message '$1: error: $2...'"
}
expect schema-mistake.xml:13 "<choice> has an attribute corect that banks do not use"
expect schema-mistake.xml:24 "question id 'schema-statute-year' is used more than once in this bank"
expect mistakes.xml:12 "question 'mistakes-statute-year' has no correct answer"
expect mistakes.xml:24 "question 'mistakes-awards' has 2 correct answers"
expect mistakes.xml:35 "question 'mistakes-first-cities' has the choice 'Leningrad' twice"
expect mistakes.xml:43 "question 'mistakes-fortress' has an empty choice"
expect other-bank.xml:19 "question id 'leningrad-ice-road-opened' is already used in screen-mistakes.xml:33"
expect screen-mistakes.xml:19 "question 'screen-siege-days': the explanation is too long to fit on screen"
expect screen-mistakes.xml:25 "question 'screen-road-of-life': the character '🎖' (U+1F396) cannot be drawn"

errors=$(grep -c ": error: " "$out" || true)
[ "$errors" -eq 9 ] || fail "$errors error lines, expected exactly 9 (one per mistake)"
if grep -E ": warning: |^herocity: " "$out" >/dev/null; then
    fail "unexpected warnings (is the game's font missing?)"
fi
grep -F -x "4 files checked: 0 valid, 4 with errors" "$out" >/dev/null ||
    fail "no summary line '4 files checked: 0 valid, 4 with errors'"

if [ "$failed" -ne 0 ]; then
    echo "--- herocity --validate printed:"
    cat "$out"
    exit 1
fi
echo "authoring mistakes: all 9 reported"
