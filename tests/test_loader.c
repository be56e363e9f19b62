/* Loader tests: what a bank author sees when a bank is right, and where each mistake is reported.
 */
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
#include "herocity/loader.h"
#include "loader_fixture.h"

/* Inline documents start with these lines, so questions begin on line 4. */
#define HEAD                                       \
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
    "<bank id=\"test\" version=\"1\">\n"           \
    "  <title>Test</title>\n"
#define TAIL "</bank>\n"

static Bank *load_text(Fixture *f, const char *text) { return fixture_load(f, "test.xml", text); }

/* Asserts that some error contains `phrase`, at `line` and, unless column < 0, `column`. */
static const Diagnostic *expect_error(const Diagnostics *diags, int line, int column,
                                      const char *phrase)
{
    for (size_t i = 0; i < diags_count(diags); i++) {
        const Diagnostic *d = diags_get(diags, i);
        if (d->severity == DIAG_ERROR && strstr(d->message, phrase)) {
            if (d->line != line || (column >= 0 && d->column != column))
                print_diags(diags);
            assert_int_equal(d->line, line);
            if (column >= 0)
                assert_int_equal(d->column, column);
            return d;
        }
    }
    print_message("no error containing \"%s\"; got:\n", phrase);
    print_diags(diags);
    fail();
    return NULL;
}

/* The document must be refused with `phrase` at line:column (column -1: any). */
static void expect_refused(void **state, const char *text, int line, int column, const char *phrase)
{
    Fixture *f = *state;
    Bank *bank = load_text(f, text);
    if (bank)
        bank_free(bank);
    assert_null(bank);
    const Diagnostic *d = expect_error(f->diags, line, column, phrase);
    assert_string_equal(d->file, "test.xml");
}

static void valid_bank_loads_with_texts_and_defaults(void **state)
{
    Fixture *f = *state;
    Bank *bank = loader_load_file(f->loader, TEST_DATA_DIR "/valid/kyiv.xml", f->diags);
    print_diags(f->diags);
    assert_non_null(bank);
    /* Only warnings: the second question has neither an explanation nor a source. */
    assert_int_equal(diags_error_count(f->diags), 0);
    assert_int_equal(diags_count(f->diags), 2);
    assert_string_equal(bank_id(bank), "kyiv");
    assert_string_equal(bank_title(bank), "Kyiv, hero city");
    assert_string_equal(bank_description(bank),
                        "The defence of Kyiv in 1941 & the city's memorials.");
    assert_string_equal(bank_language(bank), "uk");
    assert_string_equal(bank_path(bank), TEST_DATA_DIR "/valid/kyiv.xml");
    assert_int_equal(bank_question_count(bank), 2);

    const Question *q = bank_question(bank, 0);
    assert_string_equal(q->id, "kyiv-defence-days");
    assert_string_equal(q->prompt, "How many days did the defence of Kyiv last in 1941?");
    assert_int_equal(q->difficulty, 2);
    assert_true(q->shuffle);
    assert_int_equal(q->choice_count, 3);
    assert_int_equal(q->correct_index, 1);
    assert_string_equal(q->choices[1], "about 71");
    assert_string_equal(q->explanation, "From early July to 19 September 1941.");
    assert_string_equal(q->source, "Battle of Kyiv (1941), encyclopedia entry");
    assert_int_equal(q->line, 8);

    q = bank_find_question(bank, "kyiv-hero-city-year");
    assert_non_null(q);
    assert_int_equal(q->difficulty, 3);
    assert_false(q->shuffle);
    assert_int_equal(q->choice_count, 4);
    assert_int_equal(q->correct_index, 2);
    assert_string_equal(q->choices[2], "1965");
    assert_string_equal(q->explanation, "");
    assert_string_equal(q->source, "");
    bank_free(bank);
}

