/* Private to the store files (store.c opens and migrates, store_data.c reads and writes):
 * the one place besides them that sees sqlite3. */
#ifndef HEROCITY_STORE_INTERNAL_H
#define HEROCITY_STORE_INTERNAL_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>

#include "herocity/store.h"

struct Store {
    sqlite3 *db;
    int version;    /* PRAGMA user_version after opening (and migrating) */
    bool read_only; /* made by a newer game: we must not change what it wrote */
    /* The settings as this store last read or wrote them: a save writes only what changed
     * since, so two games on one folder do not put back each other's old values. */
    Settings settings_seen;
    bool settings_seen_valid;
};

/* Runs every statement of a parameterless script (DDL, PRAGMA, BEGIN/COMMIT). */
int store_exec_script(sqlite3 *db, const char *sql);
/* Ends a transaction begun with BEGIN IMMEDIATE: commits when ok, otherwise rolls back. */
bool store_finish(sqlite3 *db, bool ok);

/* Bytes of the longest prefix of text[0..len) made of whole, well-formed UTF-8 characters and
 * at most max bytes long, so a name is never cut inside a character such as "ё". */
size_t store_utf8_prefix(const char *text, size_t len, size_t max);
/* Copies a text column into dst (dst_size bytes), cut between characters when too long. */
void store_copy_column(sqlite3_stmt *stmt, int column, char *dst, size_t dst_size);

#endif
