/* A small seeded random number generator (splitmix64), so shuffles are reproducible. */
#ifndef HEROCITY_RNG_H
#define HEROCITY_RNG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint64_t state;
} Rng;

void rng_seed(Rng *rng, uint64_t seed);
uint64_t rng_next(Rng *rng);
/* Uniform in [0, bound); bound must be > 0. */
uint32_t rng_below(Rng *rng, uint32_t bound);
/* Fisher-Yates shuffle of `count` ints. */
void rng_shuffle_ints(Rng *rng, int *items, size_t count);
/* items[i] = i for i < count, then shuffled when `shuffle` (a round's question order, a
 * question's choice order). */
void rng_order(Rng *rng, int *items, size_t count, bool shuffle);

#endif
