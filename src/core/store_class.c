/* Classroom games in the store (see store_class.h). Each event is one INSERT in autocommit
 * mode, which SQLite makes atomic and durable (synchronous = FULL, store.c): a kill loses at
 * most the event being written, never part of one, and never an earlier one. */
#include <string.h>

#include "herocity/alloc.h"
#include "herocity/store_class.h"
#include "store_internal.h"

int64_t store_class_begin(Store *store, int64_t started, const char *setup, const char *order)
{
    if (!store || store->read_only || !setup || !order)
        return 0;
    sqlite3_stmt *stmt = NULL;
    bool ok = sqlite3_prepare_v2(store->db,
                                 "INSERT INTO class_games(started, setup, questions, finished)"
                                 " VALUES(?1, ?2, ?3, 0)",
                                 -1, &stmt, NULL) == SQLITE_OK &&
              sqlite3_bind_int64(stmt, 1, started) == SQLITE_OK &&
              sqlite3_bind_text(stmt, 2, setup, -1, SQLITE_TRANSIENT) == SQLITE_OK &&
              sqlite3_bind_text(stmt, 3, order, -1, SQLITE_TRANSIENT) == SQLITE_OK &&
              sqlite3_step(stmt) == SQLITE_DONE;
    sqlite3_finalize(stmt);
    return ok ? sqlite3_last_insert_rowid(store->db) : 0;
}

/* Runs one statement with `count` integers bound to ?1, ?2, ...: true when it ran and, with
 * `must_change`, changed exactly one row. */
static bool run_ints(Store *store, const char *sql, const int64_t *values, int count,
                     bool must_change)
{
    if (!store || store->read_only || values[0] <= 0) /* values[0] is always the game */
        return false;
    sqlite3_stmt *stmt = NULL;
    bool ok = sqlite3_prepare_v2(store->db, sql, -1, &stmt, NULL) == SQLITE_OK;
    for (int i = 0; ok && i < count; i++)
        ok = sqlite3_bind_int64(stmt, i + 1, values[i]) == SQLITE_OK;
    ok = ok && sqlite3_step(stmt) == SQLITE_DONE &&
         (!must_change || sqlite3_changes(store->db) == 1);
    sqlite3_finalize(stmt);
    return ok;
}

bool store_class_event(Store *store, int64_t game, int seq, const ClassEvent *e)
{
    if (!e)
        return false;
    const int64_t values[] = {game,    seq,       e->kind,       e->question,
                              e->team, e->choice, e->elapsed_ms, e->points};
    return run_ints(store,
                    "INSERT INTO class_events(game, seq, kind, question, team,"
                    " choice, elapsed_ms, points) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)",
                    values, 8, false);
}

bool store_class_take(Store *store, int64_t game, int seq)
{
    /* (game, seq) is the key: of two windows that loaded the same events, one inserts. */
    const int64_t values[] = {game, seq, CLASS_EVENT_RESUME};
    return run_ints(store,
                    "INSERT INTO class_events(game, seq, kind, question, team,"
                    " choice, elapsed_ms, points) SELECT ?1, ?2, ?3, -1, -1, -1, 0, 0"
                    " WHERE EXISTS (SELECT 1 FROM class_games WHERE id = ?1 AND finished = 0)",
                    values, 3, true);
}

bool store_class_end_offered(Store *store, int64_t game, int seen_events)
{
    const int64_t values[] = {game, seen_events};
    return run_ints(store,
                    "UPDATE class_games SET finished = 1 WHERE id = ?1 AND"
                    " (SELECT count(*) FROM class_events WHERE game = ?1) = ?2",
                    values, 2, true);
}

bool store_class_finish(Store *store, int64_t game)
{
    if (!store || store->read_only || game <= 0)
        return false;
    sqlite3_stmt *stmt = NULL;
    bool ok = sqlite3_prepare_v2(store->db, "UPDATE class_games SET finished = 1 WHERE id = ?1", -1,
                                 &stmt, NULL) == SQLITE_OK &&
              sqlite3_bind_int64(stmt, 1, game) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_DONE;
    sqlite3_finalize(stmt);
    return ok;
}

