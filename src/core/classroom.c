/* Classroom play (see classroom.h). Points are worked out at the reveal, from the answers as
 * they stand then: a quizmaster may still correct a team's answer until the reveal. */
#include "herocity/classroom.h"

#include <stdio.h>
#include <string.h>

#include "classroom_internal.h"
#include "herocity/alloc.h"
#include "herocity/rng.h"
#include "herocity/scoring.h"

/* A game over items already chosen and ordered (items is taken over). */
Classroom *classroom_room_over(const ClassSetup *setup, ClassItem *items, size_t count,
                               void (*on_event)(void *context, const ClassEvent *event),
                               void *context)
{
    Classroom *room = hc_calloc(1, sizeof *room);
    if (!room) {
        hc_free(items);
        return NULL;
    }
    room->setup = *setup;
    room->items = items;
    room->count = count;
    room->phase = CLASS_PROMPT;
    room->turn_team = setup->answers == CLASS_ANSWERS_TURNS ? 0 : -1;
    room->steal_team = -1;
    room->on_event = on_event;
    room->context = context;
    return room;
}

static bool setup_is_usable(const ClassSetup *setup)
{
    return setup && setup->team_count >= LIMIT_TEAMS_MIN && setup->team_count <= LIMIT_TEAMS_MAX;
}

Classroom *classroom_new(const ClassSetup *setup, const Question *const *questions, size_t count,
                         uint64_t seed, void (*on_event)(void *context, const ClassEvent *event),
                         void *context)
{
    if (!setup_is_usable(setup) || !questions || count == 0)
        return NULL;
    size_t asked = setup->question_count > 0 && (size_t)setup->question_count < count
                       ? (size_t)setup->question_count
                       : count;
    ClassItem *items = hc_calloc(asked, sizeof *items);
    int *picks = hc_malloc(count * sizeof *picks);
    if (!items || !picks) {
        hc_free(items);
        hc_free(picks);
        return NULL;
    }
    Rng rng;
    rng_seed(&rng, seed);
    rng_order(&rng, picks, count, true);
    for (size_t i = 0; i < asked; i++) {
        const Question *q = questions[picks[i]];
        items[i].question = q;
        rng_order(&rng, items[i].order, (size_t)q->choice_count, q->shuffle);
    }
    hc_free(picks);
    return classroom_room_over(setup, items, asked, on_event, context);
}

void classroom_free(Classroom *room)
{
    if (!room)
        return;
    hc_free(room->items);
    hc_free(room);
}

static void emit(Classroom *room, ClassEventKind kind, int team, int choice, int points)
{
    if (room->replaying || !room->on_event)
        return;
    ClassEvent event = {kind, (int)room->current, team, choice, room->elapsed_ms, points};
    room->on_event(room->context, &event);
}

/* The team's time in ms, or -1 when it has none (no timer, or untimed). */
int classroom_time_limit(const Classroom *room, int team)
{
    int percent = room->setup.teams[team].time_percent;
    if (room->setup.timer_seconds <= 0 || percent <= 0)
        return -1;
    return room->setup.timer_seconds * 10 * percent; /* s * 1000 * percent / 100 */
}

bool classroom_answering(const Classroom *room)
{
    return room->phase == CLASS_ANSWERING || room->phase == CLASS_STEAL;
}

/* Whether `team` may answer now, its time aside. */
static bool may_answer(const Classroom *room, int team)
{
    if (room->phase == CLASS_STEAL)
        return team == room->steal_team;
    if (room->setup.answers == CLASS_ANSWERS_TURNS)
        return team == room->turn_team;
    return true;
}

static bool time_is_up(const Classroom *room, int team)
{
    int limit = classroom_time_limit(room, team);
    return limit >= 0 && room->elapsed_ms >= limit;
}

int classroom_correct_display(const ClassItem *item)
{
    for (int i = 0; i < item->question->choice_count; i++)
        if (item->order[i] == item->question->correct_index)
            return i;
    return 0;
}

