/* The round state machine: order, judging, score, streaks, missed list, illegal calls. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "herocity/alloc.h"
#include "herocity/session.h"

static Question questions[5];
static const Question *pool[5];

static int setup(void **state)
{
    (void)state;
    static const char *ids[] = {"q1", "q2", "q3", "q4", "q5"};
    for (int i = 0; i < 5; i++) {
        questions[i] = (Question){.id = ids[i],
                                  .prompt = ids[i],
                                  .explanation = "",
                                  .source = "",
                                  .difficulty = 2,
                                  .shuffle = i != 4,
                                  .choice_count = 4,
                                  .correct_index = i % 4};
        questions[i].choices[0] = "alpha";
        questions[i].choices[1] = "beta";
        questions[i].choices[2] = "gamma";
        questions[i].choices[3] = "delta";
        pool[i] = &questions[i];
    }
    return 0;
}

static void test_full_round_scores_and_streaks(void **state)
{
    (void)state;
    Session *s = session_new(pool, 5, 0, 42);
    assert_non_null(s);
    SessionSnapshot snap;
    session_snapshot(s, &snap);
    assert_int_equal(snap.state, SESSION_READY);
    assert_int_equal(session_answer(s, 0), SESSION_WRONG_STATE);
    assert_int_equal(session_start(s), SESSION_OK);
    /* Right, right, right, wrong, right. */
    const char *wrong_pick = NULL;
    for (int i = 0; i < 5; i++) {
        session_snapshot(s, &snap);
        assert_int_equal(snap.state, SESSION_ASKING);
        assert_int_equal(snap.question_number, (size_t)i + 1);
        assert_int_equal(snap.question_total, 5);
        const char *right = snap.question->choices[snap.question->correct_index];
        assert_string_equal(snap.choices[snap.correct_choice], right);
        int pick = i == 3 ? (snap.correct_choice + 1) % 4 : snap.correct_choice;
        if (i == 3)
            wrong_pick = snap.choices[pick]; /* shuffled: the display index is not the index */
        assert_int_equal(session_answer(s, pick), SESSION_OK);
        assert_int_equal(session_answer(s, pick), SESSION_WRONG_STATE);
        session_snapshot(s, &snap);
        assert_int_equal(snap.state, SESSION_FEEDBACK);
        assert_int_equal(snap.picked_choice, pick);
        assert_int_equal(session_next(s), SESSION_OK);
    }
    session_snapshot(s, &snap);
    assert_int_equal(snap.state, SESSION_FINISHED);
    assert_int_equal(snap.score, 100 + 100 + 110 + 0 + 100);
    assert_int_equal(snap.correct_count, 4);
    assert_int_equal(snap.best_streak, 3);
    assert_int_equal(snap.streak, 1);
    assert_int_equal(session_missed_count(s), 1);
    const Question *missed = session_missed(s, 0);
    assert_non_null(missed);
    assert_null(session_missed(s, 1));
    /* The results show the answer given beside the right one: not the right one. */
    const char *given = session_missed_answer(s, 0);
    assert_non_null(given);
    assert_string_not_equal(given, missed->choices[missed->correct_index]);
    assert_string_equal(given, wrong_pick);
    assert_null(session_missed_answer(s, 1));
    assert_int_equal(session_next(s), SESSION_WRONG_STATE);
    session_free(s);
}

static void test_same_seed_same_order_other_seed_differs(void **state)
{
    (void)state;
    char first[64] = "", again[64] = "", other[64] = "";
    char *outs[] = {first, again, other};
    uint64_t seeds[] = {7, 7, 8};
    for (int run = 0; run < 3; run++) {
        Session *s = session_new(pool, 5, 0, seeds[run]);
        session_start(s);
        SessionSnapshot snap;
        for (int i = 0; i < 5; i++) {
            session_snapshot(s, &snap);
            strcat(outs[run], snap.question->id);
            strcat(outs[run], snap.choices[0]);
            session_answer(s, 0);
            session_next(s);
        }
        session_free(s);
    }
    assert_string_equal(first, again);
    assert_string_not_equal(first, other);
}

