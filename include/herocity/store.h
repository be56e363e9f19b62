/* Saved data: settings and high scores in one SQLite database (learners and their study records
 * in store_study.h). No sqlite3 type leaves the store files (store*.c). */
#ifndef HEROCITY_STORE_H
#define HEROCITY_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "herocity/limits.h"

#define STORE_FILE_NAME "herocity.db"
#define STORE_SCHEMA_VERSION 4
/* The bank id under which rounds over all banks are recorded. */
#define STORE_ALL_BANKS "all"

typedef enum {
    STORE_OPENED,      /* the database was opened (or created) and is ready */
    STORE_RECOVERED,   /* the old file was not a database: it was moved aside, a new one made */
    STORE_READ_ONLY,   /* read, never written: a newer game's file, or a folder not writable */
    STORE_UNAVAILABLE, /* nothing can be saved (unwritable folder, ...): play goes on */
} StoreOpenStatus;

typedef struct {
    int text_scale_percent; /* 75..200, 100 is the default size */
    bool fullscreen;
    bool sound;
    char theme[16];   /* "dark", "light", "contrast" */
    int round_length; /* questions a round asks; 0: every question of the bank */
} Settings;

typedef struct {
    char name[LIMIT_NAME_BYTES + 1];  /* UTF-8 */
    char bank_id[LIMIT_ID_BYTES + 1]; /* a bank id or STORE_ALL_BANKS */
    int score;
    int correct;
    int total;
    int64_t played_at; /* seconds since the epoch, given by the caller */
} HighScore;

typedef struct Store Store;

/* Opens or creates dir/herocity.db, migrating an older schema forward. Never deletes or
 * overwrites a file it cannot read: a file that is not a database is renamed to
 * herocity.db.corrupt-N and a new one created (STORE_RECOVERED). `message` gets one sentence for
 * the player whenever the status is not STORE_OPENED. Returns NULL only with STORE_UNAVAILABLE. */
Store *store_open(const char *dir, StoreOpenStatus *status, char *message, size_t message_size);
void store_close(Store *store);

int store_schema_version(Store *store);

void settings_defaults(Settings *settings);
/* Fills settings from the database; keys not saved yet keep their defaults. */
bool store_load_settings(Store *store, Settings *settings);
bool store_save_settings(Store *store, const Settings *settings);

/* A remembered text under its own key (the last classroom setup). Load returns false when the
 * key is missing or its value does not fit out. */
bool store_save_text(Store *store, const char *key, const char *value);
bool store_load_text(Store *store, const char *key, char *out, size_t size);

/* Whether `score` would enter the top LIMIT_SCORE_TABLE_ROWS of bank_id's table; true when the
 * table cannot be read at the moment (the save then says whether it worked). */
bool store_score_qualifies(Store *store, const char *bank_id, int score);
bool store_add_score(Store *store, const HighScore *entry);
/* Best first; bank_id NULL means every bank together. Returns the number written to out. */
size_t store_top_scores(Store *store, const char *bank_id, HighScore *out, size_t max);

#endif
