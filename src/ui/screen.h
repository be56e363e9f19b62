/* Screens as one table of behaviours: adding a screen is a new file and one line in screens.c.
 * Each screen owns a block of state (state_size bytes, zeroed, made on enter and freed on
 * leave), as Chocolate Doom's menus and Taisei's menu data do; Game holds only what screens
 * share. */
#ifndef HEROCITY_UI_SCREEN_H
#define HEROCITY_UI_SCREEN_H

#include "game.h"

typedef struct {
    const char *name; /* what `expect screen=` compares with */
    InputMode input_mode;
    size_t state_size;
    /* Drawn over the screen beneath it (a dialog): the stack draws that one first. */
    bool overlay;
    void (*enter)(Game *game, void *state, int arg); /* may be NULL */
    void (*leave)(Game *game, void *state);          /* may be NULL; frees what enter made */
    void (*handle)(Game *game, void *state, const Action *action);
    /* Lets time pass; returns ms until the screen next needs it, or -1. May be NULL. */
    int (*update)(Game *game, void *state, uint32_t elapsed_ms);
    void (*draw)(Game *game, void *state);
    /* Overrides input_mode while the state says so (typing a name). May be NULL. */
    InputMode (*mode)(const void *state);
    /* A named value for scripts' `expect` that only this screen knows. May be NULL. */
    bool (*query)(Game *game, void *state, const char *name, char *out, size_t size);
} Screen;

const Screen *screen_get(ScreenId id);

/* The confirm screen's argument: what leaving ends. */
enum {
    CONFIRM_LEAVE_ROUND,
    CONFIRM_LEAVE_CLASSROOM,
    CONFIRM_RESUME_CLASSROOM,
    CONFIRM_LEAVE_STUDY,
    CONFIRM_DELETE_LEARNER, /* game->study.learner */
};

extern const Screen SCREEN_TITLE_DEF, SCREEN_BANKS_DEF, SCREEN_QUESTION_DEF, SCREEN_FEEDBACK_DEF,
    SCREEN_RESULTS_DEF, SCREEN_HIGHSCORES_DEF, SCREEN_SETTINGS_DEF, SCREEN_CONFIRM_LEAVE_DEF,
    SCREEN_CLASS_SETUP_DEF, SCREEN_CLASS_BANKS_DEF, SCREEN_CLASS_GAME_DEF, SCREEN_CLASS_END_DEF,
    SCREEN_PREVIEW_DEF, SCREEN_LEARNERS_DEF, SCREEN_STUDY_DEF, SCREEN_STUDY_BANKS_DEF,
    SCREEN_PROGRESS_DEF, SCREEN_STUDY_END_DEF;

#endif
