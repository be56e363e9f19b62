/* Day numbers and dates, by table: month and year ends, leap years, what --today accepts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "herocity/day.h"

static void test_dates_and_day_numbers(void **state)
{
    (void)state;
    static const struct {
        const char *date;
        int day;
    } rows[] = {
        {"1970-01-01", 0},       {"1969-12-31", -1},     {"1970-03-01", 59},
        {"2000-02-29", 11016},   {"2000-03-01", 11017},  {"2023-12-31", 19722},
        {"2024-01-01", 19723},   {"2024-02-29", 19782},  {"2024-03-01", 19783},
        {"2038-01-19", 24855},   {"2100-03-01", 47541},  {"0001-01-01", -719162},
        {"9999-12-31", 2932896}, {"1900-03-01", -25508},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        int day = 12345;
        assert_true(day_parse(rows[i].date, &day));
        assert_int_equal(day, rows[i].day);
        char text[DAY_TEXT_SIZE];
        assert_true(day_format(rows[i].day, text));
        assert_string_equal(text, rows[i].date);
    }
}

static void test_every_day_of_four_centuries_round_trips(void **state)
{
    (void)state;
    int first = 0, expected = 0;
    assert_true(day_from_date(1900, 1, 1, &first));
    expected = first;
    for (int year = 1900; year < 2300; year++) {
        for (int month = 1; month <= 12; month++) {
            for (int d = 1; d <= 31; d++) {
                int day = 0;
                if (!day_from_date(year, month, d, &day))
                    continue; /* 30 February and the like */
                assert_int_equal(day, expected++);
                int y = 0, m = 0, dd = 0;
                assert_true(day_to_date(day, &y, &m, &dd));
                assert_int_equal(y, year);
                assert_int_equal(m, month);
                assert_int_equal(dd, d);
            }
        }
    }
    assert_int_equal(expected - first, 400 * 365 + 97); /* 97 leap days in 400 years */
}

static void test_what_is_not_a_date(void **state)
{
    (void)state;
    static const char *const rows[] = {
        "",           "2024-1-01",   "2024-01-1",   "24-01-01",
        "2024/01/01", "2024-01-01 ", " 2024-01-01", "2024-01-01x",
        "2023-02-29", "2100-02-29",  "2024-04-31",  "2024-13-01",
        "2024-00-10", "2024-01-00",  "0000-01-01",  "+024-01-01",
        "2024-0a-01", "2024-01-32",  "20240101",    "2024-01",
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        int day = 777;
        assert_false(day_parse(rows[i], &day));
        assert_int_equal(day, 777);
    }
    int day = 0;
    assert_false(day_parse(NULL, &day));
    char text[DAY_TEXT_SIZE];
    assert_false(day_format(2932897, text)); /* 10000-01-01 */
    assert_string_equal(text, "0000-00-00");
    assert_false(day_format(-719163, text));
    int y, m, d;
    assert_false(day_to_date(2932897, &y, &m, &d));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dates_and_day_numbers),
        cmocka_unit_test(test_every_day_of_four_centuries_round_trips),
        cmocka_unit_test(test_what_is_not_a_date),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
