/* Our banks written out for other tools: a native bank written as Moodle XML and read back is
 * the same bank (every shipped bank is tried), and GIFT keeps every text, whatever characters
 * it holds. */
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

/* GIFT has no place for ids, difficulty or the order of choices; every text survives. */
static void texts_survive_gift(void **state)
{
    Fixture *f = *state;
    Bank *bank =
        loader_load_file(f->loader, TEST_DATA_DIR "/export/special-characters.xml", f->diags);
    assert_non_null(bank);
    Bank *back = round_trip(f, bank, bank_write_gift, "exported.gift");
    assert_int_equal(bank_left_out_count(back), 0);
    assert_string_equal(bank_title(back), bank_title(bank));
    assert_int_equal(bank_question_count(back), bank_question_count(bank));
    for (size_t i = 0; i < bank_question_count(bank); i++) {
        const Question *a = bank_question(bank, i), *b = bank_question(back, i);
        assert_string_equal(b->prompt, a->prompt);
        assert_int_equal(b->choice_count, a->choice_count);
        for (int c = 0; c < a->choice_count; c++)
            assert_string_equal(b->choices[c], a->choices[c]);
        assert_int_equal(b->correct_index, a->correct_index);
        assert_string_equal(b->explanation, a->explanation);
        assert_string_equal(b->source, a->source);
        char id[80];
        snprintf(id, sizeof id, "exported-%s", a->id); /* the title ::id:: names it */
        assert_string_equal(b->id, id);
    }
    bank_free(back);
    bank_free(bank);
}

#define TEST(name) cmocka_unit_test_setup_teardown(name, fixture_setup, fixture_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(every_shipped_bank_survives_moodle_xml),
        TEST(special_characters_survive_moodle_xml),
        TEST(texts_survive_gift),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
