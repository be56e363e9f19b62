/* The measuring cache (see measure_cache.h): open addressing on a hash of size, face and text,
 * emptied when it fills up. */
#include "measure_cache.h"

#include <stdlib.h>
#include <string.h>

enum { SLOTS = 1 << 17, MAX_FILL = SLOTS / 4 * 3, HEIGHT_SLOTS = 1024 };

typedef struct {
    char *text; /* NULL: empty slot */
    size_t len;
    unsigned hash;
    int px;
    bool bold;
    int width;
} Entry;

struct MeasureCache {
    FontMetrics inner;
    Entry *entries;
    size_t filled;
    int heights[2][HEIGHT_SLOTS]; /* line heights by face and px; 0 unknown */
    unsigned long asked, missed;
};

MeasureCache *measure_cache_new(const FontMetrics *inner)
{
    MeasureCache *cache = calloc(1, sizeof *cache);
    if (!cache)
        return NULL;
    cache->entries = calloc(SLOTS, sizeof(Entry));
    if (!cache->entries) {
        free(cache);
        return NULL;
    }
    cache->inner = *inner;
    return cache;
}

static void empty(MeasureCache *cache)
{
    for (size_t i = 0; i < SLOTS; i++)
        free(cache->entries[i].text);
    memset(cache->entries, 0, SLOTS * sizeof(Entry));
    cache->filled = 0;
}

void measure_cache_free(MeasureCache *cache)
{
    if (!cache)
        return;
    empty(cache);
    free(cache->entries);
    free(cache);
}

static unsigned hash_of(bool bold, int px, const char *text, size_t len)
{
    unsigned h = 2166136261u ^ (unsigned)px ^ (bold ? 0x9e3779b9u : 0);
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)text[i]) * 16777619u;
    return h;
}

static int cached_measure(void *context, bool bold, int px, const char *text, size_t len)
{
    MeasureCache *cache = context;
    cache->asked++;
    unsigned hash = hash_of(bold, px, text, len);
    size_t i = hash & (SLOTS - 1);
    for (; cache->entries[i].text; i = (i + 1) & (SLOTS - 1)) {
        const Entry *e = &cache->entries[i];
        if (e->hash == hash && e->px == px && e->bold == bold && e->len == len &&
            memcmp(e->text, text, len) == 0)
            return e->width;
    }
    cache->missed++;
    int width = cache->inner.measure(cache->inner.context, bold, px, text, len);
    if (cache->filled >= MAX_FILL) {
        empty(cache);
        i = hash & (SLOTS - 1);
    }
    char *copy = malloc(len + 1);
    if (!copy)
        return width;
    memcpy(copy, text, len);
    copy[len] = '\0';
    cache->entries[i] = (Entry){copy, len, hash, px, bold, width};
    cache->filled++;
    return width;
}

static int cached_line_height(void *context, bool bold, int px)
{
    MeasureCache *cache = context;
    if (px < 0 || px >= HEIGHT_SLOTS)
        return cache->inner.line_height(cache->inner.context, bold, px);
    int *slot = &cache->heights[bold][px];
    if (!*slot)
        *slot = cache->inner.line_height(cache->inner.context, bold, px);
    return *slot;
}

static bool cached_has_glyph(void *context, uint32_t code_point)
{
    MeasureCache *cache = context;
    return cache->inner.has_glyph(cache->inner.context, code_point);
}

FontMetrics measure_cache_metrics(MeasureCache *cache)
{
    FontMetrics metrics = {cache, cached_measure, cached_line_height,
                           cache->inner.has_glyph ? cached_has_glyph : NULL};
    return metrics;
}

unsigned long measure_cache_asked(const MeasureCache *cache) { return cache->asked; }
unsigned long measure_cache_missed(const MeasureCache *cache) { return cache->missed; }
