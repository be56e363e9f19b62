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

struct Store {
    sqlite3 *db;
    int version;    /* PRAGMA user_version after opening (and migrating) */
    bool read_only; /* made by a newer game: we must not change what it wrote */
};

enum {
    BUSY_TIMEOUT_MS = 2000, /* a second copy of the game may hold the lock for a moment */
    SCALE_MIN = 75,
    SCALE_MAX = 200,
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
};
_Static_assert(sizeof migrations / sizeof migrations[0] == STORE_SCHEMA_VERSION,
               "one migration step per schema version");

/* id breaks exact ties (same score, same second) so the order never flickers between calls. */
#define SCORE_ORDER " ORDER BY score DESC, played_at ASC, id ASC LIMIT ?2 OFFSET ?3"

static const char *const known_themes[] = {"dark", "light", "contrast"};

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
static int exec_script(sqlite3 *db, const char *sql)
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
static bool finish(sqlite3 *db, bool ok)
{
    if (ok && exec_script(db, "COMMIT") == SQLITE_OK)
        return true;
    exec_script(db, "ROLLBACK");
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
            rc = exec_script(db, "PRAGMA synchronous = FULL");
    }
    if (rc != SQLITE_OK) {
        sqlite3_close(db);
        return rc;
    }
    store->db = db;
    store->version = version;
    return SQLITE_OK;
}

/* Brings the schema to STORE_SCHEMA_VERSION one step per transaction, so a crash leaves a
 * consistent older version. The version is re-read under the write lock because another copy
 * of the game may have migrated in between. */
