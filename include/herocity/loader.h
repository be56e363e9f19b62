/* Loads question banks: the native v1 format, Moodle XML quizzes, and the text formats teachers
 * already have: GIFT, Aiken and Kahoot's spreadsheet template saved as CSV. */
#ifndef HEROCITY_LOADER_H
#define HEROCITY_LOADER_H

#include "herocity/bank.h"
#include "herocity/diag.h"
#include "herocity/limits.h"

/* Files larger than this are refused before parsing. */
#define LOADER_MAX_FILE_BYTES ((unsigned)LIMIT_FILE_BYTES)

typedef struct BankLoader BankLoader;

/* The format a file's name says it is in, by its ending (case aside): *.xml (native or Moodle
 * XML, told apart by the first element), *.gift and *.gift.txt, *.aiken and *.aiken.txt,
 * *.csv. A plain *.txt could be any of them, or notes: it is not read. */
typedef enum {
    BANK_FORMAT_NONE,
    BANK_FORMAT_XML,
    BANK_FORMAT_GIFT,
    BANK_FORMAT_AIKEN,
    BANK_FORMAT_KAHOOT_CSV,
} BankFormat;

BankFormat loader_format_of(const char *name);

/* Compiles the bank schema (bank-1.xsd) once. On failure returns NULL and adds the reasons to
 * diags. Free with loader_free (NULL is fine). */
BankLoader *loader_new(const char *schema_path, Diagnostics *diags);
void loader_free(BankLoader *loader);

/* Reads, validates and checks one file, in the format its name says (XML for any name not
 * listed above). Returns a new Bank (caller frees) when the file is usable; NULL otherwise.
 * Every problem found is added to diags as file:line:col messages; a usable file of another
 * format may still add warnings for the questions it had to leave out. */
Bank *loader_load_file(BankLoader *loader, const char *path, Diagnostics *diags);

/* Same, for text already in memory (tests, and files read by the caller). `name` is used in
 * messages as the file name. */
Bank *loader_load_memory(BankLoader *loader, const char *name, const char *data, size_t size,
                         Diagnostics *diags);

#endif
