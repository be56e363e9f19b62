/* Moodle import tests: what a teacher sees when a Moodle XML quiz is dropped among the banks. */
#include <dirent.h>
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
#include "herocity/bank_xml.h"
#include "herocity/diag.h"
#include "herocity/loader.h"
#include "loader_fixture.h"

#define MIXED TEST_DATA_DIR "/moodle/mixed.xml"

/* Inline quizzes start with these lines, so their first question is on line 3. */
#define QUIZ "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n"
#define END "</quiz>\n"
/* A single-answer multichoice question on one line, the way tests below vary it. */
#define MC(name, text, answers)                                                      \
    "<question type=\"multichoice\"><name><text>" name "</text></name>"              \
    "<questiontext format=\"html\"><text><![CDATA[" text "]]></text></questiontext>" \
    "<single>true</single>" answers "</question>\n"
#define RIGHT(text) "<answer fraction=\"100\"><text><![CDATA[" text "]]></text></answer>"
#define WRONG(text) "<answer fraction=\"0\"><text><![CDATA[" text "]]></text></answer>"

static Bank *load_text(Fixture *f, const char *text) { return fixture_load(f, "quiz.xml", text); }

/* The diagnostic of this severity that contains every phrase; fails the test when none does. */
static const Diagnostic *expect_diag(const Diagnostics *diags, DiagSeverity severity, int line,
                                     const char *phrase, const char *phrase2)
{
    for (size_t i = 0; i < diags_count(diags); i++) {
        const Diagnostic *d = diags_get(diags, i);
        if (d->severity == severity && strstr(d->message, phrase) &&
            (!phrase2 || strstr(d->message, phrase2))) {
            if (d->line != line)
                print_diags(diags);
            assert_int_equal(d->line, line);
            return d;
        }
    }
    print_message("no message containing \"%s\"; got:\n", phrase);
    print_diags(diags);
    fail();
    return NULL;
}

static void expect_left_out(Fixture *f, const char *text, const char *name, const char *reason)
{
    Bank *bank = load_text(f, text);
    bank_free(bank);
    expect_diag(f->diags, DIAG_WARNING, 3, name, reason);
}

static void mixed_file_imports_usable_questions(void **state)
{
    Fixture *f = *state;
    Bank *bank = loader_load_file(f->loader, MIXED, f->diags);
    print_diags(f->diags);
    assert_non_null(bank);
    assert_int_equal(diags_error_count(f->diags), 0);
    assert_string_equal(bank_id(bank), "mixed");
    assert_string_equal(bank_title(bank), "Hero Cities");
    /* The first category's information describes the bank. */
    assert_string_equal(bank_description(bank),
                        "Questions about the hero cities, exported from Moodle.");
    assert_int_equal(bank_question_count(bank), 3);

    const Question *q = bank_question(bank, 0);
    assert_string_equal(q->id, "mixed-brest-defence");
    assert_string_equal(q->prompt, "Which fortress held out for about a month in 1941?");
    assert_int_equal(q->choice_count, 3);
    assert_string_equal(q->choices[q->correct_index], "Brest Fortress");
    assert_string_equal(q->choices[2], "Peter & Paul Fortress");
    assert_string_equal(q->explanation,
                        "The Brest Fortress & its garrison fought on into July 1941.");
    assert_true(q->shuffle);
    assert_int_equal(q->line, 15);

    q = bank_question(bank, 1);
    assert_string_equal(q->id, "mixed-q-2"); /* a Cyrillic name has no ASCII to slug */
    assert_string_equal(q->prompt, "Какая крепость получила звание «Крепость-герой» в 1965 году?");
    assert_string_equal(q->choices[q->correct_index], "Брестская");
    assert_int_equal(q->correct_index, 2); /* -33% is wrong, not partly right */
    assert_false(q->shuffle);              /* <shuffleanswers>0</shuffleanswers> */
    assert_string_equal(q->explanation, "");

    q = bank_question(bank, 2);
    assert_string_equal(q->id, "mixed-kyiv-title");
    assert_int_equal(q->choice_count, 2);
    assert_string_equal(q->choices[0], "True");
    assert_string_equal(q->choices[1], "False");
    assert_int_equal(q->correct_index, 1);
    assert_false(q->shuffle);
    assert_string_equal(q->explanation, "It received the title in 1961 \u2013 not in 1945.");
    bank_free(bank);
}

