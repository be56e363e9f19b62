/* Drawing and hit-testing a question, shared by the question and feedback screens: the round
 * plan (herocity/round_plan.h) for the question, window and text-size setting, drawn. */
#ifndef HEROCITY_UI_ROUND_VIEW_H
#define HEROCITY_UI_ROUND_VIEW_H

#include "game.h"
#include "herocity/layout.h"
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
/* The tile under x,y or -1. */
int round_view_hit(RoundView *view, Game *game, const SessionSnapshot *snap, int x, int y);
int round_view_columns(RoundView *view, Game *game, const SessionSnapshot *snap);
/* Where the screen draws its footer. */
Rect round_view_footer(RoundView *view, Game *game, const SessionSnapshot *snap);

#endif
