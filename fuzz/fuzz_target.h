/* What every fuzz target defines: libFuzzer's entry point. The same target builds either with
 * libFuzzer (-DHEROCITY_FUZZ=ON, clang) or with replay_main.c, which runs it over given files
 * in any build, so the seeds and every crash ever found replay in the ordinary test suite. */
#ifndef HEROCITY_FUZZ_TARGET_H
#define HEROCITY_FUZZ_TARGET_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
