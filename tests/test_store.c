/* Saved data: what a player notices about settings and high scores across restarts and damage. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "herocity/alloc.h"
#include "herocity/store.h"
#include "store_fixture.h"

/* ---- helpers ---- */

static HighScore entry(const char *name, const char *bank, int score, int64_t played_at)
{
    HighScore e;
    memset(&e, 0, sizeof e);
    snprintf(e.name, sizeof e.name, "%s", name);
    snprintf(e.bank_id, sizeof e.bank_id, "%s", bank);
    e.score = score;
    e.correct = score / 10;
    e.total = 10;
    e.played_at = played_at;
    return e;
}

static void add(Store *store, const char *name, const char *bank, int score, int64_t played_at)
{
    HighScore e = entry(name, bank, score, played_at);
    assert_true(store_add_score(store, &e));
}

static unsigned char *read_bytes(const char *path, size_t *size)
{
    FILE *file = fopen(path, "rb");
    assert_non_null(file);
    unsigned char *data = malloc(1 << 20);
    assert_non_null(data);
    *size = fread(data, 1, 1 << 20, file);
    fclose(file);
    return data;
}

static void write_bytes(const char *path, const void *data, size_t size)
{
    FILE *file = fopen(path, "wb");
    assert_non_null(file);
    assert_int_equal(fwrite(data, 1, size, file), size);
    assert_int_equal(fclose(file), 0);
}

/* Deterministic junk that is certainly not an SQLite file. */
static void write_garbage(const char *path, unsigned char seed, size_t size)
{
    unsigned char junk[4096];
    assert_true(size <= sizeof junk);
    for (size_t i = 0; i < size; i++)
        junk[i] = (unsigned char)(i * 37u + seed);
    write_bytes(path, junk, size);
}

static void assert_same_bytes(const char *path, const unsigned char *expected, size_t size)
{
    size_t got_size = 0;
    unsigned char *got = read_bytes(path, &got_size);
    assert_int_equal(got_size, size);
    assert_memory_equal(got, expected, size);
    free(got);
}

/* ---- settings ---- */

static void test_defaults_when_nothing_saved(void **state)
{
    Fixture *f = *state;
    Store *store = open_ok(f);
    assert_int_equal(store_schema_version(store), STORE_SCHEMA_VERSION);
    Settings s;
    memset(&s, 0x55, sizeof s);
    assert_true(store_load_settings(store, &s));
    assert_int_equal(s.text_scale_percent, 100);
    assert_false(s.fullscreen);
    assert_true(s.sound);
    assert_string_equal(s.theme, "dark");
    assert_int_equal(s.round_length, 10);
    store_close(store);
    assert_true(exists(f->db));
}

static void test_settings_survive_restart(void **state)
{
    Fixture *f = *state;
    Store *store = open_ok(f);
    Settings s = {.text_scale_percent = 150, .fullscreen = true, .sound = false, .round_length = 0};
    snprintf(s.theme, sizeof s.theme, "contrast");
    assert_true(store_save_settings(store, &s));
    s.text_scale_percent = 125; /* saving again replaces, it does not add a second row */
    assert_true(store_save_settings(store, &s));
    store_close(store);

    store = open_ok(f);
    Settings loaded;
    assert_true(store_load_settings(store, &loaded));
    assert_int_equal(loaded.text_scale_percent, 125);
    assert_true(loaded.fullscreen);
    assert_false(loaded.sound);
    assert_string_equal(loaded.theme, "contrast");
    assert_int_equal(loaded.round_length, 0); /* "all" is kept, not taken for "unset" */
    store_close(store);
}

