/* The results screen's list of missed questions: each prompt with the answer given and the
 * right one (the right one alone when it was given), from a scroll position, with arrows to scroll
 * that a click or tap presses. */
#ifndef HEROCITY_UI_MISSED_LIST_H
#define HEROCITY_UI_MISSED_LIST_H

#include "game.h"

/* Draws the round's missed questions into area, scrolled down by `scroll` lines. */
void missed_list_draw(Game *game, const Rect *area, int scroll);
/* The most lines the list can scroll in area: 0 when it all fits. */
int missed_list_scroll_limit(Game *game, const Rect *area);
/* The same for every answer given in the round, the right ones too (a study session's end). */
void answer_list_draw(Game *game, const Rect *area, int scroll);
int answer_list_scroll_limit(Game *game, const Rect *area);

#endif
