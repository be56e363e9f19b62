/* See number.h. */
#include "herocity/number.h"

#include <errno.h>
#include <stdlib.h>

bool number_parse(const char *text, long min, long max, long *out)
{
    char *end = NULL;
    errno = 0;
    long value = strtol(text, &end, 10);
    if (errno || end == text || *end || value < min || value > max)
        return false;
    *out = value;
    return true;
}
