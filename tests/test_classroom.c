/* Classroom play: what a teacher sees happen to each team's answer, time and points, and that a
 * game rebuilt from its saved events is the same game. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "herocity/alloc.h"
#include "herocity/classroom.h"

enum { QUESTIONS = 4, EVENTS_MAX = 64 };
static Question questions[QUESTIONS];
static const Question *pool[QUESTIONS];

typedef struct {
    ClassEvent events[EVENTS_MAX];
    int count;
} EventLog;

static void record(void *context, const ClassEvent *event)
{
    EventLog *log = context;
    if (log->count < EVENTS_MAX)
        log->events[log->count++] = *event;
}

static int make_questions(void **state)
{
    (void)state;
    static const char *ids[] = {"c1", "c2", "c3", "c4"};
    for (int i = 0; i < QUESTIONS; i++) {
        questions[i] = (Question){.id = ids[i],
                                  .prompt = ids[i],
                                  .explanation = "",
                                  .source = "",
                                  .difficulty = 2,
                                  .shuffle = true,
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

static ClassSetup teams_of(int count, ClassAnswerMode answers)
{
    ClassSetup setup;
    classroom_setup_defaults(&setup);
    setup.team_count = count;
    setup.answers = answers;
    setup.timer_seconds = 20;
    setup.prompt_ms = 3000;
    setup.question_count = 0;
    return setup;
}

static ClassSnapshot snapshot(const Classroom *room)
{
    ClassSnapshot snap;
    classroom_snapshot(room, &snap);
    return snap;
}

static int right(const Classroom *room) { return snapshot(room).correct_choice; }
static int wrong(const Classroom *room) { return (snapshot(room).correct_choice + 1) % 4; }

static void test_devices_reveal_when_time_is_up(void **state)
{
    (void)state;
    ClassSetup setup = teams_of(3, CLASS_ANSWERS_DEVICES);
    Classroom *room = classroom_new(&setup, pool, QUESTIONS, 1, NULL, NULL);
    assert_int_equal(snapshot(room).phase, CLASS_PROMPT);
    /* The prompt shows alone first: nobody can answer yet. */
    assert_int_equal(classroom_answer(room, 0, right(room)), CLASS_WRONG_PHASE);
    classroom_tick(room, 3000);
    assert_int_equal(snapshot(room).phase, CLASS_ANSWERING);
    classroom_tick(room, 5000);
    assert_int_equal(classroom_answer(room, 0, right(room)), CLASS_OK);
    /* Locked in: a second press changes nothing. */
    assert_int_equal(classroom_answer(room, 0, wrong(room)), CLASS_LOCKED);
    classroom_tick(room, 3000);
    assert_int_equal(classroom_answer(room, 1, wrong(room)), CLASS_OK);
    ClassSnapshot snap = snapshot(room);
    assert_int_equal(snap.remaining_ms[2], 12000);
    assert_int_equal(snap.scores[0], 0); /* points come at the reveal */
    classroom_tick(room, 11999);
    assert_int_equal(snapshot(room).phase, CLASS_ANSWERING);
    classroom_tick(room, 1); /* team 3 never answered: the time is up */
    snap = snapshot(room);
    assert_int_equal(snap.phase, CLASS_REVEAL);
    assert_int_equal(snap.scores[0], 100);
    assert_int_equal(snap.scores[1], 0);
    assert_int_equal(snap.scores[2], 0);
    assert_int_equal(snap.choice_counts[snap.correct_choice], 1);
    assert_int_equal(snap.choice_counts[(snap.correct_choice + 1) % 4], 1);
    assert_int_equal(classroom_answer(room, 2, right(room)), CLASS_WRONG_PHASE);
    classroom_free(room);
}

