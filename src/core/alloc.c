/* The core's one allocation gate; tests use alloc_fail_after to exercise out-of-memory paths. */
#include "herocity/alloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long successes_left = -1; /* negative: never fail */

void alloc_fail_after(long successes) { successes_left = successes; }

static int should_fail(void)
{
    if (successes_left < 0)
        return 0;
    if (successes_left == 0)
        return 1;
    successes_left--;
    return 0;
}

void *hc_malloc(size_t size) { return should_fail() ? NULL : malloc(size ? size : 1); }

void *hc_calloc(size_t count, size_t size)
{
    return should_fail() ? NULL : calloc(count ? count : 1, size ? size : 1);
}

void *hc_realloc(void *ptr, size_t size)
{
    return should_fail() ? NULL : realloc(ptr, size ? size : 1);
}

void hc_free(void *ptr) { free(ptr); }

char *hc_strndup(const char *s, size_t len)
{
    if (!s)
        return NULL;
    char *copy = hc_malloc(len + 1);
    if (!copy)
        return NULL;
    memcpy(copy, s, len);
    copy[len] = '\0';
    return copy;
}

char *hc_strdup(const char *s) { return s ? hc_strndup(s, strlen(s)) : NULL; }

char *hc_strprintf(const char *fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    int needed = vsnprintf(NULL, 0, fmt, args);
    va_end(args);
    if (needed < 0)
        return NULL;
    char *text = hc_malloc((size_t)needed + 1);
    if (!text)
        return NULL;
    va_start(args, fmt);
    vsnprintf(text, (size_t)needed + 1, fmt, args);
    va_end(args);
    return text;
}
