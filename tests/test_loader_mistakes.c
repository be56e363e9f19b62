/* Every mistake in one pass: the schema's problems and the rules beyond the schema together,
 * each once, in line order, with line and column, capped per file. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "herocity/alloc.h"
#include "herocity/bank.h"
#include "herocity/diag.h"
#include "herocity/limits.h"
#include "herocity/loader.h"
#include "loader_fixture.h"

typedef struct {
    int line;
    int column;
    DiagSeverity severity;
    const char *phrase;
} Expected;

/* Asserts that the messages are exactly these, in this order. */
static void expect_messages(const Diagnostics *diags, const Expected *expected, size_t count)
{
    bool same = diags_count(diags) == count;
    for (size_t i = 0; same && i < count; i++) {
        const Diagnostic *d = diags_get(diags, i);
        same = d->line == expected[i].line && d->column == expected[i].column &&
               d->severity == expected[i].severity && strstr(d->message, expected[i].phrase);
        if (!same)
            print_message("message %zu is not %d:%d \"%s\"\n", i, expected[i].line,
                          expected[i].column, expected[i].phrase);
    }
    if (!same)
        print_diags(diags);
    assert_true(same);
}

static void every_mistake_in_one_run(void **state)
{
    Fixture *f = *state;
    static const Expected expected[] = {
        {6, 26, DIAG_ERROR, "<bank> attribute version must be \"1\""},
        {6, 38, DIAG_ERROR, "<bank> attribute xml:lang must be a language code"},
        {9, 3, DIAG_ERROR, "the bank's <title> is empty; give the bank a name"},
        {14, 5, DIAG_ERROR, "<choise> is not expected here; expected <choice>"},
        {26, 5, DIAG_ERROR,
         "<choice> is not expected here; expected <explanation> or <source> (a question has "
         "at most 6 choices)"},
        {29, 35, DIAG_ERROR, "<question> attribute difficulty must be 1, 2 or 3"},
        {35, 13, DIAG_ERROR,
         "question id 'every-misspelled-element' is used more than once in this bank"},
        {41, 3, DIAG_ERROR, "question 'every-no-correct' has no correct answer"},
        {50, 13, DIAG_ERROR, "question 'every-two-correct' has 2 correct answers"},
        {58, 5, DIAG_ERROR, "question 'every-same-choice' has the choice 'Murmansk' twice"},
        {64, 5, DIAG_ERROR, "question 'every-empty-choice' has an empty choice"},
        {67, 13, DIAG_ERROR, "<question> attribute id: 'Every Bad Id' is not a valid id"},
        {67, 31, DIAG_ERROR, "<question> attribute shuffle must be true or false"},
        {68, 5, DIAG_ERROR, "question 'Every Bad Id' has an empty prompt"},
        {69, 13, DIAG_ERROR, "<choice> has an attribute corect that banks do not use"},
        {73, 3, DIAG_ERROR, "<question> is incomplete: expected <choice>"},
        {83, 5, DIAG_ERROR,
         "<choice> is not expected here; expected <source> (choices come before <explanation> "
         "and <source>)"},
        {86, 3, DIAG_ERROR, "<question> needs an id attribute"},
        {91, 3, DIAG_ERROR, "<bank> cannot hold text directly"},
        {94, 27, DIAG_ERROR, "<prompt> holds plain text only; remove the tags inside it"},
        {96, 5, DIAG_ERROR, "<choice> is empty"},
        {101, 5, DIAG_ERROR, "<choice> is too long: 101 characters, at most 90 are allowed"},
        {105, 0, DIAG_WARNING, "question 'every-clean' has no <explanation>"},
        {105, 0, DIAG_WARNING, "question 'every-clean' has no <source>"},
    };
    Bank *bank =
        loader_load_file(f->loader, TEST_DATA_DIR "/authoring/every-mistake.xml", f->diags);
    assert_null(bank);
    expect_messages(f->diags, expected, sizeof expected / sizeof expected[0]);
}

/* The mistake the schema finds first is not said again by the checks, in other words. */
static void a_mistake_is_reported_once(void **state)
{
    Fixture *f = *state;
    assert_null(fixture_load(f, "once.xml",
                             "<bank id=\"once\" version=\"1\"><title>Once</title>\n"
                             "<question id=\"q1\" difficulty=\"4\" shuffle=\"yes\">\n"
                             "<prompt></prompt><choice correct=\"maybe\">A</choice>\n"
                             "<choice>B</choice></question>\n"
                             "<question id=\"q1\"><prompt>P</prompt><choice>A</choice>\n"
                             "<choice correct=\"true\">B</choice></question></bank>\n"));
    static const Expected expected[] = {
        {2, 19, DIAG_ERROR, "<question> attribute difficulty must be 1, 2 or 3"},
        {2, 34, DIAG_ERROR, "<question> attribute shuffle must be true or false"},
        {3, 1, DIAG_ERROR, "<prompt> is empty"},
        {3, 26, DIAG_ERROR, "<choice> attribute correct must be true or false"},
        {5, 11, DIAG_ERROR, "question id 'q1' is used more than once in this bank"},
    };
    expect_messages(f->diags, expected, sizeof expected / sizeof expected[0]);
}

