/* Diagnostics list: messages with file positions, collected by the core, shown by the app. */
#include "herocity/diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "herocity/alloc.h"

struct Diagnostics {
    Diagnostic *items;
    size_t count;
    size_t capacity;
    size_t errors;
    size_t warnings;
    size_t hidden;
    bool lost;
};

Diagnostics *diags_new(void) { return hc_calloc(1, sizeof(Diagnostics)); }

static void free_item(Diagnostic *item)
{
    hc_free(item->file);
    hc_free(item->message);
}

void diags_clear(Diagnostics *diags)
{
    if (!diags)
        return;
    for (size_t i = 0; i < diags->count; i++)
        free_item(&diags->items[i]);
    diags->count = 0;
    diags->errors = 0;
    diags->warnings = 0;
    diags->hidden = 0;
    diags->lost = false;
}

void diags_free(Diagnostics *diags)
{
    if (!diags)
        return;
    diags_clear(diags);
    hc_free(diags->items);
    hc_free(diags);
}

static bool reserve_one(Diagnostics *diags)
{
    if (diags->count < diags->capacity)
        return true;
    size_t capacity = diags->capacity ? diags->capacity * 2 : 8;
    Diagnostic *items = hc_realloc(diags->items, capacity * sizeof(*items));
    if (!items)
        return false;
    diags->items = items;
    diags->capacity = capacity;
    return true;
}

static bool append(Diagnostics *diags, Diagnostic item)
{
    if (!item.message || !reserve_one(diags)) {
        free_item(&item);
        diags->lost = true;
        return false;
    }
    diags->items[diags->count++] = item;
    diags->errors += item.severity == DIAG_ERROR;
    diags->warnings += item.severity == DIAG_WARNING;
    return true;
}

bool diags_add(Diagnostics *diags, DiagSeverity severity, const char *file, int line, int column,
               const char *fmt, ...)
{
    if (!diags)
        return false;
    Diagnostic item = {severity, hc_strdup(file ? file : ""), line, column, NULL};
    va_list args;
    va_start(args, fmt);
    int needed = vsnprintf(NULL, 0, fmt, args);
    va_end(args);
    if (needed >= 0 && (item.message = hc_malloc((size_t)needed + 1)) != NULL) {
        va_start(args, fmt);
        vsnprintf(item.message, (size_t)needed + 1, fmt, args);
        va_end(args);
    }
    if (!item.file) {
        hc_free(item.message);
        diags->lost = true;
        return false;
    }
    return append(diags, item);
}

size_t diags_count(const Diagnostics *diags) { return diags ? diags->count : 0; }
size_t diags_error_count(const Diagnostics *diags) { return diags ? diags->errors : 0; }
size_t diags_warning_count(const Diagnostics *diags) { return diags ? diags->warnings : 0; }
size_t diags_hidden_count(const Diagnostics *diags) { return diags ? diags->hidden : 0; }
bool diags_lost(const Diagnostics *diags) { return diags && diags->lost; }

const Diagnostic *diags_get(const Diagnostics *diags, size_t index)
{
    return diags && index < diags->count ? &diags->items[index] : NULL;
}

bool diags_take(Diagnostics *to, Diagnostics *from)
{
    bool ok = true;
    for (size_t i = 0; i < from->count; i++)
        ok = append(to, from->items[i]) && ok;
    to->lost = to->lost || from->lost;
    to->hidden += from->hidden;
    from->count = 0;
    from->errors = 0;
    from->warnings = 0;
    from->hidden = 0;
    from->lost = false;
    return ok;
}

char *diag_format(const Diagnostic *diag, char *buf, size_t size)
{
    const char *kind = diag->severity == DIAG_ERROR     ? "error"
                       : diag->severity == DIAG_WARNING ? "warning"
                                                        : "note";
    if (diag->line > 0 && diag->column > 0)
        snprintf(buf, size, "%s:%d:%d: %s: %s", diag->file, diag->line, diag->column, kind,
                 diag->message);
    else if (diag->line > 0)
        snprintf(buf, size, "%s:%d: %s: %s", diag->file, diag->line, kind, diag->message);
    else
        snprintf(buf, size, "%s: %s: %s", diag->file, kind, diag->message);
    return buf;
}

static bool comes_before(const Diagnostic *a, const Diagnostic *b)
{
    return a->line < b->line || (a->line == b->line && a->column < b->column);
}

/* A merge sort, because qsort does not keep equal messages in order, and a file's messages come
 * as long sorted runs (the schema's, then the checks') that merging handles in n log n. */