static void test_all_in_reveals_at_once_with_speed_points(void **state)
{
    (void)state;
    ClassSetup setup = teams_of(2, CLASS_ANSWERS_DEVICES);
    setup.speed_bonus = true;
    Classroom *room = classroom_new(&setup, pool, QUESTIONS, 2, NULL, NULL);
    classroom_tick(room, 3000);
    classroom_tick(room, 10000);
    classroom_answer(room, 0, right(room)); /* half the time gone: 75 */
    classroom_tick(room, 4000);
    classroom_answer(room, 1, right(room)); /* 14 s of 20: 100 x (1 - 14/40) = 65 */
    ClassSnapshot snap = snapshot(room);
    assert_int_equal(snap.phase, CLASS_REVEAL);
    assert_int_equal(snap.answers[0].points, 75);
    assert_int_equal(snap.answers[1].points, 65);
    assert_int_equal(snap.scores[0], 75);
    classroom_free(room);
}

static void test_extra_time_and_untimed_teams(void **state)
{
    (void)state;
    ClassSetup setup = teams_of(3, CLASS_ANSWERS_DEVICES);
    setup.teams[1].time_percent = CLASS_TIME_DOUBLE;
    setup.teams[2].time_percent = 0; /* untimed */
    Classroom *room = classroom_new(&setup, pool, QUESTIONS, 3, NULL, NULL);
    classroom_tick(room, 3000);
    classroom_tick(room, 25000);
    assert_int_equal(classroom_answer(room, 0, right(room)), CLASS_TIME_UP);
    assert_int_equal(classroom_answer(room, 1, right(room)), CLASS_OK); /* 40 s for this team */
    ClassSnapshot snap = snapshot(room);
    assert_int_equal(snap.remaining_ms[2], -1);
    classroom_tick(room, 600000);
    /* The untimed team is waited for, however long it takes. */
    assert_int_equal(snapshot(room).phase, CLASS_ANSWERING);
    assert_int_equal(classroom_answer(room, 2, wrong(room)), CLASS_OK);
    assert_int_equal(snapshot(room).phase, CLASS_REVEAL);
    assert_int_equal(snapshot(room).scores[1], 100);
    classroom_free(room);
}

static void test_quizmaster_corrects_and_reveals_by_hand(void **state)
{
    (void)state;
    ClassSetup setup = teams_of(2, CLASS_ANSWERS_QUIZMASTER);
    setup.timer_seconds = 0;
    Classroom *room = classroom_new(&setup, pool, QUESTIONS, 4, NULL, NULL);
    classroom_tick(room, 3000);
    assert_int_equal(classroom_answer(room, 0, wrong(room)), CLASS_OK);
    assert_int_equal(classroom_answer(room, 1, wrong(room)), CLASS_OK);
    /* Every team answered, but a typo may still be put right: no reveal yet. */
    assert_int_equal(snapshot(room).phase, CLASS_ANSWERING);
    assert_int_equal(classroom_answer(room, 0, right(room)), CLASS_OK);
    assert_int_equal(classroom_reveal(room), CLASS_OK);
    ClassSnapshot snap = snapshot(room);
    assert_int_equal(snap.scores[0], 100);
    assert_int_equal(snap.scores[1], 0);
    assert_int_equal(classroom_reveal(room), CLASS_WRONG_PHASE);
    classroom_free(room);
}

