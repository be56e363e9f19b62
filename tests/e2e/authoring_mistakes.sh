#!/bin/sh
# The mistakes docs/AUTHORING.md warns about are each reported once, on their line, in the
# words its table quotes; what a usable bank still lacks is a warning, which does not fail
# --validate. The banks are in tests/data/authoring; see the comments in them.
# Usage: authoring_mistakes.sh HEROCITY TESTS_DATA_AUTHORING_DIR
set -eu
herocity=$1
case $herocity in /*) ;; *) herocity=$(pwd)/$herocity ;; esac
cd "$2"
out=$(mktemp)
trap 'rm -f "$out"' EXIT

failed=0
fail() {
    echo "FAIL: $*"
    failed=1
}

# validate EXPECTED_STATUS FILE...: runs --validate on the files, its output in $out.
validate() {
    expected=$1
    shift
    status=0
    "$herocity" --validate "$@" >"$out" 2>&1 || status=$?
    [ "$status" -eq "$expected" ] ||
        fail "herocity --validate $* exited with $status, expected $expected"
}

# One line per problem: "file:line: KIND: " then a phrase of the message.
expect() {
    grep -F -e "$1: $2: $3" "$out" >/dev/null || fail "no message '$1: $2: $3...'"
}

# count KIND N: exactly N lines of that kind.
count() {
    lines=$(grep -c ": $1: " "$out" || true)
    [ "$lines" -eq "$2" ] || fail "$lines $1 lines, expected exactly $2"
}

summary() {
    grep -F -x "$1" "$out" >/dev/null || fail "no summary line '$1'"
}

show_output() {
    if [ "$failed" -ne 0 ]; then
        echo "--- herocity --validate printed:"
        cat "$out"
        exit 1
    fi
}

# The order matters: other-bank.xml reuses an id of screen-mistakes.xml, loaded before it.
validate 1 schema-mistake.xml mistakes.xml screen-mistakes.xml other-bank.xml
expect schema-mistake.xml:13 error "<choice> has an attribute corect that banks do not use"
expect schema-mistake.xml:24 error "question id 'schema-statute-year' is used more than once in this bank"
expect mistakes.xml:12 error "question 'mistakes-statute-year' has no correct answer"
expect mistakes.xml:24 error "question 'mistakes-awards' has 2 correct answers"
expect mistakes.xml:35 error "question 'mistakes-first-cities' has the choice 'Leningrad' twice"
expect mistakes.xml:43 error "question 'mistakes-fortress' has an empty choice"
expect other-bank.xml:19 error "question id 'leningrad-ice-road-opened' is already used in screen-mistakes.xml:33"
expect screen-mistakes.xml:19 error "question 'screen-siege-days': the explanation is too long to fit on screen"
expect screen-mistakes.xml:25 error "question 'screen-road-of-life': the character '🎖' (U+1F396) cannot be drawn"
count error 9
# Questions without an error of their own that lack an explanation.
expect screen-mistakes.xml:24 warning "question 'screen-road-of-life' has no <explanation>"
expect other-bank.xml:10 warning "question 'other-ice-road-lake' has no <explanation>"
expect other-bank.xml:19 warning "question 'leningrad-ice-road-opened' has no <explanation>"
count warning 3
if grep -E "^herocity: " "$out" >/dev/null; then
    fail "a message from the program itself (is the game's font missing?)"
fi
summary "4 files checked: 0 valid, 4 with errors, 3 warnings"
show_output

# A missing explanation or source is a warning: the bank is valid, --validate exits with 0.
validate 0 warnings.xml
expect warnings.xml:11 warning "question 'warnings-first-order' has no <explanation>"
expect warnings.xml:20 warning "question 'warnings-fortress' has no <source>"
count warning 2
count error 0
summary "1 file checked: 1 valid, 0 with errors, 2 warnings"
show_output

echo "authoring mistakes: all 9 errors and 5 warnings reported"
