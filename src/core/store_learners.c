/* Learners in the store: add, rename, set goals, delete with everything they studied, list. */
#include <string.h>

#include "herocity/store_study.h"
#include "store_internal.h"

/* Drops ASCII spaces around name; the rest must be 1..LIMIT_NAME_BYTES of UTF-8 without control
 * characters (a tab or newline would break the tab-separated --progress output). */
static bool clean_name(const char *name, const char **start, size_t *length)
{
    if (!name)
        return false;
    while (*name == ' ')
        name++;
    size_t n = strlen(name);
    while (n > 0 && name[n - 1] == ' ')
        n--;
    if (n == 0 || n > LIMIT_NAME_BYTES || store_utf8_prefix(name, n, n) != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)name[i];
        if (c < 0x20 || c == 0x7f)
            return false;
    }
    *start = name;
    *length = n;
    return true;
}

static void read_learner(sqlite3_stmt *stmt, Learner *out)
{
    memset(out, 0, sizeof *out);
    out->id = sqlite3_column_int64(stmt, 0);
    store_copy_column(stmt, 1, out->name, sizeof out->name);
    out->daily_limit = sqlite3_column_int(stmt, 2);
    out->retention_percent = sqlite3_column_int(stmt, 3);
    /* A value set by hand out of range falls back to the default, as settings do. */
    if (out->daily_limit < STUDY_DAILY_LIMIT_MIN || out->daily_limit > STUDY_DAILY_LIMIT_MAX)
        out->daily_limit = STUDY_DAILY_LIMIT_DEFAULT;
    if (out->retention_percent < LEARNER_RETENTION_MIN ||
        out->retention_percent > LEARNER_RETENTION_MAX)
        out->retention_percent = LEARNER_RETENTION_DEFAULT;
}

#define LEARNER_COLUMNS "SELECT id, name, daily_limit, retention_percent FROM learners"

static LearnerStatus find_by_name(Store *store, const char *name, size_t length, Learner *out)
{
    sqlite3_stmt *stmt = NULL;
    LearnerStatus status = LEARNER_NOT_SAVED;
    if (sqlite3_prepare_v2(store->db, LEARNER_COLUMNS " WHERE name = ?1", -1, &stmt, NULL) ==
            SQLITE_OK &&
        sqlite3_bind_text(stmt, 1, name, (int)length, SQLITE_STATIC) == SQLITE_OK) {
        int rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            if (out)
                read_learner(stmt, out);
            status = LEARNER_OK;
        } else if (rc == SQLITE_DONE) {
            status = LEARNER_NOT_FOUND;
        }
    }
    sqlite3_finalize(stmt);
    return status;
}

LearnerStatus store_find_learner(Store *store, const char *name, Learner *out)
{
    const char *start = NULL;
    size_t length = 0;
    if (!clean_name(name, &start, &length))
        return LEARNER_NOT_FOUND;
    return store ? find_by_name(store, start, length, out) : LEARNER_NOT_SAVED;
}

size_t store_list_learners(Store *store, Learner *out, size_t max)
{
    if (!store || !out || max == 0)
        return 0;
    sqlite3_stmt *stmt = NULL;
    size_t count = 0;
    if (sqlite3_prepare_v2(store->db, LEARNER_COLUMNS " ORDER BY name, id", -1, &stmt, NULL) ==
        SQLITE_OK) {
        while (count < max && sqlite3_step(stmt) == SQLITE_ROW)
            read_learner(stmt, &out[count++]);
    }
    sqlite3_finalize(stmt);
    return count;
}

/* Runs one statement with an integer (?1), a text (?2, may be NULL) and two integers (?3, ?4)
 * bound, in a transaction begun by the caller. Returns the SQLite code of the step. */
static int run(Store *store, const char *sql, int64_t id, const char *text, size_t length, int a,
               int b)
{
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(store->db, sql, -1, &stmt, NULL);
    if (rc == SQLITE_OK && sqlite3_bind_parameter_count(stmt) >= 1)
        rc = sqlite3_bind_int64(stmt, 1, id);
    if (rc == SQLITE_OK && text)
        rc = sqlite3_bind_text(stmt, 2, text, (int)length, SQLITE_STATIC);
    if (rc == SQLITE_OK && sqlite3_bind_parameter_count(stmt) >= 3)
        rc = sqlite3_bind_int(stmt, 3, a);
    if (rc == SQLITE_OK && sqlite3_bind_parameter_count(stmt) >= 4)
        rc = sqlite3_bind_int(stmt, 4, b);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return rc;
}

/* Ends the write begun by BEGIN IMMEDIATE: status LEARNER_OK commits, anything else rolls
 * back; a commit that fails is LEARNER_NOT_SAVED. */
