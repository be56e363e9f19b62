/* Learners and their study records in the store: kept per learner, saved answer by answer,
 * intact after a kill, migrated from schema version 2, merged from another computer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "herocity/alloc.h"
#include "herocity/store_study.h"
#include "store_fixture.h"

enum { DAY = 19800 };

static Learner add_learner(Store *store, const char *name)
{
    Learner learner;
    assert_int_equal(store_add_learner(store, name, &learner), LEARNER_OK);
    return learner;
}

static void answer(Store *store, int64_t learner, const char *question, bool right, int day)
{
    assert_true(store_record_answer(store, learner, question, right, day, NULL));
}

static void assert_same_record(const StudyRecord *got, const StudyRecord *expected)
{
    assert_string_equal(got->question_id, expected->question_id);
    assert_true(got->card.difficulty == expected->card.difficulty);
    assert_true(got->card.stability == expected->card.stability);
    assert_int_equal(got->card.last_review_day, expected->card.last_review_day);
    assert_int_equal(got->card.due_day, expected->card.due_day);
    assert_int_equal(got->card.reps, expected->card.reps);
    assert_int_equal(got->card.lapses, expected->card.lapses);
    assert_int_equal(got->card.phase, expected->card.phase);
    assert_int_equal(got->first_day, expected->first_day);
    assert_int_equal(got->right, expected->right);
    assert_int_equal(got->wrong, expected->wrong);
    assert_int_equal(got->last_right, expected->last_right);
}

static void test_learners_are_added_renamed_listed_and_deleted(void **state)
{
    Fixture *f = *state;
    Store *store = open_ok(f);
    Learner olena = add_learner(store, "  Олена ");
    assert_string_equal(olena.name, "Олена");
    assert_int_equal(olena.daily_limit, STUDY_DAILY_LIMIT_DEFAULT);
    assert_int_equal(olena.retention_percent, 90);
    Learner ann = add_learner(store, "Ann");
    assert_int_equal(store_add_learner(store, "ann", NULL), LEARNER_NAME_TAKEN);
    assert_int_equal(store_add_learner(store, "Олена", NULL), LEARNER_NAME_TAKEN);

    static const char *const bad_names[] = {"", "   ", "a\tb", "a\nb", "\x7f", "bad \xD1"};
    for (size_t i = 0; i < sizeof bad_names / sizeof bad_names[0]; i++)
        assert_int_equal(store_add_learner(store, bad_names[i], NULL), LEARNER_BAD_NAME);
    char longest[LIMIT_NAME_BYTES + 2];
    memset(longest, 'x', sizeof longest);
    longest[LIMIT_NAME_BYTES + 1] = '\0';
    assert_int_equal(store_add_learner(store, longest, NULL), LEARNER_BAD_NAME);
    longest[LIMIT_NAME_BYTES] = '\0';
    assert_int_equal(store_add_learner(store, longest, NULL), LEARNER_OK);

    Learner found;
    assert_int_equal(store_find_learner(store, "ANN", &found), LEARNER_OK);
    assert_int_equal(found.id, ann.id);
    assert_int_equal(store_find_learner(store, "Bo", &found), LEARNER_NOT_FOUND);
    assert_int_equal(store_rename_learner(store, ann.id, "Олена"), LEARNER_NAME_TAKEN);
    assert_int_equal(store_rename_learner(store, ann.id, "ANN"), LEARNER_OK); /* own name */
    assert_int_equal(store_rename_learner(store, ann.id, "Bo"), LEARNER_OK);
    assert_int_equal(store_rename_learner(store, 999, "Cy"), LEARNER_NOT_FOUND);
    assert_int_equal(store_rename_learner(store, ann.id, ""), LEARNER_BAD_NAME);

    assert_int_equal(store_set_learner_goals(store, olena.id, 35, 85), LEARNER_OK);
    assert_int_equal(store_set_learner_goals(store, olena.id, 0, 85), LEARNER_BAD_VALUE);
    assert_int_equal(store_set_learner_goals(store, olena.id, 20, 96), LEARNER_BAD_VALUE);
    assert_int_equal(store_set_learner_goals(store, 999, 20, 90), LEARNER_NOT_FOUND);
    store_close(store);

    store = open_ok(f); /* everything survives a restart */
    Learner list[8];
    assert_int_equal(store_list_learners(store, list, 8), 3);
    assert_string_equal(list[0].name, "Bo");
    assert_string_equal(list[1].name, longest);
    assert_string_equal(list[2].name, "Олена");
    assert_int_equal(list[2].daily_limit, 35);
    assert_int_equal(list[2].retention_percent, 85);
    assert_int_equal(store_list_learners(store, list, 1), 1);

    /* Deleting one learner takes all of theirs and nothing of anyone else's. */
    answer(store, olena.id, "kyiv-1", true, DAY);
    answer(store, ann.id, "kyiv-1", false, DAY);
    answer(store, ann.id, "kyiv-2", true, DAY);
    assert_int_equal(store_delete_learner(store, ann.id), LEARNER_OK);
    assert_int_equal(store_delete_learner(store, ann.id), LEARNER_NOT_FOUND);
    store_close(store);
    assert_int_equal(raw_int(f->db, "SELECT count(*) FROM study_records"), 1);
    assert_int_equal(raw_int(f->db, "SELECT count(*) FROM study_answers"), 1);
    assert_int_equal(raw_int(f->db, "SELECT count(*) FROM learners"), 2);
}