/* Asserts that warning `index` is at `line` and contains `phrase`. */
static void expect_warning(const Diagnostics *diags, size_t index, int line, const char *phrase)
{
    const Diagnostic *d = diags_get(diags, index);
    if (!d || d->severity != DIAG_WARNING || d->line != line || !strstr(d->message, phrase)) {
        print_message("no warning %zu \"%s\" on line %d; got:\n", index, phrase, line);
        print_diags(diags);
        fail();
    }
}

/* A question still plays without them, so the bank loads; the author is told what to add. */
static void missing_explanation_and_source_are_warnings(void **state)
{
    Fixture *f = *state;
    Bank *bank = load_text(f, HEAD "  <question id=\"q1\">\n"
                                   "    <prompt>Which city?</prompt>\n"
                                   "    <choice correct=\"true\">Kyiv</choice>\n"
                                   "    <choice>Odesa</choice>\n"
                                   "  </question>\n"
                                   "  <question id=\"q2\">\n"
                                   "    <prompt>Which river?</prompt>\n"
                                   "    <choice correct=\"true\">Dnipro</choice>\n"
                                   "    <choice>Don</choice>\n"
                                   "    <explanation>  </explanation>\n"
                                   "    <source>An atlas</source>\n"
                                   "  </question>\n" TAIL);
    assert_non_null(bank);
    assert_int_equal(bank_question_count(bank), 2);
    bank_free(bank);
    assert_int_equal(diags_error_count(f->diags), 0);
    assert_int_equal(diags_count(f->diags), 3);
    expect_warning(f->diags, 0, 4, "question 'q1' has no <explanation>");
    expect_warning(f->diags, 1, 4, "question 'q1' has no <source>");
    expect_warning(f->diags, 2, 13, "question 'q2' has an empty <explanation>");
    assert_string_equal(diags_get(f->diags, 0)->file, "test.xml");
}

/* A question with an error is reported for the error only, which must be fixed first. */
static void no_warning_beside_an_error(void **state)
{
    Fixture *f = *state;
    assert_null(load_text(f, HEAD "  <question id=\"q1\">\n"
                                  "    <prompt>Which city?</prompt>\n"
                                  "    <choice>Kyiv</choice>\n"
                                  "    <choice>Odesa</choice>\n"
                                  "  </question>\n" TAIL));
    assert_int_equal(diags_error_count(f->diags), 1);
    assert_int_equal(diags_count(f->diags), 1);
}

static void no_correct_answer(void **state)
{
    expect_refused(state,
                   HEAD "  <question id=\"q1\">\n"
                        "    <prompt>Which city?</prompt>\n"
                        "    <choice>Kyiv</choice>\n"
                        "    <choice>Odesa</choice>\n"
                        "  </question>\n" TAIL,
                   4, 3, "question 'q1' has no correct answer: mark one <choice> with correct=");
}

static void two_correct_answers(void **state)
{
    Fixture *f = *state;
    Bank *bank = loader_load_file(f->loader, TEST_DATA_DIR "/invalid/two-correct.xml", f->diags);
    assert_null(bank);
    const Diagnostic *d = expect_error(f->diags, 8, 13, "has 2 correct answers; exactly one must");
    assert_string_equal(d->file, TEST_DATA_DIR "/invalid/two-correct.xml");
    assert_int_equal(diags_error_count(f->diags), 1);
}

static void one_choice(void **state)
{
    expect_refused(state,
                   HEAD "  <question id=\"q1\">\n"
                        "    <prompt>Only one?</prompt>\n"
                        "    <choice correct=\"true\">Yes</choice>\n"
                        "  </question>\n" TAIL,
                   4, 3,
                   "<question> is incomplete: expected <choice> (a question needs 2 to 6 choices)");
}

static void seven_choices(void **state)
{
    expect_refused(state,
                   HEAD "  <question id=\"q1\">\n"
                        "    <prompt>Too many?</prompt>\n"
                        "    <choice correct=\"true\">1</choice>\n"
                        "    <choice>2</choice>\n"
                        "    <choice>3</choice>\n"
                        "    <choice>4</choice>\n"
                        "    <choice>5</choice>\n"
                        "    <choice>6</choice>\n"
                        "    <choice>7</choice>\n"
                        "  </question>\n" TAIL,
                   12, 5,
                   "<choice> is not expected here; expected <explanation> or <source> (a question "
                   "has at most 6 choices)");
}