static void mixed_file_names_every_left_out_question(void **state)
{
    Fixture *f = *state;
    Bank *bank = loader_load_file(f->loader, MIXED, f->diags);
    assert_non_null(bank);
    const Diagnostics *d = f->diags;
    expect_diag(d, DIAG_WARNING, 120, "question \"Hero cities on the Black Sea\" was left out",
                "choose several answers");
    expect_diag(d, DIAG_WARNING, 144, "question \"Cities and years\" was left out",
                "it is a \"matching\" question; only multichoice with one answer and truefalse");
    expect_diag(d, DIAG_WARNING, 167, "\"Siege of Leningrad length\"", "\"short answer\" question");
    expect_diag(d, DIAG_WARNING, 181, "\"Memorials essay\"", "an \"essay\" question");
    expect_diag(d, DIAG_WARNING, 193, "\"Two right answers\"", "2 of its answers are worth 100%");
    const Diagnostic *file = expect_diag(d, DIAG_WARNING, 214, "\"Motherland Calls\"",
                                         "embeds the file \"motherland.png\"");
    assert_string_equal(file->file, MIXED);
    /* Six left out, each exactly once; the category is not a question. */
    assert_int_equal(diags_count(d), 6);
    assert_int_equal(bank_left_out_count(bank), 6);
    char line[1024];
    assert_string_equal(diag_format(diags_get(d, 1), line, sizeof line),
                        MIXED ":144: warning: question \"Cities and years\" was left out: it is a "
                              "\"matching\" question; only multichoice with one answer and "
                              "truefalse can be used");
    bank_free(bank);
}

static void nothing_usable_is_an_error(void **state)
{
    Fixture *f = *state;
    assert_null(loader_load_file(f->loader, TEST_DATA_DIR "/moodle/nothing-usable.xml", f->diags));
    expect_diag(f->diags, DIAG_WARNING, 8, "\"Why remember?\"", "essay");
    expect_diag(f->diags, DIAG_WARNING, 16, "\"No right answer\"", "none of its answers is worth");
    expect_diag(f->diags, DIAG_ERROR, 2, "none of the 2 questions", "can be used");
    assert_int_equal(diags_error_count(f->diags), 1);

    diags_clear(f->diags);
    assert_null(load_text(f, QUIZ "<question type=\"category\"><category><text>$course$/A</text>"
                                  "</category></question>\n" END));
    expect_diag(f->diags, DIAG_ERROR, 2, "this Moodle XML file has no questions", NULL);
}

static void html_is_stripped_and_entities_decoded(void **state)
{
    Fixture *f = *state;
    Bank *bank = load_text(
        f,
        QUIZ MC(
            "Markup",
            "<p>One</p><p>Two&#x41F;&#1055;</p><!-- <b>hidden</b> --><script>"
            "if (a < b) x();</script><b>Ky</b>iv &lt;b&gt; 2 < 3 &unknown; &#150;",
            RIGHT("<p>A&nbsp;&amp;&nbsp;B</p>") WRONG(
                "<em>C</em>")) "<question type=\"multichoice\"><name><text>Plain</text></name>"
                               "<questiontext format=\"plain_text\"><text>Is &lt;b&gt; bold?</text>"
                               "</questiontext><answer fraction=\"100\"><text>Yes</text></answer>"
                               "<answer><text>No</text></answer></question>\n" END);
    print_diags(f->diags);
    assert_non_null(bank);
    assert_int_equal(diags_count(f->diags), 0);
    const Question *q = bank_question(bank, 0);
    assert_string_equal(q->prompt, "One TwoПП Kyiv <b> 2 < 3 &unknown; \u2013");
    assert_string_equal(q->choices[0], "A & B");
    assert_string_equal(q->choices[1], "C");
    assert_false(q->shuffle); /* Moodle's default without <shuffleanswers> */
    q = bank_question(bank, 1);
    assert_string_equal(q->prompt, "Is <b> bold?"); /* plain text keeps what it says */
    assert_int_equal(q->correct_index, 0);
    bank_free(bank);
}

