/* A round as a state machine (see session.h). The only place that judges an answer. */
#include "herocity/session.h"

#include "herocity/alloc.h"
#include "herocity/rng.h"
#include "herocity/scoring.h"

typedef struct {
    const Question *question;
    int order[BANK_MAX_CHOICES]; /* display position -> index into question->choices */
    bool answered_correctly;
    int picked; /* index into question->choices of the answer given */
} RoundItem;

struct Session {
    SessionState state;
    RoundItem *items;
    size_t count;
    size_t current; /* index of the question being asked or shown */
    int picked;
    int last_points;
    int score;
    int correct_count;
    int answered_count;
    int streak;
    int best_streak;
};

static Session *session_make(const Question *const *pool, size_t pool_size, size_t round_length,
                             bool keep_order, uint64_t seed)
{
    if (!pool || pool_size == 0)
        return NULL;
    Session *session = hc_calloc(1, sizeof(Session));
    int *picks = hc_malloc(pool_size * sizeof(int));
    size_t count = (round_length == 0 || round_length > pool_size) ? pool_size : round_length;
    RoundItem *items = hc_calloc(count, sizeof(RoundItem));
    if (!session || !picks || !items) {
        hc_free(session);
        hc_free(picks);
        hc_free(items);
        return NULL;
    }
    Rng rng;
    rng_seed(&rng, seed);
    rng_order(&rng, picks, pool_size, !keep_order);
    for (size_t i = 0; i < count; i++) {
        const Question *q = pool[picks[i]];
        items[i].question = q;
        rng_order(&rng, items[i].order, (size_t)q->choice_count, q->shuffle);
    }
    hc_free(picks);
    session->items = items;
    session->count = count;
    session->state = SESSION_READY;
    session->picked = -1;
    return session;
}

Session *session_new(const Question *const *pool, size_t pool_size, size_t round_length,
                     uint64_t seed)
{
    return session_make(pool, pool_size, round_length, false, seed);
}

Session *session_new_in_order(const Question *const *pool, size_t pool_size, uint64_t seed)
{
    return session_make(pool, pool_size, 0, true, seed);
}

void session_free(Session *session)
{
    if (!session)
        return;
    hc_free(session->items);
    hc_free(session);
}

SessionStatus session_start(Session *session)
{
    if (session->state != SESSION_READY)
        return SESSION_WRONG_STATE;
    session->state = SESSION_ASKING;
    session->current = 0;
    session->picked = -1;
    return SESSION_OK;
}

static int correct_display_index(const RoundItem *item)
{
    for (int i = 0; i < item->question->choice_count; i++)
        if (item->order[i] == item->question->correct_index)
            return i;
    return -1; /* unreachable: the bank guarantees one correct choice */
}

SessionStatus session_answer(Session *session, int choice)
{
    if (session->state != SESSION_ASKING)
        return SESSION_WRONG_STATE;
    RoundItem *item = &session->items[session->current];
    if (choice < 0 || choice >= item->question->choice_count)
        return SESSION_BAD_ARGUMENT;
    AnswerFacts facts = {choice == correct_display_index(item), session->streak};
    AnswerScore result = scoring_score_answer(&facts);
    item->answered_correctly = facts.correct;
    item->picked = item->order[choice];
    session->picked = choice;
    session->last_points = result.points;
    session->score += result.points;
    session->streak = result.streak_after;
    if (session->streak > session->best_streak)
        session->best_streak = session->streak;
    session->correct_count += facts.correct ? 1 : 0;
    session->answered_count++;
    session->state = SESSION_FEEDBACK;
    return SESSION_OK;
}

SessionStatus session_next(Session *session)
{
    if (session->state != SESSION_FEEDBACK)
        return SESSION_WRONG_STATE;
    session->picked = -1;
    if (session->current + 1 >= session->count) {
        session->state = SESSION_FINISHED;
        return SESSION_OK;
    }
    session->current++;
    session->state = SESSION_ASKING;
    return SESSION_OK;
}

void session_snapshot(const Session *session, SessionSnapshot *out)
{
    *out = (SessionSnapshot){0};
    out->state = session->state;
    out->question_total = session->count;
    out->score = session->score;
    out->correct_count = session->correct_count;
    out->answered_count = session->answered_count;
    out->streak = session->streak;
    out->best_streak = session->best_streak;
    out->last_points = session->last_points;
    out->picked_choice = session->picked;
    out->correct_choice = -1;
    if (session->state == SESSION_READY) {
        return;
    }
    if (session->state == SESSION_FINISHED) {
        out->question_number = session->count;
        return;
    }
    const RoundItem *item = &session->items[session->current];
    out->question_number = session->current + 1;
    out->question = item->question;
    out->choice_count = item->question->choice_count;
    for (int i = 0; i < out->choice_count; i++)
        out->choices[i] = item->question->choices[item->order[i]];
    out->correct_choice = correct_display_index(item);
}

size_t session_missed_count(const Session *session)
{
    size_t missed = 0;
    for (size_t i = 0; i < (size_t)session->answered_count && i < session->count; i++)
        missed += session->items[i].answered_correctly ? 0 : 1;
    return missed;
}

static const RoundItem *missed_item(const Session *session, size_t index)
{
    for (size_t i = 0; i < (size_t)session->answered_count && i < session->count; i++) {
        if (session->items[i].answered_correctly)
            continue;
        if (index-- == 0)
            return &session->items[i];
    }
    return NULL;
}

const Question *session_missed(const Session *session, size_t index)
{
    const RoundItem *item = missed_item(session, index);
    return item ? item->question : NULL;
}

const char *session_missed_answer(const Session *session, size_t index)
{
    const RoundItem *item = missed_item(session, index);
    return item ? item->question->choices[item->picked] : NULL;
}

bool session_given_answer(const Session *session, size_t index, const Question **question,
                          const char **given, bool *right)
{
    if (index >= (size_t)session->answered_count || index >= session->count)
        return false;
    const RoundItem *item = &session->items[index];
    *question = item->question;
    *given = item->question->choices[item->picked];
    *right = item->answered_correctly;
    return true;
}