static void test_remembered_texts_survive_restart(void **state)
{
    Fixture *f = *state;
    Store *store = open_ok(f);
    char out[64];
    assert_false(store_load_text(store, "classroom.setup", out, sizeof out));
    assert_true(store_save_text(store, "classroom.setup", "teams=Совы|100,Foxes|150"));
    assert_true(store_save_text(store, "classroom.setup", "teams=Owls|100,Foxes|150"));
    store_close(store);
    store = open_ok(f);
    assert_true(store_load_text(store, "classroom.setup", out, sizeof out));
    assert_string_equal(out, "teams=Owls|100,Foxes|150");
    /* Too long for the caller: not found, rather than cut. */
    char small[8];
    assert_false(store_load_text(store, "classroom.setup", small, sizeof small));
    /* The settings still load around the extra key. */
    Settings s;
    assert_true(store_load_settings(store, &s));
    store_close(store);
}

static void test_bad_setting_values_are_clamped_or_ignored(void **state)
{
    Fixture *f = *state;
    Store *store = open_ok(f);
    store_close(store);
    Settings s;

    raw_exec(f->db, "INSERT INTO settings VALUES('text_scale_percent', '500')");
    store = open_ok(f);
    assert_true(store_load_settings(store, &s));
    assert_int_equal(s.text_scale_percent, 200);
    store_close(store);

    raw_exec(f->db, "UPDATE settings SET value = '30' WHERE key = 'text_scale_percent'");
    store = open_ok(f);
    assert_true(store_load_settings(store, &s));
    assert_int_equal(s.text_scale_percent, 75);
    store_close(store);

    /* Hand-edited or future values fall back to the defaults instead of breaking the game. */
    raw_exec(f->db, "UPDATE settings SET value = '12px' WHERE key = 'text_scale_percent';"
                    "INSERT INTO settings VALUES('sound', 'maybe'), ('fullscreen', '2'),"
                    " ('theme', 'purple'), ('volume', '7'), ('round_length', '-3');");
    store = open_ok(f);
    assert_true(store_load_settings(store, &s));
    assert_int_equal(s.text_scale_percent, 100);
    assert_false(s.fullscreen);
    assert_true(s.sound);
    assert_string_equal(s.theme, "dark");
    assert_int_equal(s.round_length, 10);

    s.text_scale_percent = 10; /* a caller bug cannot save an unreadable size either */
    assert_true(store_save_settings(store, &s));
    assert_true(store_load_settings(store, &s));
    assert_int_equal(s.text_scale_percent, 75);
    store_close(store);
}

/* ---- high scores ---- */

static void test_cyrillic_score_survives_restart(void **state)
{
    Fixture *f = *state;
    Store *store = open_ok(f);
    HighScore e = entry("Алёша", "kyiv", 420, 1700000000);
    e.correct = 8;
    e.total = 10;
    assert_true(store_score_qualifies(store, "kyiv", 420));
    assert_true(store_add_score(store, &e));
    store_close(store);

    store = open_ok(f);
    HighScore out[LIMIT_SCORE_TABLE_ROWS];
    assert_int_equal(store_top_scores(store, "kyiv", out, LIMIT_SCORE_TABLE_ROWS), 1);
    assert_string_equal(out[0].name, "Алёша");
    assert_string_equal(out[0].bank_id, "kyiv");
    assert_int_equal(out[0].score, 420);
    assert_int_equal(out[0].correct, 8);
    assert_int_equal(out[0].total, 10);
    assert_int_equal(out[0].played_at, 1700000000);
    store_close(store);
}

