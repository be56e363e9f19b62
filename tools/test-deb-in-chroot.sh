#!/bin/sh
# Builds the Debian package, installs it with apt into a fresh Debian 12 root made with
# debootstrap, and there runs `herocity --list` and a scripted round. Not part of tools/test.sh:
# it needs root, the Debian archive and a few minutes. Run it as root from the source folder:
#
#     sh tools/test-deb-in-chroot.sh
#
# DEBIAN_MIRROR chooses the archive (debootstrap's default otherwise). KEEP_ROOT=1 leaves the
# root in place afterwards and prints where it is.
set -eu
cd "$(dirname "$0")/.."
if [ "$(id -u)" -ne 0 ]; then
    echo "test-deb-in-chroot: needs root (debootstrap and chroot)" >&2
    exit 2
fi
sh tools/install-deps.sh
if ! command -v debootstrap >/dev/null 2>&1; then
    apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends debootstrap
fi

echo "== the package"
cmake -S . -B build-deb -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_BUILD_TYPE=Release \
    -DBUILD_TESTING=OFF -DHEROCITY_WERROR=ON >/dev/null
cmake --build build-deb -j"$(nproc)"
(cd build-deb && rm -f herocity_*.deb && cpack -G DEB >/dev/null)
deb=$(ls build-deb/herocity_*.deb)
dpkg-deb --field "$deb" Package Version Depends

root=$(mktemp -d /var/tmp/herocity-chroot.XXXXXX)
chmod 755 "$root" # apt's own user reads the package from it
cleanup() {
    umount "$root/proc" 2>/dev/null || true
    if [ "${KEEP_ROOT:-0}" = 1 ]; then
        echo "test-deb-in-chroot: the root is kept in $root"
    else
        # Never into a file system still mounted inside the root.
        rm -rf --one-file-system "$root"
    fi
}
trap cleanup EXIT

echo "== a fresh Debian 12 root in $root"
# shellcheck disable=SC2086 # an empty DEBIAN_MIRROR must vanish, not be an empty argument
debootstrap --variant=minbase bookworm "$root" ${DEBIAN_MIRROR:-} >"$root.log" 2>&1 ||
    { tail -20 "$root.log" >&2; exit 1; }
rm -f "$root.log"
mount -t proc proc "$root/proc"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
cp tests/e2e/installed_round.txt "$root/tmp/round.txt"

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }

echo "== apt installs the package and what it depends on"
in_root apt-get -qq update
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "/tmp/$(basename "$deb")" >/dev/null

echo "== the installed game"
for file in /usr/share/applications/io.github.herocity.quiz.desktop \
    /usr/share/icons/hicolor/48x48/apps/herocity.png /usr/share/man/man6/herocity.6 \
    /usr/share/metainfo/io.github.herocity.quiz.metainfo.xml; do
    [ -s "$root$file" ] || { echo "test-deb-in-chroot: missing $file" >&2; exit 1; }
done
in_root herocity --version
in_root herocity --list | tee "$root/tmp/list.txt"
shipped=$(ls "$root"/usr/share/herocity/questions/*.xml | wc -l)
grep -q "^$shipped banks" "$root/tmp/list.txt"
in_root env SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy herocity --data-dir /tmp/data \
    --seed 7 --play /usr/share/herocity/questions/kyiv.xml --script /tmp/round.txt
echo "test-deb-in-chroot: the package installs with apt in a fresh Debian 12 and plays"
