/* What the schema found in a bank, by node: a small hash set of (node, kind). Empty, and never
 * allocated, for a bank without mistakes. */
#include <stdint.h>

#include "herocity/alloc.h"
#include "loader_internal.h"

typedef struct {
    const void *node;
    unsigned kinds; /* a bit per FindingKind */
} Entry;

struct Findings {
    Entry *entries;
    size_t capacity; /* a power of two, or 0 */
    size_t count;
};

Findings *findings_new(void) { return hc_calloc(1, sizeof(Findings)); }

void findings_free(Findings *findings)
{
    if (!findings)
        return;
    hc_free(findings->entries);
    hc_free(findings);
}

static size_t slot_of(const Entry *entries, size_t capacity, const void *node)
{
    /* Nodes are allocated at least 8 bytes apart: the low bits say nothing. */
    size_t slot = (size_t)(((uintptr_t)node >> 4) * 0x9E3779B97F4A7C15u) & (capacity - 1);
    while (entries[slot].node && entries[slot].node != node)
        slot = (slot + 1) & (capacity - 1);
    return slot;
}

static bool grow(Findings *findings)
{
    size_t capacity = findings->capacity ? findings->capacity * 2 : 64;
    Entry *entries = hc_calloc(capacity, sizeof(Entry));
    if (!entries)
        return false;
    for (size_t i = 0; i < findings->capacity; i++)
        if (findings->entries[i].node)
            entries[slot_of(entries, capacity, findings->entries[i].node)] = findings->entries[i];
    hc_free(findings->entries);
    findings->entries = entries;
    findings->capacity = capacity;
    return true;
}

bool findings_add(Findings *findings, const void *node, FindingKind kind)
{
    if (!findings || !node)
        return true;
    if (2 * (findings->count + 1) > findings->capacity && !grow(findings))
        return true; /* without memory a problem may be reported twice, never lost */
    Entry *entry = &findings->entries[slot_of(findings->entries, findings->capacity, node)];
    if (!entry->node) {
        entry->node = node;
        findings->count++;
    }
    unsigned bit = 1u << kind;
    bool added = (entry->kinds & bit) == 0;
    entry->kinds |= bit;
    return added;
}

bool findings_has(const Findings *findings, const void *node, FindingKind kind)
{
    if (!findings || !node || findings->capacity == 0)
        return false;
    const Entry *entry = &findings->entries[slot_of(findings->entries, findings->capacity, node)];
    return entry->node == node && (entry->kinds & (1u << kind)) != 0;
}
