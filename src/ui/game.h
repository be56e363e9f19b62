/* The front end's state: window, text, banks, saved data, the round, and the screen stack. */
#ifndef HEROCITY_UI_GAME_H
#define HEROCITY_UI_GAME_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

#include "herocity/classroom.h"
#include "herocity/layout.h"
#include "herocity/library.h"
#include "herocity/limits.h"
#include "herocity/session.h"
#include "herocity/store.h"
#include "herocity/store_class.h"
#include "herocity/store_study.h"
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
    SCREEN_CLASS_SETUP,
    SCREEN_CLASS_BANKS,
    SCREEN_CLASS_GAME,
    SCREEN_CLASS_END,
    SCREEN_PREVIEW,
    SCREEN_LEARNERS,
    SCREEN_STUDY,
    SCREEN_STUDY_BANKS,
    SCREEN_PROGRESS,
    SCREEN_STUDY_END,
    SCREEN_COUNT
} ScreenId;

enum { SCREEN_STACK_MAX = 8, STACK_REQUESTS_MAX = 8, TARGETS_MAX = 96 };

/* What the app decides from the command line; the game only reads it. */
typedef struct {
    const char *question_dirs[LIMIT_QUESTION_DIRS];
    int question_dir_count;
    const char *schema_path;
    const char *assets_dir; /* the map, the icon, the emblem; NULL: the game draws without them */
    const char *data_dir;   /* where herocity.db lives; NULL: no saving */
    const char *font_path;  /* NULL: ask fontconfig */
    const char *play_file;  /* --play: start a round on this bank at once */
    uint64_t seed;
    int64_t start_time; /* seconds since the epoch when the game starts: the app reads the clock */
    int width, height;
    bool software_renderer; /* headless runs: read pixels back for screenshots */
    bool offer_resume;      /* ask to resume a classroom game a crash left unfinished */
    int today; /* the day study counts in (day.h): the app works it out once, at start */
} GameConfig;

typedef struct RoundView RoundView;
typedef struct MapView MapView;
typedef struct Picture Picture;

enum { STUDY_BANKS_MAX = 64, STUDY_NOTE_BYTES = 96 };

/* Self-study (game_study.c): who studies, the banks studied, and the study session in play.
 * Shared by the learner, study, bank, progress and round screens. */
typedef struct {
    Learner learner; /* id 0: nobody chosen */
    /* The banks studied, by id; none: every bank. */
    char bank_ids[STUDY_BANKS_MAX][LIMIT_ID_BYTES + 1];
    int bank_count;
    size_t exam_size; /* 0: every question of the banks */
    bool active;      /* the round in play is a study session of `mode` */
    StudyMode mode;
    int answers_saved, answers_lost; /* in the session in play */
    /* The last answer's feedback: when the question comes back, or that it was not saved. */
    char note[STUDY_NOTE_BYTES];
    /* Moves on every change to learners and their records, so that screens showing figures
     * work them out again (a screen below the one that changed them is not told otherwise). */
    unsigned changes;
} StudyState;

/* What the study menu shows of the chosen banks for the chosen learner today. */
typedef struct {
    size_t questions;
    size_t review; /* the questions Review would ask now: due ones first, then new */
    size_t due;    /* seen and due today */
    size_t fresh;  /* never answered, among those Review asks */
    size_t mistakes;
    size_t seen, mastered;
    long right, answers;
    int streak; /* days in a row with answers */
} StudyOverview;

/* One screen on the stack and the state it owns (made on enter, freed on leave). */
typedef struct {
    ScreenId id;
    void *state;
} StackEntry;

typedef enum { STACK_PUSH, STACK_POP, STACK_REPLACE, STACK_RESET } StackOp;

/* A change of screens a screen asked for; the stack applies it once the action is handled, so
 * no screen is freed while its own code runs. */
typedef struct {
    StackOp op;
    ScreenId id;
    int arg; /* handed to the new screen's enter */
} StackRequest;

/* Something clickable in the last frame drawn, by name ("answer B", "button Play"): scripts
 * click it by name, and a click on a footer button acts as its key. */