static void duplicate_choice_after_whitespace(void **state)
{
    expect_refused(state,
                   HEAD "  <question id=\"q1\">\n"
                        "    <prompt>Which city?</prompt>\n"
                        "    <choice correct=\"true\">Kyiv</choice>\n"
                        "    <choice>Hero   city\n of Kyiv</choice>\n"
                        "    <choice> Hero city of\tKyiv </choice>\n"
                        "  </question>\n" TAIL,
                   9, 5, "has the choice 'Hero city of Kyiv' twice");
}

static void empty_prompt(void **state)
{
    expect_refused(state,
                   HEAD "  <question id=\"q1\">\n"
                        "    <prompt></prompt>\n"
                        "    <choice correct=\"true\">Yes</choice>\n"
                        "    <choice>No</choice>\n"
                        "  </question>\n" TAIL,
                   5, 5, "<prompt> is empty");
}

static void blank_prompt(void **state)
{
    expect_refused(state,
                   HEAD "  <question id=\"q1\">\n"
                        "    <prompt>  \n   </prompt>\n"
                        "    <choice correct=\"true\">Yes</choice>\n"
                        "    <choice>No</choice>\n"
                        "  </question>\n" TAIL,
                   5, 5, "question 'q1' has an empty prompt");
}

static void blank_choice(void **state)
{
    expect_refused(state,
                   HEAD "  <question id=\"q1\">\n"
                        "    <prompt>Which?</prompt>\n"
                        "    <choice correct=\"true\">Yes</choice>\n"
                        "    <choice> </choice>\n"
                        "  </question>\n" TAIL,
                   7, 5, "question 'q1' has an empty choice");
}

static void duplicate_question_id(void **state)
{
    expect_refused(state,
                   HEAD "  <question id=\"q1\">\n"
                        "    <prompt>First?</prompt>\n"
                        "    <choice correct=\"true\">Yes</choice>\n"
                        "    <choice>No</choice>\n"
                        "  </question>\n"
                        "  <question id=\"q1\">\n"
                        "    <prompt>Second?</prompt>\n"
                        "    <choice correct=\"true\">Yes</choice>\n"
                        "    <choice>No</choice>\n"
                        "  </question>\n" TAIL,
                   9, 13, "question id 'q1' is used more than once");
}

static void difficulty_out_of_range(void **state)
{
    expect_refused(state,
                   HEAD "  <question id=\"q1\" difficulty=\"4\">\n"
                        "    <prompt>Hard?</prompt>\n"
                        "    <choice correct=\"true\">Yes</choice>\n"
                        "    <choice>No</choice>\n"
                        "  </question>\n" TAIL,
                   4, 21, "<question> attribute difficulty must be 1, 2 or 3");
}

static void shuffle_not_boolean(void **state)
{
    expect_refused(state,
                   HEAD "  <question id=\"q1\" shuffle=\"yes\">\n"
                        "    <prompt>Shuffle?</prompt>\n"
                        "    <choice correct=\"true\">Yes</choice>\n"
                        "    <choice>No</choice>\n"
                        "  </question>\n" TAIL,
                   4, 21, "<question> attribute shuffle must be true or false");
}

static void bad_question_id(void **state)
{
    expect_refused(state,
                   HEAD "  <question id=\"Kyiv Q1\">\n"
                        "    <prompt>Id?</prompt>\n"
                        "    <choice correct=\"true\">Yes</choice>\n"
                        "    <choice>No</choice>\n"
                        "  </question>\n" TAIL,
                   4, 13, "'Kyiv Q1' is not a valid id");
}

