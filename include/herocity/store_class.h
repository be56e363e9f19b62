/* Classroom games in the store (schema version 4): each game's setup and questions, and every
 * event (answer, reveal, next, skip, score correction) saved as it happens, one row each, so a
 * game killed mid-way resumes exactly and its results can be exported later. */
#ifndef HEROCITY_STORE_CLASS_H
#define HEROCITY_STORE_CLASS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "herocity/classroom.h"
#include "herocity/store.h"

typedef struct {
    int64_t id;
    int64_t started;  /* seconds since the epoch */
    char setup[1024]; /* classroom_setup_to_text */
    char *order;      /* classroom_order_text; owned */
    bool finished;
    ClassEvent *events; /* in the order they happened; owned */
    size_t event_count;
} StoredClassGame;

/* A new game; returns its id, or 0 when it cannot be saved (the game is played all the same). */
int64_t store_class_begin(Store *store, int64_t started, const char *setup, const char *order);
/* Appends event number `seq` (0, 1, ...) of the game, in its own transaction. */
bool store_class_event(Store *store, int64_t game, int seq, const ClassEvent *event);
bool store_class_finish(Store *store, int64_t game);
/* Takes an unfinished game up again in this window, before it is resumed: appends a
 * CLASS_EVENT_RESUME as event `seq` (the number of events loaded). Two windows offered the same
 * game loaded the same events, so only one can append it: false for the other (check with
 * store_class_load: more events than it loaded), and when the game is finished or cannot be
 * saved. The game keeps its id. */
bool store_class_take(Store *store, int64_t game, int seq);
/* "End it" at the offer: finishes the game only while it still has `seen_events` events, so a
 * window cannot end a game another window has taken up since. */
bool store_class_end_offered(Store *store, int64_t game, int seen_events);
/* The latest game not finished: true and *out filled (free with stored_class_game_free). */
bool store_class_unfinished(Store *store, StoredClassGame *out);
/* Game ids, the latest first; returns how many were written to ids. */
size_t store_class_games(Store *store, int64_t *ids, size_t max);
bool store_class_load(Store *store, int64_t id, StoredClassGame *out);
void stored_class_game_free(StoredClassGame *game);

#endif
