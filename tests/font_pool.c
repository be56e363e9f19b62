/* The pool of text systems (see font_pool.h), made as sizes are first asked for. */
#include "font_pool.h"

#include <stdio.h>
#include <stdlib.h>

#include "text.h"

/* Sizes a system holds: eight pixel sizes in both faces, well under what one keeps open. */
enum { PX_PER_SYSTEM = 8, SYSTEMS = 64 };

struct FontPool {
    TextSystem *systems[SYSTEMS];
};

FontPool *font_pool_new(char *error, size_t error_size)
{
    FontPool *pool = calloc(1, sizeof *pool);
    if (!pool) {
        snprintf(error, error_size, "out of memory");
        return NULL;
    }
    pool->systems[0] = text_create(NULL, NULL, error, error_size);
    if (!pool->systems[0]) {
        free(pool);
        return NULL;
    }
    return pool;
}

void font_pool_free(FontPool *pool)
{
    if (!pool)
        return;
    for (int i = 0; i < SYSTEMS; i++)
        text_destroy(pool->systems[i]);
    free(pool);
}

static TextSystem *system_for(FontPool *pool, int px)
{
    int i = px / PX_PER_SYSTEM;
    if (i < 0 || i >= SYSTEMS)
        i = 0;
    if (!pool->systems[i]) {
        char error[256];
        pool->systems[i] = text_create(NULL, NULL, error, sizeof error);
        if (!pool->systems[i])
            i = 0;
    }
    return pool->systems[i];
}

static int pool_measure(void *context, bool bold, int px, const char *text, size_t len)
{
    return text_measure(system_for(context, px), bold ? FONT_BOLD : FONT_REGULAR, px, text, len);
}

static int pool_line_height(void *context, bool bold, int px)
{
    return text_line_height(system_for(context, px), bold ? FONT_BOLD : FONT_REGULAR, px);
}

static bool pool_has_glyph(void *context, uint32_t code_point)
{
    FontPool *pool = context;
    return text_has_glyph(pool->systems[0], code_point);
}

FontMetrics font_pool_metrics(FontPool *pool)
{
    FontMetrics metrics = {pool, pool_measure, pool_line_height, pool_has_glyph};
    return metrics;
}
