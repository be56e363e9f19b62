/* Screen geometry as pure arithmetic: text sizes and boxes for a window size and text scale.
 * The question screens' layout, which depends on the texts, is the round plan (round_plan.h). */
#ifndef HEROCITY_LAYOUT_H
#define HEROCITY_LAYOUT_H

#include <stdbool.h>

#include "herocity/limits.h"

enum {
    /* The smallest size any text a player must read is drawn at, in pixels. */
    LAYOUT_MIN_TEXT_PX = 16,
    /* The smallest answer marker (the shape with the answer's letter inside), in pixels of its
     * side. The letter is LAYOUT_MARKER_LETTER_PERCENT of the side, so it never falls below
     * LAYOUT_MIN_TEXT_PX either. */
    LAYOUT_MIN_MARKER_PX = 36,
    LAYOUT_MARKER_LETTER_PERCENT = 45,
};

typedef struct {
    int x, y, w, h;
} Rect;

/* Text sizes in pixels, proportional to the reference height (docs/UI.md: 48/38/32/28/24 at 1080).
 */
typedef struct {
    int title;
    int prompt;
    int answer;
    int body;
    int status;
    int footer;
} FontSizes;

/* The height sizes follow: the window's, or less when the window is narrower than 4:3, so that
 * wide-short and tall-narrow windows both get text their width can hold. */
int layout_reference_height(int window_w, int window_h);
/* scale_percent is clamped to the text-size setting's range. */
FontSizes layout_font_sizes(int window_w, int window_h, int scale_percent);
/* The same sizes at any percent (the round plan grows and shrinks them to use the room), never
 * below LAYOUT_MIN_TEXT_PX. The footer stays at 100 %: it must never crowd the game. */
FontSizes layout_font_sizes_at(int window_w, int window_h, int percent);
/* The outer margin and the gap between boxes. */
int layout_margin(int window_w, int window_h);
int layout_gap(int window_w, int window_h);
/* The x and width of the centred content column: the window less its margins, never wider than
 * ratio_w:ratio_h of the height, so lines stay readable on very wide windows. */
Rect layout_content(int window_w, int window_h, int ratio_w, int ratio_h);

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
/* Whether inner lies wholly inside outer; whether a and b share a pixel (empty rects share
 * none). */
bool rect_inside(const Rect *inner, const Rect *outer);
bool rect_overlaps(const Rect *a, const Rect *b);

#endif
