/* A FontMetrics that remembers what another measured: the property test lays out the same lines
 * thousands of times, and the game's text system keeps only a few font sizes open. */
#ifndef HEROCITY_TESTS_MEASURE_CACHE_H
#define HEROCITY_TESTS_MEASURE_CACHE_H

#include "herocity/fit.h"

typedef struct MeasureCache MeasureCache;

/* Wraps `inner` (borrowed). NULL when memory runs out. */
MeasureCache *measure_cache_new(const FontMetrics *inner);
void measure_cache_free(MeasureCache *cache);
FontMetrics measure_cache_metrics(MeasureCache *cache);
/* Measurements asked for, and how many of them the inner metrics made. */
unsigned long measure_cache_asked(const MeasureCache *cache);
unsigned long measure_cache_missed(const MeasureCache *cache);

#endif