static void test_long_names_are_cut_between_characters(void **state)
{
    Fixture *f = *state;
    Store *store = open_ok(f);
    /* 64 bytes whose last character was cut in half by the caller: the half byte is dropped. */
    HighScore e = entry("a", "kyiv", 10, 1);
    for (int i = 0; i < 31; i++)
        memcpy(e.name + 1 + 2 * i, "ё", 2);
    e.name[63] = '\xD1';
    e.name[64] = '\0';
    assert_true(store_add_score(store, &e));
    store_close(store);

    /* Rows written by another program may be longer than a HighScore can hold. */
    raw_exec(f->db, "INSERT INTO scores(bank_id, name, score, played_at)"
                    " VALUES('lviv', 'a' || replace(printf('%.40c', '*'), '*', 'ж'), 5, 2)");
    store = open_ok(f);
    HighScore out[2];
    assert_int_equal(store_top_scores(store, "kyiv", out, 2), 1);
    assert_int_equal(strlen(out[0].name), 63);
    assert_memory_equal(out[0].name, e.name, 63);
    assert_int_equal(store_top_scores(store, "lviv", out, 2), 1);
    assert_int_equal(strlen(out[0].name), 63); /* "a" and 31 whole "ж" of the 40 */
    assert_memory_equal(out[0].name + 61, "ж", 2);
    store_close(store);
}

static void test_best_first_and_earlier_wins_ties(void **state)
{
    Fixture *f = *state;
    Store *store = open_ok(f);
    add(store, "Bo", "kyiv", 50, 300);
    add(store, "Ann", "kyiv", 70, 500);
    add(store, "Cy", "kyiv", 50, 100);
    HighScore out[LIMIT_SCORE_TABLE_ROWS];
    assert_int_equal(store_top_scores(store, "kyiv", out, LIMIT_SCORE_TABLE_ROWS), 3);
    assert_string_equal(out[0].name, "Ann");
    assert_string_equal(out[1].name, "Cy"); /* same score as Bo, but played first */
    assert_string_equal(out[2].name, "Bo");
    store_close(store);
}

static void test_bank_tables_and_overall_table(void **state)
{
    Fixture *f = *state;
    Store *store = open_ok(f);
    add(store, "Олена", "kyiv", 30, 1);
    add(store, "Taras", "lviv", 20, 2);
    add(store, "Ivan", "kyiv", 10, 3);
    add(store, "Mix", STORE_ALL_BANKS, 25, 4);
    HighScore out[LIMIT_SCORE_TABLE_ROWS];

    assert_int_equal(store_top_scores(store, "kyiv", out, LIMIT_SCORE_TABLE_ROWS), 2);
    assert_string_equal(out[0].name, "Олена");
    assert_string_equal(out[1].name, "Ivan");
    assert_int_equal(store_top_scores(store, "lviv", out, LIMIT_SCORE_TABLE_ROWS), 1);
    assert_string_equal(out[0].name, "Taras");
    assert_int_equal(store_top_scores(store, STORE_ALL_BANKS, out, LIMIT_SCORE_TABLE_ROWS), 1);
    assert_string_equal(out[0].name, "Mix");
    assert_int_equal(store_top_scores(store, "odesa", out, LIMIT_SCORE_TABLE_ROWS), 0);

    assert_int_equal(store_top_scores(store, NULL, out, LIMIT_SCORE_TABLE_ROWS), 4);
    const char *names[] = {"Олена", "Mix", "Taras", "Ivan"};
    const char *banks[] = {"kyiv", STORE_ALL_BANKS, "lviv", "kyiv"};
    for (int i = 0; i < 4; i++) {
        assert_string_equal(out[i].name, names[i]);
        assert_string_equal(out[i].bank_id, banks[i]);
    }
    store_close(store);
}

static void test_tables_are_limited(void **state)
{
    Fixture *f = *state;
    Store *store = open_ok(f);
    for (int i = 1; i <= 12; i++)
        add(store, "P", "kyiv", i * 10, i);
    HighScore out[20];
    assert_int_equal(store_top_scores(store, "kyiv", out, LIMIT_SCORE_TABLE_ROWS), 10);
    assert_int_equal(out[0].score, 120);
    assert_int_equal(out[9].score, 30);
    assert_int_equal(store_top_scores(store, "kyiv", out, 3), 3);
    assert_int_equal(out[2].score, 100);
    assert_int_equal(store_top_scores(store, "kyiv", out, 20), 12);
    assert_int_equal(store_top_scores(store, "kyiv", out, 0), 0);
    store_close(store);
}

