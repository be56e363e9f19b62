/* The game's text system several times over, for tests that measure at many sizes: one system
 * keeps a few font sizes open and closes them all when it needs another, so each range of sizes
 * gets a system of its own. Measures with text_measure and text_line_height, as the game does. */
#ifndef HEROCITY_TESTS_FONT_POOL_H
#define HEROCITY_TESTS_FONT_POOL_H

#include "herocity/fit.h"

typedef struct FontPool FontPool;

/* NULL (and a reason in error) when the font cannot be opened. */
FontPool *font_pool_new(char *error, size_t error_size);
void font_pool_free(FontPool *pool);
FontMetrics font_pool_metrics(FontPool *pool);

#endif
