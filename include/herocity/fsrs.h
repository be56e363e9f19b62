/* FSRS-6 spaced-repetition scheduling in whole days: the memory state of one question, and what
 * one answer makes of it. A pure function of the state, the rating and the day; it matches the
 * reference scheduler ts-fsrs set to whole days without fuzz (tests/data/fsrs/fixture.txt). */
#ifndef HEROCITY_FSRS_H
#define HEROCITY_FSRS_H

#include <stdbool.h>

enum {
    FSRS_WEIGHT_COUNT = 21,
    FSRS_MAXIMUM_INTERVAL = 36500, /* days, as ts-fsrs's default */
    FSRS_MASTERED_STABILITY = 21,  /* days: Anki's "mature" */
};

/* The desired retention: the chance of still knowing a question on its due day. */
#define FSRS_RETENTION_DEFAULT 0.90
#define FSRS_RETENTION_MIN 0.80
#define FSRS_RETENTION_MAX 0.95

/* FSRS-6's published default parameters w0..w20 (those of ts-fsrs and Anki). */
extern const double fsrs_default_weights[FSRS_WEIGHT_COUNT];

typedef enum {
    FSRS_NEW,    /* never answered: difficulty, stability and days mean nothing yet */
    FSRS_REVIEW, /* answered at least once, scheduled for due_day */
} FsrsPhase;

/* Only the two ratings a quiz can tell apart: a wrong answer is Again, a right one Good. The
 * values are FSRS's grade numbers. */
typedef enum {
    FSRS_AGAIN = 1,
    FSRS_GOOD = 3,
} FsrsRating;

typedef struct {
    double difficulty;   /* 1..10 */
    double stability;    /* days until the chance of recall falls to 90 % */
    int last_review_day; /* days since 1970-01-01 (see day.h) */
    int due_day;
    int reps;   /* answers given */
    int lapses; /* wrong answers, a wrong first answer not counted (as in FSRS) */
    FsrsPhase phase;
} FsrsCard;

/* A question never answered. */
FsrsCard fsrs_card_new(void);

/* The state after answering `card` with `rating` on day `today`, scheduled for the desired
 * `retention` (FSRS_RETENTION_MIN..FSRS_RETENTION_MAX). Returns false, leaving *out alone, when
 * the rating or retention is not one of those above, the card is not a valid state, or today is
 * before the card's last review (a clock turned back: the caller decides what that means). */
bool fsrs_review(const FsrsCard *card, FsrsRating rating, int today, double retention,
                 FsrsCard *out);

/* A new card, or a reviewed one whose difficulty (1..10), stability (0.001..36500 days) and counts
 * (not negative) an answer could have made; a state read from a file or database is checked
 * with this before use. */
bool fsrs_card_is_valid(const FsrsCard *card);

/* Stability of at least FSRS_MASTERED_STABILITY days. */
bool fsrs_is_mastered(const FsrsCard *card);
/* A question answered before and due on or before today. */
bool fsrs_is_due(const FsrsCard *card, int today);
/* Days from today until the card is due again: "Next review in N days" (0: due today, negative:
 * overdue); 0 for a new card. */
int fsrs_days_until_due(const FsrsCard *card, int today);

#endif
