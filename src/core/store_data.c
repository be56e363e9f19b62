/* Saved settings and high scores: reading and writing rows of the open store. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "herocity/alloc.h"
#include "herocity/store.h"
#include "store_internal.h"

/* id breaks exact ties (same score, same second) so the order never flickers between calls. */
#define SCORE_ORDER " ORDER BY score DESC, played_at ASC, id ASC LIMIT ?2 OFFSET ?3"

static const char *const known_themes[] = {"dark", "light", "contrast"};

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
    settings->round_length = 10;
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
            settings->text_scale_percent = number < LIMIT_TEXT_SCALE_MIN   ? LIMIT_TEXT_SCALE_MIN
                                           : number > LIMIT_TEXT_SCALE_MAX ? LIMIT_TEXT_SCALE_MAX
                                                                           : (int)number;
    } else if (strcmp(key, "fullscreen") == 0 || strcmp(key, "sound") == 0) {
        bool *flag = key[0] == 'f' ? &settings->fullscreen : &settings->sound;
        if (parse_long(value, &number) && (number == 0 || number == 1))
            *flag = number == 1;
    } else if (strcmp(key, "round_length") == 0) {
        if (parse_long(value, &number) && number >= 0 && number <= LIMIT_QUESTIONS_PER_BANK)
            settings->round_length = (int)number;
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
    store->settings_seen = *settings;
    store->settings_seen_valid = rc == SQLITE_DONE;
    return rc == SQLITE_DONE;
}

enum { SETTING_KEYS = 5 };
static const char *const setting_keys[SETTING_KEYS] = {"text_scale_percent", "fullscreen", "sound",
                                                       "theme", "round_length"};

/* The text saved under each of setting_keys; the numbers are written into scale and length. */
static void setting_texts(const Settings *settings, char scale[16], char length[16],
                          const char *values[SETTING_KEYS])
{
    int percent = settings->text_scale_percent;
    percent = percent < LIMIT_TEXT_SCALE_MIN   ? LIMIT_TEXT_SCALE_MIN
              : percent > LIMIT_TEXT_SCALE_MAX ? LIMIT_TEXT_SCALE_MAX
                                               : percent;
    snprintf(scale, 16, "%d", percent);
    snprintf(length, 16, "%d", settings->round_length);
    values[0] = scale;
    values[1] = settings->fullscreen ? "1" : "0";
    values[2] = settings->sound ? "1" : "0";
    values[3] = settings->theme;
    values[4] = length;
}

