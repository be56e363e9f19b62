/* Colour themes (UI.md): dark, light and high contrast; answer colours are Okabe-Ito. */
#ifndef HEROCITY_UI_THEME_H
#define HEROCITY_UI_THEME_H

#include <SDL.h>

#include "herocity/bank.h"

typedef enum {
    SHAPE_TRIANGLE,
    SHAPE_DIAMOND,
    SHAPE_CIRCLE,
    SHAPE_SQUARE,
    SHAPE_PENTAGON,
    SHAPE_HEXAGON
} AnswerShape;

typedef struct {
    const char *name;
    SDL_Color background;
    SDL_Color surface;       /* tiles, panels */
    SDL_Color surface_hover; /* under the mouse */
    SDL_Color text;
    SDL_Color muted;   /* secondary text, still 4.5:1 on the background */
    SDL_Color focus;   /* keyboard focus outline */
    SDL_Color correct; /* #009E73 */
    SDL_Color wrong;   /* #D55E00 */
    SDL_Color answer[BANK_MAX_CHOICES];
    SDL_Color answer_ink[BANK_MAX_CHOICES]; /* letter and shape drawn on the answer colour */
} Theme;

/* The theme called `name`, or the dark one for an unknown name. */
const Theme *theme_get(const char *name);
/* The theme after `name` in the settings cycle. */
const char *theme_next(const char *name);

AnswerShape answer_shape(int index);
char answer_letter(int index);

#endif
