/* Loads question banks from XML files: the native v1 format and Moodle XML quizzes. */
#ifndef HEROCITY_LOADER_H
#define HEROCITY_LOADER_H

#include "herocity/bank.h"
#include "herocity/diag.h"
#include "herocity/limits.h"

/* Files larger than this are refused before parsing. */
#define LOADER_MAX_FILE_BYTES ((unsigned)LIMIT_FILE_BYTES)

typedef struct BankLoader BankLoader;

/* Compiles the bank schema (bank-1.xsd) once. On failure returns NULL and adds the reasons to
 * diags. Free with loader_free (NULL is fine). */
BankLoader *loader_new(const char *schema_path, Diagnostics *diags);
void loader_free(BankLoader *loader);

/* Reads, validates and checks one file. Returns a new Bank (caller frees) when the file is
 * usable; NULL otherwise. Every problem found is added to diags as
 * file:line:col messages; a usable Moodle file may still add warnings for the questions it had
 * to leave out. */
Bank *loader_load_file(BankLoader *loader, const char *path, Diagnostics *diags);

/* Same, for text already in memory (tests, and files read by the caller). `name` is used in
 * messages as the file name. */
Bank *loader_load_memory(BankLoader *loader, const char *name, const char *data, size_t size,
                         Diagnostics *diags);

#endif
