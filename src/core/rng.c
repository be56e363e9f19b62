/* splitmix64: tiny, seedable, good enough for shuffling questions reproducibly. */
#include "herocity/rng.h"

void rng_seed(Rng *rng, uint64_t seed) { rng->state = seed; }

uint64_t rng_next(Rng *rng)
{
    uint64_t z = (rng->state += UINT64_C(0x9E3779B97F4A7C15));
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

uint32_t rng_below(Rng *rng, uint32_t bound)
{
    /* Rejection sampling avoids the modulo bias a plain % would add. */
    uint64_t limit = UINT64_MAX - (UINT64_MAX % bound);
    uint64_t value;
    do {
        value = rng_next(rng);
    } while (value >= limit);
    return (uint32_t)(value % bound);
}

void rng_shuffle_ints(Rng *rng, int *items, size_t count)
{
    for (size_t i = count; i > 1; i--) {
        size_t j = rng_below(rng, (uint32_t)i);
        int tmp = items[i - 1];
        items[i - 1] = items[j];
        items[j] = tmp;
    }
}

void rng_order(Rng *rng, int *items, size_t count, bool shuffle)
{
    for (size_t i = 0; i < count; i++)
        items[i] = (int)i;
    if (shuffle)
        rng_shuffle_ints(rng, items, count);
}
