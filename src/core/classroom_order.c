/* A classroom game's questions and choice orders as one line of text, and back (see
 * classroom.h): how a saved game is rebuilt to resume it. */
#include <stdio.h>
#include <string.h>

#include "classroom_internal.h"
#include "herocity/alloc.h"

char *classroom_order_text(const Classroom *room)
{
    size_t size = 1;
    for (size_t i = 0; i < room->count; i++)
        size += strlen(room->items[i].question->id) + 1 + 2 * BANK_MAX_CHOICES + 1;
    char *text = hc_malloc(size);
    if (!text)
        return NULL;
    size_t used = 0;
    for (size_t i = 0; i < room->count; i++) {
        const ClassItem *item = &room->items[i];
        used +=
            (size_t)snprintf(text + used, size - used, "%s%s:", i ? ";" : "", item->question->id);
        for (int c = 0; c < item->question->choice_count; c++)
            used +=
                (size_t)snprintf(text + used, size - used, "%s%d", c ? "," : "", item->order[c]);
    }
    text[used] = '\0';
    return text;
}

/* "id:2,0,1,3": the question found by id, and its order (each index once, as many as it has
 * choices). */
static bool parse_item(const char *text, size_t len,
                       const Question *(*find)(void *context, const char *id), void *find_context,
                       ClassItem *item)
{
    const char *colon = memchr(text, ':', len);
    char id[LIMIT_ID_BYTES + 1];
    if (!colon || (size_t)(colon - text) > LIMIT_ID_BYTES)
        return false;
    memcpy(id, text, (size_t)(colon - text));
    id[colon - text] = '\0';
    item->question = find(find_context, id);
    if (!item->question)
        return false;
    bool seen[BANK_MAX_CHOICES] = {false};
    int n = 0;
    for (const char *p = colon + 1; p < text + len; p++) {
        if (*p == ',')
            continue;
        int index = *p - '0';
        if (index < 0 || index >= item->question->choice_count || seen[index] ||
            n >= item->question->choice_count)
            return false;
        seen[index] = true;
        item->order[n++] = index;
    }
    return n == item->question->choice_count;
}

Classroom *classroom_from_order(const ClassSetup *setup, const char *order_text,
                                const Question *(*find)(void *context, const char *id),
                                void *find_context,
                                void (*on_event)(void *context, const ClassEvent *event),
                                void *context)
{
    if (!setup || setup->team_count < LIMIT_TEAMS_MIN || setup->team_count > LIMIT_TEAMS_MAX ||
        !order_text || !*order_text)
        return NULL;
    size_t count = 1;
    for (const char *p = order_text; *p; p++)
        count += *p == ';';
    ClassItem *items = hc_calloc(count, sizeof *items);
    if (!items)
        return NULL;
    const char *p = order_text;
    for (size_t i = 0; i < count; i++) {
        const char *semi = strchr(p, ';');
        size_t len = semi ? (size_t)(semi - p) : strlen(p);
        if (!parse_item(p, len, find, find_context, &items[i])) {
            hc_free(items);
            return NULL;
        }
        p += len + (semi ? 1 : 0);
    }
    return classroom_room_over(setup, items, count, on_event, context);
}
