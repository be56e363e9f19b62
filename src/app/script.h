/* Headless scripted play: a line-based script of inputs, expectations and screenshots. */
#ifndef HEROCITY_APP_SCRIPT_H
#define HEROCITY_APP_SCRIPT_H

#include "game.h"

/* Plays `path` against the game. Returns 0 when every line ran and every expectation held,
 * 1 when an expectation failed, 2 when the script itself is wrong (messages on stderr, each
 * naming the script line). */
int script_run(Game *game, const char *path);

/* Saves the current frame as a BMP file. */
bool script_save_screenshot(Game *game, const char *path);

#endif
