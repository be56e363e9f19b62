/* Learner records for the study tests, written as table rows (see study_fixture.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "herocity/alloc.h"
#include "study_fixture.h"

static int compare_records(const void *a, const void *b)
{
    return strcmp(((const StudyRecord *)a)->question_id, ((const StudyRecord *)b)->question_id);
}

StudyRecords records_of(const Row *rows, size_t count)
{
    StudyRecords records = {hc_calloc(count ? count : 1, sizeof(StudyRecord)), count};
    assert_non_null(records.items);
    for (size_t i = 0; i < count; i++) {
        StudyRecord *r = &records.items[i];
        assert_true(study_record_new(rows[i].id, r));
        r->card = (FsrsCard){.difficulty = 5,
                             .stability = rows[i].stability > 0 ? rows[i].stability : 3,
                             .last_review_day = rows[i].first_day,
                             .due_day = rows[i].due_day,
                             .reps = rows[i].right + rows[i].wrong,
                             .phase = FSRS_REVIEW};
        r->first_day = rows[i].first_day;
        r->right = rows[i].right;
        r->wrong = rows[i].wrong;
        r->last_right = rows[i].last_right;
    }
    qsort(records.items, count, sizeof *records.items, compare_records);
    return records;
}
