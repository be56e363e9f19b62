/* Saved data: settings and high scores in one SQLite file that survives damage and upgrades. */
#include "herocity/store.h"

#include "herocity/alloc.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "store_internal.h"

enum {
    BUSY_TIMEOUT_MS = 2000, /* a second copy of the game may hold the lock for a moment */
    CORRUPT_COPIES_MAX = 999,
};

/* Forward migrations: migrations[v] turns version v into v + 1. A shipped step is never edited
 * (players already ran it); a schema change appends a step and bumps STORE_SCHEMA_VERSION. */
static const char *const migrations[] = {
    /* 0 -> 1 */
    "CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE scores(id INTEGER PRIMARY KEY, bank_id TEXT NOT NULL, name TEXT NOT NULL,"
    " score INTEGER NOT NULL, played_at INTEGER NOT NULL);",
    /* 1 -> 2 */
    "ALTER TABLE scores ADD COLUMN correct INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE scores ADD COLUMN total INTEGER NOT NULL DEFAULT 0;"
    "CREATE INDEX scores_by_bank ON scores(bank_id, score DESC);",
    /* 2 -> 3: self-study. A row of study_records exists once its question was answered; every
     * answer is also logged in study_answers (the day streak, merging two computers' logs). */
    "CREATE TABLE learners(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    " daily_limit INTEGER NOT NULL DEFAULT 20, retention_percent INTEGER NOT NULL DEFAULT 90);"
    "CREATE TABLE study_records(learner_id INTEGER NOT NULL, question_id TEXT NOT NULL,"
    " difficulty REAL NOT NULL, stability REAL NOT NULL, first_day INTEGER NOT NULL,"
    " last_day INTEGER NOT NULL, due_day INTEGER NOT NULL, reps INTEGER NOT NULL,"
    " lapses INTEGER NOT NULL, right_count INTEGER NOT NULL, wrong_count INTEGER NOT NULL,"
    " last_right INTEGER NOT NULL, PRIMARY KEY(learner_id, question_id)) WITHOUT ROWID;"
    "CREATE TABLE study_answers(id INTEGER PRIMARY KEY, learner_id INTEGER NOT NULL,"
    " question_id TEXT NOT NULL, day INTEGER NOT NULL, right INTEGER NOT NULL);"
    "CREATE INDEX study_answers_by_learner ON study_answers(learner_id, question_id, day);",
    /* 3 -> 4: classroom games, and every event of each as it happened (store_class.c). */
    "CREATE TABLE class_games(id INTEGER PRIMARY KEY, started INTEGER NOT NULL,"
    " setup TEXT NOT NULL, questions TEXT NOT NULL, finished INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE class_events(game INTEGER NOT NULL, seq INTEGER NOT NULL,"
    " kind INTEGER NOT NULL, question INTEGER NOT NULL, team INTEGER NOT NULL,"
    " choice INTEGER NOT NULL, elapsed_ms INTEGER NOT NULL, points INTEGER NOT NULL,"
    " PRIMARY KEY(game, seq)) WITHOUT ROWID;",
};
_Static_assert(sizeof migrations / sizeof migrations[0] == STORE_SCHEMA_VERSION,
               "one migration step per schema version");

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void
say(char *message, size_t size, const char *fmt, ...)
{
    if (!message || size == 0)
        return;
    va_list args;
    va_start(args, fmt);
    vsnprintf(message, size, fmt, args);
    va_end(args);
}

/* Runs every statement of a parameterless script (DDL, PRAGMA, BEGIN/COMMIT). */
int store_exec_script(sqlite3 *db, const char *sql)
{
    while (sql && *sql) {
        sqlite3_stmt *stmt = NULL;
        const char *tail = NULL;
        int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, &tail);
        if (rc != SQLITE_OK)
            return rc;
        if (stmt) { /* NULL for trailing white space */
            do
                rc = sqlite3_step(stmt);
            while (rc == SQLITE_ROW);
            sqlite3_finalize(stmt);
            if (rc != SQLITE_DONE)
                return rc;
        }
        sql = tail;
    }
    return SQLITE_OK;
}

