# Sourced by the e2e tests that need a disk of their own (full, read-only): a small tmpfs.
# Mounting needs root (or a user namespace); where it is not allowed, the caller skips with a
# message and passes, so the suite still runs on a developer's machine.

tmpfs_mounts=""

# tmpfs_mount DIR SIZE: mounts a tmpfs of SIZE (e.g. 256k) on DIR, made if missing. Returns 1,
# quietly, where mounting is not allowed.
tmpfs_mount() {
    mkdir -p "$1"
    mount -t tmpfs -o "size=$2" tmpfs "$1" 2>/dev/null || return 1
    tmpfs_mounts="$1 $tmpfs_mounts"
}

# tmpfs_read_only DIR: remounts DIR read-only, as a write-protected stick or share would be.
tmpfs_read_only() {
    mount -o remount,ro "$1"
}

# For the EXIT trap: unmounts, last first, every tmpfs mounted here.
tmpfs_unmount_all() {
    for mounted in $tmpfs_mounts; do
        umount "$mounted" 2>/dev/null || true
    done
    tmpfs_mounts=""
}
