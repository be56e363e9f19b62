#!/bin/sh
# A FIFO named where a file is expected is refused at once, named, never opened for a blocking
# read: open() on a FIFO with no writer would wait forever. SDL turns SIGTERM into a quit event
# the blocked game never reads, so timeout sends SIGKILL two seconds after it.
set -eu
herocity=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
mkfifo "$work/pipe.xml"
echo quit >"$work/quit.txt"

refused() { # refused OPTION...: the run ends on its own and names the FIFO as not a file
    status=0
    timeout -k 2 10 "$herocity" --data-dir "$work/data" "$@" >/dev/null 2>"$work/err" ||
        status=$?
    case $status in
    124 | 137) echo "$*: blocked on the FIFO (exit $status)"; exit 1 ;;
    esac
    grep "$work/pipe.xml" "$work/err" | grep -q "is not a regular file" ||
        { echo "$*: the FIFO is not named as not a regular file:"; cat "$work/err"; exit 1; }
}
refused --validate "$work/pipe.xml"
refused --convert "$work/pipe.xml"
refused --play "$work/pipe.xml" --script "$work/quit.txt"
refused --preview "$work/pipe.xml" --script "$work/quit.txt"
refused --font "$work/pipe.xml" --script "$work/quit.txt"
echo "not regular files: ok"
