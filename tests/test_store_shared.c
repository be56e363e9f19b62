/* Two games on one data folder (two windows, or two computers on a shared folder): what one
 * saves, the other never puts back. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        FRESH(test_settings_changed_in_two_games_are_both_kept),
        FRESH(test_settings_saved_before_any_load_are_all_written),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
