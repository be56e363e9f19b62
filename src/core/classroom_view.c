/* What a classroom game shows (see classroom.h): the snapshot, answers for the review, the
 * ranking. */
#include <string.h>

#include "classroom_internal.h"

const ClassSetup *classroom_setup(const Classroom *room) { return &room->setup; }
size_t classroom_question_count(const Classroom *room) { return room->count; }

const Question *classroom_question(const Classroom *room, size_t index)
{
    return index < room->count ? room->items[index].question : NULL;
}

const int *classroom_choice_order(const Classroom *room, size_t index)
{
    return index < room->count ? room->items[index].order : NULL;
}

bool classroom_was_skipped(const Classroom *room, size_t index)
{
    return index < room->count && room->items[index].skipped;
}

const ClassAnswer *classroom_answer_of(const Classroom *room, size_t index, int team)
{
    if (index >= room->count || team < 0 || team >= room->setup.team_count)
        return NULL;
    return &room->items[index].answers[team];
}

void classroom_snapshot(const Classroom *room, ClassSnapshot *out)
{
    memset(out, 0, sizeof *out);
    out->phase = room->phase;
    out->paused = room->paused;
    out->question_total = (int)room->count;
    out->team_count = room->setup.team_count;
    out->turn_team = room->turn_team;
    out->steal_team = room->steal_team;
    out->elapsed_ms = room->elapsed_ms;
    memcpy(out->scores, room->scores, sizeof out->scores);
    memcpy(out->streaks, room->streaks, sizeof out->streaks);
    if (room->phase == CLASS_FINISHED) {
        out->question_number = (int)room->count;
        return;
    }
    const ClassItem *item = &room->items[room->current];
    out->question_number = (int)room->current + 1;
    out->question = item->question;
    out->skipped = item->skipped;
    out->choice_count = item->question->choice_count;
    for (int i = 0; i < out->choice_count; i++)
        out->choices[i] = item->question->choices[item->order[i]];
    out->correct_choice = classroom_correct_display(item);
    for (int t = 0; t < room->setup.team_count; t++) {
        out->answers[t] = item->answers[t];
        int limit = classroom_time_limit(room, t);
        int used = classroom_answering(room) ? room->elapsed_ms : 0;
        out->remaining_ms[t] = limit < 0 ? -1 : limit > used ? limit - used : 0;
        if (item->answers[t].answered)
            out->choice_counts[item->answers[t].choice]++;
    }
}

void classroom_ranking(const Classroom *room, int ranking[LIMIT_TEAMS_MAX])
{
    int n = room->setup.team_count;
    for (int i = 0; i < n; i++)
        ranking[i] = i;
    for (int i = 1; i < n; i++) { /* insertion sort: stable, and n <= 8 */
        int team = ranking[i], j = i;
        while (j > 0 && room->scores[ranking[j - 1]] < room->scores[team]) {
            ranking[j] = ranking[j - 1];
            j--;
        }
        ranking[j] = team;
    }
}