static void test_unshuffled_question_keeps_author_order(void **state)
{
    (void)state;
    for (uint64_t seed = 0; seed < 20; seed++) {
        Session *s = session_new(pool, 5, 0, seed);
        session_start(s);
        SessionSnapshot snap;
        for (int i = 0; i < 5; i++) {
            session_snapshot(s, &snap);
            if (strcmp(snap.question->id, "q5") == 0) {
                assert_string_equal(snap.choices[0], "alpha");
                assert_string_equal(snap.choices[3], "delta");
            }
            session_answer(s, 0);
            session_next(s);
        }
        session_free(s);
    }
}

static void test_round_length_limits_questions(void **state)
{
    (void)state;
    Session *s = session_new(pool, 5, 3, 1);
    SessionSnapshot snap;
    session_snapshot(s, &snap);
    assert_int_equal(snap.question_total, 3);
    session_free(s);
    assert_null(session_new(pool, 0, 3, 1));
}

static void test_in_order_keeps_the_given_order_and_shuffles_choices(void **state)
{
    (void)state;
    const Question *reversed[5];
    for (int i = 0; i < 5; i++)
        reversed[i] = pool[4 - i];
    bool choices_moved = false;
    for (uint64_t seed = 0; seed < 8; seed++) {
        Session *s = session_new_in_order(reversed, 5, seed);
        assert_non_null(s);
        session_start(s);
        SessionSnapshot snap;
        for (int i = 0; i < 5; i++) {
            session_snapshot(s, &snap);
            assert_int_equal(snap.question_total, 5);
            assert_ptr_equal(snap.question, reversed[i]);
            choices_moved = choices_moved || strcmp(snap.choices[0], "alpha") != 0;
            session_answer(s, 0);
            session_next(s);
        }
        session_free(s);
    }
    assert_true(choices_moved); /* the order of questions is kept, not that of their choices */
    assert_null(session_new_in_order(pool, 0, 1));
}

static void test_every_given_answer_is_kept_in_order(void **state)
{
    (void)state;
    Session *s = session_new_in_order(pool, 5, 3);
    session_start(s);
    const Question *question = NULL;
    const char *given = NULL;
    bool right = false;
    assert_false(session_given_answer(s, 0, &question, &given, &right));
    SessionSnapshot snap;
    for (int i = 0; i < 3; i++) { /* right, wrong, right */
        session_snapshot(s, &snap);
        int pick = i == 1 ? (snap.correct_choice + 1) % 4 : snap.correct_choice;
        session_answer(s, pick);
        session_next(s);
    }
    for (size_t i = 0; i < 3; i++) {
        assert_true(session_given_answer(s, i, &question, &given, &right));
        assert_ptr_equal(question, pool[i]);
        assert_int_equal(right, i != 1);
        const char *correct = question->choices[question->correct_index];
        if (right)
            assert_string_equal(given, correct);
        else
            assert_string_not_equal(given, correct);
    }
    assert_false(session_given_answer(s, 3, &question, &given, &right));
    session_free(s);
}

static void test_bad_choice_is_refused(void **state)
{
    (void)state;
    Session *s = session_new(pool, 5, 0, 1);
    session_start(s);
    assert_int_equal(session_answer(s, 4), SESSION_BAD_ARGUMENT);
    assert_int_equal(session_answer(s, -1), SESSION_BAD_ARGUMENT);
    SessionSnapshot snap;
    session_snapshot(s, &snap);
    assert_int_equal(snap.state, SESSION_ASKING);
    session_free(s);
}

static void test_out_of_memory_returns_null(void **state)
{
    (void)state;
    for (long n = 0; n < 3; n++) {
        alloc_fail_after(n);
        assert_null(session_new(pool, 5, 0, 1));
    }
    alloc_fail_after(3);
    Session *s = session_new(pool, 5, 0, 1);
    alloc_fail_after(-1);
    assert_non_null(s);
    session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_full_round_scores_and_streaks),
        cmocka_unit_test(test_same_seed_same_order_other_seed_differs),
        cmocka_unit_test(test_unshuffled_question_keeps_author_order),
        cmocka_unit_test(test_round_length_limits_questions),
        cmocka_unit_test(test_in_order_keeps_the_given_order_and_shuffles_choices),
        cmocka_unit_test(test_every_given_answer_is_kept_in_order),
        cmocka_unit_test(test_bad_choice_is_refused),
        cmocka_unit_test(test_out_of_memory_returns_null),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
