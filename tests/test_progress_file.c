/* Progress files: what is written reads back exactly, and every kind of damage is refused with
 * its file and line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "herocity/alloc.h"
#include "herocity/progress_file.h"

enum { DAY = 19722 }; /* 2023-12-31: a year end */

#define HEAD "herocity-progress\t1\nlearner\tОлена\n"
#define RECORD \
    "record\tkyiv-1\t2023-12-31\t2024-01-02\t2024-01-09\t6.50000000\t3.25\t2\t0\t1\t1\tright\n"

static void assert_same_record(const StudyRecord *got, const StudyRecord *expected)
{
    assert_string_equal(got->question_id, expected->question_id);
    assert_true(got->card.difficulty == expected->card.difficulty); /* exactly */
    assert_true(got->card.stability == expected->card.stability);
    assert_int_equal(got->card.last_review_day, expected->card.last_review_day);
    assert_int_equal(got->card.due_day, expected->card.due_day);
    assert_int_equal(got->card.reps, expected->card.reps);
    assert_int_equal(got->card.lapses, expected->card.lapses);
    assert_int_equal(got->card.phase, FSRS_REVIEW);
    assert_int_equal(got->first_day, expected->first_day);
    assert_int_equal(got->right, expected->right);
    assert_int_equal(got->wrong, expected->wrong);
    assert_int_equal(got->last_right, expected->last_right);
}

static bool read_text(const char *text, ProgressFile *out, Diagnostics *diags)
{
    FILE *in = fmemopen((void *)text, strlen(text), "r");
    assert_non_null(in);
    bool ok = progress_read(in, "ann.txt", out, diags);
    fclose(in);
    return ok;
}

static void test_what_is_written_reads_back_exactly(void **state)
{
    (void)state;
    /* Real states from real answers, across a year end and with lapses. */
    StudyRecord items[3];
    static const char *const ids[] = {"kyiv-1", "lviv-2", "odesa-10"};
    for (int q = 0; q < 3; q++) {
        assert_true(study_record_new(ids[q], &items[q]));
        for (int i = 0; i < 6 + q; i++)
            assert_true(study_record_answer(&items[q], (i + q) % 3 != 0, DAY + i * (q + 2), 0.9));
    }
    StudyTally tally_items[2] = {{"kyiv-1", DAY, 1, 2}, {"kyiv-1", DAY + 2, 3, 0}};
    StudyRecords records = {items, 3};
    StudyTallies tallies = {tally_items, 2};
    FILE *file = tmpfile();
    assert_non_null(file);
    assert_true(progress_write(file, "Олена", &records, &tallies));
    rewind(file);
    char text[4096];
    size_t size = fread(text, 1, sizeof text - 1, file);
    text[size] = '\0';
    assert_non_null(strstr(text, "\nlearner\tОлена\n"));
    assert_non_null(strstr(text, "\nanswers\tkyiv-1\t2024-01-02\t3\t0\n"));

    rewind(file);
    ProgressFile read;
    Diagnostics *diags = diags_new();
    assert_true(progress_read(file, "x.txt", &read, diags));
    assert_int_equal(diags_count(diags), 0);
    fclose(file);
    assert_string_equal(read.learner, "Олена");
    assert_int_equal(read.records.count, 3);
    for (int q = 0; q < 3; q++)
        assert_same_record(&read.records.items[q], &items[q]);
    assert_int_equal(read.tallies.count, 2);
    assert_int_equal(read.tallies.items[1].day, DAY + 2);
    assert_int_equal(read.tallies.items[1].right, 3);
    progress_file_free(&read);
    diags_free(diags);
}

static void test_comments_blank_lines_and_windows_line_ends_are_fine(void **state)
{
    (void)state;
    ProgressFile read;
    Diagnostics *diags = diags_new();
    assert_true(read_text("# made by hand\r\n\r\nherocity-progress\t1\r\nlearner\tAnn\r\n"
                          "answers\tkyiv-1\t2024-01-02\t1\t0\r\n"
                          "record\tkyiv-1\t2023-12-31\t2024-01-02\t2024-01-09\t6.5\t3\t2\t0\t1\t1\t"
                          "right",
                          &read, diags));
    assert_string_equal(read.learner, "Ann");
    assert_int_equal(read.records.count, 1);
    assert_true(read.records.items[0].card.difficulty == 6.5);
    assert_int_equal(read.records.items[0].card.due_day, DAY + 9);
    progress_file_free(&read);
    diags_free(diags);
}

