/* FSRS-6 in whole days against the reference: every review in tests/data/fsrs/fixture.txt (made
 * by tools/fsrs-fixture with ts-fsrs) gives the same difficulty and stability to 1e-6 and the
 * same due day exactly. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "herocity/day.h"
#include "herocity/fsrs.h"

#define FIXTURE TEST_DATA_DIR "/fsrs/fixture.txt"
#define TOLERANCE 1e-6

enum {
    COL_SEQ,
    COL_RETENTION,
    COL_DAY,
    COL_DATE,
    COL_RATING,
    COL_DIFFICULTY,
    COL_STABILITY,
    COL_LAST_DAY,
    COL_DUE_DAY,
    COL_DUE_DATE,
    COL_REPS,
    COL_LAPSES,
    COL_STATE,
    COLUMNS
};

/* Splits line at tabs into exactly COLUMNS fields (the newline removed). */
static bool split(char *line, char *fields[COLUMNS])
{
    line[strcspn(line, "\r\n")] = '\0';
    int n = 0;
    for (char *p = line;; p++) {
        if (n == COLUMNS)
            return false;
        fields[n++] = p;
        p += strcspn(p, "\t");
        if (*p == '\0')
            break;
        *p = '\0';
    }
    return n == COLUMNS;
}

static long whole(const char *text)
{
    char *end = NULL;
    long value = strtol(text, &end, 10);
    assert_true(end != text && *end == '\0');
    return value;
}

static double real(const char *text)
{
    char *end = NULL;
    double value = strtod(text, &end);
    assert_true(end != text && *end == '\0');
    return value;
}

static void assert_close(double got, double expected, int line, const char *what)
{
    if (!(fabs(got - expected) <= TOLERANCE)) {
        print_error("fixture.txt:%d: %s is %.10f, ts-fsrs says %.10f\n", line, what, got, expected);
        fail();
    }
}

static void test_matches_the_reference_fixture(void **state)
{
    (void)state;
    FILE *file = fopen(FIXTURE, "r");
    assert_non_null(file);
    char buffer[512], *f[COLUMNS];
    long seq = -1;
    FsrsCard card = fsrs_card_new();
    int line = 0, reviews = 0, sequences = 0, mastered = 0, lapsed = 0;
    bool version_named = false;
    while (fgets(buffer, sizeof buffer, file)) {
        line++;
        if (buffer[0] == '#') {
            version_named = version_named || strstr(buffer, "ts-fsrs 5.4.2") != NULL;
            continue;
        }
        if (!split(buffer, f)) {
            print_error("fixture.txt:%d: not %d tab-separated columns\n", line, COLUMNS);
            fail();
        }
        if (whole(f[COL_SEQ]) != seq) { /* each sequence starts from a question never seen */
            seq = whole(f[COL_SEQ]);
            card = fsrs_card_new();
            sequences++;
        }
        int today = (int)whole(f[COL_DAY]), parsed = 0;
        assert_true(day_parse(f[COL_DATE], &parsed));
        assert_int_equal(parsed, today);
        FsrsRating rating = strcmp(f[COL_RATING], "again") == 0 ? FSRS_AGAIN : FSRS_GOOD;
        assert_true(rating == FSRS_AGAIN || strcmp(f[COL_RATING], "good") == 0);

        FsrsCard next;
        assert_true(fsrs_review(&card, rating, today, real(f[COL_RETENTION]), &next));
        assert_close(next.difficulty, real(f[COL_DIFFICULTY]), line, "difficulty");
        assert_close(next.stability, real(f[COL_STABILITY]), line, "stability");
        if (next.due_day != whole(f[COL_DUE_DAY])) {
            print_error("fixture.txt:%d: due day %d, ts-fsrs says %s\n", line, next.due_day,
                        f[COL_DUE_DAY]);
            fail();
        }
        char due_date[DAY_TEXT_SIZE];
        assert_true(day_format(next.due_day, due_date));
        assert_string_equal(due_date, f[COL_DUE_DATE]);
        assert_int_equal(next.last_review_day, whole(f[COL_LAST_DAY]));
        assert_int_equal(next.reps, whole(f[COL_REPS]));
        assert_int_equal(next.lapses, whole(f[COL_LAPSES]));
        assert_int_equal(next.phase, FSRS_REVIEW);
        assert_string_equal(f[COL_STATE], "review");
        mastered += fsrs_is_mastered(&next);
        lapsed += next.lapses > card.lapses;
        card = next;
        reviews++;
    }
    fclose(file);
    assert_true(version_named);
    /* The fixture is big and varied enough to mean something. */
    assert_int_equal(sequences, 160);
    assert_true(reviews >= 1500);
    assert_true(mastered >= 100);
    assert_true(lapsed >= 300);
}

