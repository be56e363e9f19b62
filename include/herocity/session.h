/* A round of questions as a state machine: ready -> asking <-> feedback -> finished. The engine
 * judges answers; the front end only reports which displayed choice was picked. */
#ifndef HEROCITY_SESSION_H
#define HEROCITY_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "herocity/bank.h"

typedef enum {
    SESSION_READY,
    SESSION_ASKING,
    SESSION_FEEDBACK,
    SESSION_FINISHED,
} SessionState;

typedef enum {
    SESSION_OK = 0,
    SESSION_WRONG_STATE, /* the call is not legal in the current state */
    SESSION_BAD_ARGUMENT,
} SessionStatus;

/* What screens draw and tests assert on. Strings are borrowed from the banks. */
typedef struct {
    SessionState state;
    size_t question_number; /* 1-based; 0 before the first question */
    size_t question_total;
    const Question *question; /* NULL when ready or finished */
    int choice_count;
    const char *choices[BANK_MAX_CHOICES]; /* in display order */
    int correct_choice;                    /* display index of the right answer */
    int picked_choice;                     /* display index picked, -1 before an answer */
    int last_points;                       /* points earned by the last answer */
    int score;
    int correct_count;
    int answered_count;
    int streak;
    int best_streak;
} SessionSnapshot;

typedef struct Session Session;

/* Starts a round over `pool` (borrowed: the banks must outlive the session). Picks
 * `round_length` questions (0 or more than the pool means all) in an order shuffled by `seed`,
 * and shuffles each question's choices unless it says shuffle="false". NULL when the pool is
 * empty or memory runs out. */
Session *session_new(const Question *const *pool, size_t pool_size, size_t round_length,
                     uint64_t seed);
/* As session_new, but asks every question of `pool` in the order given: self-study's Review
 * asks the most overdue first and the new ones after them. Choices are still shuffled by seed
 * (unless a question says shuffle="false"). */
Session *session_new_in_order(const Question *const *pool, size_t pool_size, uint64_t seed);
void session_free(Session *session);

/* ready -> asking the first question. */
SessionStatus session_start(Session *session);
/* asking -> feedback. choice is a display index. */
SessionStatus session_answer(Session *session, int choice);
/* feedback -> asking the next question, or finished after the last. */
SessionStatus session_next(Session *session);

void session_snapshot(const Session *session, SessionSnapshot *out);

/* Questions answered wrongly, in the order they were asked. */
size_t session_missed_count(const Session *session);
const Question *session_missed(const Session *session, size_t index);
/* The text of the answer the player gave to missed question `index`. */
const char *session_missed_answer(const Session *session, size_t index);

/* Answer `index` of those given so far, in the order asked, right or wrong (an exam's review
 * shows every one): its question, the text of the answer given, and whether it was right. False
 * when fewer answers were given. */
bool session_given_answer(const Session *session, size_t index, const Question **question,
                          const char **given, bool *right);

#endif
