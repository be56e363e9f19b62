/* A bank's <place>: one of the thirteen by id, or a latitude and longitude; the shipped banks
 * about one city need none (their id is the place's); a mistake is an error on its line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "herocity/bank.h"
#include "herocity/diag.h"
#include "herocity/library.h"
#include "herocity/loader.h"
#include "herocity/places.h"
#include "loader_fixture.h"

/* A bank with `place` on line 4 (empty: none), its question on line 5. */
static Bank *load_with_place(Fixture *f, const char *id, const char *place)
{
    char text[1024];
    snprintf(text, sizeof text,
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
             "<bank id=\"%s\" version=\"1\">\n"
             "  <title>Test</title>\n"
             "  %s\n"
             "  <question id=\"%s-q1\">\n"
             "    <prompt>Which city?</prompt>\n"
             "    <choice correct=\"true\">Kyiv</choice>\n"
             "    <choice>Minsk</choice>\n"
             "    <explanation>Because.</explanation>\n"
             "    <source>A book</source>\n"
             "  </question>\n"
             "</bank>\n",
             id, place, id);
    return fixture_load(f, "test.xml", text);
}

static void a_place_named_by_id_is_kept(void **state)
{
    Fixture *f = *state;
    Bank *bank = load_with_place(f, "my-bank", "<place> kyiv </place>");
    print_diags(f->diags);
    assert_non_null(bank);
    BankPlace place = bank_place(bank);
    assert_true(place.known);
    assert_string_equal(place.place_id, "kyiv");
    assert_true(place.latitude == places_find("kyiv")->latitude);
    bank_free(bank);
}

static void a_place_of_ones_own_is_kept(void **state)
{
    Fixture *f = *state;
    Bank *bank = load_with_place(f, "my-bank", "<place lat=\"55.75\" lon=\"-37.5\"/>");
    assert_non_null(bank);
    BankPlace place = bank_place(bank);
    assert_true(place.known);
    assert_null(place.place_id);
    assert_true(place.latitude > 55.7499 && place.latitude < 55.7501);
    assert_true(place.longitude > -37.5001 && place.longitude < -37.4999);
    /* Far west of the map: a warning on its line, and the bank still loads. */
    assert_int_equal(diags_error_count(f->diags), 0);
    const Diagnostic *d = diags_get(f->diags, 0);
    assert_non_null(d);
    assert_int_equal(d->severity, DIAG_WARNING);
    assert_int_equal(d->line, 4);
    assert_non_null(strstr(d->message, "outside the game's map"));
    bank_free(bank);
}

/* Without <place>, a bank whose id is a place's is about that place; other banks about none. */
static void a_bank_without_place_takes_its_ids_place(void **state)
{
    Fixture *f = *state;
    Bank *bank = load_with_place(f, "brest-fortress", "");
    assert_non_null(bank);
    assert_true(bank_place(bank).known);
    assert_string_equal(bank_place(bank).place_id, "brest-fortress");
    bank_free(bank);
    bank = load_with_place(f, "commemoration", "");
    assert_non_null(bank);
    assert_false(bank_place(bank).known);
    bank_free(bank);
    assert_int_equal(diags_count(f->diags), 0);
}

/* The bank is refused with one error on line 4 containing `phrase`. */
static void expect_error_on_place_line(Fixture *f, const char *place, const char *phrase)
{
    Bank *bank = load_with_place(f, "my-bank", place);
    assert_null(bank);
    const Diagnostic *d = diags_get(f->diags, 0);
    if (diags_error_count(f->diags) != 1 || !d || d->line != 4 || !strstr(d->message, phrase)) {
        print_message("expected one error on line 4 with \"%s\"; got:\n", phrase);
        print_diags(f->diags);
        fail();
    }
    diags_clear(f->diags);
}

static void an_unknown_place_is_an_error_on_its_line(void **state)
{
    Fixture *f = *state;
    expect_error_on_place_line(f, "<place>atlantis</place>",
                               "<place> 'atlantis' is not one of the game's places; write "
                               "murmansk, leningrad, moscow");
    expect_error_on_place_line(f, "<place>Kyiv</place>", "'Kyiv' is not one of");
}

static void a_place_needs_one_way_exactly(void **state)
{
    Fixture *f = *state;
    expect_error_on_place_line(f, "<place lat=\"50\" lon=\"30\">kyiv</place>", "it has both");
    expect_error_on_place_line(f, "<place lat=\"50\"/>", "only one of lat and lon");
    expect_error_on_place_line(f, "<place/>", "it is empty");
    /* The schema's own checks: numbers in range, after <description>. */
    expect_error_on_place_line(f, "<place lat=\"95\" lon=\"30\"/>", "lat");
}

/* The feedback screen finds a question's bank, for its place. */
static void the_library_knows_each_questions_bank(void **state)
{
    Fixture *f = *state;
    BankLibrary *library = library_new();
    assert_non_null(library);
    library_add_dir(library, f->loader, QUESTIONS_DIR);
    assert_true(library_bank_count(library) >= PLACE_COUNT);
    for (size_t b = 0; b < library_bank_count(library); b++) {
        const Bank *bank = library_bank(library, b);
        size_t last = bank_question_count(bank) - 1;
        assert_ptr_equal(library_bank_of(library, bank_question(bank, 0)), bank);
        assert_ptr_equal(library_bank_of(library, bank_question(bank, last)), bank);
        /* Every shipped bank named after a place is about it. */
        const Place *own = places_find(bank_id(bank));
        assert_true(!own || bank_place(bank).place_id == own->id);
    }
    Question stranger = {0};
    assert_null(library_bank_of(library, &stranger));
    library_free(library);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(a_place_named_by_id_is_kept, fixture_setup,
                                        fixture_teardown),
        cmocka_unit_test_setup_teardown(a_place_of_ones_own_is_kept, fixture_setup,
                                        fixture_teardown),
        cmocka_unit_test_setup_teardown(a_bank_without_place_takes_its_ids_place, fixture_setup,
                                        fixture_teardown),
        cmocka_unit_test_setup_teardown(an_unknown_place_is_an_error_on_its_line, fixture_setup,
                                        fixture_teardown),
        cmocka_unit_test_setup_teardown(a_place_needs_one_way_exactly, fixture_setup,
                                        fixture_teardown),
        cmocka_unit_test_setup_teardown(the_library_knows_each_questions_bank, fixture_setup,
                                        fixture_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