static void test_qualifies_at_the_boundary(void **state)
{
    Fixture *f = *state;
    Store *store = open_ok(f);
    assert_true(store_score_qualifies(store, "kyiv", 1));
    assert_false(store_score_qualifies(store, "kyiv", 0));
    assert_false(store_score_qualifies(store, "kyiv", -5));

    for (int i = 1; i <= 9; i++)
        add(store, "P", "kyiv", i * 10, i);
    assert_true(store_score_qualifies(store, "kyiv", 1)); /* nine rows: room for one more */
    add(store, "Last", "kyiv", 5, 10);

    assert_false(store_score_qualifies(store, "kyiv", 5)); /* a tie does not push anyone out */
    assert_true(store_score_qualifies(store, "kyiv", 6));
    assert_false(store_score_qualifies(store, "kyiv", 0));
    assert_true(store_score_qualifies(store, "lviv", 1)); /* other tables are separate */
    assert_false(store_score_qualifies(store, NULL, 5));
    assert_true(store_score_qualifies(store, NULL, 6));
    store_close(store);
}

static void test_without_a_store_nothing_breaks(void **state)
{
    (void)state;
    Settings s;
    assert_false(store_load_settings(NULL, &s));
    assert_int_equal(s.text_scale_percent, 100); /* the game still gets usable settings */
    assert_false(store_save_settings(NULL, &s));
    HighScore e = entry("A", "kyiv", 1, 1), out[1];
    assert_false(store_add_score(NULL, &e));
    assert_false(store_score_qualifies(NULL, "kyiv", 100));
    assert_int_equal(store_top_scores(NULL, "kyiv", out, 1), 0);
    assert_int_equal(store_schema_version(NULL), 0);
    store_close(NULL);
}

/* ---- migrations ---- */

static const char version_1_schema[] =
    "CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "INSERT INTO settings VALUES('theme', 'light');"
    "INSERT INTO scores(bank_id, name, score, played_at) VALUES('kyiv', 'Алёша', 40, 100);"
    "INSERT INTO scores(bank_id, name, score, played_at) VALUES('kyiv', 'Bo', 90, 200);"
    "PRAGMA user_version = 1;";

