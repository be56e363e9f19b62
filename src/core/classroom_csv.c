/* Classroom results as CSV (see classroom_csv.h). */
#include "herocity/classroom_csv.h"

#include <string.h>

/* One field, quoted when it must be. */
static bool put_field(FILE *out, const char *text, bool last)
{
    bool quote = strpbrk(text, ",\"\r\n") != NULL;
    if (quote && fputc('"', out) == EOF)
        return false;
    for (const char *p = text; *p; p++) {
        if (*p == '"' && fputc('"', out) == EOF)
            return false;
        if (fputc(*p, out) == EOF)
            return false;
    }
    if (quote && fputc('"', out) == EOF)
        return false;
    return fputs(last ? "\r\n" : ",", out) != EOF;
}

bool classroom_csv_header(FILE *out)
{
    return fputs("game,started,team,question_number,question_id,question,answer,correct_answer,"
                 "correct,seconds,points\r\n",
                 out) != EOF;
}

bool classroom_csv_rows(const Classroom *room, const char *game, const char *started, FILE *out)
{
    ClassSnapshot now;
    classroom_snapshot(room, &now);
    /* Asked so far: every question before the current one, and the current one once revealed. */
    size_t asked = (size_t)(now.question_number > 0 ? now.question_number - 1 : 0);
    if (now.phase == CLASS_REVEAL || now.phase == CLASS_FINISHED)
        asked++;
    if (asked > classroom_question_count(room))
        asked = classroom_question_count(room);
    const ClassSetup *setup = classroom_setup(room);
    bool ok = true;
    for (size_t q = 0; q < asked && ok; q++) {
        const Question *question = classroom_question(room, q);
        const int *order = classroom_choice_order(room, q);
        bool skipped = classroom_was_skipped(room, q);
        for (int t = 0; t < setup->team_count && ok; t++) {
            const ClassAnswer *a = classroom_answer_of(room, q, t);
            char number[24], seconds[32], points[16];
            snprintf(number, sizeof number, "%zu", q + 1);
            snprintf(seconds, sizeof seconds, "%.1f", a->answered ? a->elapsed_ms / 1000.0 : 0.0);
            snprintf(points, sizeof points, "%d", skipped ? 0 : a->points);
            const char *answer = a->answered ? question->choices[order[a->choice]] : "";
            ok = put_field(out, game, false) && put_field(out, started, false) &&
                 put_field(out, setup->teams[t].name, false) && put_field(out, number, false) &&
                 put_field(out, question->id, false) && put_field(out, question->prompt, false) &&
                 put_field(out, answer, false) &&
                 put_field(out, question->choices[question->correct_index], false) &&
                 put_field(out, a->answered && a->correct ? "1" : "0", false) &&
                 put_field(out, a->answered ? seconds : "", false) &&
                 put_field(out, skipped ? "" : points, true);
        }
    }
    return ok;
}