static void test_first_answer(void **state)
{
    (void)state;
    FsrsCard card = fsrs_card_new(), next;
    assert_int_equal(card.phase, FSRS_NEW);
    assert_false(fsrs_is_due(&card, 0));
    assert_int_equal(fsrs_days_until_due(&card, 100), 0);

    assert_true(fsrs_review(&card, FSRS_GOOD, 19723, FSRS_RETENTION_DEFAULT, &next));
    assert_close(next.difficulty, 2.11810397, 0, "difficulty");
    assert_close(next.stability, 2.3065, 0, "stability");
    assert_int_equal(next.due_day, 19723 + 3);
    assert_int_equal(next.reps, 1);
    assert_int_equal(next.lapses, 0);
    assert_int_equal(fsrs_days_until_due(&next, 19723), 3);
    assert_false(fsrs_is_due(&next, 19725));
    assert_true(fsrs_is_due(&next, 19726));

    /* A wrong first answer is no lapse: nothing was known to be forgotten. */
    assert_true(fsrs_review(&card, FSRS_AGAIN, 19723, FSRS_RETENTION_DEFAULT, &next));
    assert_close(next.difficulty, 6.4133, 0, "difficulty");
    assert_close(next.stability, 0.212, 0, "stability");
    assert_int_equal(next.due_day, 19723 + 1);
    assert_int_equal(next.lapses, 0);
}

static void test_mastered_from_21_days(void **state)
{
    (void)state;
    FsrsCard card = fsrs_card_new();
    assert_false(fsrs_is_mastered(&card));
    card.phase = FSRS_REVIEW;
    card.difficulty = 5;
    card.stability = 20.999999;
    assert_false(fsrs_is_mastered(&card));
    card.stability = 21;
    assert_true(fsrs_is_mastered(&card));
    assert_false(fsrs_is_mastered(NULL));
}

static void test_what_is_refused(void **state)
{
    (void)state;
    FsrsCard card = fsrs_card_new(), next = {.reps = 42};
    assert_false(fsrs_review(&card, (FsrsRating)2, 0, 0.9, &next)); /* Hard: not a quiz rating */
    assert_false(fsrs_review(&card, (FsrsRating)4, 0, 0.9, &next));
    assert_false(fsrs_review(&card, FSRS_GOOD, 0, 0.79, &next));
    assert_false(fsrs_review(&card, FSRS_GOOD, 0, 0.96, &next));
    assert_false(fsrs_review(&card, FSRS_GOOD, 0, NAN, &next));
    assert_int_equal(next.reps, 42); /* left alone */
    assert_true(fsrs_review(&card, FSRS_GOOD, 100, FSRS_RETENTION_MIN, &next));
    assert_true(fsrs_review(&card, FSRS_GOOD, 100, FSRS_RETENTION_MAX, &next));

    card = next;
    assert_false(fsrs_review(&card, FSRS_GOOD, 99, 0.9, &next)); /* before the last review */
    assert_true(fsrs_review(&card, FSRS_GOOD, 100, 0.9, &next)); /* the same day is fine */
    FsrsCard bad = card;
    bad.difficulty = 0.5;
    assert_false(fsrs_review(&bad, FSRS_GOOD, 200, 0.9, &next));
    bad = card;
    bad.stability = NAN;
    assert_false(fsrs_review(&bad, FSRS_GOOD, 200, 0.9, &next));
    bad = card;
    bad.phase = (FsrsPhase)7;
    assert_false(fsrs_review(&bad, FSRS_GOOD, 200, 0.9, &next));
    assert_false(fsrs_review(NULL, FSRS_GOOD, 200, 0.9, &next));
    assert_false(fsrs_review(&card, FSRS_GOOD, 200, 0.9, NULL));
}

static void test_higher_retention_brings_questions_back_sooner(void **state)
{
    (void)state;
    FsrsCard low = fsrs_card_new(), high = fsrs_card_new();
    int day = 20000;
    for (int i = 0; i < 8; i++) {
        FsrsCard next_low, next_high;
        assert_true(fsrs_review(&low, FSRS_GOOD, day, FSRS_RETENTION_MIN, &next_low));
        assert_true(fsrs_review(&high, FSRS_GOOD, day, FSRS_RETENTION_MAX, &next_high));
        assert_true(next_high.due_day - day <= next_low.due_day - day);
        low = next_low;
        high = next_high;
        day = high.due_day;
    }
    assert_true(low.due_day - low.last_review_day > high.due_day - high.last_review_day);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_matches_the_reference_fixture),
        cmocka_unit_test(test_first_answer),
        cmocka_unit_test(test_mastered_from_21_days),
        cmocka_unit_test(test_what_is_refused),
        cmocka_unit_test(test_higher_retention_brings_questions_back_sooner),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
