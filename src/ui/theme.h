/* Colour themes (docs/UI.md): dark, light and high contrast; answer colours are Okabe-Ito. Every
 * pair of colours the screens draw together meets WCAG 2.1 AA: 4.5:1 for text, 3:1 for outlines,
 * marks and shapes (tests/test_contrast.c checks them all). */
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
    SDL_Color surface;       /* tiles, panels, buttons, list rows */
    SDL_Color surface_hover; /* a tile or row under the mouse */
    SDL_Color text;          /* 4.5:1 on background, surface and surface_hover */
    SDL_Color muted;         /* secondary text, also 4.5:1 on all three */
    SDL_Color focus;         /* keyboard focus ring: 3:1 on background, surface, surface_hover */
    SDL_Color outline;       /* every button and list row's edge, same 3:1 as focus */
    SDL_Color correct;       /* #009E73 family: 3:1 on background and surface */
    SDL_Color wrong;         /* #D55E00 family: 3:1 on background and surface */
    SDL_Color mark_ink;      /* check and cross drawn on correct or wrong: 3:1 on both */
    SDL_Color answer[BANK_MAX_CHOICES];     /* fills only: some vanish on a light surface */
    SDL_Color answer_ink[BANK_MAX_CHOICES]; /* letter drawn on the answer colour: 4.5:1 */
    /* The answer colour darkened or lightened until it reaches 3:1 on background, surface and
     * surface_hover: the outline of the answer's badge and the edge of its tile. */
    SDL_Color answer_edge[BANK_MAX_CHOICES];
    /* The map (map_view.c). Its sea fills the map's box; names go on land or sea, in text and
     * muted, so both are 4.5:1 on both. The coast, which shows the land's shape, is 3:1 on the
     * sea; a place's dot and the highlighted place's star are 3:1 on land and sea. */
    SDL_Color map_sea;
    SDL_Color map_land;
    SDL_Color map_coast;
    SDL_Color map_marker;
    SDL_Color map_highlight;
    /* Alpha of the background-coloured veil over answers not involved in the feedback: the
     * most that still leaves their text 4.5:1 on the veiled surface. */
    Uint8 dim_alpha;
} Theme;

int theme_count(void);
/* The i-th theme in settings order; an i outside 0..theme_count()-1 gives the first. */
const Theme *theme_at(int i);
/* The theme called `name`, or the dark one for an unknown name. */
const Theme *theme_get(const char *name);
/* The theme after `name` in the settings cycle. */
const char *theme_next(const char *name);

/* WCAG 2.1 contrast ratio of two colours, from 1 (same) to 21 (black on white); alpha is
 * ignored. */
double theme_contrast(SDL_Color a, SDL_Color b);
/* The opaque colour `over` drawn at `alpha` on `under` gives, as SDL's blend mode does. */
SDL_Color theme_blend(SDL_Color over, SDL_Color under, Uint8 alpha);

AnswerShape answer_shape(int index);
char answer_letter(int index);

#endif