static int query_int(sqlite3 *db, const char *sql, int *out)
{
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            *out = sqlite3_column_int(stmt, 0);
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_ERROR;
        }
    }
    sqlite3_finalize(stmt);
    return rc;
}

/* Ends a transaction begun with BEGIN IMMEDIATE: commits when ok, otherwise rolls back. */
bool store_finish(sqlite3 *db, bool ok)
{
    if (ok && store_exec_script(db, "COMMIT") == SQLITE_OK)
        return true;
    store_exec_script(db, "ROLLBACK");
    return false;
}

static bool is_not_a_database(int rc)
{
    return (rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT;
}

/* sqlite3_open_v2 opens files lazily; quick_check reads the schema and every page, which is
 * what tells a database from a damaged file (NOTADB/CORRUPT, or a verdict other than "ok"). */
static int check_integrity(sqlite3 *db)
{
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &stmt, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            const unsigned char *verdict = sqlite3_column_text(stmt, 0);
            rc = verdict && strcmp((const char *)verdict, "ok") == 0 ? SQLITE_OK : SQLITE_CORRUPT;
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_CORRUPT;
        }
    }
    sqlite3_finalize(stmt);
    return rc;
}

static int open_db(const char *path, int flags, sqlite3 **out)
{
    int rc = sqlite3_open_v2(path, out, flags, NULL);
    if (rc != SQLITE_OK) {
        sqlite3_close(*out); /* a handle is usually returned even on failure */
        *out = NULL;
        return rc;
    }
    return sqlite3_busy_timeout(*out, BUSY_TIMEOUT_MS);
}

/* Opens path into store. Returns SQLITE_OK, or an error code (NOTADB/CORRUPT: not a database),
 * with store->db closed. */
static int connect(Store *store, const char *path)
{
    sqlite3 *db = NULL;
    int version = 0;
    int rc = open_db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &db);
    /* user_version is read from the header alone, before the schema is parsed, so a newer
     * game's schema that this SQLite cannot parse is never mistaken for damage. */
    if (rc == SQLITE_OK)
        rc = query_int(db, "PRAGMA user_version", &version);
    store->read_only = rc == SQLITE_OK && (version < 0 || version > STORE_SCHEMA_VERSION);
    if (store->read_only) {
        /* Reopened read-only so that nothing we do can change a newer game's file. */
        sqlite3_close(db);
        rc = open_db(path, SQLITE_OPEN_READONLY, &db);
        if (rc == SQLITE_OK)
            rc = query_int(db, "PRAGMA user_version", &version);
    } else if (rc == SQLITE_OK) {
        rc = check_integrity(db);
        /* The OS may have opened a write-protected file read-only without telling us. */
        if (rc == SQLITE_OK && sqlite3_db_readonly(db, "main") == 1)
            rc = SQLITE_READONLY;
        /* Default rollback journal (one file to back up), synced fully so a crash after
         * "saved" cannot lose the score. */
        if (rc == SQLITE_OK)
            rc = store_exec_script(db, "PRAGMA synchronous = FULL");
    }
    if (rc != SQLITE_OK) {
        sqlite3_close(db);
        return rc;
    }
    store->db = db;
    store->version = version;
    return SQLITE_OK;
}

/* A folder the player cannot write (a read-only mount, another owner's folder) whose database
 * can still be read: opened read-only, so the saved scores and settings still show. Returns
 * SQLITE_OK, SQLITE_CANTOPEN when there is no database, or why it cannot be read (NOTADB or
 * CORRUPT: damaged, and here it cannot be moved aside). */
static int open_read_only(Store *store, const char *path)
{
    sqlite3 *db = NULL;
    int version = 0;
    if (access(path, F_OK) != 0)
        return SQLITE_CANTOPEN;
    int rc = access(path, R_OK) == 0 ? open_db(path, SQLITE_OPEN_READONLY, &db) : SQLITE_PERM;
    if (rc == SQLITE_OK)
        rc = query_int(db, "PRAGMA user_version", &version);
    /* A newer game's schema may not parse here: like connect(), its version is enough. */
    if (rc == SQLITE_OK && version >= 0 && version <= STORE_SCHEMA_VERSION)
        rc = check_integrity(db);
    if (rc != SQLITE_OK) {
        sqlite3_close(db);
        return rc;
    }
    store->db = db;
    store->version = version;
    store->read_only = true;
    return SQLITE_OK;
}

