/* Private to progress_file.c (the file as a whole) and progress_lines.c (one line at a time):
 * what the reader has gathered so far. */
#ifndef HEROCITY_PROGRESS_INTERNAL_H
#define HEROCITY_PROGRESS_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "herocity/progress_file.h"

enum { PROGRESS_MAX_ERRORS = 20 }; /* then the reader stops: the file is refused anyway */

typedef struct {
    StudyRecord record;
    int line;
} ReadRecord;

typedef struct {
    StudyTally tally;
    int line;
} ReadTally;

typedef struct {
    const char *path;
    Diagnostics *diags;
    int line;
    int errors;
    bool out_of_memory;
    bool has_magic, has_learner;
    char learner[LIMIT_NAME_BYTES + 1];
    ReadRecord *records;
    size_t record_count, record_capacity;
    ReadTally *tallies;
    size_t tally_count, tally_capacity;
} ProgressReader;

/* Adds an error at `line` (0: the whole file) and returns false. */
bool progress_complain(ProgressReader *reader, int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Reads one line (no newline, not a comment) into the reader, complaining about what is wrong. */
void progress_parse_line(ProgressReader *reader, char *line);

#endif
