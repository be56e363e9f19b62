/* The question and feedback screens as one computation: for a question's texts, a window and a
 * text scale, where every text goes, at what size, and whether it fits its box. The screens draw
 * the plan; the validator accepts a question only where the plan fits; so a question the
 * validator accepts is drawn whole. */
#ifndef HEROCITY_ROUND_PLAN_H
#define HEROCITY_ROUND_PLAN_H

#include <stdbool.h>

#include "herocity/bank.h"
#include "herocity/fit.h"
#include "herocity/layout.h"

enum {
    ROUND_SOURCE_BYTES = 1024, /* FIT_SOURCE_FORMAT around LIMIT_SOURCE_CHARS of UTF-8 */
    ROUND_VERDICT_BYTES = 512, /* FIT_WORST_VERDICT_FORMAT around LIMIT_CHOICE_CHARS */
    /* The growth factors tried, in percent of the text scale's sizes: where a question leaves
     * room, its texts grow; where it is a little too long, they shrink one step. */
    ROUND_GROWTH_COUNT = 6,
    ROUND_GROWTH_MIN = 85,
};

extern const int ROUND_GROWTHS[ROUND_GROWTH_COUNT]; /* largest first, ending at ROUND_GROWTH_MIN */

/* Everything the round screens show that is not the game's own words. */
typedef struct {
    const char *prompt;
    const char *choices[BANK_MAX_CHOICES]; /* in the order shown */
    int choice_count;
    const char *explanation;           /* "" when none */
    char source[ROUND_SOURCE_BYTES];   /* the line as drawn, "Source: ..."; "" when none */
    char verdict[ROUND_VERDICT_BYTES]; /* the widest verdict the feedback screen may draw */
} RoundTexts;

/* The texts of q with its choices in the order shown and the right one at correct_choice. */
void round_texts_make(const Question *q, const char *const *choices, int correct_choice,
                      RoundTexts *out);

typedef enum { ROUND_PHASE_QUESTION, ROUND_PHASE_FEEDBACK } RoundPhase;

/* One text's place. The text wrapped to box.w at px takes height_needed; it fits when that is
 * no more than box.h (the box may be taller: the screen centres the text in it). */
typedef struct {
    Rect box;
    int px;
    bool bold;
    int height_needed;
    bool fits;
} TextPlacement;

typedef struct {
    int scale;  /* the text scale laid out, in percent */
    int growth; /* percent the text sizes grew (or shrank) by on top of it */
    bool fits;  /* every text holds in its box */
    FontSizes sizes;
    int columns;
    int tile_count;
    int gap;     /* between boxes */
    int border;  /* a tile's outline */
    int frame;   /* the thicker outline of the right and the wrongly picked tile */
    int padding; /* inside tiles and the panel: holds the frame, so it never covers text */
    int badge;   /* side of each answer's letter-and-shape marker, at least LAYOUT_MIN_MARKER_PX */
    int letter_px;
    TextPlacement status; /* progress, score, streak: box is the status bar */
    TextPlacement prompt;
    Rect tiles[BANK_MAX_CHOICES];
    Rect badges[BANK_MAX_CHOICES];
    Rect marks[BANK_MAX_CHOICES]; /* the check or cross; zero-sized on the question screen */
    /* The same boxes in both phases, clear of the badge and of the mark, so that the marks
     * appear on the tiles the player was looking at. */
    TextPlacement answers[BANK_MAX_CHOICES];
    /* The panel and its parts are zero-sized on the question screen, which keeps their room
     * empty so that nothing moves when the answer is given. */
    Rect panel;
    Rect icon;
    TextPlacement verdict;
    TextPlacement explanation;
    TextPlacement source;
    /* Where the question happened, on the map: the panel's part right of the prose, which is
     * kept to about 70 characters a line; from the top when the verdict fits beside it, to the
     * bottom when the source does (without taking more lines). Zero-sized without the room. */
    Rect map;
    Rect footer; /* the keys that work, drawn at the footer size */
} RoundPlan;

/* The plan at one scale and growth. Boxes get what their texts need; leftover height goes to
 * the tiles (up to half as tall again), then around the prompt. Where the texts need more than
 * the window has, the text that takes the most room gets less (whole lines), then the next:
 * those texts have fits == false. Returns plan->fits. */
bool round_plan_at(const FontMetrics *metrics, int window_w, int window_h, int scale, int growth,
                   const RoundTexts *texts, RoundPhase phase, RoundPlan *plan);

/* The plan at this scale with the largest growth that fits (growth capped so that no text is
 * larger than at LIMIT_TEXT_SCALE_MAX); when none fits, the ROUND_GROWTH_MIN plan. */
bool round_plan_layout(const FontMetrics *metrics, int window_w, int window_h, int scale,
                       const RoundTexts *texts, RoundPhase phase, RoundPlan *plan);

/* What the game draws for a text-size setting: the plan at the largest scale no larger than the
 * setting (in steps of LIMIT_TEXT_SCALE_STEP, down to LIMIT_TEXT_SCALE_MIN) that fits; when none
 * does (only for texts the validator rejects), the smallest, with the texts that do not fit cut
 * inside their boxes. */
bool round_plan_for_setting(const FontMetrics *metrics, int window_w, int window_h, int setting,
                            const RoundTexts *texts, RoundPhase phase, RoundPlan *plan);

#endif
