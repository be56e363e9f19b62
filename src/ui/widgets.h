/* Pieces several screens share: the background, a heading, the key footer, menu rows. */
#ifndef HEROCITY_UI_WIDGETS_H
#define HEROCITY_UI_WIDGETS_H

#include "game.h"
#include "herocity/layout.h"

FontSizes widgets_sizes(const Game *game);
void widgets_clear(Game *game);
/* A heading: the title on one line (smaller only if it must be), the subtitle wrapped under it. */
void widgets_heading(Game *game, const Rect *box, const char *title, const char *subtitle);
int widgets_heading_height(Game *game, int width, const char *title, const char *subtitle);
/* The height of a menu row: its label, and its detail line when it has one. */
int widgets_row_height(Game *game, bool with_detail);
/* A list screen: heading, as many rows as fit (up to count), lines_above_footer lines of notice
 * and the footer; rows keep their size at every text size and the list scrolls instead. A
 * `centre`d menu that fits whole moves down into its space. */
void widgets_list_layout(Game *game, const char *title, const char *subtitle, int count,
                         bool with_detail, int lines_above_footer, bool centre, MenuLayout *out);
/* The same with rows row_h pixels high (panels drawn by the screen itself). */
void widgets_list_layout_rows(Game *game, const char *title, const char *subtitle, int count,
                              int row_h, int lines_above_footer, bool centre, MenuLayout *out);
/* One thing the player can do on a screen: its key, what it does, and the action a click on it
 * sends. ACTION_NONE marks a hint (arrow keys), drawn without a button. */
typedef struct {
    const char *key;   /* as printed on the key cap: "Esc", "Enter" */
    const char *label; /* what it does: "Back" */
    ActionType action;
    int scancode; /* for ACTION_KEY: the key the click stands for */
} FooterButton;

/* The footer: a centred row of buttons, each a key cap and a label, clickable and tappable.
 * Narrow windows drop the key caps, then shrink the text, before cutting anything. */
void widgets_footer(Game *game, const Rect *area, const FooterButton *buttons, int count);
/* One line for the player in the footer area, above its buttons (a save that failed, a reload,
 * where the user's banks go). */
void widgets_notice(Game *game, const Rect *footer, const char *text, bool muted);

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
    bool disabled;      /* shown and focusable, never activated (a bank that failed to load) */
} MenuRow;

/* Draws rows[scroll..] into the layout's rows and returns how many were visible. */
int widgets_menu(Game *game, const MenuLayout *layout, const MenuRow *rows, int count,
                 const MenuState *state);

/* Buttons laid out by `layout` (a row or a grid), labels centred at the body size; disabled
 * ones muted. Each is a named target. */
void widgets_buttons(Game *game, const MenuLayout *layout, const MenuRow *rows, int count,
                     const MenuState *state);

/* Moves focus for up/down/pointer actions over `count` rows laid out by `layout`. Returns the
 * row activated (accept or click), or -1. Scroll follows focus. */
int widgets_menu_handle(MenuState *state, const MenuLayout *layout, const MenuRow *rows, int count,
                        const Action *action, bool *changed);

#endif
