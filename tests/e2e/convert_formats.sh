#!/bin/sh
# --convert reads every format and writes every format: a GIFT, Aiken or Kahoot CSV file
# becomes a bank the schema accepts, a shipped bank becomes Moodle XML that is well-formed and
# GIFT that reads back, and a format that does not exist is a usage error.
# Usage: convert_formats.sh HEROCITY SOURCE_DIR
set -eu
herocity=$1
root=$2
schema=$root/questions/schema/bank-1.xsd
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() {
    echo "FAIL: $*"
    failed=1
}

for file in hero-cities.gift hero-cities-aiken.aiken.txt kahoot-template.csv semicolons.csv; do
    # The output is captured first, so that a failing --convert fails the test too.
    if "$herocity" --convert "$root/tests/data/formats/$file" >"$work/bank.xml" 2>"$work/err"; then
        xmllint --noout --nonet --schema "$schema" "$work/bank.xml" 2>"$work/lint" ||
            fail "$file converted to a bank the schema refuses: $(cat "$work/lint")"
    else
        fail "--convert $file failed: $(cat "$work/err")"
    fi
done

kyiv=$root/questions/kyiv.xml
"$herocity" --convert "$kyiv" --to moodle >"$work/kyiv-moodle.xml" || fail "--to moodle failed"
xmllint --noout --nonet "$work/kyiv-moodle.xml" || fail "--to moodle wrote XML that is not well-formed"
"$herocity" --convert "$work/kyiv-moodle.xml" >"$work/kyiv-back.xml" || fail "Moodle XML not read back"
"$herocity" --convert "$kyiv" >"$work/kyiv.xml"
cmp -s "$work/kyiv.xml" "$work/kyiv-back.xml" || fail "kyiv.xml changed on its way through Moodle XML"

"$herocity" --convert "$kyiv" --to gift >"$work/kyiv.gift" || fail "--to gift failed"
"$herocity" --convert "$work/kyiv.gift" >"$work/kyiv-gift.xml" 2>"$work/err" ||
    fail "GIFT not read back: $(cat "$work/err")"
[ "$(grep -c '<question ' "$work/kyiv-gift.xml")" -eq "$(grep -c '<question ' "$work/kyiv.xml")" ] ||
    fail "questions lost on the way through GIFT"

status=0
"$herocity" --convert "$kyiv" --to pdf >/dev/null 2>"$work/err" || status=$?
[ "$status" -eq 2 ] && grep -q -- "--to takes native, moodle or gift, not 'pdf'" "$work/err" ||
    fail "--to pdf: exit $status, $(cat "$work/err")"

[ "$failed" -eq 0 ] && echo "convert formats: every format read and written"
exit "$failed"
