/* Drawing and hit-testing a question, shared by the question and feedback screens: the round
 * plan (herocity/round_plan.h) for the question, window and text-size setting, drawn. */
#ifndef HEROCITY_UI_ROUND_VIEW_H
#define HEROCITY_UI_ROUND_VIEW_H

#include "game.h"
#include "herocity/layout.h"
#include "herocity/round_plan.h"
#include "herocity/session.h"

/* The cached plan for one question, window and setting. Reads only the game's renderer, text,
 * theme, window size and text-size setting. A NULL view works, measuring on every call. */
typedef struct RoundView RoundView;

RoundView *round_view_new(void); /* NULL when memory runs out */
void round_view_free(RoundView *view);
/* Draws the status bar, prompt, tiles and (when snap->state == SESSION_FEEDBACK) the panel; not
 * the footer. focus/hover: tile index or -1. */
void round_view_draw(RoundView *view, Game *game, const SessionSnapshot *snap,
                     const char *round_title, int focus, int hover);
/* A line the feedback's verdict ends with (self-study: "Next review in 6 days"); "" for none.
 * The plan measures the verdict with it. */
void round_view_set_note(RoundView *view, const char *note);
/* The status bar leaves out the score and streak (an exam tells nothing until its end). */
void round_view_hide_score(RoundView *view, bool hidden);
/* The tile under x,y or -1. */
int round_view_hit(RoundView *view, Game *game, const SessionSnapshot *snap, int x, int y);
int round_view_columns(RoundView *view, Game *game, const SessionSnapshot *snap);
/* What the tiles and panel show besides the texts (the classroom sets these itself). */
typedef struct {
    int focus, hover;    /* tile index or -1 */
    bool revealed;       /* the right tile marked, the others dimmed */
    int right;           /* the right tile, when revealed */
    int wrong;           /* a tile picked wrongly, or -1 */
    const char *verdict; /* the panel's first line; NULL: no panel */
    bool verdict_right;  /* the panel's mark: a check or a cross */
    bool prompt_only;    /* the classroom shows the prompt alone for a moment */
    const int *counts;   /* when revealed: teams per answer, shown in place of the marks */
} RoundMarks;

/* The plan for a question (choices in the order shown) in a phase, laid out in the window's
 * width and `height` from the top (the classroom keeps room below for its teams); cached in the
 * view until the question, phase, window or text size changes. */
const RoundPlan *round_view_plan(RoundView *view, Game *game, const Question *question,
                                 const char *const *choices, int correct, RoundPhase phase,
                                 int height);
/* The prompt, tiles and (with a verdict) the panel of the view's last plan. */
void round_view_draw_parts(RoundView *view, Game *game, const RoundMarks *marks);

/* Where the screen draws its footer. */
Rect round_view_footer(RoundView *view, Game *game, const SessionSnapshot *snap);

#endif
