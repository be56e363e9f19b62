/* Does a question fit on screen? The validator lays out every question with the round plan
 * (round_plan.h), the computation the screens draw with, measuring with the real font through
 * callbacks so that the core stays free of SDL. */
#ifndef HEROCITY_FIT_H
#define HEROCITY_FIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "herocity/bank.h"
#include "herocity/diag.h"

typedef struct {
    void *context;
    /* Width in pixels of text[0..len) in the regular or bold face at px. */
    int (*measure)(void *context, bool bold, int px, const char *text, size_t len);
    int (*line_height)(void *context, bool bold, int px);
    /* Whether the font can draw the code point; NULL skips the check. */
    bool (*has_glyph)(void *context, uint32_t code_point);
} FontMetrics;

/* How the feedback screen shows the source, and its widest verdict: "Not quite" (strings.h
 * TXT_NOT_QUITE), the widest letter, the right answer. The core owns them because the plan
 * measures them: the screen draws the source line the plan measured. */
#define FIT_SOURCE_FORMAT "Source: %s"
#define FIT_WORST_VERDICT_FORMAT "Not quite: W, %s"

/* Height the text takes wrapped to width. */
int fit_text_height(const FontMetrics *metrics, const char *text, int width, bool bold, int px);

/* The windows and text scales at which the validator asks for every text to fit whole. Larger
 * settings step down until the question fits (see round_plan_for_setting). */
enum { FIT_WINDOW_COUNT = 4, FIT_SCALE_COUNT = 2 };
typedef struct {
    int width, height;
} FitWindow;
extern const FitWindow FIT_WINDOWS[FIT_WINDOW_COUNT]; /* the smallest, the tightest, first */
extern const int FIT_SCALES[FIT_SCALE_COUNT];

/* Whether every text of q fits at every window and scale of the check. */
bool fit_question_fits(const Question *q, const FontMetrics *metrics);

/* Adds an error for each text of the bank that does not fit at one of the checked windows and
 * scales (one per text, at the first where it does not), and for each character the font cannot
 * draw. Returns the number of errors added. */
size_t fit_check_bank(const Bank *bank, const FontMetrics *metrics, Diagnostics *diags);

#endif