size_t store_class_games(Store *store, int64_t *ids, size_t max)
{
    if (!store || !ids)
        return 0;
    sqlite3_stmt *stmt = NULL;
    size_t n = 0;
    if (sqlite3_prepare_v2(store->db, "SELECT id FROM class_games ORDER BY id DESC", -1, &stmt,
                           NULL) == SQLITE_OK)
        while (n < max && sqlite3_step(stmt) == SQLITE_ROW)
            ids[n++] = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return n;
}

void stored_class_game_free(StoredClassGame *game)
{
    if (!game)
        return;
    hc_free(game->order);
    hc_free(game->events);
    memset(game, 0, sizeof *game);
}

static bool load_events(Store *store, StoredClassGame *out)
{
    sqlite3_stmt *stmt = NULL;
    if (sqlite3_prepare_v2(store->db,
                           "SELECT kind, question, team, choice, elapsed_ms, points FROM"
                           " class_events WHERE game = ?1 ORDER BY seq",
                           -1, &stmt, NULL) != SQLITE_OK ||
        sqlite3_bind_int64(stmt, 1, out->id) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return false;
    }
    size_t capacity = 0;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        if (out->event_count == capacity) {
            capacity = capacity ? capacity * 2 : 64;
            ClassEvent *grown = hc_realloc(out->events, capacity * sizeof *grown);
            if (!grown)
                break;
            out->events = grown;
        }
        int kind = sqlite3_column_int(stmt, 0);
        if (kind < CLASS_EVENT_ANSWER || kind > CLASS_EVENT_RESUME)
            continue; /* written by a later version: not ours to replay */
        out->events[out->event_count++] = (ClassEvent){
            (ClassEventKind)kind,        sqlite3_column_int(stmt, 1), sqlite3_column_int(stmt, 2),
            sqlite3_column_int(stmt, 3), sqlite3_column_int(stmt, 4), sqlite3_column_int(stmt, 5)};
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

bool store_class_load(Store *store, int64_t id, StoredClassGame *out)
{
    memset(out, 0, sizeof *out);
    if (!store)
        return false;
    sqlite3_stmt *stmt = NULL;
    bool ok = sqlite3_prepare_v2(store->db,
                                 "SELECT id, started, setup, questions, finished FROM class_games"
                                 " WHERE id = ?1",
                                 -1, &stmt, NULL) == SQLITE_OK &&
              sqlite3_bind_int64(stmt, 1, id) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW;
    if (ok) {
        out->id = sqlite3_column_int64(stmt, 0);
        out->started = sqlite3_column_int64(stmt, 1);
        const char *setup = (const char *)sqlite3_column_text(stmt, 2);
        const char *order = (const char *)sqlite3_column_text(stmt, 3);
        out->finished = sqlite3_column_int(stmt, 4) != 0;
        ok = setup && order && strlen(setup) < sizeof out->setup;
        if (ok) {
            memcpy(out->setup, setup, strlen(setup) + 1);
            out->order = hc_malloc(strlen(order) + 1);
            ok = out->order != NULL;
            if (ok)
                memcpy(out->order, order, strlen(order) + 1);
        }
    }
    sqlite3_finalize(stmt);
    ok = ok && load_events(store, out);
    if (!ok)
        stored_class_game_free(out);
    return ok;
}

bool store_class_unfinished(Store *store, StoredClassGame *out)
{
    memset(out, 0, sizeof *out);
    if (!store)
        return false;
    sqlite3_stmt *stmt = NULL;
    int64_t id = 0;
    if (sqlite3_prepare_v2(store->db,
                           "SELECT id FROM class_games WHERE finished = 0 ORDER BY id DESC LIMIT 1",
                           -1, &stmt, NULL) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        id = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return id > 0 && store_class_load(store, id, out);
}
