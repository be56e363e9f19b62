/* What the loader tests share: a compiled schema and a message list per test, and printing
 * the messages when an assertion is about to fail. */
#ifndef HEROCITY_TESTS_LOADER_FIXTURE_H
#define HEROCITY_TESTS_LOADER_FIXTURE_H

#include "herocity/bank.h"
#include "herocity/diag.h"
#include "herocity/loader.h"

typedef struct {
    BankLoader *loader;
    Diagnostics *diags;
} Fixture;

/* cmocka setup and teardown: a loader for SCHEMA_PATH and an empty message list. */
int fixture_setup(void **state);
int fixture_teardown(void **state);
/* Loads text as if read from a file called `name`. */
Bank *fixture_load(Fixture *fixture, const char *name, const char *text);
/* Prints every message, to show what there was when an expectation fails. */
void print_diags(const Diagnostics *diags);

#endif
