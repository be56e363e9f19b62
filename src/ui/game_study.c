/* Self-study in the game (see game.h): the learner, the banks studied, and a study session,
 * played as a round whose every answer is saved the moment it is given. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game.h"
#include "herocity/alloc.h"
#include "round_view.h"
#include "save_trace.h"
#include "strings.h"

LearnerStatus game_study_use_learner(Game *game, const char *name, bool add)
{
    Learner learner;
    LearnerStatus status = store_find_learner(game->store, name, &learner);
    if (status == LEARNER_NOT_FOUND && add)
        status = store_add_learner(game->store, name, &learner);
    if (status == LEARNER_OK)
        game->study.learner = learner;
    game->study.changes++;
    return status;
}

static bool listed(const StudyState *study, const char *id)
{
    for (int i = 0; i < study->bank_count; i++)
        if (strcmp(study->bank_ids[i], id) == 0)
            return true;
    return false;
}

bool game_study_bank_chosen(const Game *game, const char *id)
{
    return game->study.bank_count == 0 || listed(&game->study, id);
}

/* Chooses exactly the banks for which `wanted` says yes; none: the choice stays as it was.
 * Every bank chosen is kept as "all", so banks added later are in too. */
static void choose_banks(Game *game, bool (*wanted)(const Game *, const char *, const void *),
                         const void *context)
{
    StudyState chosen = {0};
    size_t banks = library_bank_count(game->library);
    for (size_t i = 0; i < banks && chosen.bank_count < STUDY_BANKS_MAX; i++) {
        const char *id = bank_id(library_bank(game->library, i));
        if (wanted(game, id, context))
            snprintf(chosen.bank_ids[chosen.bank_count++], LIMIT_ID_BYTES + 1, "%s", id);
    }
    if (chosen.bank_count == 0)
        return;
    game->study.bank_count = (size_t)chosen.bank_count == banks ? 0 : chosen.bank_count;
    memcpy(game->study.bank_ids, chosen.bank_ids, sizeof chosen.bank_ids);
    game->study.changes++;
}

typedef struct {
    const char *id;
    bool chosen;
} Tick;

static bool ticked(const Game *game, const char *id, const void *context)
{
    const Tick *tick = context;
    return strcmp(id, tick->id) == 0 ? tick->chosen : game_study_bank_chosen(game, id);
}

void game_study_choose_bank(Game *game, const char *id, bool chosen)
{
    Tick tick = {id, chosen};
    choose_banks(game, ticked, &tick);
}

/* Whether id is one of the comma-separated ids in the list. */
static bool in_list(const Game *game, const char *id, const void *context)
{
    (void)game;
    size_t len = strlen(id);
    for (const char *p = context; *p;) {
        size_t part = strcspn(p, ",");
        if (part == len && strncmp(p, id, len) == 0)
            return true;
        p += part + (p[part] ? 1 : 0);
    }
    return false;
}

bool game_study_set_banks(Game *game, const char *ids, char *bad_id, size_t size)
{
    for (const char *p = ids; *p;) {
        size_t part = strcspn(p, ",");
        bool found = false;
        for (size_t i = 0; i < library_bank_count(game->library) && !found; i++) {
            const char *id = bank_id(library_bank(game->library, i));
            found = strlen(id) == part && strncmp(id, p, part) == 0;
        }
        if (!found) {
            snprintf(bad_id, size, "%.*s", (int)part, p);
            return false;
        }
        p += part + (p[part] ? 1 : 0);
    }
    if (ids[0])
        choose_banks(game, in_list, ids);
    return true;
}

size_t game_study_question_total(const Game *game)
{
    size_t total = 0;
    for (size_t i = 0; i < library_bank_count(game->library); i++) {
        const Bank *bank = library_bank(game->library, i);
        if (game_study_bank_chosen(game, bank_id(bank)))
            total += bank_question_count(bank);
    }
    return total;
}

/* The chosen banks' questions in the library's order, bank by bank as their authors wrote them:
 * Review meets new questions in that order. The caller frees *out. */
static size_t chosen_pool(const Game *game, const Question ***out)
{
    size_t total = game_study_question_total(game);
    *out = total ? malloc(total * sizeof **out) : NULL;
    if (!*out)
        return 0;
    size_t n = 0;
    for (size_t b = 0; b < library_bank_count(game->library); b++) {
        const Bank *bank = library_bank(game->library, b);
        if (!game_study_bank_chosen(game, bank_id(bank)))
            continue;
        for (size_t q = 0; q < bank_question_count(bank); q++)
            (*out)[n++] = bank_question(bank, q);
    }
    return n;
}

bool game_study_records(Game *game, StudyRecords *out)
{
    *out = (StudyRecords){0};
    return game->study.learner.id > 0 &&
           store_load_records(game->store, game->study.learner.id, out);
}

int game_study_streak(Game *game)
{
    int *days = NULL;
    size_t count = 0;
    if (game->study.learner.id <= 0 ||
        !store_study_days(game->store, game->study.learner.id, &days, &count))
        return 0;
    int streak = study_day_streak(days, count, game->config.today);
    hc_free(days);
    return streak;
}

static StudyPlan plan_for(const Game *game, StudyMode mode)
{
    StudyPlan plan = study_plan_default(mode, game->config.today);
    plan.daily_limit = game->study.learner.daily_limit;
    plan.exam_size = game->study.exam_size;
    plan.seed = game->config.seed + game->rounds_started;
    return plan;
}

/* What the chosen banks' questions are to this learner today. */
static void count_records(const Question *const *pool, size_t n, const StudyRecords *records,
                          int today, StudyOverview *out)
{
    for (size_t i = 0; i < n; i++) {
        const StudyRecord *record = study_records_find(records, pool[i]->id);
        if (!record || record->right + record->wrong == 0)
            continue;
        out->seen++;
        out->mastered += fsrs_is_mastered(&record->card);
        out->due += fsrs_is_due(&record->card, today);
        out->mistakes += study_record_is_mistake(record);
        out->right += record->right;
        out->answers += (long)record->right + record->wrong;
    }
}

