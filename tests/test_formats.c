/* The formats teachers already have: GIFT, Aiken and Kahoot's spreadsheet template as CSV,
 * each with every feature the game reads and with broken questions, each left out on its line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "herocity/alloc.h"
#include "herocity/bank.h"
#include "herocity/diag.h"
#include "herocity/library.h"
#include "herocity/loader.h"
#include "loader_fixture.h"

#define FORMATS TEST_DATA_DIR "/formats/"

typedef struct {
    int line;
    const char *reason;
} LeftOut;

/* Loads the file; asserts that exactly these warnings were given, in this order. */
static Bank *load_expecting(Fixture *f, const char *path, const LeftOut *left_out, size_t count)
{
    Bank *bank = loader_load_file(f->loader, path, f->diags);
    bool same = bank && diags_count(f->diags) == count;
    for (size_t i = 0; same && i < count; i++) {
        const Diagnostic *d = diags_get(f->diags, i);
        same = d->severity == DIAG_WARNING && d->line == left_out[i].line &&
               strstr(d->message, left_out[i].reason) && strstr(d->message, "was left out");
    }
    if (!same)
        print_diags(f->diags);
    assert_true(same);
    assert_int_equal(bank_left_out_count(bank), count);
    return bank;
}

/* Asserts a question's prompt, its choices (NULL-terminated) and which one is right. */
static const Question *expect_question(const Bank *bank, size_t index, const char *prompt,
                                       const char *const *choices, int correct)
{
    const Question *q = bank_question(bank, index);
    assert_non_null(q);
    assert_string_equal(q->prompt, prompt);
    int count = 0;
    for (; choices[count]; count++)
        assert_string_equal(q->choices[count], choices[count]);
    assert_int_equal(q->choice_count, count);
    assert_int_equal(q->correct_index, correct);
    return q;
}

static void gift_every_feature(void **state)
{
    Fixture *f = *state;
    static const LeftOut left_out[] = {
        {25, "it is an \"essay\" question"},
        {27, "it is a \"short answer\" question"},
        {29, "it is a \"numerical\" question"},
        {31, "it is a \"matching\" question"},
        {33, "2 of its answers are right; exactly one can be right here"},
        {35, "inside { } every answer starts with = (right) or ~ (wrong)"},
        {37, "its answers are not closed with }"},
        {39, "it has no answers in { }, so it is a description, not a question"},
    };
    Bank *bank = load_expecting(f, FORMATS "hero-cities.gift", left_out, 8);
    assert_string_equal(bank_id(bank), "hero-cities");
    assert_string_equal(bank_title(bank), "Hero Cities (GIFT)"); /* from $CATEGORY */
    assert_string_equal(bank_description(bank), "Imported from GIFT");
    assert_int_equal(bank_question_count(bank), 8);

    const Question *q = expect_question(
        bank, 0, "Which fortress held out for about a month in 1941?",
        (const char *[]){"Brest Fortress", "Kronstadt", "Peter & Paul Fortress", NULL}, 0);
    assert_string_equal(q->id, "hero-cities-brest"); /* from ::title:: */
    assert_string_equal(q->explanation, "The Brest garrison fought on into July 1941.");
    assert_int_equal(q->line, 5);
    assert_true(q->shuffle);
    q = expect_question(bank, 1, "Kiev was named a hero city in 1961.",
                        (const char *[]){"True", "False", NULL}, 0);
    assert_string_equal(q->explanation, "It was, on 21 June 1961.");
    assert_false(q->shuffle);
    expect_question(bank, 2, "Which of these must be escaped in GIFT: ~ = # { }?",
                    (const char *[]){"all of them", "none of them", NULL}, 0);
    q = expect_question(bank, 3, "Which is the northernmost hero city?",
                        (const char *[]){"Minsk", "Murmansk", "Tula", NULL}, 1);
    assert_string_equal(q->id, "hero-cities-which-is-the-northernmost-hero-city");
    q = expect_question(bank, 4, "Is Tula south of Moscow?", (const char *[]){"Yes", "No", NULL},
                        0);
    assert_string_equal(q->explanation, "Tula lies 180 km to the south.");
    assert_string_equal(q->source, "an atlas");
    expect_question(bank, 5, "The siege of Leningrad lasted _____ days.",
                    (const char *[]){"872", "900", "250", NULL}, 0);
    expect_question(bank, 6, "Which city is a hero city?",
                    (const char *[]){"Odesa", "Kherson", "Lviv", NULL}, 0);
    expect_question(bank, 7, "Which hero city is in Crimea?",
                    (const char *[]){"Tula", "Kerch", "Murmansk", NULL}, 1);
    bank_free(bank);
}

