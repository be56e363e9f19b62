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

static void test_speed_points_fall_to_half(void **state)
{
    (void)state;
    static const struct {
        int points, elapsed_ms, limit_ms, expected;
    } rows[] = {
        {100, 0, 20000, 100},    /* at once: all of them */
        {100, 10000, 20000, 75}, /* half the time gone: three quarters */
        {100, 20000, 20000, 50}, /* the last moment: half */
        {100, 25000, 20000, 50}, /* never below half */
        {100, 1, 20000, 100},    /* 99.9975 rounds to 100 */
        {100, 6000, 20000, 85},  /* 30 % of the time: 85 % of the points */
        {110, 9000, 30000, 94},  /* 110 x 0.85 = 93.5, rounded up */
        {100, 5000, 0, 100},     /* no timer: no speed rule */
        {50, 15000, 30000, 38},  /* a steal's half points follow the same line: 37.5 -> 38 */
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
        assert_int_equal(scoring_speed_points(rows[i].points, rows[i].elapsed_ms, rows[i].limit_ms),
                         rows[i].expected);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_speed_points_fall_to_half),
        cmocka_unit_test(test_score_table),
        cmocka_unit_test(test_perfect_round_of_ten),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
