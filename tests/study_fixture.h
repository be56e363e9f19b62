/* Learner records for the study tests, written as table rows. */
#ifndef HEROCITY_TESTS_STUDY_FIXTURE_H
#define HEROCITY_TESTS_STUDY_FIXTURE_H

#include <stddef.h>

#include "herocity/study.h"

enum { TODAY = 20000 };

/* A record as a table row gives it: seen on first_day, due on due_day, right/wrong counts. */
typedef struct {
    const char *id;
    int first_day;
    int due_day;
    int right, wrong;
    bool last_right;
    double stability;
} Row;

/* Records from rows (any order), sorted as the store gives them. Free with study_records_free. */
StudyRecords records_of(const Row *rows, size_t count);

#endif
