/* Word wrapping with a measuring callback: the same line breaks drive drawing, hit-testing and
 * the validator's "does it fit" check, and tests run it without SDL. */
#ifndef HEROCITY_WRAP_H
#define HEROCITY_WRAP_H

#include <stddef.h>

/* Width in pixels of the UTF-8 bytes text[0..len). */
typedef int (*TextMeasureFn)(void *context, const char *text, size_t len);

typedef struct {
    size_t start;  /* byte offset into the text */
    size_t length; /* bytes, without the spaces at the break */
} WrapLine;

/* Breaks `text` into lines no wider than max_width, at spaces where it can and inside a word
 * (at a UTF-8 character boundary) only when one word is wider than the line. A '\n' forces a
 * break. Fills at most max_lines entries of `lines` and returns how many lines the whole text
 * needs, so a caller can tell that it did not fit. */
size_t wrap_text(const char *text, int max_width, TextMeasureFn measure, void *context,
                 WrapLine *lines, size_t max_lines);

#endif