/* The points of every answer as it stands, added to the scores; streaks move on. */
static void score_answers(Classroom *room)
{
    ClassItem *item = &room->items[room->current];
    for (int t = 0; t < room->setup.team_count; t++) {
        ClassAnswer *a = &item->answers[t];
        item->streaks_before[t] = room->streaks[t];
        bool took_part = a->answered || room->setup.answers != CLASS_ANSWERS_TURNS;
        if (!took_part)
            continue;
        AnswerFacts facts = {a->answered && a->correct, room->streaks[t]};
        AnswerScore plain = scoring_score_answer(&facts);
        int points = !facts.correct             ? 0
                     : room->setup.streak_bonus ? plain.points
                                                : SCORE_CORRECT_POINTS;
        if (points > 0 && room->setup.speed_bonus)
            points = scoring_speed_points(points, a->elapsed_ms, classroom_time_limit(room, t));
        if (a->stole)
            points /= 2;
        a->points = points;
        room->scores[t] += points;
        room->streaks[t] = plain.streak_after;
    }
}

static void open_answers(Classroom *room)
{
    room->phase = CLASS_ANSWERING;
    room->elapsed_ms = 0;
}

static ClassStatus close_answers(Classroom *room)
{
    if (room->phase == CLASS_FINISHED || room->phase == CLASS_REVEAL)
        return CLASS_WRONG_PHASE;
    score_answers(room);
    room->phase = CLASS_REVEAL;
    room->steal_team = -1;
    return CLASS_OK;
}

/* Turns: a miss (or no answer in time) gives the next team its chance. */
static void open_steal(Classroom *room)
{
    room->phase = CLASS_STEAL;
    room->steal_team = (room->turn_team + 1) % room->setup.team_count;
    room->elapsed_ms = 0;
}

/* After an answer or a tick: close the answers when nobody is left to wait for. */
static void close_if_done(Classroom *room)
{
    if (!classroom_answering(room))
        return;
    const ClassItem *item = &room->items[room->current];
    if (room->setup.answers == CLASS_ANSWERS_TURNS) {
        int team = room->phase == CLASS_STEAL ? room->steal_team : room->turn_team;
        const ClassAnswer *a = &item->answers[team];
        bool over = a->answered || time_is_up(room, team);
        if (!over)
            return;
        if (room->phase == CLASS_ANSWERING && !(a->answered && a->correct)) {
            open_steal(room);
            return;
        }
        emit(room, CLASS_EVENT_REVEAL, -1, -1, 0);
        close_answers(room);
        return;
    }
    for (int t = 0; t < room->setup.team_count; t++) {
        bool waiting = !item->answers[t].answered && !time_is_up(room, t);
        /* The quizmaster reveals by hand, so a mistyped answer can still be put right. */
        if (waiting || (room->setup.answers == CLASS_ANSWERS_QUIZMASTER && !time_is_up(room, t)))
            return;
    }
    emit(room, CLASS_EVENT_REVEAL, -1, -1, 0);
    close_answers(room);
}

void classroom_tick(Classroom *room, int elapsed_ms)
{
    if (room->paused || elapsed_ms <= 0)
        return;
    if (room->phase == CLASS_PROMPT) {
        room->elapsed_ms += elapsed_ms;
        if (room->elapsed_ms >= room->setup.prompt_ms)
            open_answers(room);
        return;
    }
    if (!classroom_answering(room))
        return;
    room->elapsed_ms += elapsed_ms;
    close_if_done(room);
}

ClassStatus classroom_answer(Classroom *room, int team, int choice)
{
    if (team < 0 || team >= room->setup.team_count)
        return CLASS_BAD_ARGUMENT;
    if (!classroom_answering(room))
        return CLASS_WRONG_PHASE;
    ClassItem *item = &room->items[room->current];
    if (choice < 0 || choice >= item->question->choice_count)
        return CLASS_BAD_ARGUMENT;
    if (!may_answer(room, team))
        return CLASS_NOT_YOUR_TURN;
    ClassAnswer *a = &item->answers[team];
    if (a->answered && room->setup.answers != CLASS_ANSWERS_QUIZMASTER)
        return CLASS_LOCKED;
    if (time_is_up(room, team) && !room->replaying)
        return CLASS_TIME_UP;
    *a = (ClassAnswer){true,
                       choice,
                       room->elapsed_ms,
                       choice == classroom_correct_display(item),
                       room->phase == CLASS_STEAL,
                       0};
    emit(room, CLASS_EVENT_ANSWER, team, choice, 0);
    close_if_done(room);
    return CLASS_OK;
}