typedef struct {
    char name[48];
    Rect rect;
    bool acts;     /* a click sends `action` to the screen */
    Action action; /* what the click means, when acts */
} Target;

typedef struct Game {
    GameConfig config;
    SDL_Window *window;
    SDL_Renderer *renderer;
    TextSystem *text;
    const Theme *theme;
    int width, height;
    /* What is drawn rather than written; NULL when its file is missing (drawn without). */
    MapView *map_view;
    Picture *emblem;

    BankLoader *loader;
    BankLibrary *library;
    char user_bank_dir[LIMIT_PATH_BYTES];

    Store *store;
    StoreOpenStatus store_status;
    char store_message[512];
    /* One line for the title about what just happened there (a game taken up elsewhere); said
     * until the player picks from the menu. NULL: nothing to say. */
    const char *title_notice;
    Settings settings;

    /* The round in play: shared by the question, feedback, confirm and results screens. */
    Session *session;
    const Question **pool;
    int round_bank_index; /* -1: every bank */
    size_t round_length;  /* as asked: 0 for every question */
    bool round_is_retry;  /* over the missed questions only: not for the high-score table */
    char round_bank_id[LIMIT_ID_BYTES + 1];
    char round_title[LIMIT_TITLE_BYTES + 1];
    /* The question's plan, cached for the question and feedback screens, which share it. */
    RoundView *round_view;
    uint64_t rounds_started;

    /* Classroom play: the setup being edited or played, the banks chosen for it (ids joined by
     * commas; empty for all), and the game in play, shared by the classroom screens. */
    ClassSetup class_setup;
    char class_banks[LIMIT_PATH_BYTES];
    char class_title[LIMIT_TITLE_BYTES + 1];
    Classroom *classroom;
    const Question **class_pool;
    int64_t class_game_id; /* in the store; 0 when it is not being saved */
    int class_events_saved;
    /* A save failed (a full disk, a lock held too long): the game goes on unsaved from there,
     * its saved part whole (a prefix of its events, offered to resume), and the status line
     * says so. Not set where the title already said nothing can be saved. */
    bool class_save_failed;

    StudyState study;

    /* Milliseconds since the game started: real time in play, a virtual clock in scripts.
     * Screens read time only from here, never from the system. */
    uint64_t clock_ms;

    StackEntry stack[SCREEN_STACK_MAX];
    int depth;
    StackRequest requests[STACK_REQUESTS_MAX];
    int request_count;

    Target targets[TARGETS_MAX];
    int target_count;
    int top_targets_from; /* the targets before it belong to screens under a dialog */

    bool dirty; /* something changed: draw a frame */
    bool quit;
} Game;

/* Opens the window, finds the font, loads banks and saved data. On failure returns NULL and puts
 * one sentence in error. */
Game *game_create(const GameConfig *config, char *error, size_t error_size);
void game_destroy(Game *game);

/* Screen changes, applied by game_apply_requests after the current action or update. */
void game_push(Game *game, ScreenId id, int arg);
void game_pop(Game *game); /* popping the last screen quits */
void game_replace(Game *game, ScreenId id, int arg);
void game_reset_to(Game *game, ScreenId id, int arg); /* empty the stack, then push id */
void game_apply_requests(Game *game);

ScreenId game_top(const Game *game);
/* The screen under the top one, or SCREEN_COUNT when there is none. */
ScreenId game_screen_below(const Game *game);
const char *game_screen_name(const Game *game);

void game_handle(Game *game, const Action *action);
/* Advances the clock by elapsed_ms and lets the top screen's timers run. Returns how many
 * milliseconds until a screen next needs time to pass, or -1 when nothing waits on time. */
int game_update(Game *game, uint32_t elapsed_ms);
/* Seconds since the epoch, on the game's clock. */
int64_t game_now(const Game *game);
void game_draw(Game *game);
/* The window changed size: sizes and cached text follow. */
void game_resized(Game *game, int width, int height);
/* The renderer lost its textures (SDL_RENDER_TARGETS_RESET, SDL_RENDER_DEVICE_RESET): every
 * cached one is made again when next drawn. */
