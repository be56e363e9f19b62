/* FSRS-6 in whole days (see fsrs.h). Every formula follows ts-fsrs 5.4.2 step by step, its
 * rounding to 8 decimals and its order of operations included, so that tests/test_fsrs.c can
 * hold it to the reference's numbers. */
#include "herocity/fsrs.h"

#include <limits.h>
#include <math.h>

const double fsrs_default_weights[FSRS_WEIGHT_COUNT] = {
    0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
};

#define W fsrs_default_weights
#define STABILITY_MIN 0.001
#define STABILITY_MAX 36500.0
#define DIFFICULTY_MIN 1.0
#define DIFFICULTY_MAX 10.0

enum { GRADE_AGAIN = 1, GRADE_HARD, GRADE_GOOD, GRADE_EASY, GRADE_COUNT = 4 };

/* JavaScript's Math.round: halves go up, also below zero (C's round() goes away from zero). */
static double js_round(double x)
{
    double down = floor(x);
    return x - down >= 0.5 ? down + 1.0 : down;
}

static double round8(double x) { return js_round(x * 1e8) / 1e8; }

static double clamp(double x, double lo, double hi) { return fmin(fmax(x, lo), hi); }

/* The forgetting curve R(t, S) = (1 + factor * t / S) ^ decay, with R(S, S) = 0.9. */
static double decay(void) { return -W[20]; }
static double factor(void) { return round8(exp(1.0 / decay() * log(0.9)) - 1.0); }

static double retrievability(int elapsed_days, double stability)
{
    return round8(pow(1.0 + factor() * elapsed_days / stability, decay()));
}

/* The interval, as a multiple of stability, after which recall falls to `retention`. */
static double interval_modifier(double retention)
{
    return round8((pow(retention, 1.0 / decay()) - 1.0) / factor());
}

static double initial_difficulty(int grade) { return round8(W[4] - exp((grade - 1) * W[5]) + 1.0); }

static double initial_stability(int grade) { return fmax(W[grade - 1], 0.1); }

static double next_difficulty(double d, int grade)
{
    double delta = -W[6] * (grade - 3);
    /* Linear damping: the closer to 10, the smaller the step up. */
    double next = d + round8(delta * (10.0 - d) / 9.0);
    /* Mean reversion towards the difficulty of a first "Easy". */
    double reverted = round8(W[7] * initial_difficulty(GRADE_EASY) + (1.0 - W[7]) * next);
    return clamp(reverted, DIFFICULTY_MIN, DIFFICULTY_MAX);
}

static double recall_stability(double d, double s, double r, int grade)
{
    double hard_penalty = grade == GRADE_HARD ? W[15] : 1.0;
    double easy_bonus = grade == GRADE_EASY ? W[16] : 1.0;
    return round8(clamp(s * (1.0 + exp(W[8]) * (11.0 - d) * pow(s, -W[9]) *
                                       (exp((1.0 - r) * W[10]) - 1.0) * hard_penalty * easy_bonus),
                        STABILITY_MIN, STABILITY_MAX));
}

/* After a lapse stability never grows (whole days: no short-term term). */
static double forget_stability(double d, double s, double r)
{
    double after_fail =
        round8(clamp(W[11] * pow(d, -W[12]) * (pow(s + 1.0, W[13]) - 1.0) * exp((1.0 - r) * W[14]),
                     STABILITY_MIN, STABILITY_MAX));
    return clamp(round8(s), STABILITY_MIN, after_fail);
}

static int next_interval(double stability, double modifier)
{
    double days = fmax(1.0, js_round(stability * modifier));
    return (int)fmin(days, FSRS_MAXIMUM_INTERVAL);
}

FsrsCard fsrs_card_new(void) { return (FsrsCard){.phase = FSRS_NEW}; }

bool fsrs_card_is_valid(const FsrsCard *card)
{
    if (!card)
        return false;
    if (card->phase == FSRS_NEW)
        return true;
    return card->phase == FSRS_REVIEW && isfinite(card->difficulty) && isfinite(card->stability) &&
           card->difficulty >= DIFFICULTY_MIN && card->difficulty <= DIFFICULTY_MAX &&
           card->stability >= STABILITY_MIN && card->stability <= STABILITY_MAX &&
           card->reps >= 0 && card->lapses >= 0;
}

bool fsrs_review(const FsrsCard *card, FsrsRating rating, int today, double retention,
                 FsrsCard *out)
{
    if (!card || !out || (rating != FSRS_AGAIN && rating != FSRS_GOOD) ||
        !(retention >= FSRS_RETENTION_MIN && retention <= FSRS_RETENTION_MAX) ||
        !fsrs_card_is_valid(card))
        return false;
    bool is_new = card->phase == FSRS_NEW;
    int elapsed = is_new ? 0 : today - card->last_review_day;
    /* Room for every sum below: a day far from int's ends, counts that can still grow. */
    if (elapsed < 0 || today < INT_MIN / 2 || today > INT_MAX / 2 || card->reps == INT_MAX ||
        card->lapses == INT_MAX)
        return false;

    /* Every grade's outcome is worked out, as the reference does: the intervals of the four
     * grades are kept apart (Again < Hard < Good < Easy), so Good's can depend on Hard's. */
    double difficulty[GRADE_COUNT + 1], stability[GRADE_COUNT + 1];
    double r = is_new ? 1.0 : retrievability(elapsed, card->stability);
    for (int grade = GRADE_AGAIN; grade <= GRADE_EASY; grade++) {
        if (is_new) {
            difficulty[grade] = clamp(initial_difficulty(grade), DIFFICULTY_MIN, DIFFICULTY_MAX);
            stability[grade] = initial_stability(grade);
            continue;
        }
        difficulty[grade] = next_difficulty(card->difficulty, grade);
        stability[grade] = grade == GRADE_AGAIN
                               ? forget_stability(card->difficulty, card->stability, r)
                               : recall_stability(card->difficulty, card->stability, r, grade);
    }
    double modifier = interval_modifier(retention);
    int again = next_interval(stability[GRADE_AGAIN], modifier);
    int hard = next_interval(stability[GRADE_HARD], modifier);
    int good = next_interval(stability[GRADE_GOOD], modifier);
    again = again < hard ? again : hard;
    hard = hard > again + 1 ? hard : again + 1;
    good = good > hard + 1 ? good : hard + 1;

    FsrsCard next = *card;
    next.difficulty = difficulty[rating];
    next.stability = stability[rating];
    next.last_review_day = today;
    next.due_day = today + (rating == FSRS_AGAIN ? again : good);
    next.reps = card->reps + 1;
    if (rating == FSRS_AGAIN && !is_new)
        next.lapses = card->lapses + 1;
    next.phase = FSRS_REVIEW;
    *out = next;
    return true;
}

bool fsrs_is_mastered(const FsrsCard *card)
{
    return card && card->phase == FSRS_REVIEW && card->stability >= FSRS_MASTERED_STABILITY;
}

bool fsrs_is_due(const FsrsCard *card, int today)
{
    return card && card->phase == FSRS_REVIEW && card->due_day <= today;
}

int fsrs_days_until_due(const FsrsCard *card, int today)
{
    return card && card->phase == FSRS_REVIEW ? card->due_day - today : 0;
}
