/* What each learner studied, in the store: one row per question answered (its FSRS state and
 * counts) and a log of every answer.
 *
 * Why a kill or a crash cannot lose or split an answer: store_record_answer reads the record,
 * writes it back and logs the answer inside one BEGIN IMMEDIATE ... COMMIT. SQLite's rollback
 * journal (store.c keeps the default, with synchronous = FULL) holds the old pages until the
 * commit is on disk; a process killed before that leaves a hot journal, and the next open rolls
 * the half-done answer back. So after any kill the record and the log agree, and every answer
 * whose store_record_answer returned true is there (tests/test_store_study.c kills a writer). */
#include <string.h>

#include "herocity/alloc.h"
#include "herocity/store_study.h"
#include "store_internal.h"

#define RECORD_COLUMNS                                                                \
    "question_id, difficulty, stability, first_day, last_day, due_day, reps, lapses," \
    " right_count, wrong_count, last_right"

static bool read_record(sqlite3_stmt *stmt, StudyRecord *out)
{
    const char *id = (const char *)sqlite3_column_text(stmt, 0);
    if (!study_record_new(id, out))
        return false;
    out->card = (FsrsCard){.difficulty = sqlite3_column_double(stmt, 1),
                           .stability = sqlite3_column_double(stmt, 2),
                           .last_review_day = sqlite3_column_int(stmt, 4),
                           .due_day = sqlite3_column_int(stmt, 5),
                           .reps = sqlite3_column_int(stmt, 6),
                           .lapses = sqlite3_column_int(stmt, 7),
                           .phase = FSRS_REVIEW};
    out->first_day = sqlite3_column_int(stmt, 3);
    out->right = sqlite3_column_int(stmt, 8);
    out->wrong = sqlite3_column_int(stmt, 9);
    out->last_right = sqlite3_column_int(stmt, 10) != 0;
    if (out->right < 0 || out->wrong < 0)
        out->right = out->wrong = 0;
    /* Numbers no answer could have made: the question starts over, its counts kept. */
    if (!fsrs_card_is_valid(&out->card))
        out->card = fsrs_card_new();
    return true;
}

static sqlite3_stmt *prepare_for_learner(Store *store, const char *sql, int64_t learner_id)
{
    sqlite3_stmt *stmt = NULL;
    if (sqlite3_prepare_v2(store->db, sql, -1, &stmt, NULL) == SQLITE_OK &&
        sqlite3_bind_int64(stmt, 1, learner_id) == SQLITE_OK)
        return stmt;
    sqlite3_finalize(stmt);
    return NULL;
}

/* The stored record of one question: 1 found, 0 none (a new record), -1 error. */
static int load_record(Store *store, int64_t learner_id, const char *question_id, StudyRecord *out)
{
    sqlite3_stmt *stmt = prepare_for_learner(
        store,
        "SELECT " RECORD_COLUMNS " FROM study_records WHERE learner_id = ?1 AND question_id = ?2",
        learner_id);
    int found = -1;
    if (stmt && sqlite3_bind_text(stmt, 2, question_id, -1, SQLITE_STATIC) == SQLITE_OK) {
        int rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW)
            found = read_record(stmt, out) ? 1 : -1;
        else if (rc == SQLITE_DONE)
            found = study_record_new(question_id, out) ? 0 : -1;
    }
    sqlite3_finalize(stmt);
    return found;
}

