/* The set of banks a player can choose from: every bank file found in the question folders,
 * and, for the ones that failed, why. One broken file never stops the others from loading. */
#ifndef HEROCITY_LIBRARY_H
#define HEROCITY_LIBRARY_H

#include <stdbool.h>
#include <stddef.h>

#include "herocity/bank.h"
#include "herocity/diag.h"
#include "herocity/loader.h"

typedef struct BankLibrary BankLibrary;

/* NULL when memory runs out. Free with library_free (NULL is fine). */
BankLibrary *library_new(void);
void library_free(BankLibrary *library);

/* Loads every bank file directly inside dir (see loader_format_of), in name order. A missing folder
 * is not an error (the user's folder may not exist yet); an unreadable one is reported. */
void library_add_dir(BankLibrary *library, BankLoader *loader, const char *dir);
/* Loads one file. Returns true when it became a bank. A bank whose id or question ids are
 * already used by a loaded bank is refused, with a message naming the first file. */
bool library_add_file(BankLibrary *library, BankLoader *loader, const char *path);

size_t library_bank_count(const BankLibrary *library);
const Bank *library_bank(const BankLibrary *library, size_t index);
size_t library_question_total(const BankLibrary *library);
/* The bank that holds this question (one of the library's own), or NULL. */
const Bank *library_bank_of(const BankLibrary *library, const Question *question);
/* The question with this id in any loaded bank (through each bank's id index), or NULL. */
const Question *library_find_question(const BankLibrary *library, const char *id);
/* The questions left out of the loaded banks, all together (see bank_left_out_count). */
size_t library_left_out_count(const BankLibrary *library);

/* Files that could not be used, with the first error for each in line order (for the bank
 * list). */
size_t library_failure_count(const BankLibrary *library);
const char *library_failure_path(const BankLibrary *library, size_t index);
const Diagnostic *library_failure_reason(const BankLibrary *library, size_t index);
/* How many problems (errors and warnings) the file has, the first one included, so the bank
 * list can say "first problem (+N more)". */
size_t library_failure_problem_count(const BankLibrary *library, size_t index);

/* Every message from every file, errors and warnings, in load order. */
const Diagnostics *library_diagnostics(const BankLibrary *library);

#endif
