/* Whitespace rules shared by the loaders (see text_space.h). */
#include "text_space.h"

#include <stddef.h>

bool text_is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r'; }

void text_collapse_space(char *text)
{
    size_t len = 0;
    bool gap = false;
    for (const char *p = text; *p; p++) {
        if (text_is_space(*p)) {
            gap = len > 0;
            continue;
        }
        if (gap)
            text[len++] = ' ';
        gap = false;
        text[len++] = *p;
    }
    text[len] = '\0';
}
