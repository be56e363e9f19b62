#!/bin/sh
# Every shipped question says which facts of the register it rests on and which outside source
# confirmed it: the comment right before each <question> reads
# <!-- facts: ID ... | checked: SOURCE -->. A question without one has not been checked.
set -eu
status=0
for bank in "$1"/questions/*.xml; do
    missing=$(awk '
        /<!-- facts: [^|]+ \| checked: .+ -->/ { checked = 1; next }
        /<question / {
            if (!checked) { match($0, /id="[^"]*"/); print FILENAME ":" NR ": " substr($0, RSTART, RLENGTH) }
            checked = 0
        }
    ' "$bank")
    if [ -n "$missing" ]; then
        printf '%s\n' "$missing" | sed 's/$/: no "facts: ... | checked: ..." comment before it/' >&2
        status=1
    fi
done
[ $status -eq 0 ] && echo "content_sources: every question names its facts and the outside source that confirmed it"
exit $status