static void test_damage_is_refused_with_its_line(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int line;
        const char *message;
    } rows[] = {
        {"", 0, "empty: not a progress file"},
        {"# only a comment\n", 1, "empty: not a progress file"},
        {"hello\n", 1, "not a progress file"},
        {"herocity-progress\t2\n", 1, "format '2': this version of the game reads format 1"},
        {"herocity-progress\t1\n" RECORD, 2, "record before the learner line"},
        {HEAD "learner\tBo\n", 3, "a second learner line"},
        {"herocity-progress\t1\nlearner\t\n", 2, "the learner's name must be"},
        {"herocity-progress\t1\n", 1, "no learner line"},
        {HEAD "score\t1\n", 3, "unknown line 'score'"},
        {HEAD "record\tkyiv-1\t2023-12-31\n", 3, "record line has 3 tab-separated fields, not 12"},
        {HEAD RECORD "answers\tkyiv-1\t2024-01-02\t1\t0\textra\n", 4, "has 6 tab-separated"},
        {HEAD "record\tKyiv 1\t2023-12-31\t2024-01-02\t2024-01-09\t6.5\t3\t2\t0\t1\t1\tright\n", 3,
         "'Kyiv 1' is not a question id"},
        {HEAD "record\tkyiv-1\t2023-02-29\t2024-01-02\t2024-01-09\t6.5\t3\t2\t0\t1\t1\tright\n", 3,
         "first day '2023-02-29' is not a date"},
        {HEAD "record\tkyiv-1\t2023-12-31\t2024-01-02\t2024-01-09\t6,5\t3\t2\t0\t1\t1\tright\n", 3,
         "difficulty '6,5' and stability '3'"},
        {HEAD "record\tkyiv-1\t2023-12-31\t2024-01-02\t2024-01-09\t0.5\t3\t2\t0\t1\t1\tright\n", 3,
         "are not a memory state"},
        {HEAD "record\tkyiv-1\t2023-12-31\t2024-01-02\t2024-01-09\t6.5\t3.123456789\t2\t0\t1\t1\t"
              "right\n",
         3, "are not a memory state"},
        {HEAD "record\tkyiv-1\t2023-12-31\t2024-01-02\t2024-01-09\t6.5\t3\t-2\t0\t1\t1\tright\n", 3,
         "reviews '-2' is not a whole number"},
        {HEAD "record\tkyiv-1\t2023-12-31\t2024-01-02\t2024-01-09\t6.5\t3\t2\t0\t1\t1\tmaybe\n", 3,
         "last answer 'maybe'"},
        {HEAD "record\tkyiv-1\t2024-01-03\t2024-01-02\t2024-01-09\t6.5\t3\t2\t0\t1\t1\tright\n", 3,
         "record of kyiv-1 does not add up"},
        {HEAD "record\tkyiv-1\t2023-12-31\t2024-01-02\t2024-01-09\t6.5\t3\t2\t0\t0\t1\tright\n", 3,
         "record of kyiv-1 does not add up"},
        {HEAD RECORD "# again\n" RECORD, 5, "a second record of kyiv-1 (the first is on line 3)"},
        {HEAD RECORD "answers\tlviv-1\t2024-01-02\t1\t0\n", 4, "answers to lviv-1, which has no"},
        {HEAD RECORD "answers\tkyiv-1\t2024-01-02\t0\t0\n", 4, "not both 0"},
        {HEAD RECORD "answers\tkyiv-1\t2024-01-02\t10001\t0\n", 4, "at most 10000"},
        {HEAD RECORD "answers\tkyiv-1\t2024-01-02\t1\t0\nanswers\tkyiv-1\t2024-01-02\t0\t1\n", 5,
         "a second answers line for kyiv-1 on that day (line 4)"},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        ProgressFile read;
        Diagnostics *diags = diags_new();
        if (read_text(rows[i].text, &read, diags) || diags_count(diags) != 1) {
            print_error("row %zu: %zu messages\n", i, diags_count(diags));
            fail();
        }
        const Diagnostic *d = diags_get(diags, 0);
        if (d->line != rows[i].line || !strstr(d->message, rows[i].message)) {
            print_error("row %zu: ann.txt:%d: %s\n", i, d->line, d->message);
            fail();
        }
        assert_string_equal(d->file, "ann.txt");
        assert_null(read.records.items); /* nothing half-read */
        assert_int_equal(read.records.count, 0);
        assert_null(read.tallies.items);
        diags_free(diags);
    }
}

static void test_long_lines_and_many_errors_stop_the_reader(void **state)
{
    (void)state;
    static char text[8192];
    snprintf(text, sizeof text, HEAD "learner\t");
    memset(text + strlen(text), 'x', 2000);
    ProgressFile read;
    Diagnostics *diags = diags_new();
    assert_false(read_text(text, &read, diags));
    assert_int_equal(diags_count(diags), 1);
    assert_non_null(strstr(diags_get(diags, 0)->message, "line longer than 1023 bytes"));
    diags_clear(diags);

    snprintf(text, sizeof text, HEAD);
    for (int i = 0; i < 50; i++)
        strcat(text, "nonsense\n");
    assert_false(read_text(text, &read, diags));
    assert_int_equal(diags_count(diags), 20);
    diags_free(diags);
}

static void test_out_of_memory_reads_nothing(void **state)
{
    (void)state;
    for (long n = 0; n < 3; n++) {
        ProgressFile read;
        Diagnostics *diags = diags_new();
        alloc_fail_after(n);
        bool ok = read_text(HEAD RECORD "answers\tkyiv-1\t2024-01-02\t1\t0\n", &read, diags);
        alloc_fail_after(-1);
        assert_false(ok);
        assert_null(read.records.items);
        diags_free(diags);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_what_is_written_reads_back_exactly),
        cmocka_unit_test(test_comments_blank_lines_and_windows_line_ends_are_fine),
        cmocka_unit_test(test_damage_is_refused_with_its_line),
        cmocka_unit_test(test_long_lines_and_many_errors_stop_the_reader),
        cmocka_unit_test(test_out_of_memory_reads_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
