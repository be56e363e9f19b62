/* A learner's progress in the store survives a kill in the middle of an answer, and merges with
 * another computer's by question id. */
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
#include <time.h>
#include <unistd.h>

#include "herocity/alloc.h"
#include "herocity/store_study.h"
#include "store_fixture.h"

enum { DAY = 19800, KILL_ROUNDS = 8, KILL_ROUNDS_MAX = 24 };

static int64_t add_learner(Store *store, const char *name)
{
    Learner learner;
    assert_int_equal(store_add_learner(store, name, &learner), LEARNER_OK);
    return learner.id;
}

static void answer(Store *store, int64_t learner, const char *question, bool right, int day)
{
    assert_true(store_record_answer(store, learner, question, right, day, NULL));
}

/* The child: answers without end, writing one byte to `confirm` after each answer is saved. */
static _Noreturn void keep_answering(const char *dir, int64_t learner, int round, int confirm)
{
    Store *store = store_open(dir, NULL, NULL, 0);
    for (int i = 0; store; i++) {
        char id[16];
        snprintf(id, sizeof id, "q-%d", i % 7);
        if (!store_record_answer(store, learner, id, i % 3 != 0, DAY + round * 100 + i / 20, NULL))
            _exit(3);
        if (write(confirm, "x", 1) != 1)
            _exit(4);
    }
    _exit(2);
}

static void test_a_kill_mid_answer_loses_at_most_that_answer(void **state)
{
    Fixture *f = *state;
    Store *store = open_ok(f);
    int64_t ann = add_learner(store, "Ann");
    store_close(store);
    int logged_before = 0, hot_journals = 0;
    char journal[300];
    snprintf(journal, sizeof journal, "%s-journal", f->db);
    /* Until a kill has surely landed inside a transaction: it left a journal to roll back. */
    for (int round = 0; round < KILL_ROUNDS || (hot_journals == 0 && round < KILL_ROUNDS_MAX);
         round++) {
        int pipe_ends[2];
        assert_int_equal(pipe(pipe_ends), 0);
        pid_t child = fork();
        assert_true(child >= 0);
        if (child == 0) {
            close(pipe_ends[0]);
            keep_answering(f->dir, ann, round, pipe_ends[1]);
        }
        close(pipe_ends[1]);
        int confirmed = 0, wanted = 3 + round * 11;
        char byte;
        while (confirmed < wanted && read(pipe_ends[0], &byte, 1) == 1)
            confirmed++;
        /* At a different moment of the next answer each round: before, inside or after its
         * transaction. */
        nanosleep(&(struct timespec){.tv_nsec = round * 750000L}, NULL);
        kill(child, SIGKILL);
        int status = 0;
        assert_int_equal(waitpid(child, &status, 0), child);
        assert_true(WIFSIGNALED(status));
        while (read(pipe_ends[0], &byte, 1) == 1) /* saved before the kill landed */
            confirmed++;
        close(pipe_ends[0]);

        hot_journals += exists(journal);
        store = open_ok(f); /* a clean open: rolled back, nothing moved aside */
        StudyRecords records;
        assert_true(store_load_records(store, ann, &records));
        long counted = 0, reps = 0;
        for (size_t i = 0; i < records.count; i++) {
            counted += records.items[i].right + records.items[i].wrong;
            reps += records.items[i].card.reps;
        }
        study_records_free(&records);
        store_close(store);
        int logged = raw_int(f->db, "SELECT count(*) FROM study_answers");
        /* Record and log agree; every confirmed answer is there, at most one more. */
        assert_int_equal(counted, logged);
        assert_int_equal(reps, logged);
        assert_true(logged >= logged_before + confirmed);
        assert_true(logged <= logged_before + confirmed + 1);
        logged_before = logged;
    }
    assert_true(hot_journals > 0);
}

/* Another computer's copy of the game, in dir/other. */
static Store *open_other(Fixture *f)
{
    char dir[256];
    snprintf(dir, sizeof dir, "%s/other", f->dir);
    Store *store = open_in(f, dir);
    assert_non_null(store);
    assert_int_equal(f->status, STORE_OPENED);
    return store;
}

static void test_progress_from_another_computer_merges_by_question(void **state)
{
    Fixture *f = *state;
    Store *home = open_ok(f), *school = open_other(f);
    int64_t at_home = add_learner(home, "Ann"), at_school = add_learner(school, "Ann");
    answer(home, at_home, "kyiv-1", true, DAY);
    answer(home, at_home, "kyiv-2", true, DAY + 8);
    answer(school, at_school, "kyiv-1", false, DAY);     /* the same day, another answer */
    answer(school, at_school, "kyiv-1", true, DAY + 5);  /* ...and later: school's wins */
    answer(school, at_school, "kyiv-2", false, DAY + 2); /* older than home's */
    answer(school, at_school, "lviv-1", true, DAY + 3);  /* only at school */
    StudyRecords records;
    StudyTallies tallies;
    assert_true(store_load_records(school, at_school, &records));
    assert_true(store_load_tallies(school, at_school, &tallies));

    StoreMergeCounts counts;
    assert_true(store_merge_progress(home, at_home, &records, &tallies, &counts));
    assert_int_equal(counts.records_taken, 2);
    assert_int_equal(counts.records_kept, 1);
    assert_int_equal(counts.answers_added, 4); /* home had its own day-one answer already */
    StudyRecords merged;
    assert_true(store_load_records(home, at_home, &merged));
    assert_int_equal(merged.count, 3);
    const StudyRecord *kyiv1 = study_records_find(&merged, "kyiv-1");
    const StudyRecord *kyiv2 = study_records_find(&merged, "kyiv-2");
    assert_int_equal(kyiv1->card.last_review_day, DAY + 5);
    assert_int_equal(kyiv1->wrong, 1);
    assert_int_equal(kyiv2->card.last_review_day, DAY + 8);
    assert_true(kyiv2->last_right);
    study_records_free(&merged);

    /* The same file again changes nothing. */
    assert_true(store_merge_progress(home, at_home, &records, &tallies, &counts));
    assert_int_equal(counts.records_taken, 0);
    assert_int_equal(counts.records_kept, 3);
    assert_int_equal(counts.answers_added, 0);
    int *days = NULL;
    size_t day_count = 0;
    assert_true(store_study_days(home, at_home, &days, &day_count));
    assert_int_equal(day_count, 5); /* DAY, +2, +3, +5, +8 */
    hc_free(days);

    /* One bad record refuses the whole merge. */
    records.items[records.count - 1].card.stability = 0;
    records.items[0].card.last_review_day = DAY + 50;
    assert_false(store_merge_progress(home, at_home, &records, &tallies, &counts));
    assert_int_equal(counts.records_taken, 0);
    assert_false(store_merge_progress(home, 999, &records, &tallies, &counts)); /* no learner */
    StudyRecords unchanged;
    assert_true(store_load_records(home, at_home, &unchanged));
    assert_int_equal(study_records_find(&unchanged, "kyiv-1")->card.last_review_day, DAY + 5);
    study_records_free(&unchanged);

    study_records_free(&records);
    study_tallies_free(&tallies);
    store_close(home);
    store_close(school);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FRESH(test_a_kill_mid_answer_loses_at_most_that_answer),
        FRESH(test_progress_from_another_computer_merges_by_question),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