static void test_turns_with_a_steal_for_half(void **state)
{
    (void)state;
    ClassSetup setup = teams_of(3, CLASS_ANSWERS_TURNS);
    Classroom *room = classroom_new(&setup, pool, QUESTIONS, 5, NULL, NULL);
    classroom_tick(room, 3000);
    assert_int_equal(snapshot(room).turn_team, 0);
    assert_int_equal(classroom_answer(room, 1, right(room)), CLASS_NOT_YOUR_TURN);
    assert_int_equal(classroom_answer(room, 0, wrong(room)), CLASS_OK);
    ClassSnapshot snap = snapshot(room);
    assert_int_equal(snap.phase, CLASS_STEAL);
    assert_int_equal(snap.steal_team, 1);
    assert_int_equal(classroom_answer(room, 0, right(room)), CLASS_NOT_YOUR_TURN);
    assert_int_equal(classroom_answer(room, 2, right(room)), CLASS_NOT_YOUR_TURN);
    assert_int_equal(classroom_answer(room, 1, right(room)), CLASS_OK);
    snap = snapshot(room);
    assert_int_equal(snap.phase, CLASS_REVEAL);
    assert_int_equal(snap.scores[1], 50);
    assert_true(snap.answers[1].stole);
    assert_int_equal(classroom_next(room), CLASS_OK);
    assert_int_equal(snapshot(room).turn_team, 1); /* the turn moves on */
    /* A turn team that lets its time run out gives the next team its chance. */
    classroom_tick(room, 3000);
    classroom_tick(room, 20000);
    snap = snapshot(room);
    assert_int_equal(snap.phase, CLASS_STEAL);
    assert_int_equal(snap.steal_team, 2);
    classroom_tick(room, 20000); /* nobody steals either */
    assert_int_equal(snapshot(room).phase, CLASS_REVEAL);
    classroom_free(room);
}

static void test_skip_takes_back_points_and_adjust_is_logged(void **state)
{
    (void)state;
    EventLog log = {0};
    ClassSetup setup = teams_of(2, CLASS_ANSWERS_DEVICES);
    setup.streak_bonus = true;
    Classroom *room = classroom_new(&setup, pool, QUESTIONS, 6, record, &log);
    classroom_tick(room, 3000);
    classroom_answer(room, 0, right(room));
    classroom_answer(room, 1, right(room));
    assert_int_equal(snapshot(room).scores[0], 100);
    assert_int_equal(classroom_skip(room), CLASS_OK); /* this question should not count */
    ClassSnapshot snap = snapshot(room);
    assert_int_equal(snap.scores[0], 0);
    assert_int_equal(snap.streaks[0], 0);
    assert_int_equal(snap.question_number, 2);
    assert_true(classroom_was_skipped(room, 0));
    assert_int_equal(classroom_adjust(room, 1, 30), CLASS_OK);
    assert_int_equal(classroom_adjust(room, 0, -10), CLASS_OK);
    snap = snapshot(room);
    assert_int_equal(snap.scores[1], 30);
    assert_int_equal(snap.scores[0], -10);
    ClassEvent last = log.events[log.count - 1];
    assert_int_equal(last.kind, CLASS_EVENT_ADJUST);
    assert_int_equal(last.team, 0);
    assert_int_equal(last.points, -10);
    classroom_free(room);
}

static void test_pause_stops_the_clock(void **state)
{
    (void)state;
    ClassSetup setup = teams_of(2, CLASS_ANSWERS_DEVICES);
    Classroom *room = classroom_new(&setup, pool, QUESTIONS, 7, NULL, NULL);
    classroom_tick(room, 3000);
    classroom_pause(room, true);
    classroom_tick(room, 60000);
    ClassSnapshot snap = snapshot(room);
    assert_true(snap.paused);
    assert_int_equal(snap.remaining_ms[0], 20000);
    classroom_pause(room, false);
    classroom_tick(room, 19000);
    assert_int_equal(snapshot(room).remaining_ms[0], 1000);
    classroom_free(room);
}

