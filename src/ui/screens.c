/* The screen table: one line per screen. */
#include "screen.h"

static const Screen *const screens[SCREEN_COUNT] = {
    [SCREEN_TITLE] = &SCREEN_TITLE_DEF,       [SCREEN_BANKS] = &SCREEN_BANKS_DEF,
    [SCREEN_QUESTION] = &SCREEN_QUESTION_DEF, [SCREEN_FEEDBACK] = &SCREEN_FEEDBACK_DEF,
    [SCREEN_RESULTS] = &SCREEN_RESULTS_DEF,   [SCREEN_HIGHSCORES] = &SCREEN_HIGHSCORES_DEF,
    [SCREEN_SETTINGS] = &SCREEN_SETTINGS_DEF, [SCREEN_CONFIRM_LEAVE] = &SCREEN_CONFIRM_LEAVE_DEF,
};

const Screen *screen_get(ScreenId id) { return screens[id < SCREEN_COUNT ? id : SCREEN_TITLE]; }