static LearnerStatus finish(Store *store, LearnerStatus status)
{
    if (!store_finish(store->db, status == LEARNER_OK) && status == LEARNER_OK)
        return LEARNER_NOT_SAVED;
    return status;
}

static bool writable(Store *store)
{
    return store && !store->read_only &&
           store_exec_script(store->db, "BEGIN IMMEDIATE") == SQLITE_OK;
}

/* The name is free for learner `id` (0 for a new learner). */
static LearnerStatus name_free(Store *store, const char *name, size_t length, int64_t id)
{
    Learner other;
    LearnerStatus found = find_by_name(store, name, length, &other);
    if (found == LEARNER_NOT_FOUND || (found == LEARNER_OK && other.id == id))
        return LEARNER_OK;
    return found == LEARNER_OK ? LEARNER_NAME_TAKEN : found;
}

/* Checks a new name and begins the write that will use it; LEARNER_OK means a transaction is
 * open (end it with finish). */
static LearnerStatus begin_with_name(Store *store, const char *name, const char **start,
                                     size_t *length)
{
    if (!clean_name(name, start, length))
        return LEARNER_BAD_NAME;
    return writable(store) ? LEARNER_OK : LEARNER_NOT_SAVED;
}

LearnerStatus store_add_learner(Store *store, const char *name, Learner *out)
{
    const char *start = NULL;
    size_t length = 0;
    LearnerStatus status = begin_with_name(store, name, &start, &length);
    if (status != LEARNER_OK)
        return status;
    status = name_free(store, start, length, 0);
    if (status == LEARNER_OK &&
        run(store, "INSERT INTO learners(name, daily_limit, retention_percent) VALUES(?2, ?3, ?4)",
            0, start, length, STUDY_DAILY_LIMIT_DEFAULT, LEARNER_RETENTION_DEFAULT) != SQLITE_DONE)
        status = LEARNER_NOT_SAVED;
    if (status == LEARNER_OK && out)
        status = find_by_name(store, start, length, out);
    return finish(store, status);
}

/* LEARNER_OK when learner id exists. */
static LearnerStatus exists(Store *store, int64_t id)
{
    int rc = run(store, "SELECT 1 FROM learners WHERE id = ?1", id, NULL, 0, 0, 0);
    return rc == SQLITE_ROW    ? LEARNER_OK
           : rc == SQLITE_DONE ? LEARNER_NOT_FOUND
                               : LEARNER_NOT_SAVED;
}

LearnerStatus store_rename_learner(Store *store, int64_t id, const char *name)
{
    const char *start = NULL;
    size_t length = 0;
    LearnerStatus status = begin_with_name(store, name, &start, &length);
    if (status != LEARNER_OK)
        return status;
    status = exists(store, id);
    if (status == LEARNER_OK)
        status = name_free(store, start, length, id);
    if (status == LEARNER_OK && run(store, "UPDATE learners SET name = ?2 WHERE id = ?1", id, start,
                                    length, 0, 0) != SQLITE_DONE)
        status = LEARNER_NOT_SAVED;
    return finish(store, status);
}

LearnerStatus store_set_learner_goals(Store *store, int64_t id, int daily_limit,
                                      int retention_percent)
{
    if (daily_limit < STUDY_DAILY_LIMIT_MIN || daily_limit > STUDY_DAILY_LIMIT_MAX ||
        retention_percent < LEARNER_RETENTION_MIN || retention_percent > LEARNER_RETENTION_MAX)
        return LEARNER_BAD_VALUE;
    if (!writable(store))
        return LEARNER_NOT_SAVED;
    LearnerStatus status = exists(store, id);
    if (status == LEARNER_OK &&
        run(store, "UPDATE learners SET daily_limit = ?3, retention_percent = ?4 WHERE id = ?1", id,
            NULL, 0, daily_limit, retention_percent) != SQLITE_DONE)
        status = LEARNER_NOT_SAVED;
    return finish(store, status);
}

LearnerStatus store_delete_learner(Store *store, int64_t id)
{
    if (!writable(store))
        return LEARNER_NOT_SAVED;
    LearnerStatus status = exists(store, id);
    static const char *const deletes[] = {
        "DELETE FROM study_answers WHERE learner_id = ?1",
        "DELETE FROM study_records WHERE learner_id = ?1",
        "DELETE FROM learners WHERE id = ?1",
    };
    for (size_t i = 0; status == LEARNER_OK && i < sizeof deletes / sizeof deletes[0]; i++)
        if (run(store, deletes[i], id, NULL, 0, 0, 0) != SQLITE_DONE)
            status = LEARNER_NOT_SAVED;
    return finish(store, status);
}
