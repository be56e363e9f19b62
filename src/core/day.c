/* Day numbers and dates (see day.h), with Howard Hinnant's days_from_civil and civil_from_days:
 * exact integer arithmetic over 400-year eras, valid before 1970 too. */
#include "herocity/day.h"

#include <stdio.h>

enum { DAYS_PER_ERA = 146097, DAY_OF_EPOCH_IN_ERA = 719468 };

static bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

static int days_in_month(int year, int month)
{
    static const int lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : lengths[month - 1];
}

bool day_from_date(int year, int month, int day_of_month, int *out)
{
    if (year < DAY_YEAR_MIN || year > DAY_YEAR_MAX || month < 1 || month > 12 || day_of_month < 1 ||
        day_of_month > days_in_month(year, month))
        return false;
    /* Years start in March, so the leap day is the last day of the year. */
    int y = month <= 2 ? year - 1 : year;
    int era = (y >= 0 ? y : y - 399) / 400;
    int year_of_era = y - era * 400;
    int day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day_of_month - 1;
    int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    *out = era * DAYS_PER_ERA + day_of_era - DAY_OF_EPOCH_IN_ERA;
    return true;
}

bool day_to_date(int day, int *year, int *month, int *day_of_month)
{
    /* The limits keep every intermediate value far from int overflow. */
    int first = 0, last = 0;
    day_from_date(DAY_YEAR_MIN, 1, 1, &first);
    day_from_date(DAY_YEAR_MAX, 12, 31, &last);
    if (day < first || day > last)
        return false;
    int z = day + DAY_OF_EPOCH_IN_ERA;
    int era = (z >= 0 ? z : z - (DAYS_PER_ERA - 1)) / DAYS_PER_ERA;
    int day_of_era = z - era * DAYS_PER_ERA;
    int year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    int day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    int month_from_march = (5 * day_of_year + 2) / 153;
    *day_of_month = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    *month = month_from_march < 10 ? month_from_march + 3 : month_from_march - 9;
    *year = year_of_era + era * 400 + (*month <= 2 ? 1 : 0);
    return true;
}

/* n ASCII digits exactly. */
static bool read_digits(const char *text, int n, int *out)
{
    int value = 0;
    for (int i = 0; i < n; i++) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        value = value * 10 + (text[i] - '0');
    }
    *out = value;
    return true;
}

bool day_parse(const char *text, int *out)
{
    int year = 0, month = 0, day_of_month = 0;
    if (!text || !read_digits(text, 4, &year) || text[4] != '-' ||
        !read_digits(text + 5, 2, &month) || text[7] != '-' ||
        !read_digits(text + 8, 2, &day_of_month) || text[10] != '\0')
        return false;
    return day_from_date(year, month, day_of_month, out);
}

bool day_format(int day, char out[DAY_TEXT_SIZE])
{
    int year = 0, month = 0, day_of_month = 0;
    if (!day_to_date(day, &year, &month, &day_of_month)) {
        snprintf(out, DAY_TEXT_SIZE, "0000-00-00");
        return false;
    }
    snprintf(out, DAY_TEXT_SIZE, "%04d-%02d-%02d", year, month, day_of_month);
    return true;
}