static void test_version_1_is_migrated_keeping_scores(void **state)
{
    Fixture *f = *state;
    raw_exec(f->db, "CREATE TABLE scores(id INTEGER PRIMARY KEY, bank_id TEXT NOT NULL,"
                    " name TEXT NOT NULL, score INTEGER NOT NULL, played_at INTEGER NOT NULL);");
    raw_exec(f->db, version_1_schema);

    Store *store = open_ok(f);
    assert_int_equal(store_schema_version(store), STORE_SCHEMA_VERSION);
    HighScore out[LIMIT_SCORE_TABLE_ROWS];
    assert_int_equal(store_top_scores(store, "kyiv", out, LIMIT_SCORE_TABLE_ROWS), 2);
    assert_string_equal(out[0].name, "Bo");
    assert_int_equal(out[0].score, 90);
    assert_string_equal(out[1].name, "Алёша");
    assert_int_equal(out[1].played_at, 100);
    for (int i = 0; i < 2; i++) {
        assert_int_equal(out[i].correct, 0);
        assert_int_equal(out[i].total, 0);
    }
    Settings s;
    assert_true(store_load_settings(store, &s));
    assert_string_equal(s.theme, "light");
    add(store, "New", "kyiv", 50, 300);
    store_close(store);

    assert_int_equal(raw_int(f->db, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
    assert_int_equal(raw_int(f->db, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                    " AND tbl_name = 'scores'"),
                     1);
    store = open_ok(f); /* opening again does not migrate twice */
    assert_int_equal(store_schema_version(store), STORE_SCHEMA_VERSION);
    assert_int_equal(store_top_scores(store, NULL, out, LIMIT_SCORE_TABLE_ROWS), 3);
    store_close(store);
}

static void test_failed_migration_leaves_old_version(void **state)
{
    Fixture *f = *state;
    /* An odd version-1 file that already has `total`: step 1 -> 2 fails at its second ALTER. */
    raw_exec(f->db, "CREATE TABLE scores(id INTEGER PRIMARY KEY, bank_id TEXT NOT NULL,"
                    " name TEXT NOT NULL, score INTEGER NOT NULL, played_at INTEGER NOT NULL,"
                    " total INTEGER);");
    raw_exec(f->db, version_1_schema);
    assert_null(open_in(f, f->dir));
    assert_int_equal(f->status, STORE_UNAVAILABLE);
    assert_non_null(strstr(f->msg, "cannot be saved"));
    /* The whole step was rolled back, the first ALTER included; nothing was moved aside. */
    assert_int_equal(raw_int(f->db, "PRAGMA user_version"), 1);
    assert_int_equal(raw_int(f->db, "SELECT count(*) FROM pragma_table_info('scores')"
                                    " WHERE name = 'correct'"),
                     0);
    assert_int_equal(raw_int(f->db, "SELECT count(*) FROM scores"), 2);
    assert_false(exists(f->moved1));
}

/* ---- damaged, newer and unreachable files ---- */

static void test_damaged_files_are_moved_aside_never_overwritten(void **state)
{
    Fixture *f = *state;
    write_garbage(f->db, 11, 3000);
    size_t size1 = 0;
    unsigned char *bytes1 = read_bytes(f->db, &size1);
    Store *store = open_in(f, f->dir);
    assert_non_null(store);
    assert_int_equal(f->status, STORE_RECOVERED);
    assert_non_null(strstr(f->msg, f->moved1)); /* the player is told where the old data went */
    assert_same_bytes(f->moved1, bytes1, size1);
    assert_int_equal(store_schema_version(store), STORE_SCHEMA_VERSION);
    add(store, "Після", "kyiv", 10, 1); /* the new file works */
    HighScore out[1];
    assert_int_equal(store_top_scores(store, "kyiv", out, 1), 1);
    store_close(store);

    write_garbage(f->db, 99, 1000);
    size_t size2 = 0;
    unsigned char *bytes2 = read_bytes(f->db, &size2);
    store = open_in(f, f->dir);
    assert_non_null(store);
    assert_int_equal(f->status, STORE_RECOVERED);
    assert_non_null(strstr(f->msg, f->moved2));
    assert_same_bytes(f->moved2, bytes2, size2);
    assert_same_bytes(f->moved1, bytes1, size1); /* the first rescued file is untouched */
    store_close(store);
    free(bytes1);
    free(bytes2);
}

static void test_truncated_header_is_moved_aside(void **state)
{
    Fixture *f = *state;
    Store *store = open_ok(f);
    add(store, "A", "kyiv", 10, 1);
    store_close(store);
    size_t size = 0;
    unsigned char *bytes = read_bytes(f->db, &size);
    assert_true(size > 100);
    write_bytes(f->db, bytes, 50); /* "SQLite format 3" and half a header */

    store = open_in(f, f->dir);
    assert_non_null(store);
    assert_int_equal(f->status, STORE_RECOVERED);
    assert_same_bytes(f->moved1, bytes, 50);
    HighScore out[1];
    assert_int_equal(store_top_scores(store, "kyiv", out, 1), 0);
    store_close(store);
    free(bytes);
}

static void test_damaged_pages_behind_a_good_header_are_moved_aside(void **state)
{
    Fixture *f = *state;
    Store *store = open_ok(f);
    add(store, "A", "kyiv", 10, 1);
    store_close(store);
    size_t size = 0;
    unsigned char *bytes = read_bytes(f->db, &size);
    assert_true(size > 4096);
    for (size_t i = 4096; i < size; i++) /* page 1 (header and schema) intact, tables not */
        bytes[i] = (unsigned char)(i * 7u + 1u);
    write_bytes(f->db, bytes, size);

    store = open_in(f, f->dir);
    assert_non_null(store);
    assert_int_equal(f->status, STORE_RECOVERED);
    assert_same_bytes(f->moved1, bytes, size);
    store_close(store);
    free(bytes);
}

static void test_newer_version_is_read_but_never_written(void **state)
{
    Fixture *f = *state;
    Store *store = open_ok(f);
    add(store, "Оля", "kyiv", 77, 1);
    Settings s;
    settings_defaults(&s);
    snprintf(s.theme, sizeof s.theme, "light");
    assert_true(store_save_settings(store, &s));
    store_close(store);
    raw_exec(f->db, "PRAGMA user_version = 99");
    size_t size = 0;
    unsigned char *bytes = read_bytes(f->db, &size);

    store = open_in(f, f->dir);
    assert_non_null(store);
    assert_int_equal(f->status, STORE_READ_ONLY);
    assert_non_null(strstr(f->msg, "will not be saved"));
    assert_int_equal(store_schema_version(store), 99);
    HighScore out[LIMIT_SCORE_TABLE_ROWS]; /* the old table can still be shown */
    assert_int_equal(store_top_scores(store, "kyiv", out, LIMIT_SCORE_TABLE_ROWS), 1);
    assert_string_equal(out[0].name, "Оля");
    assert_true(store_load_settings(store, &s));
    assert_string_equal(s.theme, "light");

    HighScore e = entry("New", "kyiv", 1000, 2);
    assert_false(store_score_qualifies(store, "kyiv", 1000));
    assert_false(store_add_score(store, &e));
    s.sound = false;
    assert_false(store_save_settings(store, &s));
    store_close(store);

    assert_same_bytes(f->db, bytes, size);
    char journal[256];
    snprintf(journal, sizeof journal, "%s-journal", f->db);
    assert_false(exists(journal));
    free(bytes);
}

static void test_newer_schema_we_cannot_parse_is_not_called_damaged(void **state)
{
    Fixture *f = *state;
    raw_exec(f->db, "CREATE TABLE t(x); PRAGMA writable_schema = ON;"
                    "UPDATE sqlite_master SET sql = 'CREATE TABLE t(x) FUTURE SYNTAX';"
                    "PRAGMA writable_schema = OFF; PRAGMA user_version = 99;");
    size_t size = 0;
    unsigned char *bytes = read_bytes(f->db, &size);
    Store *store = open_in(f, f->dir);
    assert_non_null(store);
    assert_int_equal(f->status, STORE_READ_ONLY);
    HighScore out[1];
    assert_int_equal(store_top_scores(store, NULL, out, 1), 0);
    store_close(store);
    assert_same_bytes(f->db, bytes, size);
    assert_false(exists(f->moved1));
    free(bytes);
}

static void test_unwritable_folder_reports_and_returns_null(void **state)
{
    Fixture *f = *state;
    /* Nobody, root included, can create a folder under a regular file. */
    char file[256], dir[300];
    snprintf(file, sizeof file, "%s/afile", f->dir);
    snprintf(dir, sizeof dir, "%s/sub", file);
    write_bytes(file, "keep", 4);

    assert_null(open_in(f, dir));
    assert_int_equal(f->status, STORE_UNAVAILABLE);
    assert_non_null(strstr(f->msg, "Scores cannot be saved"));
    assert_non_null(strstr(f->msg, dir));
    assert_same_bytes(file, (const unsigned char *)"keep", 4);

    assert_null(open_in(f, file)); /* a file where the folder should be */
    assert_int_equal(f->status, STORE_UNAVAILABLE);
    assert_null(store_open(NULL, NULL, NULL, 0));
}

static void test_missing_folders_are_created_private(void **state)
{
    Fixture *f = *state;
    char dir[256], db[300];
    snprintf(dir, sizeof dir, "%s/a/b/c", f->dir);
    snprintf(db, sizeof db, "%s/%s", dir, STORE_FILE_NAME);
    Store *store = open_in(f, dir);
    assert_non_null(store);
    assert_int_equal(f->status, STORE_OPENED);
    add(store, "A", "kyiv", 1, 1);
    store_close(store);
    struct stat st;
    assert_int_equal(stat(dir, &st), 0);
    assert_true(S_ISDIR(st.st_mode));
    assert_int_equal(st.st_mode & 0777, 0700);
    assert_true(exists(db));
}

/* ---- out of memory ---- */

/* Every allocation in open, add and top fails in turn: no crash, no leak (LeakSanitizer), and
 * a damaged file is either still in place or fully moved aside, never lost. */
static void test_out_of_memory_sweep(void **state)
{
    Fixture *f = *state;
    bool opened_clean = false, opened_damaged = false;
    for (long n = 0; n < 40; n++) {
        for (int damaged = 0; damaged <= 1; damaged++) {
            char dir[256], db[300], moved[320];
            snprintf(dir, sizeof dir, "%s/run-%ld-%d", f->dir, n, damaged);
            snprintf(db, sizeof db, "%s/%s", dir, STORE_FILE_NAME);
            snprintf(moved, sizeof moved, "%s.corrupt-1", db);
            assert_int_equal(mkdir(dir, 0700), 0);
            if (damaged)
                write_garbage(db, 3, 512);

            alloc_fail_after(n);
            Store *store = open_in(f, dir);
            if (store) {
                HighScore e = entry("Алёша", "kyiv", 10, 1), out[LIMIT_SCORE_TABLE_ROWS];
                store_add_score(store, &e);
                store_top_scores(store, "kyiv", out, LIMIT_SCORE_TABLE_ROWS);
                store_close(store);
            }
            alloc_fail_after(-1);

            if (!store) {
                assert_int_equal(f->status, STORE_UNAVAILABLE);
                assert_true(f->msg[0] != '\0' && f->msg[0] != 'x');
            } else {
                assert_int_equal(f->status, damaged ? STORE_RECOVERED : STORE_OPENED);
                *(damaged ? &opened_damaged : &opened_clean) = true;
            }
            if (damaged) /* in place when open failed early, moved aside when it worked */
                assert_true(store ? exists(moved) : exists(db) || exists(moved));
            remove_tree(dir);
        }
    }
    assert_true(opened_clean);
    assert_true(opened_damaged);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FRESH(test_defaults_when_nothing_saved),
        FRESH(test_settings_survive_restart),
        FRESH(test_remembered_texts_survive_restart),
        FRESH(test_bad_setting_values_are_clamped_or_ignored),
        FRESH(test_cyrillic_score_survives_restart),
        FRESH(test_long_names_are_cut_between_characters),
        FRESH(test_best_first_and_earlier_wins_ties),
        FRESH(test_bank_tables_and_overall_table),
        FRESH(test_tables_are_limited),
        FRESH(test_qualifies_at_the_boundary),
        FRESH(test_without_a_store_nothing_breaks),
        FRESH(test_version_1_is_migrated_keeping_scores),
        FRESH(test_failed_migration_leaves_old_version),
        FRESH(test_damaged_files_are_moved_aside_never_overwritten),
        FRESH(test_truncated_header_is_moved_aside),
        FRESH(test_damaged_pages_behind_a_good_header_are_moved_aside),
        FRESH(test_newer_version_is_read_but_never_written),
        FRESH(test_newer_schema_we_cannot_parse_is_not_called_damaged),
        FRESH(test_unwritable_folder_reports_and_returns_null),
        FRESH(test_missing_folders_are_created_private),
        FRESH(test_out_of_memory_sweep),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