void game_forget_textures(Game *game);
/* Textures made since start (text blocks, map, pictures): a steady frame makes none. */
unsigned long game_render_count(const Game *game);

/* The map and the emblem from config.assets_dir (game_pictures.c): a missing file leaves its
 * pointer NULL, and the screens draw without it. */
void game_pictures_open(Game *game);
void game_pictures_close(Game *game);
void game_pictures_begin_frame(Game *game);
InputMode game_input_mode(const Game *game);

/* Drawing records what can be clicked; the script and the footer buttons read it. */
void game_add_target(Game *game, const char *name, const Rect *rect, const Action *action);
const Target *game_find_target(const Game *game, const char *name);

/* Rebuilds the bank list from every question folder (F5). Ends a round in play. */
void game_reload_banks(Game *game);
/* Starts a round on bank `index` (or every bank when index < 0); false if nothing to ask. */
bool game_start_round(Game *game, int bank_index, size_t round_length);
/* Starts a round on these questions only (retrying the missed ones). */
bool game_start_round_over(Game *game, const Question *const *questions, size_t count);
void game_end_round(Game *game);
void game_toggle_fullscreen(Game *game);

/* Classroom play (game_class.c). */
void game_class_load_setup(Game *game); /* the last setup, or the defaults */
void game_class_save_setup(Game *game);
bool game_class_bank_chosen(const Game *game, const char *bank_id);
void game_class_choose_bank(Game *game, const char *bank_id, bool chosen);
size_t game_class_question_total(const Game *game);
/* Starts a game with class_setup over the chosen banks; false when there is nothing to ask. */
bool game_class_start(Game *game);
/* Leaves the game in play; `finished` marks it so in the store (no resume is offered). */
void game_class_end(Game *game);
void game_class_finish(Game *game);
/* The game the store has as unfinished, rebuilt with its scores and question, its timer
 * started again; false when there is none or its questions are no longer all in the banks. */
bool game_class_resume(Game *game, const StoredClassGame *saved);
/* Takes the offered game up in this window (store_class_take) and resumes it: CLASS_TAKEN_ELSEWHERE
 * when another window took it up, or ended it, since it was offered here (it is not resumed
 * here); a game that cannot be saved is resumed all the same. */
typedef enum { CLASS_RESUMED, CLASS_TAKEN_ELSEWHERE, CLASS_NOT_RESUMED } ClassTakeUp;
ClassTakeUp game_class_take_up(Game *game, const StoredClassGame *saved);
/* Self-study (game_study.c). The learner called `name`, added when `add` and there is none. */
LearnerStatus game_study_use_learner(Game *game, const char *name, bool add);
bool game_study_bank_chosen(const Game *game, const char *bank_id);
/* Ticks or unticks a bank; the last one ticked stays. */
void game_study_choose_bank(Game *game, const char *bank_id, bool chosen);
/* The banks by id, joined by commas (--banks); false, changing nothing, for an unknown id,
 * which is copied into bad_id. */
bool game_study_set_banks(Game *game, const char *ids, char *bad_id, size_t size);
size_t game_study_question_total(const Game *game);
/* The learner's records (false when there is no learner or they cannot be read). */
bool game_study_records(Game *game, StudyRecords *out);
/* Days in a row the learner studied, up to today. */
int game_study_streak(Game *game);
bool game_study_overview(Game *game, StudyOverview *out);
/* A learner's figures over every bank together (the learner list). */
bool game_study_totals(Game *game, int64_t learner_id, StudyProgress *out);
/* Adds one bank's figures to a sum. */
void game_study_progress_add(StudyProgress *sum, const StudyProgress *part);
/* Starts a session of `mode` over the chosen banks; false when it has nothing to ask. */
bool game_study_start(Game *game, StudyMode mode);
/* Saves the answer just given in the session in play and sets the feedback's note. */
void game_study_answered(Game *game);

/* Saves the settings; false (and nothing changed on disk) when they cannot be saved. */
bool game_save_settings(Game *game);

#endif