/* Plays a mixed game, then builds it again from the events alone. */
static void test_replay_rebuilds_the_same_game(void **state)
{
    (void)state;
    EventLog log = {0};
    ClassSetup setup = teams_of(3, CLASS_ANSWERS_TURNS);
    setup.speed_bonus = true;
    setup.streak_bonus = true;
    Classroom *room = classroom_new(&setup, pool, QUESTIONS, 8, record, &log);
    classroom_tick(room, 3000);
    classroom_tick(room, 4000);
    classroom_answer(room, 0, wrong(room));
    classroom_tick(room, 2500);
    classroom_answer(room, 1, right(room));
    classroom_next(room);
    classroom_tick(room, 3000);
    classroom_tick(room, 20000); /* turn team 1 times out, the steal opens by the clock */
    classroom_tick(room, 7000);
    classroom_answer(room, 2, right(room));
    classroom_adjust(room, 2, 5);
    classroom_next(room);
    classroom_tick(room, 3000);
    classroom_tick(room, 1000);
    classroom_answer(room, 2, wrong(room)); /* the third question: killed during the steal */
    classroom_tick(room, 1500);
    ClassSnapshot before = snapshot(room);
    assert_int_equal(before.phase, CLASS_STEAL);

    Classroom *again = classroom_new(&setup, pool, QUESTIONS, 8, NULL, NULL);
    /* A game taken up again after an earlier stop has a resume event among its own: no change. */
    const ClassEvent resumed = {CLASS_EVENT_RESUME, -1, -1, -1, 0, 0};
    for (int i = 0; i < log.count; i++) {
        assert_int_equal(classroom_replay(again, &log.events[i]), CLASS_OK);
        if (i == log.count / 2)
            assert_int_equal(classroom_replay(again, &resumed), CLASS_OK);
    }
    ClassSnapshot after = snapshot(again);
    assert_int_equal(after.phase, before.phase);
    assert_int_equal(after.question_number, before.question_number);
    assert_ptr_equal(after.question, before.question);
    for (int t = 0; t < 3; t++) {
        assert_int_equal(after.scores[t], before.scores[t]);
        assert_int_equal(after.streaks[t], before.streaks[t]);
    }
    assert_int_equal(after.answers[2].choice, before.answers[2].choice);
    /* Resumed: the question's timer starts again. */
    classroom_restart_timer(again);
    assert_int_equal(snapshot(again).elapsed_ms, 0);
    classroom_free(room);
    classroom_free(again);
}

static const Question *find_question(void *context, const char *id)
{
    (void)context;
    for (int i = 0; i < QUESTIONS; i++)
        if (strcmp(questions[i].id, id) == 0)
            return &questions[i];
    return NULL;
}

static const Question *find_nothing(void *context, const char *id)
{
    (void)context;
    (void)id;
    return NULL;
}

/* A saved game is rebuilt from its order text: the same questions, choices in the same order. */
static void test_order_text_rebuilds_the_questions(void **state)
{
    (void)state;
    ClassSetup setup = teams_of(2, CLASS_ANSWERS_DEVICES);
    Classroom *room = classroom_new(&setup, pool, QUESTIONS, 11, NULL, NULL);
    char *text = classroom_order_text(room);
    assert_non_null(text);
    Classroom *again = classroom_from_order(&setup, text, find_question, NULL, NULL, NULL);
    assert_non_null(again);
    assert_int_equal(classroom_question_count(again), classroom_question_count(room));
    for (size_t i = 0; i < classroom_question_count(room); i++) {
        assert_ptr_equal(classroom_question(again, i), classroom_question(room, i));
        assert_memory_equal(classroom_choice_order(again, i), classroom_choice_order(room, i),
                            4 * sizeof(int));
    }
    /* A question gone from the banks, or damaged text: no game rather than another game. */
    assert_null(classroom_from_order(&setup, text, find_nothing, NULL, NULL, NULL));
    static const char *const bad[] = {"c1:0,1,2", "c1:0,0,1,2", "c1:0,1,2,9", "c1", ":0,1,2,3", ""};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_null(classroom_from_order(&setup, bad[i], find_question, NULL, NULL, NULL));
    hc_free(text);
    classroom_free(room);
    classroom_free(again);
}