bool game_study_overview(Game *game, StudyOverview *out)
{
    *out = (StudyOverview){0};
    out->streak = game_study_streak(game);
    const Question **pool = NULL;
    size_t n = chosen_pool(game, &pool);
    StudyRecords records;
    bool read = game_study_records(game, &records);
    const Question **review = n ? malloc(n * sizeof *review) : NULL;
    StudyPlan plan = plan_for(game, STUDY_REVIEW);
    bool ok =
        read && (n == 0 || review) && study_select(&plan, pool, n, &records, review, &out->review);
    if (ok) {
        out->questions = n;
        count_records(pool, n, &records, game->config.today, out);
        for (size_t i = 0; i < out->review; i++) {
            const StudyRecord *record = study_records_find(&records, review[i]->id);
            out->fresh += !record || record->right + record->wrong == 0;
        }
    }
    free(review);
    free(pool);
    study_records_free(&records);
    return ok;
}

void game_study_progress_add(StudyProgress *sum, const StudyProgress *part)
{
    sum->questions += part->questions;
    sum->seen += part->seen;
    sum->mastered += part->mastered;
    sum->due += part->due;
    sum->right += part->right;
    sum->answers += part->answers;
}

bool game_study_totals(Game *game, int64_t learner_id, StudyProgress *out)
{
    *out = (StudyProgress){0};
    StudyRecords records;
    if (!store_load_records(game->store, learner_id, &records))
        return false;
    for (size_t i = 0; i < library_bank_count(game->library); i++) {
        StudyProgress bank;
        study_progress(library_bank(game->library, i), &records, game->config.today, &bank);
        game_study_progress_add(out, &bank);
    }
    study_records_free(&records);
    return true;
}

static const char *mode_name(StudyMode mode)
{
    switch (mode) {
    case STUDY_PRACTICE: return TXT_PRACTICE;
    case STUDY_MISTAKES: return TXT_MISTAKES;
    case STUDY_EXAM: return TXT_EXAM;
    default: return TXT_REVIEW;
    }
}

/* Takes ownership of the questions picked and plays them: Review and Exam in the order picked
 * (most overdue first; an exam's draw), Practice and Mistakes shuffled. */
static bool play_picked(Game *game, StudyMode mode, const Question **picked, size_t count)
{
    game->pool = picked;
    uint64_t seed = game->config.seed + game->rounds_started++;
    bool in_order = mode == STUDY_REVIEW || mode == STUDY_EXAM;
    game->session =
        in_order ? session_new_in_order(picked, count, seed) : session_new(picked, count, 0, seed);
    if (!game->session) {
        game_end_round(game);
        return false;
    }
    session_start(game->session);
    game->round_bank_index = -1;
    game->round_length = 0;
    game->round_is_retry = true; /* never for the high-score table */
    snprintf(game->round_bank_id, sizeof game->round_bank_id, "%s", STORE_ALL_BANKS);
    snprintf(game->round_title, sizeof game->round_title, "%s: %s", mode_name(mode),
             game->study.learner.name);
    StudyState *study = &game->study;
    study->active = true;
    study->mode = mode;
    study->answers_saved = study->answers_lost = 0;
    study->note[0] = '\0';
    round_view_hide_score(game->round_view, mode == STUDY_EXAM);
    return true;
}

bool game_study_start(Game *game, StudyMode mode)
{
    game_end_round(game);
    const Question **pool = NULL;
    size_t n = chosen_pool(game, &pool);
    StudyRecords records;
    bool read = game_study_records(game, &records);
    const Question **picked = n ? malloc(n * sizeof *picked) : NULL;
    size_t count = 0;
    StudyPlan plan = plan_for(game, mode);
    bool ok = read && picked && study_select(&plan, pool, n, &records, picked, &count);
    free(pool);
    study_records_free(&records);
    if (!ok || count == 0) {
        free(picked);
        return false;
    }
    return play_picked(game, mode, picked, count);
}

/* "Next review in 6 days": when the question comes back, from its record after the answer. */
static void next_review_note(const StudyRecord *after, int today, char *out, size_t size)
{
    int days = fsrs_days_until_due(&after->card, today);
    if (days <= 0)
        snprintf(out, size, "%s", TXT_NEXT_REVIEW_TODAY);
    else if (days == 1)
        snprintf(out, size, "%s", TXT_NEXT_REVIEW_TOMORROW);
    else
        snprintf(out, size,
                 fsrs_is_mastered(&after->card) ? TXT_MASTERED_NEXT_FMT : TXT_NEXT_REVIEW_FMT,
                 days);
}

void game_study_answered(Game *game)
{
    StudyState *study = &game->study;
    SessionSnapshot snap;
    session_snapshot(game->session, &snap);
    if (!study->active || snap.state != SESSION_FEEDBACK)
        return;
    bool right = snap.picked_choice == snap.correct_choice;
    StudyRecord after;
    if (store_record_answer(game->store, study->learner.id, snap.question->id, right,
                            game->config.today, &after)) {
        save_trace("study-answer\t%lld\t%s\t%d", (long long)study->learner.id, snap.question->id,
                   after.right + after.wrong);
        study->answers_saved++;
        next_review_note(&after, game->config.today, study->note, sizeof study->note);
    } else {
        study->answers_lost++;
        snprintf(study->note, sizeof study->note, "%s", TXT_ANSWER_NOT_SAVED);
    }
    study->changes++;
    round_view_set_note(game->round_view, study->note);
}