static void answers_that_cannot_be_used(void **state)
{
    Fixture *f = *state;
    expect_left_out(f, QUIZ MC("One", "Q?", RIGHT("A")) END, "\"One\" was left out",
                    "it has 1 answer; a question needs 2 to 6");
    expect_left_out(f,
                    QUIZ MC("Seven", "Q?",
                            RIGHT("1") WRONG("2") WRONG("3") WRONG("4") WRONG("5") WRONG("6")
                                WRONG("7")) END,
                    "\"Seven\"", "it has 7 answers; a question needs 2 to 6");
    expect_left_out(f, QUIZ MC("Twice", "Q?", RIGHT("<p>Kyiv</p>") WRONG("Kyiv")) END, "\"Twice\"",
                    "it has the answer \"Kyiv\" twice");
    expect_left_out(f, QUIZ MC("Blank", "Q?", RIGHT("A") WRONG("<p>&nbsp;</p>")) END, "\"Blank\"",
                    "answer 2 has no text");
    expect_left_out(f, QUIZ MC("None", "Q?", WRONG("A") WRONG("B")) END, "\"None\"",
                    "none of its answers is worth 100%");
    expect_left_out(f, QUIZ MC("Pic", "Q?", RIGHT("<img src=\"a.png\">") WRONG("B")) END, "\"Pic\"",
                    "answer 1 shows an image");
    expect_left_out(f, QUIZ MC("", "Q?", RIGHT("A")) END, "question 1 (no name) was left out",
                    "1 answer");
    expect_left_out(f, QUIZ "<question><name><text>Untyped</text></name></question>\n" END,
                    "\"Untyped\"", "it has no type");
}

static void texts_that_cannot_be_used(void **state)
{
    Fixture *f = *state;
    expect_left_out(f, QUIZ MC("Empty", "<p>&nbsp;</p>", RIGHT("A") WRONG("B")) END, "\"Empty\"",
                    "its question text is empty");
    expect_left_out(f,
                    QUIZ MC("Image", "<p>Where?</p><img src=\"https://example.org/a.png\">",
                            RIGHT("A") WRONG("B")) END,
                    "\"Image\"", "its text shows an image");
    char text[4096];
    char long_prompt[260];
    memset(long_prompt, 'x', 201);
    long_prompt[201] = '\0';
    snprintf(text, sizeof text, QUIZ MC("Long", "%s", RIGHT("A") WRONG("B")) END, long_prompt);
    expect_left_out(f, text, "\"Long\"",
                    "its text is 201 characters long; a question can have "
                    "at most 200");
    memset(long_prompt, 'y', 91);
    long_prompt[91] = '\0';
    snprintf(text, sizeof text, QUIZ MC("Wide", "Q?", RIGHT("%s") WRONG("B")) END, long_prompt);
    expect_left_out(f, text, "\"Wide\"",
                    "answer 1 is 91 characters long; an answer can have at "
                    "most 90");
    char feedback[600];
    memset(feedback, 'z', 501);
    feedback[501] = '\0';
    snprintf(text, sizeof text,
             QUIZ "<question type=\"truefalse\"><name><text>Chatty</text></name><questiontext>"
                  "<text>Q?</text></questiontext><generalfeedback><text>%s</text>"
                  "</generalfeedback><answer fraction=\"100\"><text>true</text></answer>"
                  "<answer fraction=\"0\"><text>false</text></answer></question>\n" END,
             feedback);
    expect_left_out(f, text, "\"Chatty\"",
                    "501 characters long; an explanation can have at most "
                    "500");

    /* The limits count characters, as the schema does: 200 Cyrillic letters are 400 bytes. */
    diags_clear(f->diags);
    char cyrillic[420] = "";
    for (int i = 0; i < 200; i++)
        strcat(cyrillic, "ж");
    snprintf(text, sizeof text, QUIZ MC("Fits", "%s", RIGHT("A") WRONG("B")) END, cyrillic);
    Bank *bank = load_text(f, text);
    assert_non_null(bank);
    assert_string_equal(bank_question(bank, 0)->prompt, cyrillic);
    bank_free(bank);
}

