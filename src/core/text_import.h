/* Private to the loader: the text formats teachers already have, read into Banks with the
 * shared importer (import.h): GIFT and Aiken (Moodle's text formats) and Kahoot's spreadsheet
 * template saved as CSV. Each question that cannot be used is left out with a warning on its
 * line; NULL, with an error, when none can be used. */
#ifndef HEROCITY_TEXT_IMPORT_H
#define HEROCITY_TEXT_IMPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "herocity/bank.h"
#include "herocity/diag.h"

/* `text` is UTF-8 (see text_import_utf8), `name` the file's name for messages and the bank's
 * id. */
Bank *gift_import(const char *text, size_t size, const char *name, Diagnostics *diags);
Bank *aiken_import(const char *text, size_t size, const char *name, Diagnostics *diags);
Bank *kahoot_csv_import(const char *text, size_t size, const char *name, Diagnostics *diags);

/* A file's bytes as UTF-8 text without a byte order mark: UTF-16 and UTF-8 with a mark are read
 * as the XML loader reads them; anything else must be UTF-8, and the first byte that is not is
 * reported with its line and column, followed by `hint` (how to save the file as UTF-8). New
 * string with *size updated, caller hc_frees; NULL when the text cannot be read. */
char *text_import_utf8(const char *name, const char *data, size_t *size, const char *hint,
                       Diagnostics *diags);

/* The lines of a text, without their line ends. */
typedef struct {
    const char *text;
    size_t size;
    size_t next; /* where the next line starts */
    int number;  /* the line last returned, 1-based */
} LineReader;

/* The next line and its length; false at the end of the text. */
bool text_next_line(LineReader *reader, const char **line, size_t *length);
/* Whether the line holds only spaces and tabs. */
bool text_line_blank(const char *line, size_t length);
/* A question's name when the file gives none: the start of its text, as Moodle names it. New
 * string, caller hc_frees; NULL when memory runs out. */
char *text_name_from(const char *prompt);

#endif
