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

# One line per problem: "file:line[:column]: KIND: " then a phrase of the message.
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
validate 1 --quiet schema-mistake.xml mistakes.xml screen-mistakes.xml other-bank.xml
expect schema-mistake.xml:13:13 error "<choice> has an attribute corect that banks do not use"
expect schema-mistake.xml:24:13 error "question id 'schema-statute-year' is used more than once in this bank"
expect mistakes.xml:12:3 error "question 'mistakes-statute-year' has no correct answer"
expect mistakes.xml:24:13 error "question 'mistakes-awards' has 2 correct answers"
expect mistakes.xml:35:5 error "question 'mistakes-first-cities' has the choice 'Leningrad' twice"
expect mistakes.xml:43:5 error "question 'mistakes-fortress' has an empty choice"
expect other-bank.xml:19 error "question id 'leningrad-ice-road-opened' is already used in screen-mistakes.xml:33"
expect screen-mistakes.xml:19 error "question 'screen-siege-days': the explanation is too long to fit on screen"
expect screen-mistakes.xml:25 error "question 'screen-road-of-life': the character '🎖' (U+1F396) cannot be drawn"
count error 9
# Questions without an error of their own that lack an explanation or a source; a schema
# mistake elsewhere in the file does not hide them.
expect schema-mistake.xml:17 warning "question 'schema-statute-year' has no <explanation>"
expect schema-mistake.xml:17 warning "question 'schema-statute-year' has no <source>"
expect screen-mistakes.xml:24 warning "question 'screen-road-of-life' has no <explanation>"
expect other-bank.xml:10 warning "question 'other-ice-road-lake' has no <explanation>"
expect other-bank.xml:19 warning "question 'leningrad-ice-road-opened' has no <explanation>"
count warning 5
if grep -E "^herocity: " "$out" >/dev/null; then
    fail "a message from the program itself (is the game's font missing?)"
fi
if grep -E "^ +[0-9]+ \| " "$out" >/dev/null; then
    fail "--quiet printed source lines"
fi
summary "4 files checked: 0 valid, 4 with errors, 5 warnings"
show_output

# A missing explanation or source is a warning: the bank is valid, --validate exits with 0.
validate 0 --quiet warnings.xml
expect warnings.xml:11 warning "question 'warnings-first-order' has no <explanation>"
expect warnings.xml:20 warning "question 'warnings-fortress' has no <source>"
count warning 2
count error 0
summary "1 file checked: 1 valid, 0 with errors, 2 warnings"
show_output

# One mistake of every kind in one file: one run reports them all, in line order, each once,
# schema problems and the rules beyond the schema together.
validate 1 --quiet every-mistake.xml
positions=$(sed -n 's/^every-mistake\.xml:\([0-9:]*\): \(error\|warning\): .*/\1/p' "$out" | tr '\n' ' ')
[ "$positions" = "6:26 6:38 9:3 14:5 26:5 29:35 35:13 41:3 50:13 58:5 64:5 67:13 67:31 68:5 69:13 \
73:3 83:5 86:3 91:3 94:27 96:5 101:5 105 105 " ] ||
    fail "every-mistake.xml: messages at '$positions'"
count error 22
count warning 2
show_output

# Without --quiet, each message shows its line with a caret at the column, as GCC does.
validate 1 every-mistake.xml
expect_excerpt() { # first line, source line, caret line
    grep -F -x -A 2 -e "$1" "$out" | tail -n 2 >"$out.excerpt"
    printf '%s\n%s\n' "$2" "$3" | cmp -s - "$out.excerpt" ||
        fail "after '$1' no excerpt '$2' / '$3'"
    rm -f "$out.excerpt"
}
expect_excerpt 'every-mistake.xml:29:35: error: <question> attribute difficulty must be 1, 2 or 3' \
    '   29 |   <question id="every-difficulty" difficulty="7">' \
    '      |                                   ^'
expect_excerpt 'every-mistake.xml:14:5: error: <choise> is not expected here; expected <choice>' \
    '   14 |     <choise>Odesa</choise>' \
    '      |     ^'
show_output

# At most 100 messages a file, in line order, and a note with how many more there are.
many=$(mktemp)
trap 'rm -f "$out" "$many"' EXIT
{
    printf '<?xml version="1.0" encoding="UTF-8"?>\n<bank id="many" version="1">\n'
    printf '  <title>Many mistakes</title>\n'
    i=1
    while [ $i -le 130 ]; do
        printf '  <question id="q%d"><prompt>Which?</prompt><choice>A</choice>' $i
        printf '<choice>B</choice></question>\n'
        i=$((i + 1))
    done
    printf '</bank>\n'
} >"$many"
validate 1 --quiet "$many"
count error 100
expect "$many" note "30 more problems are not shown; fix the ones above and check the file again"
expect "$many:103:3" error "question 'q100' has no correct answer"
grep -F -e "$many:104:3: error" "$out" >/dev/null && fail "message 101 was shown"
show_output

# A <place> that is not one of the game's thirteen is an error on its line.
validate 1 place-mistake.xml
expect place-mistake.xml:10 error "<place> 'volgograd' is not one of the game's places; write murmansk,"
count error 1
count warning 0
summary "1 file checked: 0 valid, 1 with errors, 0 warnings"
show_output

echo "authoring mistakes: every error and warning reported, with its line and column"
