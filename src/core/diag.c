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
    if (item.severity == DIAG_ERROR)
        diags->errors++;
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
    from->count = 0;
    from->errors = 0;
    from->lost = false;
    return ok;
}

char *diag_format(const Diagnostic *diag, char *buf, size_t size)
{
    const char *kind = diag->severity == DIAG_ERROR ? "error" : "warning";
    if (diag->line > 0 && diag->column > 0)
        snprintf(buf, size, "%s:%d:%d: %s: %s", diag->file, diag->line, diag->column, kind,
                 diag->message);
    else if (diag->line > 0)
        snprintf(buf, size, "%s:%d: %s: %s", diag->file, diag->line, kind, diag->message);
    else
        snprintf(buf, size, "%s: %s: %s", diag->file, kind, diag->message);
    return buf;
}