static void missing_title(void **state)
{
    expect_refused(state,
                   "<?xml version=\"1.0\"?>\n"
                   "<bank id=\"test\" version=\"1\">\n"
                   "  <question id=\"q1\">\n"
                   "    <prompt>Title?</prompt>\n"
                   "    <choice correct=\"true\">Yes</choice>\n"
                   "    <choice>No</choice>\n"
                   "  </question>\n" TAIL,
                   3, 3, "<question> is not expected here; expected <title>");
}

static void wrong_root(void **state)
{
    expect_refused(state, "<?xml version=\"1.0\"?>\n\n<questions/>\n", 3, 1,
                   "starts with <questions>, but a question bank starts with <bank>");
}

/* <quiz> goes to the Moodle importer, not to the bank checks. */
static void moodle_root_is_dispatched(void **state)
{
    Fixture *f = *state;
    const char *text = "<?xml version=\"1.0\"?>\n<quiz>\n</quiz>\n";
    Bank *bank = load_text(f, text);
    bank_free(bank);
    assert_null(bank);
    assert_true(diags_error_count(f->diags) > 0);
    for (size_t i = 0; i < diags_count(f->diags); i++)
        assert_null(strstr(diags_get(f->diags, i)->message, "<bank>"));
}

static void malformed_xml(void **state)
{
    Fixture *f = *state;
    const char *path = TEST_DATA_DIR "/invalid/malformed.xml";
    Bank *bank = loader_load_file(f->loader, path, f->diags);
    assert_null(bank);
    const Diagnostic *d = expect_error(
        f->diags, 6, 48, "the end tag </chioce> does not match the start tag <choice> on line 6");
    assert_string_equal(d->file, path);
}

static void unclosed_element(void **state)
{
    expect_refused(state, HEAD "  <question id=\"q1\">\n    <prompt>Open", 5, 17,
                   "the file ends before <prompt> (opened on line 5) is closed");
}

static void empty_document(void **state)
{
    expect_refused(state, "   \n", 2, -1, "the file is empty");
}

static void billion_laughs_is_refused_unexpanded(void **state)
{
    Fixture *f = *state;
    const char *text = "<?xml version=\"1.0\"?>\n"
                       "<!DOCTYPE bank [\n"
                       " <!ENTITY lol \"lol\">\n"
                       " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                       " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
                       " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
                       " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
                       " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
                       " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
                       " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
                       " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
                       " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
                       "]>\n"
                       "<bank id=\"lol\" version=\"1\"><title>&lol9;</title></bank>\n";
    assert_null(load_text(f, text));
    expect_error(f->diags, 2, 1, "<!DOCTYPE ...> is not allowed");
    /* Refused before the internal subset is read: no entity message, nothing expanded. */
    assert_int_equal(diags_count(f->diags), 1);
}

static void external_entity_is_refused(void **state)
{
    Fixture *f = *state;
    const char *text =
        "<?xml version=\"1.0\"?>\n"
        "\n"
        "  <!DOCTYPE bank [ <!ENTITY xxe SYSTEM \"file://" TEST_DATA_DIR "/valid/kyiv.xml\"> ]>\n"
        "<bank id=\"xxe\" version=\"1\"><title>&xxe;</title></bank>\n";
    assert_null(load_text(f, text));
    expect_error(f->diags, 3, 3, "DOCTYPE");
    assert_int_equal(diags_count(f->diags), 1);
    assert_null(strstr(diags_get(f->diags, 0)->message, "Kyiv"));
}

static void external_dtd_is_refused(void **state)
{
    expect_refused(state,
                   "<?xml version=\"1.0\"?>\n"
                   "<!DOCTYPE bank\n"
                   "  SYSTEM \"http://example.invalid/bank.dtd\">\n"
                   "<bank id=\"dtd\" version=\"1\"/>\n",
                   2, 1, "DOCTYPE");
}

