/* Library tests: folders of banks, one broken file among good ones, ids clashing across files,
 * and every bank shipped in questions/ loading cleanly. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "herocity/alloc.h"
#include "herocity/library.h"
#include "herocity/loader.h"
#include "loader_fixture.h"

typedef struct {
    BankLoader *loader;
    BankLibrary *library;
} LibraryFixture;

static int setup(void **state)
{
    LibraryFixture *f = calloc(1, sizeof(LibraryFixture));
    assert_non_null(f);
    Diagnostics *diags = diags_new();
    f->loader = loader_new(SCHEMA_PATH, diags);
    diags_free(diags);
    assert_non_null(f->loader);
    f->library = library_new();
    assert_non_null(f->library);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    LibraryFixture *f = *state;
    alloc_fail_after(-1);
    library_free(f->library);
    loader_free(f->loader);
    free(f);
    return 0;
}

static void good_files_load_and_broken_one_is_reported(void **state)
{
    LibraryFixture *f = *state;
    library_add_dir(f->library, f->loader, TEST_DATA_DIR "/library/mixed");
    print_diags(library_diagnostics(f->library));
    /* notes.txt and sub/d-hidden.xml are not direct *.xml files, so they are not read. */
    assert_int_equal(library_bank_count(f->library), 2);
    assert_string_equal(bank_id(library_bank(f->library, 0)), "sevastopol");
    assert_string_equal(bank_id(library_bank(f->library, 1)), "tula");
    assert_int_equal(library_question_total(f->library), 2);

    assert_int_equal(library_failure_count(f->library), 1);
    assert_string_equal(library_failure_path(f->library, 0),
                        TEST_DATA_DIR "/library/mixed/b-broken.xml");
    const Diagnostic *reason = library_failure_reason(f->library, 0);
    assert_non_null(reason);
    assert_int_equal(reason->severity, DIAG_ERROR);
    assert_int_equal(reason->line, 4);
    assert_non_null(strstr(reason->message, "question 'kerch-q1' has no correct answer"));
    assert_int_equal(diags_error_count(library_diagnostics(f->library)), 1);
}

/* The bank list shows a failed file's first problem in line order, and how many there are. */
static void failed_file_says_its_first_problem_and_how_many(void **state)
{
    LibraryFixture *f = *state;
    assert_false(
        library_add_file(f->library, f->loader, TEST_DATA_DIR "/authoring/every-mistake.xml"));
    const Diagnostic *reason = library_failure_reason(f->library, 0);
    assert_non_null(reason);
    assert_int_equal(reason->line, 6);
    assert_int_equal(reason->column, 26);
    assert_string_equal(reason->message, "<bank> attribute version must be \"1\"");
    /* 22 errors and 2 warnings. */
    assert_int_equal(library_failure_problem_count(f->library, 0), 24);
    assert_int_equal(library_failure_problem_count(f->library, 1), 0);
}

static void question_id_used_in_two_files_is_refused(void **state)
{
    LibraryFixture *f = *state;
    library_add_dir(f->library, f->loader, TEST_DATA_DIR "/library/dup");
    assert_int_equal(library_bank_count(f->library), 1);
    assert_string_equal(bank_id(library_bank(f->library, 0)), "first");
    assert_int_equal(library_failure_count(f->library), 1);
    assert_string_equal(library_failure_path(f->library, 0),
                        TEST_DATA_DIR "/library/dup/second.xml");
    /* The clash, and a missing explanation and source for each of its two questions. */
    assert_int_equal(library_failure_problem_count(f->library, 0), 5);
    const Diagnostic *reason = library_failure_reason(f->library, 0);
    assert_non_null(reason);
    assert_string_equal(reason->file, TEST_DATA_DIR "/library/dup/second.xml");
    assert_int_equal(reason->line, 9);
    assert_string_equal(reason->message,
                        "question id 'shared-question' is already used in " TEST_DATA_DIR
                        "/library/dup/first.xml:4");
}

static void same_bank_twice_is_refused(void **state)
{
    LibraryFixture *f = *state;
    const char *path = TEST_DATA_DIR "/library/dup/first.xml";
    assert_true(library_add_file(f->library, f->loader, path));
    assert_false(library_add_file(f->library, f->loader, path));
    assert_int_equal(library_bank_count(f->library), 1);
    const Diagnostic *reason = library_failure_reason(f->library, 0);
    assert_non_null(reason);
    assert_non_null(strstr(reason->message, "bank id 'first' is already used in"));
}

static void missing_folder_is_fine(void **state)
{
    LibraryFixture *f = *state;
    library_add_dir(f->library, f->loader, TEST_DATA_DIR "/library/no-such-folder");
    assert_int_equal(library_bank_count(f->library), 0);
    assert_int_equal(library_failure_count(f->library), 0);
    assert_int_equal(diags_count(library_diagnostics(f->library)), 0);
    library_free(NULL);
}

static void out_of_memory_while_adding_a_folder(void **state)
{
    LibraryFixture *f = *state;
    bool loaded = false;
    for (long n = 0; n < 100000 && !loaded; n++) {
        alloc_fail_after(n);
        BankLibrary *library = library_new();
        if (library)
            library_add_dir(library, f->loader, TEST_DATA_DIR "/library/mixed");
        alloc_fail_after(-1);
        loaded = library && library_bank_count(library) == 2;
        library_free(library);
    }
    assert_true(loaded);
}

/* The questions a Moodle quiz had to leave out, over every loaded bank; a file that failed
 * adds none, and a native bank loads whole. */
static void left_out_questions_are_totalled(void **state)
{
    LibraryFixture *f = *state;
    assert_int_equal(library_left_out_count(f->library), 0);
    assert_true(library_add_file(f->library, f->loader, TEST_DATA_DIR "/moodle/mixed.xml"));
    assert_true(library_add_file(f->library, f->loader, TEST_DATA_DIR "/valid/kyiv.xml"));
    assert_false(
        library_add_file(f->library, f->loader, TEST_DATA_DIR "/moodle/nothing-usable.xml"));
    assert_int_equal(bank_left_out_count(library_bank(f->library, 0)), 6);
    assert_int_equal(bank_left_out_count(library_bank(f->library, 1)), 0);
    assert_int_equal(library_left_out_count(f->library), 6);
    assert_int_equal(library_question_total(f->library), 5);
}

/* Content is code: a shipped bank that does not load fails the build. */
static void every_shipped_bank_loads(void **state)
{
    LibraryFixture *f = *state;
    library_add_dir(f->library, f->loader, QUESTIONS_DIR);
    const Diagnostics *diags = library_diagnostics(f->library);
    if (diags_count(diags) > 0) {
        print_message("problems in the shipped banks:\n");
        print_diags(diags);
    }
    if (library_bank_count(f->library) == 0)
        print_message("no bank found in %s\n", QUESTIONS_DIR);
    assert_true(library_bank_count(f->library) > 0);
    assert_int_equal(library_failure_count(f->library), 0);
    assert_int_equal(diags_error_count(diags), 0);
}

#define TEST(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(good_files_load_and_broken_one_is_reported),
        TEST(failed_file_says_its_first_problem_and_how_many),
        TEST(question_id_used_in_two_files_is_refused),
        TEST(same_bank_twice_is_refused),
        TEST(missing_folder_is_fine),
        TEST(out_of_memory_while_adding_a_folder),
        TEST(left_out_questions_are_totalled),
        TEST(every_shipped_bank_loads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
