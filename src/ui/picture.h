/* A vector picture (the title's emblem) drawn from its SVG at the size it is shown, once per
 * size: sharp at every window size, and a steady frame draws nothing new. */
#ifndef HEROCITY_UI_PICTURE_H
#define HEROCITY_UI_PICTURE_H

#include <SDL.h>
#include <stdbool.h>

#include "herocity/layout.h"

typedef struct Picture Picture;

/* The picture at path, or NULL when it cannot be read (the screen then goes without it). */
Picture *picture_new(const char *path);
void picture_free(Picture *picture);
/* The rectangle the picture takes in box: centred, its aspect kept, never larger than
 * max_side on its longer side. */
Rect picture_fit(const Picture *picture, const Rect *box, int max_side);
/* Draws it there. A NULL picture draws nothing. */
void picture_draw(Picture *picture, SDL_Renderer *renderer, const Rect *at);
/* Its texture is gone (render targets reset, device lost): made again when next drawn. */
void picture_forget(Picture *picture);
/* Textures made since start. */
unsigned long picture_render_count(const Picture *picture);

#endif
