/* Diagnostics: what went wrong in a file, with its position, for the app to show or print. */
#ifndef HEROCITY_DIAG_H
#define HEROCITY_DIAG_H

#include <stdbool.h>
#include <stddef.h>

/* A note adds to the messages before it (how many more there are); it is neither an error nor a
 * warning. */
typedef enum { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } DiagSeverity;

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
size_t diags_warning_count(const Diagnostics *diags);
/* Borrowed view of message i (0-based), valid until the list is changed or freed. */
const Diagnostic *diags_get(const Diagnostics *diags, size_t index);
/* True when a message could not be stored for lack of memory. */
bool diags_lost(const Diagnostics *diags);
/* Moves every message of `from` to the end of `to`, leaving `from` empty. */
bool diags_take(Diagnostics *to, Diagnostics *from);
void diags_clear(Diagnostics *diags);

/* Puts the messages from index `first` on in the order of their lines, then columns (messages
 * on the same place keep their order), and keeps the first `max` of them: a file's messages then
 * read from top to bottom, and a badly broken file does not bury the others. The errors and
 * warnings dropped are counted (diags_hidden_count) and one note at the end says how many. */
void diags_sort_and_cap(Diagnostics *diags, size_t first, size_t max);
/* Errors and warnings dropped by diags_sort_and_cap, counted across diags_take. */
size_t diags_hidden_count(const Diagnostics *diags);

/* Formats "file:line:col: error: message" (GNU style) into buf; returns buf. */
char *diag_format(const Diagnostic *diag, char *buf, size_t size);

/* The source line a message points at, as GCC shows it: the line's number and text, and under
 * it a caret at `column` (none when column is 0). `text` is the line without its line end,
 * `length` bytes of UTF-8. A line too long for a terminal is shown as the part around the
 * column. Returns buf; "" when line is 0. */
char *diag_format_excerpt(int line, int column, const char *text, size_t length, char *buf,
                          size_t size);

#endif
