#!/bin/sh
# Installs what is missing, builds, and runs every test twice: once in a warnings-as-errors
# build (where the tests labelled valgrind run the game under memcheck), once under
# AddressSanitizer and UndefinedBehaviorSanitizer (a leak fails the run); then fuzzes each
# reader of outside data for a minute with libFuzzer (clang). docs/TESTING.md.
set -eu
cd "$(dirname "$0")/.."
sh tools/install-deps.sh
jobs=$(nproc)

echo "== build and test (-Werror)"
cmake -S . -B build-ci -DHEROCITY_WERROR=ON >/dev/null
cmake --build build-ci -j"$jobs"
ctest --test-dir build-ci --output-on-failure -j"$jobs"

echo "== build and test under ASan + UBSan"
cmake -S . -B build-sanitize -DHEROCITY_WERROR=ON -DHEROCITY_SANITIZE=ON \
    -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build build-sanitize -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build-sanitize --output-on-failure -j"$jobs"

echo "== fuzz each reader for ${HEROCITY_FUZZ_SECONDS:-60} s (libFuzzer, ASan + UBSan)"
cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DHEROCITY_FUZZ=ON -DHEROCITY_WERROR=ON \
    -DHEROCITY_FUZZ_SECONDS="${HEROCITY_FUZZ_SECONDS:-60}" >/dev/null
cmake --build build-fuzz -j"$jobs"
ctest --test-dir build-fuzz --output-on-failure -j"$jobs"
