/* Our banks written out for other tools: a native bank written as Moodle XML and read back is
 * the same bank (every shipped bank is tried), whatever characters it holds. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "herocity/bank.h"
#include "herocity/bank_export.h"
#include "herocity/bank_xml.h"
#include "herocity/library.h"
#include "herocity/loader.h"
#include "loader_fixture.h"

typedef bool (*WriteFn)(const Bank *bank, FILE *out);

/* What `write` makes of the bank, as a string (caller frees). */
static char *written(const Bank *bank, WriteFn write)
{
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    assert_non_null(out);
    assert_true(write(bank, out));
    fclose(out);
    return text;
}

/* The bank written in a format and read back from a file called `name`. */
static Bank *round_trip(Fixture *f, const Bank *bank, WriteFn write, const char *name)
{
    char *text = written(bank, write);
    Bank *back = loader_load_memory(f->loader, name, text, strlen(text), f->diags);
    if (!back)
        print_diags(f->diags);
    assert_non_null(back);
    free(text);
    return back;
}

/* The same bank: the native writer writes both the same. */
static void expect_same_bank(const Bank *bank, const Bank *back)
{
    char *expected = written(bank, bank_write_xml), *got = written(back, bank_write_xml);
    if (strcmp(expected, got) != 0)
        print_message("%s:\n%s\nafter the round trip:\n%s\n", bank_path(bank), expected, got);
    assert_string_equal(expected, got);
    free(expected);
    free(got);
}

static void every_shipped_bank_survives_moodle_xml(void **state)
{
    Fixture *f = *state;
    BankLibrary *library = library_new();
    library_add_dir(library, f->loader, QUESTIONS_DIR);
    assert_true(library_bank_count(library) > 0);
    assert_int_equal(library_failure_count(library), 0);
    for (size_t i = 0; i < library_bank_count(library); i++) {
        const Bank *bank = library_bank(library, i);
        Bank *back = round_trip(f, bank, bank_write_moodle, "exported.xml");
        expect_same_bank(bank, back);
        assert_int_equal(bank_left_out_count(back), 0);
        bank_free(back);
    }
    library_free(library);
}

static void special_characters_survive_moodle_xml(void **state)
{
    Fixture *f = *state;
    Bank *bank =
        loader_load_file(f->loader, TEST_DATA_DIR "/export/special-characters.xml", f->diags);
    assert_non_null(bank);
    Bank *back = round_trip(f, bank, bank_write_moodle, "exported.xml");
    expect_same_bank(bank, back);
    bank_free(back);
    bank_free(bank);
}

#define TEST(name) cmocka_unit_test_setup_teardown(name, fixture_setup, fixture_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(every_shipped_bank_survives_moodle_xml),
        TEST(special_characters_survive_moodle_xml),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
