/* Text as lines: an index of where each line starts, built once per text. */
#include "herocity/source.h"

#include <string.h>

#include "herocity/alloc.h"
#include "loader_internal.h"

struct SourceText {
    const char *text;
    size_t size;
    char *owned; /* the text, when read here */
    size_t *line_starts;
    int line_count;
};

SourceText *source_text_new(const char *text, size_t size)
{
    SourceText *source = hc_calloc(1, sizeof(SourceText));
    if (!source)
        return NULL;
    source->text = text ? text : "";
    source->size = text ? size : 0;
    size_t lines = 1;
    for (const char *p = source->text, *end = p + source->size;
         (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
        lines++;
    source->line_starts = lines <= (size_t)0x7fffffff ? hc_malloc(lines * sizeof(size_t)) : NULL;
    if (!source->line_starts) {
        hc_free(source);
        return NULL;
    }
    /* A UTF-8 byte order mark is invisible: columns on line 1 count from after it. */
    bool bom = source->size >= 3 && memcmp(source->text, "\xEF\xBB\xBF", 3) == 0;
    source->line_starts[0] = bom ? 3 : 0;
    source->line_count = 1;
    for (const char *p = source->text, *end = p + source->size;
         (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
        source->line_starts[source->line_count++] = (size_t)(p - source->text) + 1;
    return source;
}

SourceText *source_text_read(const char *path)
{
    size_t size = 0;
    char *text = loader_read_file(path, &size, NULL);
    char encoding[LOADER_ENCODING_NAME_SIZE];
    if (text && !loader_encoding_of(text, size, encoding)) {
        hc_free(text);
        return NULL;
    }
    if (text && encoding[0]) {
        char *converted = loader_to_utf8(path, encoding, text, &size, NULL);
        hc_free(text);
        text = converted;
    }
    SourceText *source = text ? source_text_new(text, size) : NULL;
    if (source)
        source->owned = text;
    else
        hc_free(text);
    return source;
}

void source_text_free(SourceText *source)
{
    if (!source)
        return;
    hc_free(source->owned);
    hc_free(source->line_starts);
    hc_free(source);
}

const char *source_text_data(const SourceText *source) { return source->text; }
size_t source_text_size(const SourceText *source) { return source->size; }
int source_text_line_count(const SourceText *source) { return source->line_count; }

size_t source_text_line_start(const SourceText *source, int line)
{
    if (line < 1 || line > source->line_count)
        return source->size;
    return source->line_starts[line - 1];
}

const char *source_text_line(const SourceText *source, int line, size_t *length)
{
    if (line < 1 || line > source->line_count)
        return NULL;
    size_t start = source->line_starts[line - 1];
    size_t end = line < source->line_count ? source->line_starts[line] - 1 : source->size;
    if (end > start && source->text[end - 1] == '\r')
        end--;
    *length = end - start;
    return source->text + start;
}

void source_text_position(const SourceText *source, size_t offset, int *line, int *column)
{
    if (offset > source->size)
        offset = source->size;
    /* The last line starting at or before offset. */
    int low = 0, high = source->line_count - 1;
    while (low < high) {
        int mid = low + (high - low + 1) / 2;
        if (source->line_starts[mid] <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    size_t start = source->line_starts[low];
    int characters = 0;
    for (size_t i = start; i < offset; i++)
        characters += ((unsigned char)source->text[i] & 0xC0) != 0x80;
    *line = low + 1;
    *column = characters + 1;
}
