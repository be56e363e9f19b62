/* Private to the bank writers (native, Moodle XML, GIFT): output checked through one flag, so
 * that a full disk or a closed pipe is reported once, and the escapes each format needs. */
#ifndef HEROCITY_TEXT_OUT_H
#define HEROCITY_TEXT_OUT_H

#include <stdbool.h>
#include <stdio.h>

typedef struct {
    FILE *out;
    bool ok; /* false after the first failed write; nothing more is written */
} TextOut;

void out_put(TextOut *w, const char *text);
/* Escapes what XML requires; in attributes also quotes and the whitespace that attribute
 * normalisation would otherwise turn into spaces. A control character XML 1.0 cannot carry
 * fails the output. */
void out_xml(TextOut *w, const char *text, bool attribute);
/* Text as HTML (& < > escaped), then escaped again as XML text: Moodle XML's html format. */
void out_html_in_xml(TextOut *w, const char *text);
/* Text as HTML, then with GIFT's special characters ~ = # { } : \ escaped by a backslash. */
void out_html_in_gift(TextOut *w, const char *text);
/* Whether everything was written and flushed. */
bool out_finish(TextOut *w);

#endif
