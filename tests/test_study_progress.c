/* Progress by table: the figures of a bank for a learner, accuracy, and the day streak. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "herocity/study.h"
#include "study_fixture.h"

static Bank *bank_of(const char *const *question_ids, size_t count)
{
    Bank *bank = bank_new("test.xml");
    assert_non_null(bank);
    assert_true(bank_set_info(bank, "test", "Test", NULL, NULL));
    for (size_t i = 0; i < count; i++) {
        QuestionSpec spec = {.id = question_ids[i],
                             .prompt = "?",
                             .difficulty = 2,
                             .choice_count = 2,
                             .choices = {"yes", "no"}};
        assert_true(bank_add_question(bank, &spec));
    }
    return bank;
}

static void test_progress_counts_the_bank_as_it_is_now(void **state)
{
    (void)state;
    /* The bank was edited: "old" was removed, "q9" added. */
    static const char *const bank_ids[] = {"q1", "q2", "q3", "q4", "q9"};
    Bank *bank = bank_of(bank_ids, 5);
    const Row rows[] = {
        {"q1", TODAY - 50, TODAY + 30, 6, 1, true, 40.5}, /* mastered */
        {"q2", TODAY - 50, TODAY, 2, 2, false, 21.0},     /* mastered, due today */
        {"q3", TODAY - 5, TODAY - 1, 1, 1, true, 20.9},   /* due since yesterday */
        {"old", TODAY - 50, TODAY - 9, 0, 7, false, 1.0}, /* no longer in the bank */
    };
    StudyRecords records = records_of(rows, sizeof rows / sizeof rows[0]);
    StudyProgress p;
    study_progress(bank, &records, TODAY, &p);
    assert_int_equal(p.questions, 5);
    assert_int_equal(p.seen, 3);
    assert_int_equal(p.mastered, 2);
    assert_int_equal(p.due, 2);
    assert_int_equal(p.right, 9);
    assert_int_equal(p.answers, 13);
    assert_int_equal(study_accuracy_permille(&p), 692); /* 9 / 13 = 69.23 % */

    study_progress(bank, &records, TODAY + 30, &p); /* --today later: more is due */
    assert_int_equal(p.due, 3);
    study_progress(bank, NULL, TODAY, &p);
    assert_int_equal(p.questions, 5);
    assert_int_equal(p.seen, 0);
    assert_int_equal(study_accuracy_permille(&p), -1);
    study_records_free(&records);
    bank_free(bank);
}

static void test_accuracy_in_tenths_of_a_percent(void **state)
{
    (void)state;
    static const struct {
        long right, answers;
        int permille;
    } rows[] = {
        {0, 0, -1},
        {0, 5, 0},
        {5, 5, 1000},
        {7, 8, 875},
        {1, 3, 333},
        {2, 3, 667},
        {1, 16, 63},
        {1, 6, 167},
        {999, 1000, 999},
        {1999, 2000, 1000},
        {1, 2000, 1},
        {1, 2001, 0},
        {123456789, 123456790, 1000},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        StudyProgress p = {.right = rows[i].right, .answers = rows[i].answers};
        assert_int_equal(study_accuracy_permille(&p), rows[i].permille);
    }
    assert_int_equal(study_accuracy_permille(NULL), -1);
}

static void test_day_streak(void **state)
{
    (void)state;
    static const struct {
        int days[6];
        size_t count;
        int streak;
    } rows[] = {
        {{0}, 0, 0},
        {{TODAY}, 1, 1},
        {{TODAY, TODAY - 1, TODAY - 2}, 3, 3},
        {{TODAY - 1, TODAY - 2}, 2, 2}, /* not yet today: yesterday's streak stands */
        {{TODAY - 2, TODAY - 3}, 2, 0}, /* a day missed */
        {{TODAY, TODAY - 1, TODAY - 3, TODAY - 4}, 4, 2},
        {{TODAY, TODAY, TODAY - 1, TODAY - 1, TODAY - 2}, 5, 3}, /* repeats */
        {{TODAY + 5, TODAY, TODAY - 1}, 3, 2}, /* a day after today (clock turned back) */
        {{TODAY + 1}, 1, 0},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
        assert_int_equal(study_day_streak(rows[i].days, rows[i].count, TODAY), rows[i].streak);
    assert_int_equal(study_day_streak(NULL, 0, TODAY), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_progress_counts_the_bank_as_it_is_now),
        cmocka_unit_test(test_accuracy_in_tenths_of_a_percent),
        cmocka_unit_test(test_day_streak),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
