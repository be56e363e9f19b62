/* Drawing and hit-testing a question, shared by the question and feedback screens. */
#ifndef HEROCITY_UI_ROUND_VIEW_H
#define HEROCITY_UI_ROUND_VIEW_H

#include "game.h"
#include "herocity/layout.h"

/* The layout for the current question (one column when an answer is too long for two), at the
 * text scale it is drawn at. Owned by the game; valid until the question or window changes. */
const RoundLayout *round_view_layout(Game *game, const SessionSnapshot *snap, bool feedback);
/* focus and hover: the tile index, or -1. */
void round_view_draw(Game *game, bool feedback, int focus, int hover);
/* The tile under (x, y), or -1. */
int round_view_hit(Game *game, int x, int y);

#endif
