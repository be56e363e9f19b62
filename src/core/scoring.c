/* Scoring rules (see scoring.h): a pure function, table-tested in tests/test_scoring.c. */
#include "herocity/scoring.h"

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
