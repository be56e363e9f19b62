/* Drawing primitives: filled and outlined rectangles, the six answer shapes, marks. */
#ifndef HEROCITY_UI_DRAW_H
#define HEROCITY_UI_DRAW_H

#include <SDL.h>

#include "herocity/layout.h"
#include "theme.h"

void draw_fill(SDL_Renderer *renderer, const Rect *rect, SDL_Color colour);
/* An outline `thickness` pixels wide, drawn inside the rectangle. */
void draw_outline(SDL_Renderer *renderer, const Rect *rect, int thickness, SDL_Color colour);
/* A filled shape centred in `box`. */
void draw_shape(SDL_Renderer *renderer, AnswerShape shape, const Rect *box, SDL_Color colour);
/* The edge of the shape draw_shape fills in `box`: a band `thickness` pixels wide inside it, so
 * drawn after draw_shape it gives the shape a rim without changing its size. */
void draw_shape_outline(SDL_Renderer *renderer, AnswerShape shape, const Rect *box, int thickness,
                        SDL_Color colour);
/* A check mark or a cross inside box, with strokes of the given width. */
void draw_check(SDL_Renderer *renderer, const Rect *box, int stroke, SDL_Color colour);
void draw_cross(SDL_Renderer *renderer, const Rect *box, int stroke, SDL_Color colour);

#endif
