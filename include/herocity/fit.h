/* Does a question fit on screen? Measures every text of a bank with the real font (through
 * callbacks, so the core stays free of SDL) at the smallest window and the default text size. */
#ifndef HEROCITY_FIT_H
#define HEROCITY_FIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "herocity/bank.h"
#include "herocity/diag.h"
#include "herocity/layout.h"

typedef struct {
    void *context;
    /* Width in pixels of text[0..len) in the regular or bold face at px. */
    int (*measure)(void *context, bool bold, int px, const char *text, size_t len);
    int (*line_height)(void *context, bool bold, int px);
    /* Whether the font can draw the code point; NULL skips the check. */
    bool (*has_glyph)(void *context, uint32_t code_point);
} FontMetrics;

/* How the feedback screen labels the source (src/ui/strings.h TXT_SOURCE_FMT says the same). */
#define FIT_SOURCE_FORMAT "Source: %s"
enum { BANK_SOURCE_MAX_BYTES = 1024 };

/* The step text may shrink to before it must fit (UI.md: wrap, then shrink one step). */
enum { FIT_SHRINK_PERCENT = 85 };

/* Height the text takes wrapped to width. */
int fit_text_height(const FontMetrics *metrics, const char *text, int width, bool bold, int px);

/* The round layout the screens use for these choices: two columns while every answer fits its
 * tile at full size, otherwise one. */
void fit_layout_round(const FontMetrics *metrics, int window_w, int window_h, int scale_percent,
                      const char *const *choices, int choice_count, bool feedback,
                      RoundLayout *out);

/* The largest text scale, from scale_percent down in steps of LIMIT_TEXT_SCALE_STEP to min_scale,
 * at which every text of the question fits the window (`choices` in the order shown); min_scale
 * when none does. A large text-size setting on a small window then still shows everything. */
int fit_best_scale(const FontMetrics *metrics, const Question *question, const char *const *choices,
                   int window_w, int window_h, int scale_percent, int min_scale);

/* Adds an error for each text of the bank that would not fit at 800x600 and the default text
 * size even one step smaller, and for each character the font cannot draw. Returns the number
 * of errors added. */
size_t fit_check_bank(const Bank *bank, const FontMetrics *metrics, Diagnostics *diags);

#endif