static void aiken_every_feature(void **state)
{
    Fixture *f = *state;
    static const LeftOut left_out[] = {
        {12, "its ANSWER is D, but its answers go from A to B"},
        {17, "line 19 is answer C, but answer B was expected"},
        {22, "line 25 is neither an answer (\"A. ...\") nor the ANSWER: line"},
        {28, "it has no ANSWER: line after its answers"},
        {32, "it has the answer \"Volgograd\" twice"},
        {37, "the file ends before its ANSWER: line"},
    };
    Bank *bank = load_expecting(f, FORMATS "hero-cities-aiken.aiken.txt", left_out, 6);
    assert_string_equal(bank_id(bank), "hero-cities-aiken");
    assert_string_equal(bank_title(bank), "hero-cities-aiken"); /* the file's name */
    assert_int_equal(bank_question_count(bank), 2);
    const Question *q = expect_question(bank, 0, "Which city held out for 250 days?",
                                        (const char *[]){"Sevastopol", "Odesa", "Kerch", NULL}, 0);
    assert_string_equal(q->id, "hero-cities-aiken-which-city-held-out-for-250-days");
    assert_int_equal(q->line, 1);
    /* A question written over two lines is joined. */
    q = expect_question(bank, 1, "Which city was besieged for 872 days?",
                        (const char *[]){"Moscow", "Leningrad", NULL}, 1);
    assert_int_equal(q->line, 7);
    bank_free(bank);
}

/* "ANSWER:" with nothing after it, at the very end of the text. */
static void aiken_answer_line_without_letter(void **state)
{
    Fixture *f = *state;
    const char *text = "Which?\nA. Kyiv\nB. Minsk\nANSWER:";
    assert_null(loader_load_memory(f->loader, "end.aiken", text, strlen(text), f->diags));
    const Diagnostic *d = diags_get(f->diags, 0);
    assert_non_null(d);
    assert_int_equal(d->line, 1);
    assert_non_null(strstr(d->message, "its ANSWER: line names no letter"));
}

static void kahoot_template(void **state)
{
    Fixture *f = *state;
    static const LeftOut left_out[] = {
        {8, "2 answers are marked correct (1,3); exactly one can be right here"},
        {9, "its correct answer is answer 3, which is empty"},
        {10, "no correct answer is given"},
        {11, "its correct answer \"first\" is not a number from 1 to 4"},
    };
    Bank *bank = load_expecting(f, FORMATS "kahoot-template.csv", left_out, 4);
    assert_string_equal(bank_description(bank), "Imported from Kahoot CSV");
    assert_int_equal(bank_question_count(bank), 4);
    expect_question(bank, 0, "Which city held out for 250 days?",
                    (const char *[]){"Sevastopol", "Odesa", "Kerch", "Tula", NULL}, 0);
    expect_question(bank, 1, "Which city, on the Neva, was besieged?",
                    (const char *[]){"Moscow", "Leningrad", NULL}, 1);
    const Question *q = expect_question(bank, 2, "A \"quoted\" word and a line break?",
                                        (const char *[]){"Yes", "No", NULL}, 1);
    assert_int_equal(q->line, 6);
    q = expect_question(bank, 3, "Which city has the Motherland Calls statue?",
                        (const char *[]){"Volgograd", "Kyiv", "Tula", "Kerch", NULL}, 0);
    assert_int_equal(q->line, 13);
    bank_free(bank);
}

/* Excel writes semicolons where the decimal mark is a comma, and a byte order mark. */
static void csv_with_semicolons_and_without_header(void **state)
{
    Fixture *f = *state;
    Bank *bank = load_expecting(f, FORMATS "semicolons.csv", NULL, 0);
    expect_question(bank, 0, "Which city is on the Volga?",
                    (const char *[]){"Stalingrad", "Minsk", NULL}, 0);
    expect_question(bank, 1, "Что такое «город-герой»?", (const char *[]){"Звание", "Город", NULL},
                    0);
    assert_string_equal(bank_question(bank, 1)->id, "semicolons-q-2");
    bank_free(bank);
    bank = load_expecting(f, FORMATS "no-header.csv", NULL, 0);
    expect_question(bank, 0, "Which city is on the Volga?",
                    (const char *[]){"Stalingrad", "Minsk", "Tula", NULL}, 0);
    expect_question(bank, 1, "Which city is in Crimea?", (const char *[]){"Kerch", "Tula", NULL},
                    0);
    bank_free(bank);
}

