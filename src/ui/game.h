/* The front end's state: window, text, banks, saved data, the round, and the screen stack. */
#ifndef HEROCITY_UI_GAME_H
#define HEROCITY_UI_GAME_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

#include "herocity/layout.h"
#include "herocity/library.h"
#include "herocity/session.h"
#include "herocity/store.h"
#include "input.h"
#include "text.h"
#include "theme.h"

typedef enum {
    SCREEN_TITLE,
    SCREEN_BANKS,
    SCREEN_QUESTION,
    SCREEN_FEEDBACK,
    SCREEN_RESULTS,
    SCREEN_HIGHSCORES,
    SCREEN_SETTINGS,
    SCREEN_CONFIRM_LEAVE,
    SCREEN_COUNT
} ScreenId;

enum { SCREEN_STACK_MAX = 8, ROUND_LENGTH_CHOICES = 3 };

/* What the app decides from the command line; the game only reads it. */
typedef struct {
    const char *question_dirs[LIMIT_QUESTION_DIRS];
    int question_dir_count;
    const char *schema_path;
    const char *data_dir;  /* where herocity.db lives; NULL: no saving */
    const char *font_path; /* NULL: ask fontconfig */
    const char *play_file; /* --play: start a round on this bank at once */
    uint64_t seed;
    int width, height;
    bool software_renderer; /* headless runs: read pixels back for screenshots */
} GameConfig;

/* The state each screen keeps between frames. */
typedef struct {
    int focus;  /* focused row or tile; -1 for none */
    int hover;  /* row or tile under the pointer; -1 for none */
    int scroll; /* first visible row of a long list */
} MenuState;

/* The current question's text scale and layouts (question, feedback), and what they were
 * worked out for. */
typedef struct {
    const Question *question;
    int width, height, setting;
    int scale;
    RoundLayout layouts[2];
} RoundViewCache;

typedef struct Game {
    GameConfig config;
    SDL_Window *window;
    SDL_Renderer *renderer;
    TextSystem *text;
    const Theme *theme;
    int width, height;

    BankLoader *loader;
    BankLibrary *library;
    char user_bank_dir[LIMIT_PATH_BYTES];

    Store *store;
    StoreOpenStatus store_status;
    char store_message[512];
    Settings settings;

    Session *session;
    const Question **pool;
    char round_bank_id[LIMIT_ID_BYTES + 1];
    char round_title[LIMIT_TITLE_BYTES + 1];
    int round_length_index; /* into ROUND_LENGTHS */
    RoundViewCache round_view;
    uint64_t rounds_started;

    ScreenId stack[SCREEN_STACK_MAX];
    int depth;
    MenuState menu[SCREEN_COUNT];
    char name_entry[LIMIT_NAME_BYTES + 1];
    bool entering_name;
    bool score_saved;
    int scores_table; /* 0: every bank together, n: the nth bank */
    char notice[512]; /* one line for the player: a problem with saving, a reload */

    bool dirty; /* something changed: draw a frame */
    bool quit;
} Game;

extern const int ROUND_LENGTHS[ROUND_LENGTH_CHOICES]; /* 10, 20, 0 (all) */

/* Opens the window, finds the font, loads banks and saved data. On failure returns NULL and puts
 * one sentence in error. */
Game *game_create(const GameConfig *config, char *error, size_t error_size);
void game_destroy(Game *game);

/* Screen stack; changes take effect at once and mark the game dirty. */
void game_push(Game *game, ScreenId id);
void game_pop(Game *game);
void game_replace(Game *game, ScreenId id);
void game_reset_to(Game *game, ScreenId id); /* empty the stack, then push id */
ScreenId game_top(const Game *game);
const char *game_screen_name(const Game *game);

void game_handle(Game *game, const Action *action);
void game_draw(Game *game);
/* The window changed size: sizes and cached text follow. */
void game_resized(Game *game, int width, int height);
InputMode game_input_mode(const Game *game);

/* Rebuilds the bank list from every question folder (F5). */
void game_reload_banks(Game *game);
/* Starts a round on bank `index` (or every bank when index < 0); false if nothing to ask. */
bool game_start_round(Game *game, int bank_index, size_t round_length);
void game_end_round(Game *game);
void game_toggle_fullscreen(Game *game);
void game_save_settings(Game *game);

#endif
