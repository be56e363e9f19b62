/* The classroom game's picture: the question as the round plan lays it out (prompt alone, then
 * the answers, then the reveal with how many teams chose each answer), a countdown readable
 * from the back of the room, and a strip of team chips (who has locked in, what each answered,
 * points and scores). */
#ifndef HEROCITY_UI_CLASS_VIEW_H
#define HEROCITY_UI_CLASS_VIEW_H

#include "game.h"
#include "round_view.h"

typedef struct {
    int selected;    /* the team + and - change, outlined; -1 for none */
    int pending;     /* quizmaster: the team number typed, waiting for a letter; -1 */
    const int *pads; /* controller instance per team, -1 for none */
} ClassViewMarks;

/* Draws the game in play (not the footer). */
void class_view_draw(RoundView *view, Game *game, const ClassSnapshot *snap,
                     const ClassViewMarks *marks);
/* The footer's place: the bottom strip of the window. */
Rect class_view_footer(const Game *game);
/* The team whose chip is under (x, y), or -1. */
int class_view_team_at(const Game *game, const ClassSnapshot *snap, int x, int y);
/* A team's mark: its shape in its colour with its number inside (never colour alone). */
void class_view_team_badge(Game *game, int team, const Rect *box);

#endif