static void test_every_answer_is_saved_as_it_is_given(void **state)
{
    Fixture *f = *state;
    Store *store = open_ok(f);
    Learner ann = add_learner(store, "Ann");
    Learner bo = add_learner(store, "Bo");
    StudyRecord expected, after;
    assert_true(study_record_new("kyiv-1", &expected));
    static const struct {
        bool right;
        int day;
    } answers[] = {{false, DAY}, {true, DAY}, {true, DAY + 3}, {true, DAY + 10}, {false, DAY + 40}};
    for (size_t i = 0; i < sizeof answers / sizeof answers[0]; i++) {
        assert_true(study_record_answer(&expected, answers[i].right, answers[i].day, 0.9));
        assert_true(
            store_record_answer(store, ann.id, "kyiv-1", answers[i].right, answers[i].day, &after));
        assert_same_record(&after, &expected);
        store_close(store); /* each answer is on disk before the next is given */
        store = open_ok(f);
    }
    answer(store, ann.id, "lviv-2", true, DAY + 41);
    answer(store, bo.id, "kyiv-1", true, DAY + 2);

    StudyRecords records;
    assert_true(store_load_records(store, ann.id, &records));
    assert_int_equal(records.count, 2);
    assert_same_record(&records.items[0], &expected);
    assert_string_equal(records.items[1].question_id, "lviv-2");
    study_records_free(&records);

    StudyTallies tallies;
    assert_true(store_load_tallies(store, ann.id, &tallies));
    static const struct {
        const char *id;
        int day, right, wrong;
    } rows[] = {{"kyiv-1", DAY, 1, 1},
                {"kyiv-1", DAY + 3, 1, 0},
                {"kyiv-1", DAY + 10, 1, 0},
                {"kyiv-1", DAY + 40, 0, 1},
                {"lviv-2", DAY + 41, 1, 0}};
    assert_int_equal(tallies.count, 5);
    for (size_t i = 0; i < 5; i++) {
        assert_string_equal(tallies.items[i].question_id, rows[i].id);
        assert_int_equal(tallies.items[i].day, rows[i].day);
        assert_int_equal(tallies.items[i].right, rows[i].right);
        assert_int_equal(tallies.items[i].wrong, rows[i].wrong);
    }
    study_tallies_free(&tallies);

    int *days = NULL;
    size_t count = 0;
    assert_true(store_study_days(store, ann.id, &days, &count));
    assert_int_equal(count, 5);
    assert_int_equal(days[0], DAY + 41);
    assert_int_equal(days[4], DAY);
    assert_int_equal(study_day_streak(days, count, DAY + 41), 2);
    hc_free(days);
    assert_true(store_study_days(store, 12345, &days, &count));
    assert_int_equal(count, 0);
    assert_null(days);

    alloc_fail_after(0); /* out of memory: nothing half-loaded, nothing leaked */
    assert_false(store_load_records(store, ann.id, &records));
    assert_null(records.items);
    assert_int_equal(records.count, 0);
    assert_false(store_load_tallies(store, ann.id, &tallies));
    assert_false(store_study_days(store, ann.id, &days, &count));
    alloc_fail_after(-1);
    store_close(store);
}

