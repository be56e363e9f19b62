/* Self-study records, session selection and progress figures (see study.h). */
#include "herocity/study.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "herocity/alloc.h"
#include "herocity/rng.h"

void study_records_free(StudyRecords *records)
{
    if (!records)
        return;
    hc_free(records->items);
    records->items = NULL;
    records->count = 0;
}

void study_tallies_free(StudyTallies *tallies)
{
    if (!tallies)
        return;
    hc_free(tallies->items);
    tallies->items = NULL;
    tallies->count = 0;
}

static int compare_id_to_record(const void *key, const void *item)
{
    return strcmp(key, ((const StudyRecord *)item)->question_id);
}

const StudyRecord *study_records_find(const StudyRecords *records, const char *question_id)
{
    if (!records || !records->items || !question_id)
        return NULL;
    return bsearch(question_id, records->items, records->count, sizeof *records->items,
                   compare_id_to_record);
}

bool study_is_question_id(const char *text)
{
    if (!text)
        return false;
    size_t length = 0;
    bool after_hyphen = true; /* no hyphen first, none doubled */
    for (const char *p = text; *p; p++, length++) {
        bool alnum = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9');
        if (!alnum && (*p != '-' || after_hyphen))
            return false;
        after_hyphen = *p == '-';
    }
    return length > 0 && length <= LIMIT_ID_CHARS && !after_hyphen;
}

bool study_record_new(const char *question_id, StudyRecord *out)
{
    if (!out || !study_is_question_id(question_id))
        return false;
    memset(out, 0, sizeof *out);
    snprintf(out->question_id, sizeof out->question_id, "%s", question_id);
    out->card = fsrs_card_new();
    return true;
}

bool study_record_answer(StudyRecord *record, bool right, int today, double retention)
{
    if (!record || !(retention >= FSRS_RETENTION_MIN && retention <= FSRS_RETENTION_MAX) ||
        record->right < 0 || record->wrong < 0 || record->right == INT_MAX ||
        record->wrong == INT_MAX)
        return false;
    FsrsCard next;
    if (fsrs_review(&record->card, right ? FSRS_GOOD : FSRS_AGAIN, today, retention, &next)) {
        record->card = next;
    } else if (record->card.phase == FSRS_NEW || today >= record->card.last_review_day) {
        return false; /* refused for another reason than a clock turned back: a bad record */
    }
    if (record->right == 0 && record->wrong == 0)
        record->first_day = today;
    *(right ? &record->right : &record->wrong) += 1;
    record->last_right = right;
    return true;
}

bool study_record_is_newer(const StudyRecord *incoming, const StudyRecord *kept)
{
    if (incoming->card.last_review_day != kept->card.last_review_day)
        return incoming->card.last_review_day > kept->card.last_review_day;
    return (long)incoming->right + incoming->wrong > (long)kept->right + kept->wrong;
}

bool study_record_is_mistake(const StudyRecord *record)
{
    return record && record->wrong > 0 && !record->last_right;
}

StudyPlan study_plan_default(StudyMode mode, int today)
{
    return (StudyPlan){.mode = mode,
                       .today = today,
                       .daily_limit = STUDY_DAILY_LIMIT_DEFAULT,
                       .exam_size = STUDY_EXAM_SIZE_DEFAULT,
                       .seed = 0};
}

/* Questions met for the first time on `day`, in any bank. */
static int first_met_on(const StudyRecords *records, int day)
{
    int count = 0;
    for (size_t i = 0; records && i < records->count; i++)
        count += records->items[i].first_day == day &&
                 (long)records->items[i].right + records->items[i].wrong > 0;
    return count;
}

typedef struct {
    int due_day;
    size_t pool_index;
} DueEntry;

/* Most overdue first; pool order within a day. */
static int compare_due(const void *a, const void *b)
{
    const DueEntry *x = a, *y = b;
    if (x->due_day != y->due_day)
        return x->due_day < y->due_day ? -1 : 1;
    return x->pool_index < y->pool_index ? -1 : x->pool_index > y->pool_index;
}

