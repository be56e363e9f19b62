/* Progress files: one learner's study records and answer log as plain text, to carry from one
 * computer to another (--export-progress, --import-progress). The format (version 1) is in
 * docs/PROGRESS.md: tab-separated lines, UTF-8, '#' comments, no locale in the numbers. */
#ifndef HEROCITY_PROGRESS_FILE_H
#define HEROCITY_PROGRESS_FILE_H

#include <stdbool.h>
#include <stdio.h>

#include "herocity/diag.h"
#include "herocity/limits.h"
#include "herocity/study.h"

#define PROGRESS_FILE_MAGIC "herocity-progress"
enum {
    PROGRESS_FILE_VERSION = 1,
    PROGRESS_FILE_MAX_LINE = 1024,              /* bytes, the newline included */
    PROGRESS_FILE_MAX_BYTES = 16 * 1024 * 1024, /* a file over this is refused */
};

typedef struct {
    char learner[LIMIT_NAME_BYTES + 1]; /* the name the file was written for */
    StudyRecords records;               /* sorted by question id */
    StudyTallies tallies;               /* sorted by question id, then day */
} ProgressFile;

/* Writes a progress file for `learner` (records and tallies sorted as the store gives them).
 * False when a write to `out` failed. */
bool progress_write(FILE *out, const char *learner, const StudyRecords *records,
                    const StudyTallies *tallies);

/* Reads a progress file from `in`; `path` names it in messages. Every problem is an error in
 * diags as path:line: message; with any, false is returned and *out is left empty, so a file
 * is taken whole or not at all. Free *out with progress_file_free. */
bool progress_read(FILE *in, const char *path, ProgressFile *out, Diagnostics *diags);
void progress_file_free(ProgressFile *file);

#endif
