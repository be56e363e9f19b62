/* What the loader tests share (see loader_fixture.h). */
#include "loader_fixture.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "herocity/alloc.h"

int fixture_setup(void **state)
{
    Fixture *f = calloc(1, sizeof(Fixture));
    assert_non_null(f);
    f->diags = diags_new();
    f->loader = loader_new(SCHEMA_PATH, f->diags);
    assert_non_null(f->loader);
    assert_int_equal(diags_count(f->diags), 0);
    *state = f;
    return 0;
}

int fixture_teardown(void **state)
{
    Fixture *f = *state;
    alloc_fail_after(-1);
    loader_free(f->loader);
    diags_free(f->diags);
    free(f);
    return 0;
}

Bank *fixture_load(Fixture *fixture, const char *name, const char *text)
{
    return loader_load_memory(fixture->loader, name, text, strlen(text), fixture->diags);
}

void print_diags(const Diagnostics *diags)
{
    char line[1024];
    for (size_t i = 0; i < diags_count(diags); i++)
        print_message("  %s\n", diag_format(diags_get(diags, i), line, sizeof line));
}
