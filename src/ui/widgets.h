/* Pieces several screens share: the background, a heading, the key footer, menu rows. */
#ifndef HEROCITY_UI_WIDGETS_H
#define HEROCITY_UI_WIDGETS_H

#include "game.h"
#include "herocity/layout.h"

FontSizes widgets_sizes(const Game *game);
void widgets_clear(Game *game);
void widgets_heading(Game *game, const Rect *box, const char *title, const char *subtitle);
void widgets_footer(Game *game, const Rect *box, const char *keys);
/* One line for the player just above the footer box (a save that failed, a reload). */
void widgets_notice(Game *game, const Rect *footer, const char *text);

/* Focus, hover and scroll of a list: part of each list screen's own state. */
typedef struct {
    int focus;  /* focused row or tile; -1 for none */
    int hover;  /* row or tile under the pointer; -1 for none */
    int scroll; /* first visible row of a long list */
} MenuState;

/* No row focused by the pointer; focus on row `focus` (-1: none until a key is pressed). */
MenuState menu_state_at(int focus);

/* One row of a menu: a label, an optional second line, focus and hover marks. */
typedef struct {
    const char *label;
    const char *detail; /* may be NULL */
    bool disabled;      /* shown, not selectable (a bank that failed to load) */
} MenuRow;

/* Draws rows[scroll..] into the layout's rows and returns how many were visible. */
int widgets_menu(Game *game, const MenuLayout *layout, const MenuRow *rows, int count,
                 const MenuState *state);

/* Moves focus for up/down/pointer actions over `count` rows laid out by `layout`. Returns the
 * row activated (accept or click), or -1. Scroll follows focus. */
int widgets_menu_handle(MenuState *state, const MenuLayout *layout, const MenuRow *rows, int count,
                        const Action *action, bool *changed);

#endif
