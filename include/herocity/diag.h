/* Diagnostics: what went wrong in a file, with its position, for the app to show or print. */
#ifndef HEROCITY_DIAG_H
#define HEROCITY_DIAG_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { DIAG_ERROR, DIAG_WARNING } DiagSeverity;

/* One message. line and column are 1-based; 0 means "unknown". */
typedef struct {
    DiagSeverity severity;
    char *file;
    int line;
    int column;
    char *message;
} Diagnostic;

typedef struct Diagnostics Diagnostics;

/* Creates an empty list; NULL when memory runs out. Free with diags_free (NULL is fine). */
Diagnostics *diags_new(void);
void diags_free(Diagnostics *diags);

/* Appends a message (printf-style). Returns false only when memory ran out, in which case the
 * list remembers that it is incomplete (diags_lost). */
bool diags_add(Diagnostics *diags, DiagSeverity severity, const char *file, int line, int column,
               const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

size_t diags_count(const Diagnostics *diags);
size_t diags_error_count(const Diagnostics *diags);
/* Borrowed view of message i (0-based), valid until the list is changed or freed. */
const Diagnostic *diags_get(const Diagnostics *diags, size_t index);
/* True when a message could not be stored for lack of memory. */
bool diags_lost(const Diagnostics *diags);
/* Moves every message of `from` to the end of `to`, leaving `from` empty. */
bool diags_take(Diagnostics *to, Diagnostics *from);
void diags_clear(Diagnostics *diags);

/* Formats "file:line:col: error: message" (GNU style) into buf; returns buf. */
char *diag_format(const Diagnostic *diag, char *buf, size_t size);

#endif
