/* Reads the map asset. A damaged file is an error naming its line, never a crash: every count
 * is checked against what the rest of the file can hold before memory is taken for it. */
#include "herocity/map.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "herocity/alloc.h"
#include "herocity/limits.h"
#include "herocity/places.h"

typedef struct {
    const char *next; /* the start of the next line */
    const char *end;
    const char *line; /* the current line, without its newline */
    size_t length;
    int number;
    const char *name;
    char *error;
    size_t size;
} Reader;

static bool fail(Reader *reader, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static bool fail(Reader *reader, const char *fmt, ...)
{
    int used = snprintf(reader->error, reader->size, "%s:%d: ", reader->name, reader->number);
    if (used >= 0 && (size_t)used < reader->size) {
        va_list args;
        va_start(args, fmt);
        vsnprintf(reader->error + used, reader->size - (size_t)used, fmt, args);
        va_end(args);
    }
    return false;
}

/* Moves to the next line; every line, the last too, ends in a newline. */
static bool next_line(Reader *reader, const char *expected)
{
    reader->number++;
    const char *newline = reader->next < reader->end
                              ? memchr(reader->next, '\n', (size_t)(reader->end - reader->next))
                              : NULL;
    if (!newline)
        return fail(reader, "the file ends too early: expected %s", expected);
    reader->line = reader->next;
    reader->length = (size_t)(newline - reader->next);
    reader->next = newline + 1;
    return true;
}

/* Bytes left after the current line: a bound on how many more lines there can be. */
static size_t bytes_left(const Reader *reader) { return (size_t)(reader->end - reader->next); }

/* Reads the current line as `keyword` (may be empty) followed by `count` whole numbers, each
 * at most max[i]. Numbers are plain decimal digits, one space before each. */
static bool parse_numbers(Reader *reader, const char *keyword, int count, const long *max,
                          long *out, const char *expected)
{
    const char *p = reader->line;
    const char *end = reader->line + reader->length;
    size_t keyword_length = strlen(keyword);
    if (keyword_length > 0) {
        if (reader->length < keyword_length || memcmp(p, keyword, keyword_length) != 0)
            return fail(reader, "expected %s", expected);
        p += keyword_length;
    }
    for (int i = 0; i < count; i++) {
        if ((keyword_length > 0 || i > 0) && (p == end || *p++ != ' '))
            return fail(reader, "expected %s", expected);
        long value = 0;
        const char *digits = p;
        while (p < end && *p >= '0' && *p <= '9') {
            int digit = *p++ - '0';
            if (value > max[i] / 10 || value * 10 > max[i] - digit)
                return fail(reader, "expected %s, not a number larger than %ld", expected, max[i]);
            value = value * 10 + digit;
        }
        if (p == digits || (p < end && *p != ' '))
            return fail(reader, "expected %s", expected);
        out[i] = value;
    }
    if (p != end)
        return fail(reader, "expected %s, and nothing after it", expected);
    return true;
}

static bool read_numbers(Reader *reader, const char *keyword, int count, const long *max, long *out,
                         const char *expected)
{
    return next_line(reader, expected) && parse_numbers(reader, keyword, count, max, out, expected);
}

static bool read_exact(Reader *reader, const char *text, const char *expected)
{
    if (!next_line(reader, expected))
        return false;
    if (reader->length != strlen(text) || memcmp(reader->line, text, reader->length) != 0)
        return fail(reader, "expected %s", expected);
    return true;
}

/* Can the rest of the file hold `count` items of at least `min_bytes` each (their shortest
 * line)? Checked before taking memory for them. */
static bool check_count(Reader *reader, long count, size_t min_bytes, const char *what)
{
    if ((size_t)count > bytes_left(reader) / min_bytes)
        return fail(reader, "%ld %s cannot fit in the rest of the file: it is cut short", count,
                    what);
    return true;
}

static bool read_point(Reader *reader, const Map *map, MapPoint *out)
{
    long max[2] = {map->width, map->height};
    long xy[2] = {0};
    char expected[64];
    snprintf(expected, sizeof expected, "a point 'X Y' within %dx%d", map->width, map->height);
    if (!read_numbers(reader, "", 2, max, xy, expected))
        return false;
    *out = (MapPoint){(uint16_t)xy[0], (uint16_t)xy[1]};
    return true;
}

static bool read_header(Reader *reader, Map *map)
{
    char projection[256] = "projection ";
    size_t used = strlen(projection);
    places_projection_text(projection + used, sizeof projection - used);
    long max[2] = {65535, 65535};
    long size[2] = {0};
    if (!read_exact(reader, "herocity-map 1", "'herocity-map 1' (not a Hero City map)") ||
        !read_exact(reader, projection,
                    "the projection the game uses: remake the map with tools/map"))
        return false;
    if (!read_numbers(reader, "size", 2, max, size, "'size WIDTH HEIGHT'"))
        return false;
    if (size[0] == 0 || size[1] == 0)
        return fail(reader, "the map has no area");
    map->width = (int)size[0];
    map->height = (int)size[1];
    return true;
}

static bool read_land(Reader *reader, Map *map)
{
    long max[2] = {LIMIT_MAP_ITEMS, LIMIT_MAP_ITEMS};
    long counts[2] = {0};
    if (!read_numbers(reader, "land", 2, max, counts, "'land VERTICES TRIANGLES'") ||
        !check_count(reader, counts[0], 4, "vertices") ||
        !check_count(reader, counts[1], 6, "triangles"))
        return false;
    if (counts[1] > 0 && counts[0] < 3)
        return fail(reader, "triangles need at least 3 vertices");
    map->vertices = hc_calloc((size_t)counts[0] + 1, sizeof *map->vertices);
    map->triangles = hc_calloc((size_t)counts[1] * 3 + 1, sizeof *map->triangles);
    if (!map->vertices || !map->triangles)
        return fail(reader, "out of memory");
    for (map->vertex_count = 0; map->vertex_count < counts[0]; map->vertex_count++)
        if (!read_point(reader, map, &map->vertices[map->vertex_count]))
            return false;
    long last = counts[0] - 1;
    long index_max[3] = {last, last, last};
    long corners[3] = {0};
    for (map->triangle_count = 0; map->triangle_count < counts[1]; map->triangle_count++) {
        if (!read_numbers(reader, "", 3, index_max, corners,
                          "a triangle 'A B C' of vertex numbers"))
            return false;
        for (int i = 0; i < 3; i++)
            map->triangles[map->triangle_count * 3 + i] = (int)corners[i];
    }
    return true;
}

static bool read_coast(Reader *reader, Map *map)
{
    long max[1] = {LIMIT_MAP_ITEMS};
    long lines = 0;
    if (!read_numbers(reader, "coast", 1, max, &lines, "'coast LINES'") ||
        !check_count(reader, lines, 8, "coast lines"))
        return false;
    map->coast_starts = hc_calloc((size_t)lines + 1, sizeof *map->coast_starts);
    if (!map->coast_starts)
        return fail(reader, "out of memory");
    size_t capacity = 0;
    int total = 0;
    for (map->coast_line_count = 0; map->coast_line_count < lines; map->coast_line_count++) {
        long points = 0;
        if (!read_numbers(reader, "line", 1, max, &points, "'line POINTS'") ||
            !check_count(reader, points, 4, "points"))
            return false;
        if (points < 2)
            return fail(reader, "a coast line needs at least 2 points");
        if (total + points > LIMIT_MAP_ITEMS)
            return fail(reader, "more than %d coast points in all", LIMIT_MAP_ITEMS);
        if ((size_t)(total + points) > capacity) {
            capacity = (size_t)(total + points) * 2;
            MapPoint *grown = hc_realloc(map->coast, capacity * sizeof *grown);
            if (!grown)
                return fail(reader, "out of memory");
            map->coast = grown;
        }
        for (long i = 0; i < points; i++)
            if (!read_point(reader, map, &map->coast[total++]))
                return false;
        map->coast_starts[map->coast_line_count + 1] = total;
    }
    return true;
}

Map *map_parse(const char *text, size_t length, const char *name, char *error, size_t size)
{
    Reader reader = {text, text + length, NULL, 0, 0, name, error, size};
    Map *map = hc_calloc(1, sizeof *map);
    if (!map) {
        snprintf(error, size, "%s: out of memory", name);
        return NULL;
    }
    bool ok = read_header(&reader, map) && read_land(&reader, map) && read_coast(&reader, map) &&
              read_exact(&reader, "end", "'end'");
    if (ok && bytes_left(&reader) > 0) {
        reader.number++;
        ok = fail(&reader, "nothing may follow 'end'");
    }
    if (!ok) {
        map_free(map);
        return NULL;
    }
    return map;
}

/* The whole file, or NULL with the reason in error. */
static char *read_file(const char *path, size_t *length, char *error, size_t size)
{
    FILE *file = fopen(path, "rb");
    if (!file) {
        snprintf(error, size, "cannot open the map %s: %s", path, strerror(errno));
        return NULL;
    }
    char *text = NULL;
    long end = fseek(file, 0, SEEK_END) == 0 ? ftell(file) : -1;
    if (end < 0 || fseek(file, 0, SEEK_SET) != 0)
        snprintf(error, size, "cannot read the map %s", path);
    else if (end > LIMIT_MAP_BYTES)
        snprintf(error, size, "%s: larger than %d bytes: not a Hero City map", path,
                 LIMIT_MAP_BYTES);
    else if (!(text = hc_malloc((size_t)end + 1)))
        snprintf(error, size, "%s: out of memory", path);
    else if ((*length = fread(text, 1, (size_t)end, file)) != (size_t)end) {
        snprintf(error, size, "cannot read the map %s", path);
        hc_free(text);
        text = NULL;
    }
    fclose(file);
    return text;
}

Map *map_load(const char *path, char *error, size_t size)
{
    size_t length = 0;
    char *text = read_file(path, &length, error, size);
    if (!text)
        return NULL;
    Map *map = map_parse(text, length, path, error, size);
    hc_free(text);
    return map;
}

MapFit map_fit(const Map *map, double x, double y, double width, double height)
{
    double scale = fmin(width / map->width, height / map->height);
    return (MapFit){scale, x + (width - map->width * scale) / 2.0,
                    y + (height - map->height * scale) / 2.0};
}

void map_free(Map *map)
{
    if (!map)
        return;
    hc_free(map->vertices);
    hc_free(map->triangles);
    hc_free(map->coast);
    hc_free(map->coast_starts);
    hc_free(map);
}