/* A parser error points at the character that is wrong. */
static void a_lone_ampersand_is_pointed_at(void **state)
{
    Fixture *f = *state;
    assert_null(fixture_load(f, "amp.xml", "<bank>\n  <title>Tom & Jerry</title></bank>\n"));
    static const Expected expected[] = {{2, 14, DIAG_ERROR, "a lone '&' must be written &amp;"}};
    expect_messages(f->diags, expected, 1);
}

/* "all" names the All banks high-score table: a bank with that id would record its rounds there. */
static void a_reserved_bank_id_is_refused(void **state)
{
    Fixture *f = *state;
    assert_null(fixture_load(f, "all.xml",
                             "<bank version=\"1\"\n      id=\"all\"><title>All</title>\n"
                             "<question id=\"q1\"><prompt>P</prompt><choice>A</choice>\n"
                             "<choice correct=\"true\">B</choice><explanation>E</explanation>"
                             "<source>S</source></question></bank>\n"));
    static const Expected expected[] = {
        {2, 7, DIAG_ERROR, "the bank id 'all' is kept for the game's own use; choose another id"}};
    expect_messages(f->diags, expected, 1);
}

/* libxml2 stops at a NUL as at the end: what follows one must not be ignored. */
static const char nul_after_bank[] =
    "<bank id=\"nul\" version=\"1\"><title>Nul</title>\n"
    "<question id=\"q1\"><prompt>P</prompt><choice>A</choice>\n"
    "<choice correct=\"true\">B</choice><explanation>E</explanation>"
    "<source>S</source></question></bank>\n"
    "\xD0\x96\0<question>never read</question>\n";
static const Expected nul_expected[] = {
    {4, 2, DIAG_ERROR, "the file holds a NUL byte here; a bank is text and cannot hold one"}};

static void a_nul_byte_is_refused_with_its_place(void **state)
{
    Fixture *f = *state;
    assert_null(loader_load_memory(f->loader, "nul.xml", nul_after_bank, sizeof nul_after_bank - 1,
                                   f->diags));
    expect_messages(f->diags, nul_expected, 1);
}

/* The same, read from a file in chunks (the way a UTF-8 file on disk is read). */
static void a_nul_byte_in_a_file_is_refused_with_its_place(void **state)
{
    Fixture *f = *state;
    char folder[] = "/tmp/herocity-nul-XXXXXX", path[64];
    assert_non_null(mkdtemp(folder));
    snprintf(path, sizeof path, "%s/nul.xml", folder);
    FILE *file = fopen(path, "wb");
    assert_non_null(file);
    assert_int_equal(fwrite(nul_after_bank, 1, sizeof nul_after_bank - 1, file),
                     sizeof nul_after_bank - 1);
    assert_int_equal(fclose(file), 0);
    Bank *bank = loader_load_file(f->loader, path, f->diags);
    remove(path);
    rmdir(folder);
    assert_null(bank);
    expect_messages(f->diags, nul_expected, 1);
}

static void messages_are_capped_per_file(void **state)
{
    Fixture *f = *state;
    size_t size = 0, capacity = 64 * 1024;
    char *text = malloc(capacity);
    assert_non_null(text);
    size += (size_t)snprintf(text, capacity, "<bank id=\"many\" version=\"1\"><title>T</title>\n");
    for (int i = 1; i <= LIMIT_MESSAGES_PER_FILE + 30; i++)
        size += (size_t)snprintf(text + size, capacity - size,
                                 "<question id=\"q%d\"><prompt>P</prompt><choice>A</choice>"
                                 "<choice>B</choice></question>\n",
                                 i);
    snprintf(text + size, capacity - size, "</bank>\n");
    assert_null(fixture_load(f, "many.xml", text));
    free(text);
    assert_int_equal(diags_count(f->diags), LIMIT_MESSAGES_PER_FILE + 1);
    assert_int_equal(diags_error_count(f->diags), LIMIT_MESSAGES_PER_FILE);
    assert_int_equal(diags_hidden_count(f->diags), 30);
    const Diagnostic *last = diags_get(f->diags, LIMIT_MESSAGES_PER_FILE - 1);
    assert_int_equal(last->line, LIMIT_MESSAGES_PER_FILE + 1);
    assert_non_null(strstr(last->message, "question 'q100' has no correct answer"));
    const Diagnostic *note = diags_get(f->diags, LIMIT_MESSAGES_PER_FILE);
    assert_int_equal(note->severity, DIAG_NOTE);
    assert_string_equal(note->file, "many.xml");
    assert_string_equal(note->message,
                        "30 more problems are not shown; fix the ones above and check the file "
                        "again");
}

#define TEST(name) cmocka_unit_test_setup_teardown(name, fixture_setup, fixture_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(every_mistake_in_one_run),
        TEST(a_mistake_is_reported_once),
        TEST(a_lone_ampersand_is_pointed_at),
        TEST(a_reserved_bank_id_is_refused),
        TEST(a_nul_byte_is_refused_with_its_place),
        TEST(a_nul_byte_in_a_file_is_refused_with_its_place),
        TEST(messages_are_capped_per_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