static int migrate(Store *store)
{
    for (;;) {
        int rc = exec_script(store->db, "BEGIN IMMEDIATE");
        if (rc != SQLITE_OK)
            return rc;
        int version = -1;
        rc = query_int(store->db, "PRAGMA user_version", &version);
        if (rc == SQLITE_OK && version >= STORE_SCHEMA_VERSION) {
            store->version = version;
            return finish(store->db, true) ? SQLITE_OK : SQLITE_BUSY;
        }
        if (rc == SQLITE_OK && version < 0)
            rc = SQLITE_ERROR;
        if (rc == SQLITE_OK)
            rc = exec_script(store->db, migrations[version]);
        if (rc == SQLITE_OK) {
            /* PRAGMA takes no bound parameters; the value is our own small integer. */
            char bump[48];
            snprintf(bump, sizeof bump, "PRAGMA user_version = %d", version + 1);
            rc = exec_script(store->db, bump);
        }
        if (!finish(store->db, rc == SQLITE_OK))
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
    if (!make_dirs(path, strlen(dir))) {
        say(message, message_size, "Scores cannot be saved: %s is not writable.", dir);
        goto fail;
    }
    int rc = connect(store, path);
    if (is_not_a_database(rc)) {
        moved = move_aside(path);
        if (!moved) {
            say(message, message_size,
                "Scores cannot be saved: %s is damaged and could not be moved aside.", path);
            goto fail;
        }
        rc = connect(store, path);
    }
    if (rc == SQLITE_OK && !store->read_only && store->version < STORE_SCHEMA_VERSION)
        rc = migrate(store);
    if (rc != SQLITE_OK) {
        if (moved)
            say(message, message_size,
                "Scores cannot be saved: a new %s could not be created (%s). "
                "Your old saved data was moved to %s.",
                path, sqlite3_errstr(rc), moved);
        else
            say(message, message_size, "Scores cannot be saved: %s could not be opened (%s).", path,
                sqlite3_errstr(rc));
        goto fail;
    }
    if (store->read_only) {
        *status = STORE_READ_ONLY;
        say(message, message_size,
            "Your saved data comes from a newer version of the game: scores will not be saved.");
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

/* ---- Settings: one text row per key, so a later version adds keys without a migration. ---- */

void settings_defaults(Settings *settings)
{
    if (!settings)
        return;
    memset(settings, 0, sizeof *settings);
    settings->text_scale_percent = 100;
    settings->fullscreen = false;
    settings->sound = true;
    snprintf(settings->theme, sizeof settings->theme, "%s", "dark");
}

/* Whole-string decimal integer; anything else (empty, "12px", overflow) is malformed. */
static bool parse_long(const char *text, long *out)
{
    if (!text || !(*text == '-' || (*text >= '0' && *text <= '9')))
        return false;
    char *end = NULL;
    errno = 0;
    long value = strtol(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0')
        return false;
    *out = value;
    return true;
}

/* Values written by hand, by a newer game or by a damaged row are ignored, keeping the default. */
static void apply_setting(Settings *settings, const char *key, const char *value)
{
    long number = 0;
    if (strcmp(key, "text_scale_percent") == 0) {
        if (parse_long(value, &number))
            settings->text_scale_percent = number < SCALE_MIN   ? SCALE_MIN
                                           : number > SCALE_MAX ? SCALE_MAX
                                                                : (int)number;
    } else if (strcmp(key, "fullscreen") == 0 || strcmp(key, "sound") == 0) {
        bool *flag = key[0] == 'f' ? &settings->fullscreen : &settings->sound;
        if (parse_long(value, &number) && (number == 0 || number == 1))
            *flag = number == 1;
    } else if (strcmp(key, "theme") == 0) {
        for (size_t i = 0; i < sizeof known_themes / sizeof known_themes[0]; i++)
            if (strcmp(value, known_themes[i]) == 0)
                snprintf(settings->theme, sizeof settings->theme, "%s", known_themes[i]);
    }
}

bool store_load_settings(Store *store, Settings *settings)
{
    if (!settings)
        return false;
    settings_defaults(settings);
    if (!store)
        return false;
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(store->db, "SELECT key, value FROM settings", -1, &stmt, NULL);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const char *key = (const char *)sqlite3_column_text(stmt, 0);
            const char *value = (const char *)sqlite3_column_text(stmt, 1);
            if (key && value)
                apply_setting(settings, key, value);
        }
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

bool store_save_settings(Store *store, const Settings *settings)
{
    if (!store || store->read_only || !settings)
        return false;
    int scale = settings->text_scale_percent;
    scale = scale < SCALE_MIN ? SCALE_MIN : scale > SCALE_MAX ? SCALE_MAX : scale;
    char scale_text[16];
    snprintf(scale_text, sizeof scale_text, "%d", scale);
    const char *keys[] = {"text_scale_percent", "fullscreen", "sound", "theme"};
    const char *values[] = {scale_text, settings->fullscreen ? "1" : "0",
                            settings->sound ? "1" : "0", settings->theme};
    int lengths[] = {-1, -1, -1, (int)strnlen(settings->theme, sizeof settings->theme)};

    if (exec_script(store->db, "BEGIN IMMEDIATE") != SQLITE_OK)
        return false;
    sqlite3_stmt *stmt = NULL;
    bool ok = sqlite3_prepare_v2(store->db,
                                 "INSERT INTO settings(key, value) VALUES(?1, ?2)"
                                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                                 -1, &stmt, NULL) == SQLITE_OK;
    for (size_t i = 0; ok && i < sizeof keys / sizeof keys[0]; i++) {
        ok = sqlite3_bind_text(stmt, 1, keys[i], -1, SQLITE_STATIC) == SQLITE_OK &&
             sqlite3_bind_text(stmt, 2, values[i], lengths[i], SQLITE_TRANSIENT) == SQLITE_OK &&
             sqlite3_step(stmt) == SQLITE_DONE;
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    return finish(store->db, ok);
}

/* ---- High scores ---- */

/* Bytes of the longest prefix of text[0..len) made of whole, well-formed UTF-8 characters and
 * at most max bytes long, so a name is never cut inside a character such as "ё". */
static size_t utf8_prefix(const char *text, size_t len, size_t max)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t end = 0;
    if (len > max)
        len = max;
    while (end < len) {
        unsigned char c = s[end];
        size_t n = c < 0x80                 ? 1
                   : c >= 0xC2 && c <= 0xDF ? 2
                   : c >= 0xE0 && c <= 0xEF ? 3
                   : c >= 0xF0 && c <= 0xF4 ? 4
                                            : 0;
        if (n == 0 || end + n > len)
            break;
        size_t i = 1;
        while (i < n && (s[end + i] & 0xC0) == 0x80)
            i++;
        if (i < n)
            break;
        end += n;
    }
    return end;
}

static void copy_column(sqlite3_stmt *stmt, int column, char *dst, size_t dst_size)
{
    const char *text = (const char *)sqlite3_column_text(stmt, column);
    size_t len =
        text ? utf8_prefix(text, (size_t)sqlite3_column_bytes(stmt, column), dst_size - 1) : 0;
    if (len)
        memcpy(dst, text, len);
    dst[len] = '\0';
}

/* Prepares `select` (our own text) over one bank's table, or over every bank when bank_id is
 * NULL, best first, `limit` rows from `offset`. All values are bound. NULL on failure. */
static sqlite3_stmt *query_table(Store *store, const char *select, const char *bank_id,
                                 sqlite3_int64 limit, int offset)
{
    char sql[256];
    snprintf(sql, sizeof sql, "%s%s" SCORE_ORDER, select, bank_id ? " WHERE bank_id = ?1" : "");
    sqlite3_stmt *stmt = NULL;
    if (sqlite3_prepare_v2(store->db, sql, -1, &stmt, NULL) == SQLITE_OK &&
        (!bank_id || sqlite3_bind_text(stmt, 1, bank_id, -1, SQLITE_STATIC) == SQLITE_OK) &&
        sqlite3_bind_int64(stmt, 2, limit) == SQLITE_OK &&
        sqlite3_bind_int(stmt, 3, offset) == SQLITE_OK)
        return stmt;
    sqlite3_finalize(stmt);
    return NULL;
}

bool store_score_qualifies(Store *store, const char *bank_id, int score)
{
    /* A read-only store cannot record the score, so the game should not ask for a name. */
    if (!store || store->read_only || score <= 0)
        return false;
    /* The last place of a full table; no row means there is still room. */
    sqlite3_stmt *stmt =
        query_table(store, "SELECT score FROM scores", bank_id, 1, STORE_TABLE_SIZE - 1);
    bool qualifies = false;
    if (stmt) {
        int rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE) /* fewer than STORE_TABLE_SIZE rows: any positive score enters */
            qualifies = true;
        else if (rc == SQLITE_ROW) /* must beat the last place; a tie keeps the earlier player */
            qualifies = score > sqlite3_column_int(stmt, 0);
    }
    sqlite3_finalize(stmt);
    return qualifies;
}

bool store_add_score(Store *store, const HighScore *entry)
{
    if (!store || store->read_only || !entry)
        return false;
    size_t bank_len = utf8_prefix(entry->bank_id, strnlen(entry->bank_id, sizeof entry->bank_id),
                                  sizeof entry->bank_id - 1);
    size_t name_len =
        utf8_prefix(entry->name, strnlen(entry->name, sizeof entry->name), STORE_NAME_MAX);
    if (bank_len == 0)
        return false;
    if (exec_script(store->db, "BEGIN IMMEDIATE") != SQLITE_OK)
        return false;
    sqlite3_stmt *stmt = NULL;
    bool ok =
        sqlite3_prepare_v2(store->db,
                           "INSERT INTO scores(bank_id, name, score, correct, total,"
                           " played_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
                           -1, &stmt, NULL) == SQLITE_OK &&
        sqlite3_bind_text(stmt, 1, entry->bank_id, (int)bank_len, SQLITE_STATIC) == SQLITE_OK &&
        sqlite3_bind_text(stmt, 2, entry->name, (int)name_len, SQLITE_STATIC) == SQLITE_OK &&
        sqlite3_bind_int(stmt, 3, entry->score) == SQLITE_OK &&
        sqlite3_bind_int(stmt, 4, entry->correct) == SQLITE_OK &&
        sqlite3_bind_int(stmt, 5, entry->total) == SQLITE_OK &&
        sqlite3_bind_int64(stmt, 6, entry->played_at) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_DONE;
    sqlite3_finalize(stmt);
    return finish(store->db, ok);
}

size_t store_top_scores(Store *store, const char *bank_id, HighScore *out, size_t max)
{
    if (!store || !out || max == 0)
        return 0;
    sqlite3_stmt *stmt =
        query_table(store, "SELECT name, bank_id, score, correct, total, played_at FROM scores",
                    bank_id, max > INT_MAX ? INT_MAX : (sqlite3_int64)max, 0);
    size_t count = 0;
    if (stmt) {
        while (count < max && sqlite3_step(stmt) == SQLITE_ROW) {
            HighScore *row = &out[count++];
            memset(row, 0, sizeof *row);
            copy_column(stmt, 0, row->name, sizeof row->name);
            copy_column(stmt, 1, row->bank_id, sizeof row->bank_id);
            row->score = sqlite3_column_int(stmt, 2);
            row->correct = sqlite3_column_int(stmt, 3);
            row->total = sqlite3_column_int(stmt, 4);
            row->played_at = sqlite3_column_int64(stmt, 5);
        }
    }
    sqlite3_finalize(stmt);
    return count;
}