static void file_over_size_cap(void **state)
{
    Fixture *f = *state;
    char path[] = "/tmp/herocity-big-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *out = fdopen(fd, "wb");
    assert_non_null(out);
    static char block[64 * 1024];
    memset(block, ' ', sizeof block);
    for (size_t written = 0; written <= LOADER_MAX_FILE_BYTES; written += sizeof block)
        assert_int_equal(fwrite(block, 1, sizeof block, out), sizeof block);
    fclose(out);
    Bank *bank = loader_load_file(f->loader, path, f->diags);
    unlink(path);
    assert_null(bank);
    expect_error(f->diags, 0, 0, "file is larger than the 16 MiB limit");

    diags_clear(f->diags);
    assert_null(
        loader_load_memory(f->loader, "big.xml", block, LOADER_MAX_FILE_BYTES + 1u, f->diags));
    expect_error(f->diags, 0, 0, "larger than the 16 MiB limit");
}

static void missing_file(void **state)
{
    Fixture *f = *state;
    assert_null(loader_load_file(f->loader, TEST_DATA_DIR "/no-such-bank.xml", f->diags));
    const Diagnostic *d = expect_error(f->diags, 0, 0, "cannot open the file");
    assert_string_equal(d->file, TEST_DATA_DIR "/no-such-bank.xml");
}

static void bad_schema_path(void **state)
{
    (void)state;
    Diagnostics *diags = diags_new();
    assert_null(loader_new(TEST_DATA_DIR "/no-such-schema.xsd", diags));
    assert_true(diags_error_count(diags) > 0);
    loader_free(NULL);
    diags_free(diags);
}

/* Every allocation of a load fails in turn: each attempt must fail cleanly, without leaks. */
static void out_of_memory_at_every_step(void **state)
{
    Fixture *f = *state;
    char *text = NULL;
    size_t size = 0;
    FILE *in = fopen(TEST_DATA_DIR "/valid/kyiv.xml", "rb");
    assert_non_null(in);
    text = malloc(8192);
    assert_non_null(text);
    size = fread(text, 1, 8192, in);
    fclose(in);

    Bank *bank = NULL;
    long n = 0;
    for (; n < 100000 && !bank; n++) {
        diags_clear(f->diags);
        alloc_fail_after(n);
        bank = loader_load_memory(f->loader, "kyiv.xml", text, size, f->diags);
        alloc_fail_after(-1);
        if (!bank)
            assert_true(diags_error_count(f->diags) > 0 || diags_lost(f->diags));
    }
    assert_non_null(bank);
    assert_int_equal(bank_question_count(bank), 2);
    assert_true(n > 10);
    bank_free(bank);

    for (n = 0; n < 200; n++) {
        alloc_fail_after(n);
        bank = loader_load_file(f->loader, TEST_DATA_DIR "/valid/kyiv.xml", f->diags);
        alloc_fail_after(-1);
        bank_free(bank);
        diags_clear(f->diags);
    }
    free(text);
}

#define TEST(name) cmocka_unit_test_setup_teardown(name, fixture_setup, fixture_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(valid_bank_loads_with_texts_and_defaults),
        TEST(missing_explanation_and_source_are_warnings),
        TEST(no_warning_beside_an_error),
        TEST(no_correct_answer),
        TEST(two_correct_answers),
        TEST(one_choice),
        TEST(seven_choices),
        TEST(duplicate_choice_after_whitespace),
        TEST(empty_prompt),
        TEST(blank_prompt),
        TEST(blank_choice),
        TEST(duplicate_question_id),
        TEST(difficulty_out_of_range),
        TEST(shuffle_not_boolean),
        TEST(bad_question_id),
        TEST(missing_title),
        TEST(wrong_root),
        TEST(moodle_root_is_dispatched),
        TEST(malformed_xml),
        TEST(unclosed_element),
        TEST(empty_document),
        TEST(billion_laughs_is_refused_unexpanded),
        TEST(external_entity_is_refused),
        TEST(external_dtd_is_refused),
        TEST(file_over_size_cap),
        TEST(missing_file),
        TEST(bad_schema_path),
        TEST(out_of_memory_at_every_step),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
