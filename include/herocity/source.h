/* A text file as lines: where a byte of it stands (line and column), and the text of a line, for
 * messages that point into the file and show the line they point at. */
#ifndef HEROCITY_SOURCE_H
#define HEROCITY_SOURCE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct SourceText SourceText;

/* Indexes `size` bytes of UTF-8 text, which stay the caller's and must outlive the index. A
 * leading byte order mark is not part of line 1. NULL when memory runs out. */
SourceText *source_text_new(const char *text, size_t size);
/* Reads a bank file of any format the loaders read, converted to UTF-8 as they convert it. NULL
 * when it cannot be read. */
SourceText *source_text_read(const char *path);
void source_text_free(SourceText *source);

const char *source_text_data(const SourceText *source);
size_t source_text_size(const SourceText *source);
int source_text_line_count(const SourceText *source);
/* Line `line` (1-based) without its line end ("\n" or "\r\n"), and its length in bytes; NULL
 * when the text has no such line. */
const char *source_text_line(const SourceText *source, int line, size_t *length);
/* The 1-based line and column of byte `offset`; columns count characters, as libxml2 counts
 * them, so a tab or a Cyrillic letter is one column. */
void source_text_position(const SourceText *source, size_t offset, int *line, int *column);
/* The byte offset where line `line` starts; the text's size when there is no such line. */
size_t source_text_line_start(const SourceText *source, int line);

#endif