/* Why a database cannot be used, in the player's words rather than SQLite's. */
static const char *plain_reason(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL: return "the disk is full";
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return "another program is using it";
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
    case SQLITE_CANTOPEN: return "it cannot be written";
    case SQLITE_IOERR: return "the disk could not be read or written";
    case SQLITE_NOMEM: return "out of memory";
    default: return "it could not be opened";
    }
}

static bool is_busy(int rc) { return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED; }

/* Brings the schema to STORE_SCHEMA_VERSION one step per transaction, so a crash leaves a
 * consistent older version. The version is re-read under the write lock because another copy
 * of the game may have migrated in between. */
static int migrate(Store *store)
{
    for (;;) {
        int rc = store_exec_script(store->db, "BEGIN IMMEDIATE");
        if (rc != SQLITE_OK)
            return rc;
        int version = -1;
        rc = query_int(store->db, "PRAGMA user_version", &version);
        if (rc == SQLITE_OK && version >= STORE_SCHEMA_VERSION) {
            store->version = version;
            return store_finish(store->db, true) ? SQLITE_OK : SQLITE_BUSY;
        }
        if (rc == SQLITE_OK && version < 0)
            rc = SQLITE_ERROR;
        if (rc == SQLITE_OK)
            rc = store_exec_script(store->db, migrations[version]);
        if (rc == SQLITE_OK) {
            /* PRAGMA takes no bound parameters; the value is our own small integer. */
            char bump[48];
            snprintf(bump, sizeof bump, "PRAGMA user_version = %d", version + 1);
            rc = store_exec_script(store->db, bump);
        }
        if (!store_finish(store->db, rc == SQLITE_OK))
            return rc != SQLITE_OK ? rc : SQLITE_BUSY;
    }
}

/* mkdir -p on the first dir_len bytes of path; folders we create are private (0700). */
static bool make_dirs(char *path, size_t dir_len)
{
    char saved = path[dir_len];
    path[dir_len] = '\0';
    bool ok = true;
    for (char *p = path + 1; ok && *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        ok = mkdir(path, 0700) == 0 || errno == EEXIST;
        *p = '/';
    }
    ok = ok && (mkdir(path, 0700) == 0 || errno == EEXIST);
    struct stat st;
    /* EEXIST also covers a plain file of that name: make sure it is a folder we can write. */
    ok = ok && stat(path, &st) == 0 && S_ISDIR(st.st_mode) && access(path, W_OK | X_OK) == 0;
    path[dir_len] = saved;
    return ok;
}

/* rename() that never replaces an existing file: link() fails with EEXIST instead. */
static int rename_no_replace(const char *from, const char *to)
{
    if (link(from, to) == 0) {
        if (unlink(from) == 0)
            return 0;
        int err = errno;
        unlink(to); /* only our extra name: the data is still under `from` */
        errno = err;
        return -1;
    }
    if (errno == EEXIST)
        return -1;
    /* No hard links on this file system (FAT, some network shares): look, then rename. */
    struct stat st;
    if (lstat(to, &st) == 0) {
        errno = EEXIST;
        return -1;
    }
    return errno == ENOENT ? rename(from, to) : -1;
}

/* Moves a damaged file to path.corrupt-N (first free N) and returns that name, or NULL. */
static char *move_aside(const char *path)
{
    for (int n = 1; n <= CORRUPT_COPIES_MAX; n++) {
        char *target = hc_strprintf("%s.corrupt-%d", path, n);
        if (!target)
            return NULL;
        if (rename_no_replace(path, target) == 0) {
            /* A leftover journal belongs to the damaged file. Left here, SQLite would delete it
             * when it finds the new, empty database; kept next to the copy, it stays usable. */
            char *journal = hc_strprintf("%s-journal", path);
            char *moved_journal = hc_strprintf("%s-journal", target);
            if (journal && moved_journal)
                rename_no_replace(journal, moved_journal);
            hc_free(journal);
            hc_free(moved_journal);
            return target;
        }
        int err = errno;
        hc_free(target);
        if (err != EEXIST)
            return NULL;
    }
    return NULL;
}