static void ids_are_unique_slugs(void **state)
{
    Fixture *f = *state;
    Bank *bank =
        load_text(f, QUIZ MC("Kyiv: 1941!", "A?", RIGHT("A") WRONG("B"))
                         MC("Kyiv  1941", "B?", RIGHT("A") WRONG("B")) MC("Битва", "C?",
                                                                          RIGHT("A") WRONG("B"))
                             MC("A very long question name that goes on and on past any sensible "
                                "length for an id",
                                "D?", RIGHT("A") WRONG("B")) END);
    print_diags(f->diags);
    assert_non_null(bank);
    assert_int_equal(bank_question_count(bank), 4);
    assert_string_equal(bank_id(bank), "quiz");
    assert_string_equal(bank_title(bank), "quiz"); /* no category: the file's name */
    assert_string_equal(bank_question(bank, 0)->id, "quiz-kyiv-1941");
    assert_string_equal(bank_question(bank, 1)->id, "quiz-kyiv-1941-2");
    assert_string_equal(bank_question(bank, 2)->id, "quiz-q-3");
    const char *id = bank_question(bank, 3)->id;
    assert_true(strlen(id) <= 64);
    assert_true(id[strlen(id) - 1] != '-');
    assert_non_null(strstr(id, "quiz-a-very-long-question-name"));
    bank_free(bank);
}

static void truefalse_and_categories(void **state)
{
    Fixture *f = *state;
    Bank *bank = load_text(
        f, QUIZ "<question type=\"category\"><category><text>$course$/top/Cities // "
                "Towns</text></category></question>\n"
                "<question type=\"category\"><category><text>$course$/Other</text></category>"
                "</question>\n"
                "<question type=\"truefalse\"><name><text>Old style</text></name><questiontext>"
                "<text>Minsk is a hero city.</text></questiontext>"
                "<answer fraction=\"100\"><text>верно</text></answer>"
                "<answer fraction=\"0\"><text>неверно</text></answer></question>\n"
                "<question type=\"truefalse\"><name><text>Both</text></name><questiontext>"
                "<text>Q?</text></questiontext><answer fraction=\"100\"><text>true</text>"
                "</answer><answer fraction=\"100\"><text>false</text></answer></question>\n" END);
    assert_non_null(bank);
    assert_string_equal(bank_title(bank), "Cities / Towns");
    assert_int_equal(bank_question_count(bank), 1);
    assert_int_equal(bank_question(bank, 0)->correct_index, 0);
    expect_diag(f->diags, DIAG_WARNING, 6, "\"Both\"", "both true and false are worth 100%");
    /* Categories are not questions: only "Both" counts as left out. */
    assert_int_equal(bank_left_out_count(bank), 1);
    bank_free(bank);
}

/* The question is still worth asking; only the picture in its feedback is lost, and said so. */
static void feedback_picture_is_named(void **state)
{
    Fixture *f = *state;
    Bank *bank = load_text(
        f, QUIZ "<question type=\"truefalse\"><name><text>Statue</text></name><questiontext>"
                "<text>Is the statue in Volgograd?</text></questiontext><generalfeedback>"
                "<text><![CDATA[<p>Yes.</p><img src=\"@@PLUGINFILE@@/s.png\">]]></text>"
                "<file name=\"s.png\" encoding=\"base64\">AAAA</file></generalfeedback>"
                "<answer fraction=\"100\"><text>true</text></answer>"
                "<answer fraction=\"0\"><text>false</text></answer></question>\n" END);
    assert_non_null(bank);
    assert_string_equal(bank_question(bank, 0)->explanation, "Yes.");
    expect_diag(f->diags, DIAG_WARNING, 3, "\"Statue\"", "picture in its general feedback");
    assert_int_equal(bank_left_out_count(bank), 0); /* a warning, but the question is kept */
    bank_free(bank);
}

