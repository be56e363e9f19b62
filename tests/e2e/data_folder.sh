#!/bin/sh
# Where saved data goes without --data-dir: ~/.local/share/herocity, also when XDG_DATA_HOME is
# set but empty (the XDG spec reads it as unset), never /herocity. What happens when that
# folder or its file is damaged, read-only, full or shared is disk_faults.sh.
set -eu
herocity=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy

mkdir "$work/home"
printf 'expect store=opened\nquit\n' >"$work/s3"
HOME="$work/home" XDG_DATA_HOME= "$herocity" --seed 1 --script "$work/s3"
[ -f "$work/home/.local/share/herocity/herocity.db" ] || { echo "no database in ~/.local/share"; exit 1; }
echo "default data folder: ok"