ClassStatus classroom_reveal(Classroom *room)
{
    if (room->phase == CLASS_FINISHED || room->phase == CLASS_REVEAL)
        return CLASS_WRONG_PHASE;
    emit(room, CLASS_EVENT_REVEAL, -1, -1, 0);
    return close_answers(room);
}

static void advance(Classroom *room)
{
    room->steal_team = -1;
    if (room->current + 1 >= room->count) {
        room->phase = CLASS_FINISHED;
        return;
    }
    room->current++;
    room->phase = CLASS_PROMPT;
    room->elapsed_ms = 0;
    if (room->setup.answers == CLASS_ANSWERS_TURNS)
        room->turn_team = (room->turn_team + 1) % room->setup.team_count;
}

ClassStatus classroom_next(Classroom *room)
{
    if (room->phase != CLASS_REVEAL)
        return CLASS_WRONG_PHASE;
    emit(room, CLASS_EVENT_NEXT, -1, -1, 0);
    advance(room);
    return CLASS_OK;
}

ClassStatus classroom_skip(Classroom *room)
{
    if (room->phase == CLASS_FINISHED)
        return CLASS_WRONG_PHASE;
    ClassItem *item = &room->items[room->current];
    if (room->phase == CLASS_REVEAL) { /* already scored: take it back */
        for (int t = 0; t < room->setup.team_count; t++) {
            room->scores[t] -= item->answers[t].points;
            room->streaks[t] = item->streaks_before[t];
        }
    }
    for (int t = 0; t < room->setup.team_count; t++)
        item->answers[t].points = 0;
    item->skipped = true;
    emit(room, CLASS_EVENT_SKIP, -1, -1, 0);
    advance(room);
    return CLASS_OK;
}

ClassStatus classroom_adjust(Classroom *room, int team, int points)
{
    if (team < 0 || team >= room->setup.team_count)
        return CLASS_BAD_ARGUMENT;
    room->scores[team] += points;
    emit(room, CLASS_EVENT_ADJUST, team, -1, points);
    return CLASS_OK;
}

void classroom_pause(Classroom *room, bool paused) { room->paused = paused; }

ClassStatus classroom_replay(Classroom *room, const ClassEvent *event)
{
    if (event->kind == CLASS_EVENT_RESUME)
        return CLASS_OK; /* says who plays the game on, not what happened in it */
    if (event->question != (int)room->current && event->kind != CLASS_EVENT_ADJUST)
        return CLASS_BAD_ARGUMENT; /* the saved game and this one disagree */
    room->replaying = true;
    ClassStatus status = CLASS_BAD_ARGUMENT;
    switch (event->kind) {
    case CLASS_EVENT_ANSWER:
        if (room->phase == CLASS_PROMPT)
            open_answers(room);
        /* Turns: a steal after the turn team's time ran out (the clock is not replayed). */
        if (room->phase == CLASS_ANSWERING && room->setup.answers == CLASS_ANSWERS_TURNS &&
            event->team != room->turn_team)
            open_steal(room);
        room->elapsed_ms = event->elapsed_ms;
        status = classroom_answer(room, event->team, event->choice);
        break;
    case CLASS_EVENT_REVEAL:
        /* A reveal that came by itself (time up, all in) may already have happened. */
        status = room->phase == CLASS_REVEAL ? CLASS_OK : classroom_reveal(room);
        break;
    case CLASS_EVENT_NEXT: status = classroom_next(room); break;
    case CLASS_EVENT_SKIP: status = classroom_skip(room); break;
    case CLASS_EVENT_ADJUST: status = classroom_adjust(room, event->team, event->points); break;
    case CLASS_EVENT_RESUME: break;
    }
    room->replaying = false;
    return status;
}

void classroom_restart_timer(Classroom *room)
{
    if (room->phase == CLASS_PROMPT || classroom_answering(room))
        room->elapsed_ms = 0;
}
