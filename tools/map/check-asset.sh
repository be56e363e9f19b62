#!/bin/sh
# Checks the committed map asset. Usage: check-asset.sh SOURCE_DIR checksum|reproducible
#   checksum     the asset's SHA-256 is the one PROVENANCE.md states (needs no network)
#   reproducible the script, run now, makes the same bytes; exits 77 (skipped) when the script's
#                packages are not installed (cd tools/map && npm ci)
set -eu
root=$1
asset=$root/assets/map/europe-east.poly
case $2 in
checksum)
    stated=$(sed -n 's/^SHA-256: `\([0-9a-f]\{64\}\)`$/\1/p' "$root/assets/map/PROVENANCE.md")
    actual=$(sha256sum <"$asset" | cut -d' ' -f1)
    if [ "$stated" != "$actual" ]; then
        echo "europe-east.poly has SHA-256 $actual; PROVENANCE.md says '$stated'" >&2
        exit 1
    fi
    ;;
reproducible)
    if [ ! -d "$root/tools/map/node_modules" ] || ! command -v node >/dev/null 2>&1; then
        echo "skipped: run 'npm ci' in tools/map to check that the script remakes the asset"
        exit 77
    fi
    made=$(mktemp)
    trap 'rm -f "$made"' EXIT
    node "$root/tools/map/make-map.mjs" "$made"
    if ! cmp "$made" "$asset"; then
        echo "make-map.mjs no longer makes the committed europe-east.poly" >&2
        exit 1
    fi
    ;;
*) echo "usage: check-asset.sh SOURCE_DIR checksum|reproducible" >&2; exit 2 ;;
esac
