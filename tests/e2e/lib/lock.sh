# Sourced by the e2e tests where another program holds the database's lock, or two games run in
# step. Needs $work (a scratch folder) and a `fail MESSAGE` function.

lock_holder=""

# lock_hold DB KIND: a sqlite3 that holds a `BEGIN KIND` lock (IMMEDIATE: others may read;
# EXCLUSIVE: nobody may) on DB, fed through $work/lock-fifo (kept open on fd 3), until
# lock_release. Returns once the lock is held.
lock_hold() {
    rm -f "$work/lock-fifo"
    mkfifo "$work/lock-fifo"
    sqlite3 "$1" <"$work/lock-fifo" >/dev/null &
    lock_holder=$!
    exec 3>"$work/lock-fifo"
    # .timeout: the probe below may hold the lock for an instant; without it BEGIN would fail.
    printf '.timeout 5000\nBEGIN %s;\nUPDATE settings SET value = value;\n' "$2" >&3
    # Held once a writer that does not wait is refused.
    tries=0
    while sqlite3 "$1" 'PRAGMA busy_timeout = 0; BEGIN IMMEDIATE; ROLLBACK' >/dev/null 2>&1; do
        tries=$((tries + 1))
        [ "$tries" -lt 100 ] || fail "the lock on $1 was never taken"
        sleep 0.1
    done
}

# lock_release [committed]: commits (unless a COMMIT was already sent through the fifo) and ends
# the holder. Safe to call twice, and from the EXIT trap.
lock_release() {
    [ -n "$lock_holder" ] || return 0
    [ "${1:-}" = committed ] || printf 'COMMIT;\n' >&3 2>/dev/null || true
    exec 3>&-
    wait "$lock_holder" 2>/dev/null || true
    lock_holder=""
}

# wait_for FILE: waits (up to a minute) for FILE, made by a game's `copy /dev/null FILE`.
wait_for() {
    tries=0
    while [ ! -e "$1" ]; do
        tries=$((tries + 1))
        [ "$tries" -lt 600 ] || fail "$1 never came"
        sleep 0.1
    done
}