static void test_setup_text_round_trip(void **state)
{
    (void)state;
    ClassSetup setup = teams_of(3, CLASS_ANSWERS_QUIZMASTER);
    snprintf(setup.teams[0].name, sizeof setup.teams[0].name, "Совы; 100%%, |a=b|");
    snprintf(setup.teams[1].name, sizeof setup.teams[1].name, "Foxes");
    setup.teams[1].time_percent = CLASS_TIME_HALF_MORE;
    setup.teams[2].time_percent = 0;
    setup.speed_bonus = true;
    setup.board = CLASS_BOARD_AT_END;
    setup.question_count = 20;
    char text[1024];
    classroom_setup_to_text(&setup, text, sizeof text);
    ClassSetup back;
    assert_true(classroom_setup_from_text(text, &back));
    assert_int_equal(back.team_count, 3);
    assert_string_equal(back.teams[0].name, setup.teams[0].name);
    assert_int_equal(back.teams[1].time_percent, CLASS_TIME_HALF_MORE);
    assert_int_equal(back.teams[2].time_percent, 0);
    assert_int_equal(back.answers, CLASS_ANSWERS_QUIZMASTER);
    assert_true(back.speed_bonus);
    assert_false(back.streak_bonus);
    assert_int_equal(back.board, CLASS_BOARD_AT_END);
    assert_int_equal(back.question_count, 20);
    /* Damaged text is refused and leaves the setup as it was. */
    static const char *const bad[] = {"teams=Solo|100", "answers=telepathy", "timer=soon",
                                      "teams=A|100,B",  "speed=2",           "nonsense"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_false(classroom_setup_from_text(bad[i], &back));
    assert_int_equal(back.team_count, 3);
}

static void test_ranking_is_best_first_and_stable(void **state)
{
    (void)state;
    ClassSetup setup = teams_of(4, CLASS_ANSWERS_DEVICES);
    Classroom *room = classroom_new(&setup, pool, QUESTIONS, 9, NULL, NULL);
    classroom_adjust(room, 2, 50);
    classroom_adjust(room, 1, 20);
    classroom_adjust(room, 3, 20);
    int ranking[LIMIT_TEAMS_MAX];
    classroom_ranking(room, ranking);
    assert_int_equal(ranking[0], 2);
    assert_int_equal(ranking[1], 1); /* tied with 3: team order */
    assert_int_equal(ranking[2], 3);
    assert_int_equal(ranking[3], 0); /* nobody disappears */
    classroom_free(room);
}

static void test_the_game_ends_after_the_last_question(void **state)
{
    (void)state;
    ClassSetup setup = teams_of(2, CLASS_ANSWERS_DEVICES);
    setup.question_count = 2;
    Classroom *room = classroom_new(&setup, pool, QUESTIONS, 10, NULL, NULL);
    assert_int_equal(snapshot(room).question_total, 2);
    for (int q = 0; q < 2; q++) {
        classroom_tick(room, 3000);
        assert_int_equal(classroom_reveal(room), CLASS_OK);
        assert_int_equal(classroom_next(room), CLASS_OK);
    }
    assert_int_equal(snapshot(room).phase, CLASS_FINISHED);
    assert_int_equal(classroom_next(room), CLASS_WRONG_PHASE);
    assert_int_equal(classroom_skip(room), CLASS_WRONG_PHASE);
    classroom_free(room);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_devices_reveal_when_time_is_up),
        cmocka_unit_test(test_all_in_reveals_at_once_with_speed_points),
        cmocka_unit_test(test_extra_time_and_untimed_teams),
        cmocka_unit_test(test_quizmaster_corrects_and_reveals_by_hand),
        cmocka_unit_test(test_turns_with_a_steal_for_half),
        cmocka_unit_test(test_skip_takes_back_points_and_adjust_is_logged),
        cmocka_unit_test(test_pause_stops_the_clock),
        cmocka_unit_test(test_replay_rebuilds_the_same_game),
        cmocka_unit_test(test_setup_text_round_trip),
        cmocka_unit_test(test_order_text_rebuilds_the_questions),
        cmocka_unit_test(test_ranking_is_best_first_and_stable),
        cmocka_unit_test(test_the_game_ends_after_the_last_question),
    };
    return cmocka_run_group_tests(tests, make_questions, NULL);
}
