/* Self-study: what a learner knows of each question, what each study mode asks, and the progress
 * figures. Pure: fed with the learner's records (from the store) and "today", it reads no clock
 * and no database. Questions are matched by id, so a bank can change between sessions: a
 * question no longer in any bank keeps its record but is never asked, a new one is new. */
#ifndef HEROCITY_STUDY_H
#define HEROCITY_STUDY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "herocity/bank.h"
#include "herocity/fsrs.h"
#include "herocity/limits.h"

/* One learner's history with one question: its FSRS state and the answers given. */
typedef struct {
    char question_id[LIMIT_ID_BYTES + 1];
    FsrsCard card; /* card.last_review_day is the day of the last answer */
    int first_day; /* the day of the first answer */
    int right;     /* answers that were right */
    int wrong;     /* answers that were wrong; seen = right + wrong */
    bool last_right;
} StudyRecord;

/* A learner's records, sorted by question_id (strcmp order), each id once. */
typedef struct {
    StudyRecord *items; /* owned: free with study_records_free */
    size_t count;
} StudyRecords;

/* Frees the items and empties the list (NULL is fine). */
void study_records_free(StudyRecords *records);
/* The record of this question, or NULL when it was never answered. */
const StudyRecord *study_records_find(const StudyRecords *records, const char *question_id);

/* Answers given to one question on one day: the answer log, summed. */
typedef struct {
    char question_id[LIMIT_ID_BYTES + 1];
    int day;
    int right;
    int wrong;
} StudyTally;

/* Tallies sorted by question id, then day; each pair once. */
typedef struct {
    StudyTally *items; /* owned: free with study_tallies_free */
    size_t count;
} StudyTallies;

void study_tallies_free(StudyTallies *tallies);

/* Whether text is a question id as banks write them: 1..LIMIT_ID_CHARS of [a-z0-9], single
 * hyphens between them. */
bool study_is_question_id(const char *text);

/* A question never answered. False when question_id is not a question id. */
bool study_record_new(const char *question_id, StudyRecord *out);
/* Counts one answer given on day `today` and schedules the question again (FSRS: a wrong answer
 * is Again, a right one Good) for the desired retention. When today is before the last answer
 * (the clock was turned back) the answer is counted but the schedule is kept as it was. False,
 * with the record unchanged, when the retention is out of range or the record is not valid. */
bool study_record_answer(StudyRecord *record, bool right, int today, double retention);
/* Whether a record of the same question from elsewhere (another computer's export) should
 * replace the one kept: the later last answer wins; on the same day, the one with more answers
 * (it has seen that day's answers the other has not); otherwise the kept one stays. */
bool study_record_is_newer(const StudyRecord *incoming, const StudyRecord *kept);
/* Seen at least once and wrong the last time: what Mistakes asks. */
bool study_record_is_mistake(const StudyRecord *record);

typedef enum {
    STUDY_REVIEW,   /* due questions, most overdue first, then new ones, up to a daily number */
    STUDY_PRACTICE, /* every question of the chosen banks */
    STUDY_MISTAKES, /* the questions last answered wrong */
    STUDY_EXAM,     /* a set number drawn by a seed, no feedback until the end */
} StudyMode;

enum {
    STUDY_DAILY_LIMIT_DEFAULT = 20,
    STUDY_DAILY_LIMIT_MIN = 1,
    STUDY_DAILY_LIMIT_MAX = LIMIT_QUESTIONS_PER_BANK,
    STUDY_EXAM_SIZE_DEFAULT = 20,
};

typedef struct {
    StudyMode mode;
    int today;
    /* Review: questions asked in one session, and questions met for the first time on one day
     * (records whose first_day is today count against it). */
    int daily_limit;
    /* Exam: how many questions (0 or more than the pool: all), drawn by seed. */
    size_t exam_size;
    uint64_t seed;
} StudyPlan;

/* A plan with the defaults for `mode` on `today`. */
StudyPlan study_plan_default(StudyMode mode, int today);

/* Picks the questions of a session from `pool` (the questions of the banks the learner chose,
 * borrowed) into `out`, which has room for pool_size, and sets *count. Review orders them: due
 * ones by due day (pool order within a day), then new ones in pool order; Practice and Mistakes
 * keep pool order; Exam draws by seed. False (count 0) only when memory runs out or an argument
 * is missing. */
bool study_select(const StudyPlan *plan, const Question *const *pool, size_t pool_size,
                  const StudyRecords *records, const Question **out, size_t *count);

/* The figures of one bank for one learner on `today`. Only the bank's current questions count. */
typedef struct {
    size_t questions;
    size_t seen;     /* answered at least once */
    size_t mastered; /* stability of FSRS_MASTERED_STABILITY days or more */
    size_t due;      /* seen and due on or before today */
    long right;      /* answers to these questions that were right... */
    long answers;    /* ...out of all answers to them */
} StudyProgress;

void study_progress(const Bank *bank, const StudyRecords *records, int today, StudyProgress *out);
/* Right answers as tenths of a percent (875 for 87.5 %), rounded half up; -1 with no answers. */
int study_accuracy_permille(const StudyProgress *progress);

/* An exam's grade: the share of right answers as a whole percentage, rounded down (89.9 % is
 * not 90 %), and the band it falls in. */
typedef enum {
    STUDY_GRADE_NOT_YET,   /* below STUDY_GRADE_PASS_PERCENT */
    STUDY_GRADE_PASS,      /* STUDY_GRADE_PASS_PERCENT or more */
    STUDY_GRADE_GOOD,      /* STUDY_GRADE_GOOD_PERCENT or more */
    STUDY_GRADE_EXCELLENT, /* STUDY_GRADE_EXCELLENT_PERCENT or more */
} StudyGradeBand;

enum {
    STUDY_GRADE_PASS_PERCENT = 60,
    STUDY_GRADE_GOOD_PERCENT = 75,
    STUDY_GRADE_EXCELLENT_PERCENT = 90,
};

typedef struct {
    int percent;
    StudyGradeBand band;
} StudyGrade;

/* The grade of `right` answers out of `total` (0 of 0 is 0 %, not yet). */
StudyGrade study_exam_grade(size_t right, size_t total);

/* Days in a row, up to today, on which the learner answered at least once. A streak that
 * reached yesterday still stands today before the first answer. `days_newest_first`: the days
 * with answers, newest first (repeats allowed; days after today are passed over). */
int study_day_streak(const int *days_newest_first, size_t count, int today);

#endif
