#!/bin/sh
# install_tree: `cmake --install` into a temporary DESTDIR puts every file where a Debian
# desktop looks for it, the metadata validates, the manual names every option, and the
# installed program finds its own banks and plays a round from them.
# Usage: install_tree.sh BUILD_DIR INSTALL_PREFIX SOURCE_DIR
set -eu
build=$1
prefix=$2
source=$3
app_id=io.github.herocity.quiz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
DESTDIR=$work/root cmake --install "$build" >/dev/null
root=$work/root$prefix

failed=0
need() {
    for path in "$@"; do
        if [ ! -s "$root/$path" ]; then
            echo "install_tree: missing $prefix/$path" >&2
            failed=1
        fi
    done
}
need bin/herocity \
    share/herocity/questions/schema/bank-1.xsd share/herocity/questions/kyiv.xml \
    share/herocity/assets/map/europe-east.poly share/herocity/assets/map/PROVENANCE.md \
    share/herocity/assets/icon/herocity.svg share/herocity/assets/emblem.svg \
    share/doc/herocity/README.md share/doc/herocity/AUTHORING.md \
    share/doc/herocity/bank-template.xml share/doc/herocity/copyright \
    share/doc/herocity/LICENSE share/doc/herocity/LICENSE-CONTENT \
    share/applications/$app_id.desktop share/metainfo/$app_id.metainfo.xml \
    share/man/man6/herocity.6 share/icons/hicolor/scalable/apps/herocity.svg
for size in 16 22 24 32 48 64 128 256 512; do
    need share/icons/hicolor/${size}x$size/apps/herocity.png
done
if [ -n "$(find "$root/share/herocity" -name CMakeLists.txt)" ]; then
    echo "install_tree: build files were installed with the data" >&2
    failed=1
fi
[ "$failed" -eq 0 ] || exit 1

appstreamcli validate --no-net "$root/share/metainfo/$app_id.metainfo.xml"
desktop-file-validate "$root/share/applications/$app_id.desktop"

# Every option of --help is in the manual (roff writes a hyphen as \-).
manual=$(sed 's/\\-/-/g' "$root/share/man/man6/herocity.6")
for option in $("$root/bin/herocity" --help | grep -oE -- '--[a-z-]+' | sort -u); do
    if ! printf '%s\n' "$manual" | grep -q -F -- "$option"; then
        echo "install_tree: the manual does not name $option" >&2
        failed=1
    fi
done
[ "$failed" -eq 0 ] || exit 1

# The installed program reads the installed banks, not the source tree's.
list=$("$root/bin/herocity" --data-dir "$work/data" --list)
printf '%s\n' "$list"
count=$(printf '%s\n' "$list" | grep -c -F "($root/share/herocity/questions/" || true)
if [ "$count" -ne "$(ls "$source"/questions/*.xml | wc -l)" ]; then
    echo "install_tree: the installed program listed $count of the installed banks" >&2
    exit 1
fi
SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy "$root/bin/herocity" --data-dir "$work/data" \
    --seed 7 --play "$root/share/herocity/questions/kyiv.xml" \
    --script "$source/tests/e2e/installed_round.txt"
echo "install_tree: the installed tree is complete and plays"