static void csv_not_in_utf8_is_refused_with_the_place(void **state)
{
    Fixture *f = *state;
    assert_null(loader_load_file(f->loader, FORMATS "latin1.csv", f->diags));
    const Diagnostic *d = diags_get(f->diags, 0);
    assert_non_null(d);
    assert_int_equal(d->line, 2);
    assert_int_equal(d->column, 4);
    assert_string_equal(d->message, "the file is not saved as UTF-8; in Excel, save it as \"CSV "
                                    "UTF-8 (Comma delimited)\"");
}

/* "all" is the id of the game's own "All banks" records (a native bank may not have it): a bank
 * imported from a file called all.gift, or from a Moodle quiz whose category's ID number is
 * "all", is still loaded, as all-bank, with a warning that says so. */
static void imported_bank_is_never_called_all(void **state)
{
    Fixture *f = *state;
    static const struct {
        const char *name, *text;
    } files[] = {
        {"questions/all.gift", "Which hero city is in Crimea? {=Kerch ~Tula}\n"},
        {"questions/ALL.aiken.txt",
         "Which hero city is in Crimea?\nA. Kerch\nB. Tula\nANSWER: A\n"},
        {"questions/All.csv", "1,Which hero city is in Crimea?,Kerch,Tula,,,20,1\n"},
        {"questions/quiz.xml",
         "<quiz><question type=\"category\"><category><text>$course$/top/Crimea</text></category>"
         "<idnumber>all</idnumber></question><question type=\"truefalse\"><name><text>Kerch</text>"
         "</name><questiontext format=\"html\"><text>Kerch is a hero city.</text></questiontext>"
         "<answer fraction=\"100\"><text>true</text></answer>"
         "<answer fraction=\"0\"><text>false</text></answer></question></quiz>\n"},
    };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        diags_clear(f->diags);
        Bank *bank = fixture_load(f, files[i].name, files[i].text);
        if (!bank || diags_count(f->diags) != 1)
            print_diags(f->diags);
        assert_non_null(bank);
        assert_string_equal(bank_id(bank), "all-bank");
        assert_int_equal(bank_question_count(bank), 1);
        assert_int_equal(strncmp(bank_question(bank, 0)->id, "all-bank-", 9), 0);
        assert_int_equal(diags_count(f->diags), 1);
        const Diagnostic *d = diags_get(f->diags, 0);
        assert_int_equal(d->severity, DIAG_WARNING);
        assert_string_equal(d->message, "the bank id 'all' is kept for the game's own use; this "
                                        "bank's id is 'all-bank'");
        bank_free(bank);
    }
}

/* A questions folder reads every format by its file's ending, and not plain .txt notes. */
static void folder_reads_every_format(void **state)
{
    Fixture *f = *state;
    assert_int_equal(loader_format_of("a.GIFT"), BANK_FORMAT_GIFT);
    assert_int_equal(loader_format_of("a.aiken.txt"), BANK_FORMAT_AIKEN);
    assert_int_equal(loader_format_of("readme.txt"), BANK_FORMAT_NONE);
    BankLibrary *library = library_new();
    library_add_dir(library, f->loader, FORMATS);
    assert_int_equal(library_bank_count(library), 5);
    assert_int_equal(library_failure_count(library), 1);
    assert_string_equal(library_failure_path(library, 0), FORMATS "latin1.csv");
    assert_int_equal(library_left_out_count(library), 6 + 8 + 4);
    library_free(library);
}

/* Every allocation of a load fails in turn: each attempt fails cleanly, without leaks. */
static void out_of_memory_at_every_step(void **state)
{
    Fixture *f = *state;
    static const char *const files[] = {"hero-cities.gift", "hero-cities-aiken.aiken.txt",
                                        "kahoot-template.csv"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s%s", FORMATS, files[i]);
        Bank *bank = NULL;
        long n = 0;
        for (; n < 100000 && !bank; n++) {
            diags_clear(f->diags);
            alloc_fail_after(n);
            bank = loader_load_file(f->loader, path, f->diags);
            alloc_fail_after(-1);
            if (!bank)
                assert_true(diags_error_count(f->diags) > 0 || diags_lost(f->diags));
        }
        assert_non_null(bank);
        assert_true(n > 10);
        bank_free(bank);
    }
}

#define TEST(name) cmocka_unit_test_setup_teardown(name, fixture_setup, fixture_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(gift_every_feature),
        TEST(aiken_every_feature),
        TEST(aiken_answer_line_without_letter),
        TEST(kahoot_template),
        TEST(csv_with_semicolons_and_without_header),
        TEST(csv_not_in_utf8_is_refused_with_the_place),
        TEST(imported_bank_is_never_called_all),
        TEST(folder_reads_every_format),
        TEST(out_of_memory_at_every_step),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