bool store_save_settings(Store *store, const Settings *settings)
{
    if (!store || store->read_only || !settings)
        return false;
    char scale[16], length[16], seen_scale[16], seen_length[16];
    const char *values[SETTING_KEYS], *seen[SETTING_KEYS];
    setting_texts(settings, scale, length, values);
    setting_texts(&store->settings_seen, seen_scale, seen_length, seen);
    int lengths[SETTING_KEYS] = {-1, -1, -1, (int)strnlen(settings->theme, sizeof settings->theme),
                                 -1};

    if (store_exec_script(store->db, "BEGIN IMMEDIATE") != SQLITE_OK)
        return false;
    sqlite3_stmt *stmt = NULL;
    bool ok = sqlite3_prepare_v2(store->db,
                                 "INSERT INTO settings(key, value) VALUES(?1, ?2)"
                                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                                 -1, &stmt, NULL) == SQLITE_OK;
    for (size_t i = 0; ok && i < SETTING_KEYS; i++) {
        if (store->settings_seen_valid && strncmp(values[i], seen[i], 16) == 0)
            continue; /* unchanged here: another game may have changed it since */
        ok = sqlite3_bind_text(stmt, 1, setting_keys[i], -1, SQLITE_STATIC) == SQLITE_OK &&
             sqlite3_bind_text(stmt, 2, values[i], lengths[i], SQLITE_TRANSIENT) == SQLITE_OK &&
             sqlite3_step(stmt) == SQLITE_DONE;
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    ok = store_finish(store->db, ok);
    if (ok) {
        store->settings_seen = *settings;
        store->settings_seen_valid = true;
    }
    return ok;
}

/* Other remembered choices (the last classroom setup): a text under a key of their own, kept in
 * the same table; "setting." keys stay the settings' own. */
bool store_save_text(Store *store, const char *key, const char *value)
{
    if (!store || store->read_only || !key || !value)
        return false;
    sqlite3_stmt *stmt = NULL;
    bool ok = sqlite3_prepare_v2(store->db,
                                 "INSERT INTO settings(key, value) VALUES(?1, ?2)"
                                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                                 -1, &stmt, NULL) == SQLITE_OK &&
              sqlite3_bind_text(stmt, 1, key, -1, SQLITE_TRANSIENT) == SQLITE_OK &&
              sqlite3_bind_text(stmt, 2, value, -1, SQLITE_TRANSIENT) == SQLITE_OK &&
              sqlite3_step(stmt) == SQLITE_DONE;
    sqlite3_finalize(stmt);
    return ok;
}

bool store_load_text(Store *store, const char *key, char *out, size_t size)
{
    if (!store || !key || !out || size == 0)
        return false;
    sqlite3_stmt *stmt = NULL;
    bool found = false;
    if (sqlite3_prepare_v2(store->db, "SELECT value FROM settings WHERE key = ?1", -1, &stmt,
                           NULL) == SQLITE_OK &&
        sqlite3_bind_text(stmt, 1, key, -1, SQLITE_TRANSIENT) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        const char *value = (const char *)sqlite3_column_text(stmt, 0);
        /* A value too long for the caller is not cut into something else: it is not found. */
        if (value && strlen(value) < size) {
            memcpy(out, value, strlen(value) + 1);
            found = true;
        }
    }
    sqlite3_finalize(stmt);
    return found;
}

/* ---- High scores ---- */

/* Bytes of the longest prefix of text[0..len) made of whole, well-formed UTF-8 characters and
 * at most max bytes long, so a name is never cut inside a character such as "ё". */
size_t store_utf8_prefix(const char *text, size_t len, size_t max)
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

void store_copy_column(sqlite3_stmt *stmt, int column, char *dst, size_t dst_size)
{
    const char *text = (const char *)sqlite3_column_text(stmt, column);
    size_t len =
        text ? store_utf8_prefix(text, (size_t)sqlite3_column_bytes(stmt, column), dst_size - 1)
             : 0;
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
        query_table(store, "SELECT score FROM scores", bank_id, 1, LIMIT_SCORE_TABLE_ROWS - 1);
    /* A table that cannot be read now (another program holds the lock) still lets the player
     * try: the save says so if it fails, and the name and score stay to try again. */
    bool qualifies = true;
    if (stmt) {
        int rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) /* must beat the last place; a tie keeps the earlier player */
            qualifies = score > sqlite3_column_int(stmt, 0);
        /* SQLITE_DONE: fewer than LIMIT_SCORE_TABLE_ROWS rows, any positive score enters */
    }
    sqlite3_finalize(stmt);
    return qualifies;
}

bool store_add_score(Store *store, const HighScore *entry)
{
    if (!store || store->read_only || !entry)
        return false;
    size_t bank_len = store_utf8_prefix(
        entry->bank_id, strnlen(entry->bank_id, sizeof entry->bank_id), sizeof entry->bank_id - 1);
    size_t name_len =
        store_utf8_prefix(entry->name, strnlen(entry->name, sizeof entry->name), LIMIT_NAME_BYTES);
    if (bank_len == 0)
        return false;
    if (store_exec_script(store->db, "BEGIN IMMEDIATE") != SQLITE_OK)
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
    return store_finish(store->db, ok);
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
            store_copy_column(stmt, 0, row->name, sizeof row->name);
            store_copy_column(stmt, 1, row->bank_id, sizeof row->bank_id);
            row->score = sqlite3_column_int(stmt, 2);
            row->correct = sqlite3_column_int(stmt, 3);
            row->total = sqlite3_column_int(stmt, 4);
            row->played_at = sqlite3_column_int64(stmt, 5);
        }
    }
    sqlite3_finalize(stmt);
    return count;
}
