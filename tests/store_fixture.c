/* A fresh temporary data folder per store test (see store_fixture.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "herocity/alloc.h"
#include "store_fixture.h"

void remove_tree(const char *path)
{
    struct stat st;
    if (lstat(path, &st) != 0)
        return;
    if (S_ISDIR(st.st_mode)) {
        DIR *dir = opendir(path);
        struct dirent *entry;
        while (dir && (entry = readdir(dir)) != NULL) {
            if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0)
                continue;
            char child[512];
            snprintf(child, sizeof child, "%s/%s", path, entry->d_name);
            remove_tree(child);
        }
        if (dir)
            closedir(dir);
        rmdir(path);
    } else {
        unlink(path);
    }
}

int setup(void **state)
{
    Fixture *f = calloc(1, sizeof *f);
    if (!f)
        return -1;
    snprintf(f->dir, sizeof f->dir, "/tmp/herocity-store-XXXXXX");
    if (!mkdtemp(f->dir)) {
        free(f);
        return -1;
    }
    snprintf(f->db, sizeof f->db, "%s/%s", f->dir, STORE_FILE_NAME);
    snprintf(f->moved1, sizeof f->moved1, "%s.corrupt-1", f->db);
    snprintf(f->moved2, sizeof f->moved2, "%s.corrupt-2", f->db);
    *state = f;
    return 0;
}

int teardown(void **state)
{
    Fixture *f = *state;
    alloc_fail_after(-1);
    remove_tree(f->dir);
    free(f);
    return 0;
}

Store *open_in(Fixture *f, const char *dir)
{
    f->msg[0] = 'x'; /* must be overwritten */
    return store_open(dir, &f->status, f->msg, sizeof f->msg);
}

Store *open_ok(Fixture *f)
{
    Store *store = open_in(f, f->dir);
    assert_non_null(store);
    assert_int_equal(f->status, STORE_OPENED);
    assert_string_equal(f->msg, "");
    return store;
}

bool exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

void raw_exec(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    char *error = NULL;
    int rc = sqlite3_exec(db, sql, NULL, NULL, &error);
    if (rc != SQLITE_OK)
        print_error("%s\n", error ? error : "?");
    sqlite3_free(error);
    sqlite3_close(db);
    assert_int_equal(rc, SQLITE_OK);
}

int raw_int(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;
    assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &stmt, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
    int value = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}
