/* Scoring rules, table-tested: what a player sees added to the score after each answer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "herocity/scoring.h"

static void test_score_table(void **state)
{
    (void)state;
    static const struct {
        bool correct;
        int streak_before;
        int points;
        int streak_after;
    } rows[] = {
        {false, 0, 0, 0},    {false, 7, 0, 0},  /* a wrong answer earns nothing, resets */
        {true, 0, 100, 1},   {true, 1, 100, 2}, /* no bonus for the first two in a row */
        {true, 2, 110, 3},   {true, 3, 120, 4}, {true, 4, 130, 5},
        {true, 5, 140, 6},   {true, 6, 150, 7}, {true, 7, 150, 8}, /* capped at +50 */
        {true, 40, 150, 41},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        AnswerFacts facts = {rows[i].correct, rows[i].streak_before};
        AnswerScore got = scoring_score_answer(&facts);
        assert_int_equal(got.points, rows[i].points);
        assert_int_equal(got.streak_after, rows[i].streak_after);
    }
}

static void test_perfect_round_of_ten(void **state)
{
    (void)state;
    int total = 0, streak = 0;
    for (int i = 0; i < 10; i++) {
        AnswerFacts facts = {true, streak};
        AnswerScore s = scoring_score_answer(&facts);
        total += s.points;
        streak = s.streak_after;
    }
    /* 10 x 100 + (10+20+30+40+50+50+50+50) */
    assert_int_equal(total, 1300);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_score_table),
        cmocka_unit_test(test_perfect_round_of_ten),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
