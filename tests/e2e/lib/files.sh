# Sourced by the e2e tests that check the player's files are never deleted or overwritten.

# files_snapshot DIR OUT: one "sha256  path" line for every file under DIR, in OUT.
files_snapshot() {
    find "$1" -type f | LC_ALL=C sort | while IFS= read -r file; do
        sha256sum "$file"
    done >"$2"
}

# files_kept SNAPSHOT: every file of an earlier snapshot still has its bytes, under its own
# name or, when it was moved aside as damaged, under NAME.corrupt-N. Names every file that did
# not, and returns 1.
files_kept() {
    kept=0
    while read -r sum file; do
        [ -f "$file" ] && [ "$(sha256sum <"$file" | cut -d' ' -f1)" = "$sum" ] && continue
        found=no
        for moved in "$file".corrupt-*; do
            [ -f "$moved" ] && [ "$(sha256sum <"$moved" | cut -d' ' -f1)" = "$sum" ] && found=yes
        done
        [ "$found" = yes ] && continue
        echo "$file was changed or deleted"
        kept=1
    done <"$1"
    return "$kept"
}
