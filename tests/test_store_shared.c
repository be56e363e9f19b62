/* Two games on one data folder (two windows, or two computers on a shared folder): what one
 * saves, the other never puts back, and a game left unfinished is taken up by one of them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "herocity/store_class.h"
#include "store_fixture.h"

static void test_settings_changed_in_two_games_are_both_kept(void **state)
{
    Fixture *f = *state;
    Store *first = open_ok(f);
    Store *second = open_ok(f);
    Settings one, two;
    assert_true(store_load_settings(first, &one));
    assert_true(store_load_settings(second, &two));
    strcpy(one.theme, "light");
    assert_true(store_save_settings(first, &one));
    two.text_scale_percent = 150; /* the second still thinks the theme is dark */
    assert_true(store_save_settings(second, &two));
    /* A change back to what the game first read is a change too. */
    strcpy(one.theme, "dark");
    assert_true(store_save_settings(first, &one));
    strcpy(one.theme, "contrast");
    assert_true(store_save_settings(first, &one));
    store_close(first);
    store_close(second);

    Store *again = open_ok(f);
    Settings loaded;
    assert_true(store_load_settings(again, &loaded));
    assert_string_equal(loaded.theme, "contrast");
    assert_int_equal(loaded.text_scale_percent, 150);
    store_close(again);
}

static void test_settings_saved_before_any_load_are_all_written(void **state)
{
    Fixture *f = *state;
    store_close(open_ok(f));
    raw_exec(f->db, "INSERT INTO settings VALUES('theme', 'light')");
    Store *store = open_ok(f);
    Settings defaults;
    settings_defaults(&defaults);
    assert_true(store_save_settings(store, &defaults)); /* nothing read: every key is written */
    store_close(store);
    assert_int_equal(raw_int(f->db, "SELECT value = 'dark' FROM settings WHERE key = 'theme'"), 1);
}

static void test_an_unfinished_game_is_taken_up_by_one_game_only(void **state)
{
    Fixture *f = *state;
    Store *first = open_ok(f);
    Store *second = open_ok(f);
    int64_t id = store_class_begin(first, 1764680000, "teams=Owls|100,Foxes|150", "q1:0,1,2,3");
    ClassEvent answer = {CLASS_EVENT_ANSWER, 0, 1, 2, 5400, 0};
    assert_true(store_class_event(first, id, 0, &answer));
    /* Both games start and offer it. */
    StoredClassGame seen_first, seen_second;
    assert_true(store_class_unfinished(first, &seen_first));
    assert_true(store_class_unfinished(second, &seen_second));
    assert_int_equal(seen_first.id, id);
    assert_int_equal(seen_second.id, id);

    /* The first takes it up; the second, which loaded the same one event, cannot. */
    assert_true(store_class_take(first, id, (int)seen_first.event_count));
    assert_false(store_class_take(second, id, (int)seen_second.event_count));
    /* "End it" in the second window after the first took it up: the game in play goes on. */
    assert_false(store_class_end_offered(second, id, (int)seen_second.event_count));
    StoredClassGame now;
    assert_true(store_class_unfinished(second, &now));
    assert_int_equal(now.id, id); /* the game keeps its id, and its results their game number */
    assert_int_equal(now.event_count, 2);
    assert_memory_equal(&now.events[0], &answer, sizeof answer);
    assert_int_equal(now.events[1].kind, CLASS_EVENT_RESUME);
    ClassEvent next = {CLASS_EVENT_NEXT, 0, -1, -1, 9000, 0};
    assert_true(store_class_event(first, id, 2, &next));
    stored_class_game_free(&now);
    /* Ended at an offer that saw every event: finished. */
    assert_true(store_class_end_offered(second, id, 3));
    assert_false(store_class_unfinished(second, &now));
    stored_class_game_free(&seen_first);
    stored_class_game_free(&seen_second);
    store_close(first);
    store_close(second);
    assert_int_equal(raw_int(f->db, "SELECT count(*) FROM class_games"), 1);
    assert_int_equal(raw_int(f->db, "SELECT count(*) FROM class_events WHERE game = 1"), 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FRESH(test_settings_changed_in_two_games_are_both_kept),
        FRESH(test_settings_saved_before_any_load_are_all_written),
        FRESH(test_an_unfinished_game_is_taken_up_by_one_game_only),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
