/* Learners and what each one has studied, kept in the store's database (schema version 3).
 * Every answer is saved in its own transaction as it is given, so a crash or a kill loses at
 * most the answer being saved, never a part of it. No sqlite3 type leaves the store files. */
#ifndef HEROCITY_STORE_STUDY_H
#define HEROCITY_STORE_STUDY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "herocity/limits.h"
#include "herocity/store.h"
#include "herocity/study.h"

enum {
    LEARNER_RETENTION_MIN = 80, /* percent: FSRS_RETENTION_MIN..MAX */
    LEARNER_RETENTION_MAX = 95,
    LEARNER_RETENTION_DEFAULT = 90,
};

typedef struct {
    int64_t id;
    char name[LIMIT_NAME_BYTES + 1]; /* UTF-8 */
    int daily_limit;                 /* STUDY_DAILY_LIMIT_MIN..STUDY_DAILY_LIMIT_MAX */
    int retention_percent;           /* LEARNER_RETENTION_MIN..LEARNER_RETENTION_MAX */
} Learner;

typedef enum {
    LEARNER_OK,
    LEARNER_BAD_NAME,   /* empty, longer than LIMIT_NAME_BYTES, not UTF-8, or a control char */
    LEARNER_NAME_TAKEN, /* another learner has this name (ASCII case aside: "ann" is "Ann") */
    LEARNER_NOT_FOUND,
    LEARNER_BAD_VALUE, /* a daily number or retention out of range */
    LEARNER_NOT_SAVED, /* no store, a read-only one (a newer game's), or SQLite failed */
} LearnerStatus;

/* Adds a learner with the default goals. Spaces around the name are dropped. On LEARNER_OK
 * fills *out (may be NULL). */
LearnerStatus store_add_learner(Store *store, const char *name, Learner *out);
LearnerStatus store_rename_learner(Store *store, int64_t id, const char *name);
LearnerStatus store_set_learner_goals(Store *store, int64_t id, int daily_limit,
                                      int retention_percent);
/* Deletes the learner with every record and answer of theirs, in one transaction. */
LearnerStatus store_delete_learner(Store *store, int64_t id);
/* The learner with this name (spaces around it dropped, ASCII case aside). */
LearnerStatus store_find_learner(Store *store, const char *name, Learner *out);
/* Learners by name; returns how many were written to out (at most max). */
size_t store_list_learners(Store *store, Learner *out, size_t max);

/* Saves one answer to question_id given on day `today`, in one transaction: the learner's record
 * of the question is read, rescheduled (study_record_answer, at the learner's retention) and
 * written back, and the answer is added to the log. *after (may be NULL) gets the new record,
 * for "Next review in N days". False when nothing was saved: no such learner, a bad question
 * id, a read-only store or an SQLite error. */
bool store_record_answer(Store *store, int64_t learner_id, const char *question_id, bool right,
                         int today, StudyRecord *after);

/* Every record of the learner, sorted by question id, questions no bank has any more included.
 * A row whose numbers are not a valid FSRS state (edited by hand) comes back as a new card with
 * its counts; one whose question id is not an id is left out. Free with study_records_free. */
bool store_load_records(Store *store, int64_t learner_id, StudyRecords *out);
/* The answer log summed per question and day, sorted. Free with study_tallies_free. */
bool store_load_tallies(Store *store, int64_t learner_id, StudyTallies *out);
/* The days on which the learner answered, newest first, each once (for study_day_streak).
 * Caller frees *days with hc_free; *days is NULL when there are none. */
bool store_study_days(Store *store, int64_t learner_id, int **days, size_t *count);

/* What store_merge_progress did. */
typedef struct {
    size_t records_taken; /* new questions, or newer than what was kept */
    size_t records_kept;  /* what was kept was as new or newer */
    size_t answers_added; /* log entries the store did not have yet */
} StoreMergeCounts;

/* Merges another computer's progress into the learner's, in one transaction: each record
 * replaces the kept one when study_record_is_newer says so; the answer log keeps, per question,
 * day and right/wrong, the larger of the two counts, so importing the same file twice changes
 * nothing. Records must have valid ids (a progress file's parser checks them). */
bool store_merge_progress(Store *store, int64_t learner_id, const StudyRecords *records,
                          const StudyTallies *tallies, StoreMergeCounts *counts);

#endif
