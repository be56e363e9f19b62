/* Screen geometry as pure arithmetic: text sizes and boxes for a window size and text scale.
 * The front end draws and hit-tests with it; the validator uses it to check that a question
 * fits at the smallest supported window. */
#ifndef HEROCITY_LAYOUT_H
#define HEROCITY_LAYOUT_H

#include <stdbool.h>

#include "herocity/bank.h"
#include "herocity/limits.h"

enum {
    /* The smallest size any text a player must read is drawn at, in pixels. */
    LAYOUT_MIN_TEXT_PX = 16,
};

typedef struct {
    int x, y, w, h;
} Rect;

/* Text sizes in pixels, proportional to the window height (UI.md: 48/38/32/28/24 at 1080). */
typedef struct {
    int title;
    int prompt;
    int answer;
    int body;
    int status;
    int footer;
} FontSizes;

FontSizes layout_font_sizes(int window_h, int scale_percent);

/* The question and feedback screens. */
typedef struct {
    Rect status; /* progress, score, streak */
    Rect prompt; /* the question text */
    Rect tiles[BANK_MAX_CHOICES];
    int tile_count;
    int columns;
    Rect panel;  /* explanation and source; zero-sized on the question screen */
    Rect footer; /* the keys that work */
    int padding; /* inside tiles and panels */
    int badge;   /* side of the letter-and-shape badge at the left of each tile */
} RoundLayout;

/* `long_answers` switches the grid to one column (UI.md). `feedback` makes room for the panel. */
void layout_round(int window_w, int window_h, int scale_percent, int choice_count,
                  bool long_answers, bool feedback, RoundLayout *out);

/* Where answer `index`'s text goes in its tile: right of the badge, and left of the check or
 * cross mark on the feedback screen. */
Rect layout_tile_text(const RoundLayout *layout, int index, bool feedback);

/* The feedback panel's parts: the verdict line with its icon, the explanation, the source. */
typedef struct {
    Rect icon;
    Rect verdict;
    Rect body;
    Rect source;
} PanelLayout;

/* The width prose is wrapped to in the panel: under about 70 characters a line (UI.md). */
int layout_prose_width(const RoundLayout *layout, const FontSizes *sizes);
/* The width the source line is wrapped to. */
int layout_source_width(const RoundLayout *layout);
/* source_h is the height the wrapped source text needs (0 when there is none). */
void layout_panel(const RoundLayout *layout, const FontSizes *sizes, int source_h,
                  PanelLayout *out);

/* Rows of a vertical menu centred under a heading. */
typedef struct {
    Rect heading;
    Rect rows[16];
    int row_count;
    Rect footer;
} MenuLayout;

void layout_menu(int window_w, int window_h, int scale_percent, int row_count, int row_px,
                 MenuLayout *out);

bool rect_contains(const Rect *rect, int x, int y);

#endif
