/* Self-study by table: answers kept per question, and what Review, Practice, Mistakes and Exam
 * ask. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "herocity/alloc.h"
#include "herocity/study.h"
#include "study_fixture.h"

enum { POOL = 8 };

/* Questions q1..q8; only their ids matter here. */
static Question questions[POOL];
static const Question *pool[POOL];
static char ids[POOL][8];

static int setup(void **state)
{
    (void)state;
    for (int i = 0; i < POOL; i++) {
        snprintf(ids[i], sizeof ids[i], "q%d", i + 1);
        questions[i] = (Question){.id = ids[i], .prompt = ids[i], .choice_count = 2};
        pool[i] = &questions[i];
    }
    return 0;
}

/* The ids picked, space-separated: "q3 q1 q2". */
static void picked(const StudyPlan *plan, const StudyRecords *records, char *out, size_t size)
{
    const Question *chosen[POOL];
    size_t count = 99;
    assert_true(study_select(plan, pool, POOL, records, chosen, &count));
    assert_true(count <= POOL);
    out[0] = '\0';
    for (size_t i = 0; i < count; i++) {
        size_t used = strlen(out);
        snprintf(out + used, size - used, "%s%s", i ? " " : "", chosen[i]->id);
    }
}

static void assert_same_card(const FsrsCard *got, const FsrsCard *expected)
{
    assert_true(got->difficulty == expected->difficulty);
    assert_true(got->stability == expected->stability);
    assert_int_equal(got->last_review_day, expected->last_review_day);
    assert_int_equal(got->due_day, expected->due_day);
    assert_int_equal(got->reps, expected->reps);
    assert_int_equal(got->lapses, expected->lapses);
    assert_int_equal(got->phase, expected->phase);
}

static void test_answers_are_counted_and_scheduled(void **state)
{
    (void)state;
    StudyRecord r;
    assert_true(study_record_new("kyiv-1", &r));
    assert_int_equal(r.card.phase, FSRS_NEW);
    static const struct {
        bool right;
        int day;
        int right_count, wrong_count, first_day;
        bool mistake;
    } rows[] = {
        {false, TODAY, 0, 1, TODAY, true},      {true, TODAY + 1, 1, 1, TODAY, false},
        {true, TODAY + 4, 2, 1, TODAY, false},  {false, TODAY + 30, 2, 2, TODAY, true},
        {false, TODAY + 31, 2, 3, TODAY, true}, {true, TODAY + 31, 3, 3, TODAY, false},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        FsrsCard expected;
        assert_true(fsrs_review(&r.card, rows[i].right ? FSRS_GOOD : FSRS_AGAIN, rows[i].day, 0.9,
                                &expected));
        assert_true(study_record_answer(&r, rows[i].right, rows[i].day, 0.9));
        assert_same_card(&r.card, &expected);
        assert_int_equal(r.right, rows[i].right_count);
        assert_int_equal(r.wrong, rows[i].wrong_count);
        assert_int_equal(r.first_day, rows[i].first_day);
        assert_int_equal(r.last_right, rows[i].right);
        assert_int_equal(study_record_is_mistake(&r), rows[i].mistake);
    }
    assert_int_equal(r.card.lapses, 2); /* wrong on day 30 and 31; the first answer was new */
}

static void test_a_clock_turned_back_counts_but_keeps_the_schedule(void **state)
{
    (void)state;
    StudyRecord r;
    assert_true(study_record_new("q1", &r));
    assert_true(study_record_answer(&r, true, TODAY, 0.9));
    FsrsCard before = r.card;
    assert_true(study_record_answer(&r, false, TODAY - 3, 0.9));
    assert_same_card(&r.card, &before);
    assert_int_equal(r.wrong, 1);
    assert_false(r.last_right);

    assert_false(study_record_answer(&r, true, TODAY, 0.5)); /* retention out of range */
    assert_false(study_record_answer(&r, true, TODAY, 0.99));
    assert_int_equal(r.right, 1);
    r.card.stability = -1; /* damaged: refused, not counted */
    assert_false(study_record_answer(&r, true, TODAY + 9, 0.9));
    assert_int_equal(r.right, 1);
    assert_false(study_record_answer(NULL, true, TODAY, 0.9));
}

