/* Classroom internals shared by classroom.c (the rules), classroom_order.c (saving the order
 * of questions) and classroom_view.c (what is shown). */
#ifndef HEROCITY_CLASSROOM_INTERNAL_H
#define HEROCITY_CLASSROOM_INTERNAL_H

#include "herocity/classroom.h"

typedef struct {
    const Question *question;
    int order[BANK_MAX_CHOICES]; /* display position -> index into question->choices */
    bool skipped;
    ClassAnswer answers[LIMIT_TEAMS_MAX];
    int streaks_before[LIMIT_TEAMS_MAX]; /* to undo a skipped question's points */
} ClassItem;

struct Classroom {
    ClassSetup setup;
    ClassItem *items;
    size_t count;
    size_t current;
    ClassPhase phase;
    bool paused;
    int elapsed_ms;
    int turn_team, steal_team;
    int scores[LIMIT_TEAMS_MAX];
    int streaks[LIMIT_TEAMS_MAX];
    bool replaying; /* events come from the store: not reported again */
    void (*on_event)(void *context, const ClassEvent *event);
    void *context;
};

/* A game over items already chosen and ordered (items is taken over; freed on failure). */
Classroom *classroom_room_over(const ClassSetup *setup, ClassItem *items, size_t count,
                               void (*on_event)(void *context, const ClassEvent *event),
                               void *context);
/* The display position of the right answer. */
int classroom_correct_display(const ClassItem *item);
/* The team's time in ms, or -1 when it has none (no timer, or untimed). */
int classroom_time_limit(const Classroom *room, int team);
/* Teams may answer (the answers or a steal are open). */
bool classroom_answering(const Classroom *room);

#endif