static void merge_sort(Diagnostic *items, Diagnostic *scratch, size_t count)
{
    for (size_t width = 1; width < count; width *= 2) {
        for (size_t left = 0; left < count; left += 2 * width) {
            size_t mid = left + width < count ? left + width : count;
            size_t right = mid + width < count ? mid + width : count;
            size_t i = left, j = mid, k = left;
            while (i < mid && j < right)
                scratch[k++] = comes_before(&items[j], &items[i]) ? items[j++] : items[i++];
            while (i < mid)
                scratch[k++] = items[i++];
            while (j < right)
                scratch[k++] = items[j++];
        }
        memcpy(items, scratch, count * sizeof *items);
    }
}

void diags_sort_and_cap(Diagnostics *diags, size_t first, size_t max)
{
    if (!diags || first >= diags->count)
        return;
    size_t count = diags->count - first;
    Diagnostic *scratch = count > 1 ? hc_malloc(count * sizeof *scratch) : NULL;
    if (scratch)
        merge_sort(diags->items + first, scratch, count);
    hc_free(scratch); /* without memory the messages stay in the order they were found */
    if (count <= max)
        return;
    size_t dropped = 0;
    char *file = hc_strdup(diags->items[first + max].file);
    for (size_t i = first + max; i < diags->count; i++) {
        Diagnostic *item = &diags->items[i];
        dropped += item->severity != DIAG_NOTE;
        diags->errors -= item->severity == DIAG_ERROR;
        diags->warnings -= item->severity == DIAG_WARNING;
        free_item(item);
    }
    diags->count = first + max;
    diags->hidden += dropped;
    if (!file) {
        diags->lost = true;
        return;
    }
    diags_add(diags, DIAG_NOTE, file, 0, 0,
              "%zu more problem%s not shown; fix the ones above and check the file again", dropped,
              dropped == 1 ? " is" : "s are");
    hc_free(file);
}

/* Appends to a fixed buffer, silently cutting at its end. */
typedef struct {
    char *buf;
    size_t size;
    size_t len;
} Out;

static void out_bytes(Out *out, const char *bytes, size_t count)
{
    if (out->len + 1 >= out->size)
        return;
    if (count > out->size - out->len - 1)
        count = out->size - out->len - 1;
    memcpy(out->buf + out->len, bytes, count);
    out->len += count;
    out->buf[out->len] = '\0';
}

static void out_text(Out *out, const char *text) { out_bytes(out, text, strlen(text)); }

static bool starts_character(char byte) { return ((unsigned char)byte & 0xC0) != 0x80; }

/* Byte offset of character `index` (0-based) in text, or length when the text is shorter. */
static size_t offset_of_character(const char *text, size_t length, size_t index)
{
    size_t offset = 0;
    for (size_t seen = 0; offset < length; offset++) {
        if (starts_character(text[offset]) && seen++ == index)
            return offset;
    }
    return length;
}

/* Wider lines are shown as the part around the column: a terminal would wrap them. */
enum { EXCERPT_MAX_CHARACTERS = 160, EXCERPT_CONTEXT_BEFORE = 60 };

char *diag_format_excerpt(int line, int column, const char *text, size_t length, char *buf,
                          size_t size)
{
    Out out = {buf, size, 0};
    if (size > 0)
        buf[0] = '\0';
    if (line <= 0 || !text)
        return buf;
    size_t skip =
        column > EXCERPT_CONTEXT_BEFORE + 1 ? (size_t)column - 1 - EXCERPT_CONTEXT_BEFORE : 0;
    size_t start = offset_of_character(text, length, skip);
    size_t end = start + offset_of_character(text + start, length - start, EXCERPT_MAX_CHARACTERS);
    char gutter[32];
    int width = snprintf(gutter, sizeof gutter, "%5d | ", line);
    out_text(&out, gutter);
    out_text(&out, start > 0 ? "..." : "");
    for (size_t i = start; i < end; i++) {
        /* Control characters would move the cursor; tabs stay, so the caret lines up. */
        char ch = (unsigned char)text[i] < 0x20 && text[i] != '\t' ? ' ' : text[i];
        out_bytes(&out, &ch, 1);
    }
    out_text(&out, end < length ? "..." : "");
    if (column <= 0)
        return buf;
    out_text(&out, "\n");
    for (int i = 0; i < width - 2; i++)
        out_text(&out, " ");
    out_text(&out, "| ");
    out_text(&out, start > 0 ? "   " : "");
    size_t caret = offset_of_character(text, length, (size_t)column - 1);
    for (size_t i = start; i < caret; i++) {
        if (starts_character(text[i]))
            out_text(&out, text[i] == '\t' ? "\t" : " ");
    }
    out_text(&out, "^");
    return buf;
}
