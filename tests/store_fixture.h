/* A fresh temporary data folder per store test, and raw SQLite access to the file in it. */
#ifndef HEROCITY_TESTS_STORE_FIXTURE_H
#define HEROCITY_TESTS_STORE_FIXTURE_H

#include <stdbool.h>
#include <stddef.h>

#include "herocity/store.h"

typedef struct {
    char dir[128];    /* fresh mkdtemp folder, removed after the test */
    char db[192];     /* dir/herocity.db */
    char moved1[208]; /* where a damaged db goes first: dir/herocity.db.corrupt-1 */
    char moved2[208];
    char msg[512]; /* message from the last store_open */
    StoreOpenStatus status;
} Fixture;

/* cmocka setup and teardown: a new mkdtemp folder in *state, removed afterwards. */
int setup(void **state);
int teardown(void **state);
/* Every test runs in its own fresh temporary folder. */
#define FRESH(test) cmocka_unit_test_setup_teardown(test, setup, teardown)

void remove_tree(const char *path);
Store *open_in(Fixture *f, const char *dir);
/* Opens f->dir and insists on a clean STORE_OPENED. */
Store *open_ok(Fixture *f);
bool exists(const char *path);
/* Raw SQLite, as another program (or an older game) would touch the file. */
void raw_exec(const char *path, const char *sql);
int raw_int(const char *path, const char *sql);

#endif
