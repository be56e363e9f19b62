/* Calendar days as whole numbers (days since 1970-01-01 in the proleptic Gregorian calendar), so
 * that scheduling is exact arithmetic and the core never reads a clock: the app says what day it
 * is. */
#ifndef HEROCITY_DAY_H
#define HEROCITY_DAY_H

#include <stdbool.h>

enum {
    DAY_TEXT_SIZE = 11, /* "YYYY-MM-DD" and its terminating NUL */
    DAY_YEAR_MIN = 1,
    DAY_YEAR_MAX = 9999,
};

/* The day number of a date; false when the date does not exist (2023-02-29) or the year is
 * outside DAY_YEAR_MIN..DAY_YEAR_MAX. */
bool day_from_date(int year, int month, int day_of_month, int *out);
/* The date of a day number; false when its year is outside DAY_YEAR_MIN..DAY_YEAR_MAX. */
bool day_to_date(int day, int *year, int *month, int *day_of_month);

/* Reads exactly "YYYY-MM-DD" (ISO 8601, four-digit year, two-digit month and day); anything else,
 * a date that does not exist included, is false. */
bool day_parse(const char *text, int *out);
/* Writes "YYYY-MM-DD" into out; a day outside the years above is written as "0000-00-00" and
 * returns false. */
bool day_format(int day, char out[DAY_TEXT_SIZE]);

#endif
