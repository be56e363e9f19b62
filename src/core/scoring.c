/* Scoring rules (see scoring.h): a pure function, table-tested in tests/test_scoring.c. */
#include "herocity/scoring.h"

int scoring_speed_points(int points, int elapsed_ms, int limit_ms)
{
    if (limit_ms <= 0 || elapsed_ms <= 0)
        return points;
    if (elapsed_ms > limit_ms)
        elapsed_ms = limit_ms;
    /* points * (1 - elapsed / (2 * limit)), rounded half up in integers */
    long scaled = (long)points * (2L * limit_ms - elapsed_ms);
    long whole = 2L * limit_ms;
    return (int)((scaled * 2 + whole) / (whole * 2));
}

AnswerScore scoring_score_answer(const AnswerFacts *facts)
{
    AnswerScore result = {0, 0};
    if (!facts->correct)
        return result;
    result.streak_after = facts->streak_before + 1;
    int bonus_steps = result.streak_after - 2;
    int bonus = bonus_steps > 0 ? bonus_steps * SCORE_STREAK_STEP : 0;
    if (bonus > SCORE_STREAK_BONUS_CAP)
        bonus = SCORE_STREAK_BONUS_CAP;
    result.points = SCORE_CORRECT_POINTS + bonus;
    return result;
}
