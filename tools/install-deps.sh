#!/bin/sh
# Installs the Debian 12 packages Hero City Quiz needs to build, run and test. Idempotent: when
# everything is already installed it changes nothing and needs no network.
set -eu

# clang and libclang-rt-14-dev (libFuzzer and the sanitizers' runtime, which clang only
# recommends) build the fuzz targets; valgrind runs the game under memcheck (tests labelled
# valgrind, docs/TESTING.md). librsvg2-bin draws the PNG icons from the SVG at build time;
# appstream and desktop-file-utils check the installed metadata and menu entry (install_tree).
PACKAGES="build-essential cmake pkg-config
libsdl2-dev libsdl2-ttf-dev libsdl2-image-dev libxml2-dev libsqlite3-dev libfontconfig-dev
fonts-dejavu-core librsvg2-bin libxml2-utils sqlite3 libcmocka-dev clang-format
appstream desktop-file-utils clang libclang-rt-14-dev valgrind"

missing=""
for package in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1; then
    as_root="sudo"
else
    echo "install-deps: these packages are missing and this needs root (or sudo):$missing" >&2
    exit 1
fi
echo "install-deps: installing$missing"
# Another apt (an unattended upgrade, a second build) may hold the lock: wait for it.
$as_root apt-get -o DPkg::Lock::Timeout=300 update -qq
# shellcheck disable=SC2086 # the package list is meant to split into words
DEBIAN_FRONTEND=noninteractive $as_root apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends $missing