static void test_question_ids(void **state)
{
    (void)state;
    static const char *const good[] = {"a", "kyiv-1", "q-2-b", "0", "moodle-hero-cities-q-12"};
    static const char *const bad[] = {"",        "-a", "a-",  "a--b", "A",  "kyiv 1",
                                      "kyiv\t1", "ё",  "a_b", "a/b",  "a.b"};
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
        assert_true(study_is_question_id(good[i]));
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_false(study_is_question_id(bad[i]));
    char longest[LIMIT_ID_CHARS + 2];
    memset(longest, 'a', sizeof longest);
    longest[LIMIT_ID_CHARS] = '\0';
    assert_true(study_is_question_id(longest));
    longest[LIMIT_ID_CHARS] = 'a';
    longest[LIMIT_ID_CHARS + 1] = '\0';
    assert_false(study_is_question_id(longest));
    assert_false(study_is_question_id(NULL));
    StudyRecord r;
    assert_false(study_record_new("Bad Id", &r));
}

static void test_records_are_found_by_id(void **state)
{
    (void)state;
    const Row rows[] = {{"q5", TODAY, TODAY, 1, 0, true, 0},
                        {"q1", TODAY, TODAY, 1, 0, true, 0},
                        {"gone", TODAY, TODAY, 0, 1, false, 0}};
    StudyRecords records = records_of(rows, 3);
    assert_string_equal(study_records_find(&records, "q5")->question_id, "q5");
    assert_string_equal(study_records_find(&records, "gone")->question_id, "gone");
    assert_null(study_records_find(&records, "q2"));
    assert_null(study_records_find(NULL, "q2"));
    study_records_free(&records);
    assert_null(records.items);
    assert_int_equal(records.count, 0);
    study_records_free(NULL);
}

static void test_review_asks_due_then_new_within_the_daily_limit(void **state)
{
    (void)state;
    /* q2 is overdue by 5 days, q7 by 1, q4 and q1 are due today, q3 tomorrow; q5, q6, q8 are
     * new; "gone" is due but no longer in any bank. */
    const Row rows[] = {
        {"q1", TODAY - 9, TODAY, 1, 0, true, 0},     {"q2", TODAY - 9, TODAY - 5, 1, 0, true, 0},
        {"q3", TODAY - 9, TODAY + 1, 1, 0, true, 0}, {"q4", TODAY - 9, TODAY, 0, 1, false, 0},
        {"q7", TODAY - 9, TODAY - 1, 2, 1, true, 0}, {"gone", TODAY - 9, TODAY - 7, 1, 0, true, 0},
    };
    StudyRecords records = records_of(rows, sizeof rows / sizeof rows[0]);
    static const struct {
        int daily_limit;
        int today;
        const char *expected;
    } table[] = {
        {20, TODAY, "q2 q7 q1 q4 q5 q6 q8"},
        {5, TODAY, "q2 q7 q1 q4 q5"},
        {3, TODAY, "q2 q7 q1"},
        {0, TODAY, ""},
        {20, TODAY + 1, "q2 q7 q1 q4 q3 q5 q6 q8"},
        {20, TODAY - 6, "q5 q6 q8"}, /* before anything was due: only new ones */
    };
    char got[128];
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        StudyPlan plan = study_plan_default(STUDY_REVIEW, table[i].today);
        plan.daily_limit = table[i].daily_limit;
        picked(&plan, &records, got, sizeof got);
        assert_string_equal(got, table[i].expected);
    }
    study_records_free(&records);
}

static void test_review_meets_at_most_the_daily_number_of_new_questions(void **state)
{
    (void)state;
    /* q1..q3 were met for the first time today (one of them is already due again). */
    const Row rows[] = {{"q1", TODAY, TODAY + 1, 1, 0, true, 0},
                        {"q2", TODAY, TODAY, 0, 1, false, 0},
                        {"q3", TODAY, TODAY + 3, 1, 0, true, 0}};
    StudyRecords records = records_of(rows, 3);
    StudyPlan plan = study_plan_default(STUDY_REVIEW, TODAY);
    plan.daily_limit = 5;
    char got[128];
    picked(&plan, &records, got, sizeof got);
    assert_string_equal(got, "q2 q4 q5"); /* due q2, then 5 - 3 new */
    plan.daily_limit = 3;
    picked(&plan, &records, got, sizeof got);
    assert_string_equal(got, "q2");
    picked(&plan, NULL, got, sizeof got); /* no records yet: every question is new */
    assert_string_equal(got, "q1 q2 q3");
    study_records_free(&records);
}