/* The data folder cannot be written: a readable database is shown read-only; anything else is
 * said and left exactly as it is (a damaged file cannot be moved aside here). */
static bool open_in_unwritable_folder(Store *store, const char *dir, const char *path,
                                      char *message, size_t message_size)
{
    int rc = open_read_only(store, path);
    if (rc == SQLITE_OK)
        return true;
    if (is_not_a_database(rc))
        say(message, message_size,
            "Your saved data could not be read, and %s cannot be written, so the file was left "
            "as it is: scores cannot be saved.",
            dir);
    else if (is_busy(rc))
        say(message, message_size,
            "Scores cannot be saved this time: %s is in use by another program.", path);
    else
        say(message, message_size, "Scores cannot be saved: %s is not writable.", dir);
    return false;
}

/* Opens, creates or migrates path in a folder we can write; a damaged file is moved aside
 * first (its new name in *moved). */
static bool open_in_folder(Store *store, const char *path, char **moved, char *message,
                           size_t message_size)
{
    int rc = connect(store, path);
    if (is_not_a_database(rc)) {
        *moved = move_aside(path);
        if (!*moved) {
            say(message, message_size,
                "Your saved data could not be read, and it could not be moved aside, so it was "
                "left as it is in %s: scores cannot be saved.",
                path);
            return false;
        }
        rc = connect(store, path);
    }
    if (rc == SQLITE_OK && !store->read_only && store->version < STORE_SCHEMA_VERSION)
        rc = migrate(store);
    if (rc == SQLITE_OK)
        return true;
    sqlite3_close(store->db);
    store->db = NULL;
    if (*moved)
        say(message, message_size,
            "Scores cannot be saved: %s, so no new file could be started. "
            "Your old saved data was moved to %s.",
            plain_reason(rc), *moved);
    else if (is_busy(rc))
        say(message, message_size,
            "Scores cannot be saved this time: %s is in use by another program.", path);
    else
        say(message, message_size, "Scores cannot be saved: %s (%s).", plain_reason(rc), path);
    return false;
}

Store *store_open(const char *dir, StoreOpenStatus *status, char *message, size_t message_size)
{
    StoreOpenStatus ignored;
    if (!status)
        status = &ignored;
    *status = STORE_UNAVAILABLE;
    say(message, message_size, "%s", "");
    if (!dir || !*dir) {
        say(message, message_size, "Scores cannot be saved: no data folder was given.");
        return NULL;
    }
    Store *store = hc_calloc(1, sizeof *store);
    char *path = hc_strprintf("%s/%s", dir, STORE_FILE_NAME);
    char *moved = NULL;
    if (!store || !path) {
        say(message, message_size, "Scores cannot be saved: out of memory.");
        goto fail;
    }
    bool writable = make_dirs(path, strlen(dir));
    if (writable ? !open_in_folder(store, path, &moved, message, message_size)
                 : !open_in_unwritable_folder(store, dir, path, message, message_size))
        goto fail;
    if (store->version < 0 || store->version > STORE_SCHEMA_VERSION) {
        *status = STORE_READ_ONLY;
        say(message, message_size,
            "Your saved data comes from a newer version of the game: scores will not be saved.");
    } else if (store->read_only) {
        *status = STORE_READ_ONLY;
        say(message, message_size,
            "%s cannot be written: your saved scores and settings are shown, but nothing new "
            "can be saved.",
            dir);
    } else if (moved) {
        *status = STORE_RECOVERED;
        say(message, message_size,
            "Your saved data could not be read, so it was moved to %s and a new file was started.",
            moved);
    } else {
        *status = STORE_OPENED;
    }
    hc_free(path);
    hc_free(moved);
    return store;

fail:
    if (store)
        sqlite3_close(store->db);
    hc_free(store);
    hc_free(path);
    hc_free(moved);
    return NULL;
}

void store_close(Store *store)
{
    if (!store)
        return;
    sqlite3_close(store->db); /* every statement is finalized where it was prepared */
    hc_free(store);
}

int store_schema_version(Store *store) { return store ? store->version : 0; }