static void assert_same_bank(const Bank *a, const Bank *b)
{
    assert_string_equal(bank_id(a), bank_id(b));
    assert_string_equal(bank_title(a), bank_title(b));
    assert_string_equal(bank_description(a), bank_description(b));
    assert_string_equal(bank_language(a), bank_language(b));
    assert_int_equal(bank_question_count(a), bank_question_count(b));
    for (size_t i = 0; i < bank_question_count(a); i++) {
        const Question *p = bank_question(a, i), *q = bank_question(b, i);
        assert_string_equal(p->id, q->id);
        assert_string_equal(p->prompt, q->prompt);
        assert_string_equal(p->explanation, q->explanation);
        assert_string_equal(p->source, q->source);
        assert_int_equal(p->difficulty, q->difficulty);
        assert_int_equal(p->shuffle, q->shuffle);
        assert_int_equal(p->choice_count, q->choice_count);
        assert_int_equal(p->correct_index, q->correct_index);
        for (int c = 0; c < p->choice_count; c++)
            assert_string_equal(p->choices[c], q->choices[c]);
    }
}

/* Writes the bank, loads what was written through the native loader (schema included) and
 * checks that nothing changed. */
static void assert_round_trip(Fixture *f, const Bank *bank)
{
    char *xml = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&xml, &size);
    assert_non_null(out);
    assert_true(bank_write_xml(bank, out));
    fclose(out);
    Diagnostics *diags = diags_new();
    Bank *again = loader_load_memory(f->loader, bank_path(bank), xml, size, diags);
    if (!again || diags_error_count(diags) > 0) {
        print_message("%s", xml);
        print_diags(diags);
    }
    assert_non_null(again);
    /* Warnings are fine: Moodle has no sources, and feedback may be missing. */
    assert_int_equal(diags_error_count(diags), 0);
    assert_same_bank(bank, again);
    bank_free(again);
    diags_free(diags);
    free(xml);
}

static void imported_bank_round_trips(void **state)
{
    Fixture *f = *state;
    Bank *bank = loader_load_file(f->loader, MIXED, f->diags);
    assert_non_null(bank);
    assert_round_trip(f, bank);
    bank_free(bank);
}

static void every_shipped_bank_round_trips(void **state)
{
    Fixture *f = *state;
    DIR *dir = opendir(QUESTIONS_DIR);
    assert_non_null(dir);
    int banks = 0;
    const struct dirent *entry;
    while ((entry = readdir(dir)) != NULL) {
        size_t len = strlen(entry->d_name);
        if (len < 5 || strcmp(entry->d_name + len - 4, ".xml") != 0)
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", QUESTIONS_DIR, entry->d_name);
        Bank *bank = loader_load_file(f->loader, path, f->diags);
        print_diags(f->diags);
        assert_non_null(bank);
        assert_round_trip(f, bank);
        bank_free(bank);
        banks++;
    }
    closedir(dir);
    assert_true(banks >= 10);
}

/* Every allocation of an import fails in turn: each attempt fails cleanly, without leaks. */
static void out_of_memory_at_every_step(void **state)
{
    Fixture *f = *state;
    Bank *bank = NULL;
    long n = 0;
    for (; n < 100000 && !bank; n++) {
        diags_clear(f->diags);
        alloc_fail_after(n);
        bank = loader_load_file(f->loader, MIXED, f->diags);
        alloc_fail_after(-1);
        if (!bank)
            assert_true(diags_error_count(f->diags) > 0 || diags_lost(f->diags));
    }
    assert_non_null(bank);
    assert_int_equal(bank_question_count(bank), 3);
    assert_true(n > 20);
    bank_free(bank);
}

#define TEST(name) cmocka_unit_test_setup_teardown(name, fixture_setup, fixture_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(mixed_file_imports_usable_questions),
        TEST(mixed_file_names_every_left_out_question),
        TEST(nothing_usable_is_an_error),
        TEST(html_is_stripped_and_entities_decoded),
        TEST(answers_that_cannot_be_used),
        TEST(texts_that_cannot_be_used),
        TEST(ids_are_unique_slugs),
        TEST(truefalse_and_categories),
        TEST(feedback_picture_is_named),
        TEST(imported_bank_round_trips),
        TEST(every_shipped_bank_round_trips),
        TEST(out_of_memory_at_every_step),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
