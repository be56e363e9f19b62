/* The event-driven main loop: wait for an event, turn it into an action, redraw when dirty. */
#ifndef HEROCITY_APP_LOOP_H
#define HEROCITY_APP_LOOP_H

#include <SDL.h>

#include "game.h"

/* Handles one SDL event (window, device and input events). */
void loop_process_event(Game *game, const SDL_Event *event);
/* Handles every pending event, then draws and presents if anything changed. */
void loop_frame(Game *game);
/* Runs until the player quits. An idle screen sleeps in SDL_WaitEvent: no CPU. Time passes
 * by the real clock here; scripts move a virtual one instead. */
void loop_run(Game *game);

#endif