/* Review: due questions by due day, then new ones, within the daily limit. */
static bool select_review(const StudyPlan *plan, const Question *const *pool, size_t pool_size,
                          const StudyRecords *records, const Question **out, size_t *count)
{
    size_t limit = plan->daily_limit > 0 ? (size_t)plan->daily_limit : 0;
    DueEntry *due = pool_size ? hc_malloc(pool_size * sizeof *due) : NULL;
    if (pool_size && !due)
        return false;
    size_t due_count = 0;
    for (size_t i = 0; i < pool_size; i++) {
        const StudyRecord *record = study_records_find(records, pool[i]->id);
        if (record && fsrs_is_due(&record->card, plan->today))
            due[due_count++] = (DueEntry){record->card.due_day, i};
    }
    if (due_count > 1)
        qsort(due, due_count, sizeof *due, compare_due);
    size_t n = 0;
    for (; n < due_count && n < limit; n++)
        out[n] = pool[due[n].pool_index];
    hc_free(due);

    int met_today = first_met_on(records, plan->today);
    size_t new_allowed =
        met_today < plan->daily_limit ? (size_t)(plan->daily_limit - met_today) : 0;
    for (size_t i = 0; i < pool_size && n < limit && new_allowed > 0; i++) {
        if (!study_records_find(records, pool[i]->id)) {
            out[n++] = pool[i];
            new_allowed--;
        }
    }
    *count = n;
    return true;
}

/* Exam: a seeded shuffle of the pool, cut to the exam's size. */
static bool select_exam(const StudyPlan *plan, const Question *const *pool, size_t pool_size,
                        const Question **out, size_t *count)
{
    size_t n = plan->exam_size == 0 || plan->exam_size > pool_size ? pool_size : plan->exam_size;
    if (pool_size > INT_MAX)
        return false;
    int *order = pool_size ? hc_malloc(pool_size * sizeof *order) : NULL;
    if (pool_size && !order)
        return false;
    for (size_t i = 0; i < pool_size; i++)
        order[i] = (int)i;
    Rng rng;
    rng_seed(&rng, plan->seed);
    rng_shuffle_ints(&rng, order, pool_size);
    for (size_t i = 0; i < n; i++)
        out[i] = pool[order[i]];
    hc_free(order);
    *count = n;
    return true;
}

bool study_select(const StudyPlan *plan, const Question *const *pool, size_t pool_size,
                  const StudyRecords *records, const Question **out, size_t *count)
{
    if (!count)
        return false;
    *count = 0;
    if (!plan || (pool_size > 0 && (!pool || !out)))
        return false;
    switch (plan->mode) {
    case STUDY_REVIEW: return select_review(plan, pool, pool_size, records, out, count);
    case STUDY_EXAM: return select_exam(plan, pool, pool_size, out, count);
    case STUDY_PRACTICE:
    case STUDY_MISTAKES:
        for (size_t i = 0; i < pool_size; i++) {
            const StudyRecord *record = study_records_find(records, pool[i]->id);
            if (plan->mode == STUDY_PRACTICE || study_record_is_mistake(record))
                out[(*count)++] = pool[i];
        }
        return true;
    }
    return false;
}

void study_progress(const Bank *bank, const StudyRecords *records, int today, StudyProgress *out)
{
    if (!out)
        return;
    memset(out, 0, sizeof *out);
    size_t questions = bank ? bank_question_count(bank) : 0;
    out->questions = questions;
    for (size_t i = 0; i < questions; i++) {
        const StudyRecord *record = study_records_find(records, bank_question(bank, i)->id);
        if (!record || record->right + (long)record->wrong == 0)
            continue;
        out->seen++;
        out->mastered += fsrs_is_mastered(&record->card);
        out->due += fsrs_is_due(&record->card, today);
        out->right += record->right;
        out->answers += (long)record->right + record->wrong;
    }
}

int study_accuracy_permille(const StudyProgress *progress)
{
    if (!progress || progress->answers <= 0)
        return -1;
    /* Whole-number arithmetic, so 7 of 8 is 875 on every machine. */
    long long scaled = (long long)progress->right * 2000 / progress->answers;
    return (int)((scaled + 1) / 2);
}

StudyGrade study_exam_grade(size_t right, size_t total)
{
    StudyGrade grade = {0, STUDY_GRADE_NOT_YET};
    if (total == 0)
        return grade;
    grade.percent = (int)((right > total ? total : right) * 100 / total);
    grade.band = grade.percent >= STUDY_GRADE_EXCELLENT_PERCENT ? STUDY_GRADE_EXCELLENT
                 : grade.percent >= STUDY_GRADE_GOOD_PERCENT    ? STUDY_GRADE_GOOD
                 : grade.percent >= STUDY_GRADE_PASS_PERCENT    ? STUDY_GRADE_PASS
                                                                : STUDY_GRADE_NOT_YET;
    return grade;
}

int study_day_streak(const int *days_newest_first, size_t count, int today)
{
    size_t i = 0;
    while (i < count && days_newest_first[i] > today) /* dated after today: clock turned back */
        i++;
    if (i == count || days_newest_first[i] < today - 1)
        return 0;
    /* Not studied yet today: yesterday's streak still stands. */
    int expected = days_newest_first[i];
    int streak = 0;
    for (; i < count && days_newest_first[i] >= expected; i++) {
        if (days_newest_first[i] == expected) {
            streak++;
            expected--;
        }
    }
    return streak;
}
