/* Classroom games in the store: what a teacher gets back after a crash, and what the export
 * reads. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "herocity/store_class.h"
#include "store_fixture.h"

static void test_a_game_and_its_events_come_back_in_order(void **state)
{
    Fixture *f = *state;
    Store *store = open_ok(f);
    int64_t id = store_class_begin(store, 1764680000, "teams=Owls|100,Foxes|150", "q1:0,1,2,3");
    assert_true(id > 0);
    ClassEvent events[] = {
        {CLASS_EVENT_ANSWER, 0, 1, 2, 5400, 0},
        {CLASS_EVENT_REVEAL, 0, -1, -1, 20000, 0},
        {CLASS_EVENT_ADJUST, 0, 0, -1, 20000, -10},
    };
    for (int i = 0; i < 3; i++)
        assert_true(store_class_event(store, id, i, &events[i]));
    /* The same event number twice is refused: no event is ever written over. */
    assert_false(store_class_event(store, id, 1, &events[0]));
    store_close(store);

    store = open_ok(f);
    StoredClassGame game;
    assert_true(store_class_unfinished(store, &game));
    assert_int_equal(game.id, id);
    assert_int_equal(game.started, 1764680000);
    assert_string_equal(game.setup, "teams=Owls|100,Foxes|150");
    assert_string_equal(game.order, "q1:0,1,2,3");
    assert_false(game.finished);
    assert_int_equal(game.event_count, 3);
    assert_memory_equal(game.events, events, sizeof events);
    stored_class_game_free(&game);

    assert_true(store_class_finish(store, id));
    assert_false(store_class_unfinished(store, &game));
    /* Finished games stay, for the export. */
    int64_t ids[4];
    assert_int_equal(store_class_games(store, ids, 4), 1);
    assert_true(store_class_load(store, ids[0], &game));
    assert_true(game.finished);
    stored_class_game_free(&game);
    store_close(store);
}

static void test_the_latest_unfinished_game_is_offered(void **state)
{
    Fixture *f = *state;
    Store *store = open_ok(f);
    int64_t first = store_class_begin(store, 100, "teams=A|100,B|100", "q1:0,1");
    int64_t second = store_class_begin(store, 200, "teams=C|100,D|100", "q2:1,0");
    StoredClassGame game;
    assert_true(store_class_unfinished(store, &game));
    assert_int_equal(game.id, second);
    stored_class_game_free(&game);
    store_class_finish(store, second);
    assert_true(store_class_unfinished(store, &game));
    assert_int_equal(game.id, first);
    stored_class_game_free(&game);
    int64_t ids[4];
    assert_int_equal(store_class_games(store, ids, 4), 2);
    assert_int_equal(ids[0], second); /* the latest first */
    store_close(store);
}

static void test_nothing_is_saved_without_a_store(void **state)
{
    (void)state;
    ClassEvent e = {CLASS_EVENT_NEXT, 0, -1, -1, 0, 0};
    assert_int_equal(store_class_begin(NULL, 1, "s", "o"), 0);
    assert_false(store_class_event(NULL, 1, 0, &e));
    StoredClassGame game;
    assert_false(store_class_unfinished(NULL, &game));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FRESH(test_a_game_and_its_events_come_back_in_order),
        FRESH(test_the_latest_unfinished_game_is_offered),
        cmocka_unit_test(test_nothing_is_saved_without_a_store),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