static bool save_record(Store *store, int64_t learner_id, const StudyRecord *r)
{
    sqlite3_stmt *stmt =
        prepare_for_learner(store,
                            "INSERT OR REPLACE INTO study_records(learner_id, " RECORD_COLUMNS
                            ") VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                            learner_id);
    bool ok = stmt && sqlite3_bind_text(stmt, 2, r->question_id, -1, SQLITE_STATIC) == SQLITE_OK &&
              sqlite3_bind_double(stmt, 3, r->card.difficulty) == SQLITE_OK &&
              sqlite3_bind_double(stmt, 4, r->card.stability) == SQLITE_OK &&
              sqlite3_bind_int(stmt, 5, r->first_day) == SQLITE_OK &&
              sqlite3_bind_int(stmt, 6, r->card.last_review_day) == SQLITE_OK &&
              sqlite3_bind_int(stmt, 7, r->card.due_day) == SQLITE_OK &&
              sqlite3_bind_int(stmt, 8, r->card.reps) == SQLITE_OK &&
              sqlite3_bind_int(stmt, 9, r->card.lapses) == SQLITE_OK &&
              sqlite3_bind_int(stmt, 10, r->right) == SQLITE_OK &&
              sqlite3_bind_int(stmt, 11, r->wrong) == SQLITE_OK &&
              sqlite3_bind_int(stmt, 12, r->last_right) == SQLITE_OK &&
              sqlite3_step(stmt) == SQLITE_DONE;
    sqlite3_finalize(stmt);
    return ok;
}

/* Adds `count` answers of one kind to the log. */
static bool log_answers(Store *store, int64_t learner_id, const char *question_id, int day,
                        bool right, int count)
{
    sqlite3_stmt *stmt = prepare_for_learner(
        store,
        "INSERT INTO study_answers(learner_id, question_id, day, right) VALUES(?1, ?2, ?3, ?4)",
        learner_id);
    bool ok = stmt && sqlite3_bind_text(stmt, 2, question_id, -1, SQLITE_STATIC) == SQLITE_OK &&
              sqlite3_bind_int(stmt, 3, day) == SQLITE_OK &&
              sqlite3_bind_int(stmt, 4, right) == SQLITE_OK;
    for (int i = 0; ok && i < count; i++) {
        ok = sqlite3_step(stmt) == SQLITE_DONE;
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    return ok;
}

/* The learner's retention as FSRS wants it, or 0 when there is no such learner. */
static double learner_retention(Store *store, int64_t learner_id)
{
    sqlite3_stmt *stmt = prepare_for_learner(
        store, "SELECT retention_percent FROM learners WHERE id = ?1", learner_id);
    double retention = 0;
    if (stmt && sqlite3_step(stmt) == SQLITE_ROW) {
        int percent = sqlite3_column_int(stmt, 0);
        if (percent < LEARNER_RETENTION_MIN || percent > LEARNER_RETENTION_MAX)
            percent = LEARNER_RETENTION_DEFAULT;
        retention = percent / 100.0;
    }
    sqlite3_finalize(stmt);
    return retention;
}

bool store_record_answer(Store *store, int64_t learner_id, const char *question_id, bool right,
                         int today, StudyRecord *after)
{
    if (!store || store->read_only || !study_is_question_id(question_id) ||
        store_exec_script(store->db, "BEGIN IMMEDIATE") != SQLITE_OK)
        return false;
    StudyRecord record;
    double retention = learner_retention(store, learner_id);
    bool ok = retention > 0 && load_record(store, learner_id, question_id, &record) >= 0 &&
              study_record_answer(&record, right, today, retention) &&
              save_record(store, learner_id, &record) &&
              log_answers(store, learner_id, question_id, today, right, 1);
    ok = store_finish(store->db, ok);
    if (ok && after)
        *after = record;
    return ok;
}

/* Runs a learner's query and hands each row to `take`, growing *items as needed. */
static bool collect(Store *store, const char *sql, int64_t learner_id, size_t item_size,
                    void **items, size_t *count, bool (*take)(sqlite3_stmt *, void *))
{
    *items = NULL;
    *count = 0;
    if (!store)
        return false;
    sqlite3_stmt *stmt = prepare_for_learner(store, sql, learner_id);
    size_t capacity = 0;
    int rc = stmt ? SQLITE_ROW : SQLITE_ERROR;
    while (stmt && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        if (*count == capacity) {
            size_t grown = capacity ? capacity * 2 : 64;
            void *bigger = hc_realloc(*items, grown * item_size);
            if (!bigger) {
                rc = SQLITE_NOMEM;
                break;
            }
            *items = bigger;
            capacity = grown;
        }
        if (take(stmt, (char *)*items + *count * item_size))
            (*count)++;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        hc_free(*items);
        *items = NULL;
        *count = 0;
        return false;
    }
    return true;
}

static bool take_record(sqlite3_stmt *stmt, void *item) { return read_record(stmt, item); }

bool store_load_records(Store *store, int64_t learner_id, StudyRecords *out)
{
    void *items = NULL;
    bool ok = collect(store,
                      "SELECT " RECORD_COLUMNS " FROM study_records WHERE learner_id = ?1"
                      " ORDER BY question_id",
                      learner_id, sizeof(StudyRecord), &items, &out->count, take_record);
    out->items = items;
    return ok;
}

static bool take_tally(sqlite3_stmt *stmt, void *item)
{
    StudyTally *tally = item;
    const char *id = (const char *)sqlite3_column_text(stmt, 0);
    if (!study_is_question_id(id))
        return false;
    memset(tally, 0, sizeof *tally);
    memcpy(tally->question_id, id, strlen(id));
    tally->day = sqlite3_column_int(stmt, 1);
    tally->right = sqlite3_column_int(stmt, 2);
    tally->wrong = sqlite3_column_int(stmt, 3);
    return true;
}

bool store_load_tallies(Store *store, int64_t learner_id, StudyTallies *out)
{
    void *items = NULL;
    bool ok = collect(store,
                      "SELECT question_id, day, sum(right != 0), sum(right = 0) FROM study_answers"
                      " WHERE learner_id = ?1 GROUP BY question_id, day ORDER BY question_id, day",
                      learner_id, sizeof(StudyTally), &items, &out->count, take_tally);
    out->items = items;
    return ok;
}

static bool take_day(sqlite3_stmt *stmt, void *item)
{
    *(int *)item = sqlite3_column_int(stmt, 0);
    return true;
}

bool store_study_days(Store *store, int64_t learner_id, int **days, size_t *count)
{
    void *items = NULL;
    bool ok = collect(store,
                      "SELECT DISTINCT day FROM study_answers WHERE learner_id = ?1"
                      " ORDER BY day DESC",
                      learner_id, sizeof(int), &items, count, take_day);
    *days = items;
    return ok;
}

/* Answers of one kind already logged for a question on a day: -1 on error. */
static int logged(Store *store, int64_t learner_id, const StudyTally *tally, bool right)
{
    sqlite3_stmt *stmt = prepare_for_learner(
        store,
        "SELECT count(*) FROM study_answers WHERE learner_id = ?1 AND question_id = ?2"
        " AND day = ?3 AND (right != 0) = ?4",
        learner_id);
    int count = -1;
    if (stmt && sqlite3_bind_text(stmt, 2, tally->question_id, -1, SQLITE_STATIC) == SQLITE_OK &&
        sqlite3_bind_int(stmt, 3, tally->day) == SQLITE_OK &&
        sqlite3_bind_int(stmt, 4, right) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        count = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return count;
}

/* Logs what the tally has beyond what is logged already, for one kind of answer. */
static bool merge_tally(Store *store, int64_t learner_id, const StudyTally *tally, bool right,
                        size_t *added)
{
    int wanted = right ? tally->right : tally->wrong;
    int have = logged(store, learner_id, tally, right);
    if (have < 0 || wanted < 0 || wanted > LIMIT_ANSWERS_PER_DAY)
        return false;
    if (wanted <= have)
        return true;
    *added += (size_t)(wanted - have);
    return log_answers(store, learner_id, tally->question_id, tally->day, right, wanted - have);
}

static bool merge_record(Store *store, int64_t learner_id, const StudyRecord *incoming,
                         StoreMergeCounts *counts)
{
    if (!study_is_question_id(incoming->question_id) || !fsrs_card_is_valid(&incoming->card) ||
        incoming->right < 0 || incoming->wrong < 0)
        return false;
    StudyRecord kept;
    int found = load_record(store, learner_id, incoming->question_id, &kept);
    if (found < 0)
        return false;
    if (found == 1 && !study_record_is_newer(incoming, &kept)) {
        counts->records_kept++;
        return true;
    }
    counts->records_taken++;
    return save_record(store, learner_id, incoming);
}

bool store_merge_progress(Store *store, int64_t learner_id, const StudyRecords *records,
                          const StudyTallies *tallies, StoreMergeCounts *counts)
{
    StoreMergeCounts ignored;
    if (!counts)
        counts = &ignored;
    memset(counts, 0, sizeof *counts);
    if (!store || store->read_only || !records || !tallies ||
        store_exec_script(store->db, "BEGIN IMMEDIATE") != SQLITE_OK)
        return false;
    bool ok = learner_retention(store, learner_id) > 0;
    for (size_t i = 0; ok && i < records->count; i++)
        ok = merge_record(store, learner_id, &records->items[i], counts);
    for (size_t i = 0; ok && i < tallies->count; i++) {
        const StudyTally *tally = &tallies->items[i];
        ok = study_is_question_id(tally->question_id) &&
             merge_tally(store, learner_id, tally, true, &counts->answers_added) &&
             merge_tally(store, learner_id, tally, false, &counts->answers_added);
    }
    if (store_finish(store->db, ok))
        return true;
    memset(counts, 0, sizeof *counts);
    return false;
}
