/* Typing a name: a question above a box that shows the name as it is typed (the results
 * screen's high-score name, a learner's name). */
#ifndef HEROCITY_UI_NAME_BOX_H
#define HEROCITY_UI_NAME_BOX_H

#include <stdbool.h>
#include <stddef.h>

#include "game.h"

/* Adds typed text to `name` (up to size - 1 bytes, whole characters only) or erases its last
 * character. Returns false for any other action, leaving it to the screen. */
bool name_box_edit(char *name, size_t size, const Action *action);
/* The height of the question wrapped to `width` and the box under it. */
int name_box_height(Game *game, int width, const char *ask);
/* The question, then the box with the name and a cursor; a long name scrolls so that its end
 * stays in view. */
void name_box_draw(Game *game, const Rect *area, const char *ask, const char *name);

#endif