static void test_what_cannot_be_saved_is_refused_whole(void **state)
{
    Fixture *f = *state;
    Store *store = open_ok(f);
    Learner ann = add_learner(store, "Ann");
    assert_false(store_record_answer(store, 999, "kyiv-1", true, DAY, NULL)); /* no learner */
    assert_false(store_record_answer(store, ann.id, "Kyiv 1", true, DAY, NULL));
    assert_false(store_record_answer(NULL, ann.id, "kyiv-1", true, DAY, NULL));
    answer(store, ann.id, "kyiv-1", true, DAY);
    store_close(store);
    assert_int_equal(raw_int(f->db, "SELECT count(*) FROM study_answers"), 1);

    /* A newer game's file is read, never written. */
    raw_exec(f->db, "PRAGMA user_version = 99");
    store = open_in(f, f->dir);
    assert_int_equal(f->status, STORE_READ_ONLY);
    assert_false(store_record_answer(store, ann.id, "kyiv-1", true, DAY + 1, NULL));
    assert_int_equal(store_add_learner(store, "Bo", NULL), LEARNER_NOT_SAVED);
    assert_int_equal(store_delete_learner(store, ann.id), LEARNER_NOT_SAVED);
    StudyRecords records;
    assert_true(store_load_records(store, ann.id, &records));
    assert_int_equal(records.count, 1);
    study_records_free(&records);
    store_close(store);
    assert_int_equal(raw_int(f->db, "SELECT count(*) FROM study_answers"), 1);
}

static void test_rows_edited_by_hand_are_made_safe(void **state)
{
    Fixture *f = *state;
    Store *store = open_ok(f);
    Learner ann = add_learner(store, "Ann");
    answer(store, ann.id, "kyiv-1", true, DAY);
    answer(store, ann.id, "kyiv-2", false, DAY);
    store_close(store);
    raw_exec(f->db,
             "UPDATE study_records SET stability = -4 WHERE question_id = 'kyiv-1';"
             "INSERT INTO study_records VALUES(1, 'Not An Id', 5, 5, 1, 1, 1, 1, 0, 1, 0, 1);"
             "UPDATE learners SET daily_limit = 0, retention_percent = 50;");
    store = open_ok(f);
    StudyRecords records;
    assert_true(store_load_records(store, ann.id, &records));
    assert_int_equal(records.count, 2); /* the row without a question id is left out */
    assert_int_equal(records.items[0].card.phase, FSRS_NEW); /* starts over... */
    assert_int_equal(records.items[0].right, 1);             /* ...its counts kept */
    assert_int_equal(records.items[1].card.phase, FSRS_REVIEW);
    study_records_free(&records);
    Learner found;
    assert_int_equal(store_find_learner(store, "Ann", &found), LEARNER_OK);
    assert_int_equal(found.daily_limit, STUDY_DAILY_LIMIT_DEFAULT);
    assert_int_equal(found.retention_percent, LEARNER_RETENTION_DEFAULT);
    StudyRecord after;
    assert_true(store_record_answer(store, ann.id, "kyiv-1", true, DAY + 1, &after));
    assert_int_equal(after.card.phase, FSRS_REVIEW);
    assert_int_equal(after.right, 2);
    store_close(store);
}

/* The schema that shipped as version 2, with a player's data in it. */
static const char version_2_database[] =
    "CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE scores(id INTEGER PRIMARY KEY, bank_id TEXT NOT NULL, name TEXT NOT NULL,"
    " score INTEGER NOT NULL, played_at INTEGER NOT NULL);"
    "ALTER TABLE scores ADD COLUMN correct INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE scores ADD COLUMN total INTEGER NOT NULL DEFAULT 0;"
    "CREATE INDEX scores_by_bank ON scores(bank_id, score DESC);"
    "INSERT INTO settings VALUES('theme', 'contrast'), ('round_length', '0');"
    "INSERT INTO scores(bank_id, name, score, played_at, correct, total)"
    " VALUES('kyiv', 'Алёша', 420, 100, 4, 5);"
    "PRAGMA user_version = 2;";

static void test_version_2_is_migrated_keeping_everything(void **state)
{
    Fixture *f = *state;
    raw_exec(f->db, version_2_database);
    Store *store = open_ok(f);
    assert_int_equal(store_schema_version(store), STORE_SCHEMA_VERSION);
    Settings s;
    assert_true(store_load_settings(store, &s));
    assert_string_equal(s.theme, "contrast");
    assert_int_equal(s.round_length, 0);
    HighScore scores[2];
    assert_int_equal(store_top_scores(store, "kyiv", scores, 2), 1);
    assert_string_equal(scores[0].name, "Алёша");
    assert_int_equal(scores[0].correct, 4);
    Learner list[1];
    assert_int_equal(store_list_learners(store, list, 1), 0);
    Learner ann = add_learner(store, "Ann");
    answer(store, ann.id, "kyiv-1", true, DAY);
    store_close(store);
    assert_int_equal(raw_int(f->db, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
    assert_int_equal(raw_int(f->db, "SELECT count(*) FROM study_answers"), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FRESH(test_learners_are_added_renamed_listed_and_deleted),
        FRESH(test_every_answer_is_saved_as_it_is_given),
        FRESH(test_what_cannot_be_saved_is_refused_whole),
        FRESH(test_rows_edited_by_hand_are_made_safe),
        FRESH(test_version_2_is_migrated_keeping_everything),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
