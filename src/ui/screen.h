/* Screens as one table of behaviours: adding a screen is a new file and one line in screens.c. */
#ifndef HEROCITY_UI_SCREEN_H
#define HEROCITY_UI_SCREEN_H

#include "game.h"

typedef struct {
    const char *name; /* what `expect screen=` compares with */
    InputMode input_mode;
    void (*enter)(Game *game); /* may be NULL */
    void (*handle)(Game *game, const Action *action);
    void (*draw)(Game *game);
} Screen;

const Screen *screen_get(ScreenId id);

extern const Screen SCREEN_TITLE_DEF, SCREEN_BANKS_DEF, SCREEN_QUESTION_DEF, SCREEN_FEEDBACK_DEF,
    SCREEN_RESULTS_DEF, SCREEN_HIGHSCORES_DEF, SCREEN_SETTINGS_DEF, SCREEN_CONFIRM_LEAVE_DEF;

#endif