static void test_mistakes_are_the_last_answers_that_were_wrong(void **state)
{
    (void)state;
    const Row rows[] = {
        {"q1", TODAY, TODAY, 3, 1, true, 0},  /* wrong once, right since */
        {"q3", TODAY, TODAY, 2, 1, false, 0}, /* right before, wrong last */
        {"q6", TODAY, TODAY, 0, 4, false, 0},   {"q8", TODAY, TODAY, 5, 0, true, 0},
        {"gone", TODAY, TODAY, 0, 1, false, 0}, /* wrong, but its bank dropped it */
    };
    StudyRecords records = records_of(rows, sizeof rows / sizeof rows[0]);
    StudyPlan plan = study_plan_default(STUDY_MISTAKES, TODAY);
    char got[128];
    picked(&plan, &records, got, sizeof got);
    assert_string_equal(got, "q3 q6");
    picked(&plan, NULL, got, sizeof got);
    assert_string_equal(got, "");
    plan.mode = STUDY_PRACTICE; /* practice: every question of the chosen banks */
    picked(&plan, &records, got, sizeof got);
    assert_string_equal(got, "q1 q2 q3 q4 q5 q6 q7 q8");
    study_records_free(&records);
}

static void test_exam_draws_a_set_number_by_seed(void **state)
{
    (void)state;
    StudyPlan plan = study_plan_default(STUDY_EXAM, TODAY);
    char first[128], again[128], other[128], all[128];
    plan.exam_size = 5;
    plan.seed = 11;
    picked(&plan, NULL, first, sizeof first);
    picked(&plan, NULL, again, sizeof again);
    assert_string_equal(first, again); /* the same seed draws the same exam */
    assert_int_equal(strlen(first), 5 * 2 + 4);
    for (char q = '1'; q <= '8'; q++) { /* no question twice */
        char id[3] = {'q', q, '\0'};
        const char *at = strstr(first, id);
        assert_true(!at || !strstr(at + 1, id));
    }
    plan.seed = 12;
    picked(&plan, NULL, other, sizeof other);
    assert_string_not_equal(first, other);
    plan.exam_size = 0;
    picked(&plan, NULL, all, sizeof all);
    assert_int_equal(strlen(all), 8 * 2 + 7);
    plan.exam_size = 100;
    picked(&plan, NULL, all, sizeof all);
    assert_int_equal(strlen(all), 8 * 2 + 7);
}

static void test_exam_grades_by_whole_percent(void **state)
{
    (void)state;
    static const struct {
        size_t right, total;
        int percent;
        StudyGradeBand band;
    } cases[] = {
        {0, 0, 0, STUDY_GRADE_NOT_YET},       {0, 20, 0, STUDY_GRADE_NOT_YET},
        {11, 20, 55, STUDY_GRADE_NOT_YET},    {12, 20, 60, STUDY_GRADE_PASS},
        {14, 20, 70, STUDY_GRADE_PASS},       {15, 20, 75, STUDY_GRADE_GOOD},
        {899, 1000, 89, STUDY_GRADE_GOOD},    {9, 10, 90, STUDY_GRADE_EXCELLENT},
        {20, 20, 100, STUDY_GRADE_EXCELLENT}, {2, 3, 66, STUDY_GRADE_PASS},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        StudyGrade grade = study_exam_grade(cases[i].right, cases[i].total);
        assert_int_equal(grade.percent, cases[i].percent);
        assert_int_equal(grade.band, cases[i].band);
    }
}

static void test_selection_without_memory_or_arguments(void **state)
{
    (void)state;
    const Question *chosen[POOL];
    size_t count = 5;
    StudyPlan plan = study_plan_default(STUDY_REVIEW, TODAY);
    alloc_fail_after(0);
    assert_false(study_select(&plan, pool, POOL, NULL, chosen, &count));
    assert_int_equal(count, 0);
    plan.mode = STUDY_EXAM;
    assert_false(study_select(&plan, pool, POOL, NULL, chosen, &count));
    alloc_fail_after(-1);
    assert_false(study_select(NULL, pool, POOL, NULL, chosen, &count));
    assert_false(study_select(&plan, pool, POOL, NULL, NULL, &count));
    assert_true(study_select(&plan, NULL, 0, NULL, NULL, &count)); /* an empty pool is fine */
    assert_int_equal(count, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_answers_are_counted_and_scheduled),
        cmocka_unit_test(test_a_clock_turned_back_counts_but_keeps_the_schedule),
        cmocka_unit_test(test_question_ids),
        cmocka_unit_test(test_records_are_found_by_id),
        cmocka_unit_test(test_review_asks_due_then_new_within_the_daily_limit),
        cmocka_unit_test(test_review_meets_at_most_the_daily_number_of_new_questions),
        cmocka_unit_test(test_mistakes_are_the_last_answers_that_were_wrong),
        cmocka_unit_test(test_exam_draws_a_set_number_by_seed),
        cmocka_unit_test(test_exam_grades_by_whole_percent),
        cmocka_unit_test(test_selection_without_memory_or_arguments),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
