/* One allocation gate for the core, so tests can make the Nth allocation fail (Lua's lmem). */
#ifndef HEROCITY_ALLOC_H
#define HEROCITY_ALLOC_H

#include <stddef.h>

/* Like malloc/calloc/realloc/free, but every call can be made to fail by alloc_fail_after. */
void *hc_malloc(size_t size);
void *hc_calloc(size_t count, size_t size);
void *hc_realloc(void *ptr, size_t size);
void hc_free(void *ptr);

/* Returns a copy of s (NULL stays NULL) or NULL when memory runs out. Caller frees. */
char *hc_strdup(const char *s);
/* Copies the first len bytes of s and terminates them. Caller frees. */
char *hc_strndup(const char *s, size_t len);
/* printf into a new string. Caller frees; NULL when memory runs out. */
char *hc_strprintf(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* Tests only: let `successes` more allocations succeed, then fail every one after.
 * A negative value turns failure injection off (the default). */
void alloc_fail_after(long successes);

#endif
