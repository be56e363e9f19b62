/* Scoring rules as pure functions, so classroom modes (time, speed) can extend them later. */
#ifndef HEROCITY_SCORING_H
#define HEROCITY_SCORING_H

#include <stdbool.h>

enum {
    SCORE_CORRECT_POINTS = 100,
    SCORE_STREAK_STEP = 10, /* bonus per correct answer in a row after the second */
    SCORE_STREAK_BONUS_CAP = 50,
};

/* Everything the rules look at for one answer. Later modes add time taken and time allowed. */
typedef struct {
    bool correct;
    int streak_before; /* correct answers in a row before this one */
} AnswerFacts;

typedef struct {
    int points;       /* points this answer earns */
    int streak_after; /* the new streak */
} AnswerScore;

/* 100 for a correct answer, plus 10 for each answer in the streak after the second (third in a
 * row +10, fourth +20, ...), at most +50. A wrong answer earns 0 and resets the streak. */
AnswerScore scoring_score_answer(const AnswerFacts *facts);

/* The speed rule of classroom play (as Kahoot's): a right answer earns `points` when given at
 * once, falling in a straight line to half of them when the time allowed runs out; rounded to
 * the nearest point. limit_ms <= 0 (no timer) earns them all. */
int scoring_speed_points(int points, int elapsed_ms, int limit_ms);

#endif
