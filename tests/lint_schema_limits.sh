#!/bin/sh
# The schema and include/herocity/limits.h must agree on every text's length cap and on the
# number of questions a bank may hold: the loader's messages and the screens read the header,
# editors and xmllint read the schema.
set -eu
root=$1
xsd=$root/questions/schema/bank-1.xsd
header=$root/include/herocity/limits.h
status=0

limit_of() { sed -n "s/^ *$1 = \([0-9]*\),.*/\1/p" "$header"; }
# The maxLength facet inside the named simpleType.
schema_max_length() {
    sed -n "/<xs:simpleType name=\"$1\">/,/<\/xs:simpleType>/p" "$xsd" |
        sed -n 's/.*<xs:maxLength value="\([0-9]*\)".*/\1/p'
}

check() { # what, schema value, header constant
    value=$(limit_of "$3")
    if [ -z "$2" ] || [ -z "$value" ] || [ "$2" != "$value" ]; then
        echo "lint_schema_limits: $1: schema says '${2}', $3 says '${value}'" >&2
        status=1
    fi
}

check Identifier "$(schema_max_length Identifier)" LIMIT_ID_CHARS
check PlaceId "$(schema_max_length PlaceId)" LIMIT_ID_CHARS
check Title "$(schema_max_length Title)" LIMIT_TITLE_CHARS
check Description "$(schema_max_length Description)" LIMIT_DESCRIPTION_CHARS
check Prompt "$(schema_max_length Prompt)" LIMIT_PROMPT_CHARS
check ChoiceText "$(schema_max_length ChoiceText)" LIMIT_CHOICE_CHARS
check Explanation "$(schema_max_length Explanation)" LIMIT_EXPLANATION_CHARS
check Source "$(schema_max_length Source)" LIMIT_SOURCE_CHARS
check "question maxOccurs" \
    "$(sed -n 's/.*name="question" type="Question".*maxOccurs="\([0-9]*\)".*/\1/p' "$xsd")" \
    LIMIT_QUESTIONS_PER_BANK
[ $status -eq 0 ] && echo "lint_schema_limits: schema and limits.h agree"
exit $status
