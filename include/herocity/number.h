/* Whole numbers typed by people (options, script lines): the whole text must be the number. */
#ifndef HEROCITY_NUMBER_H
#define HEROCITY_NUMBER_H

#include <stdbool.h>

/* Parses text as a decimal integer in [min, max]; false for empty, partial ("12px"), or out of
 * range text, leaving out unchanged. */
bool number_parse(const char *text, long min, long max, long *out);

#endif
