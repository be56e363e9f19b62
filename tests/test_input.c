/* Input as actions that say who acted: which controller, which key, the mouse or a touch. The
 * classroom tells teams apart by these, so they are asserted here, on real SDL events. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "input.h"

static void test_controller_button_names_its_controller(void **state)
{
    (void)state;
    SDL_Event event = {0};
    event.type = SDL_CONTROLLERBUTTONDOWN;
    event.cbutton.which = 3;
    event.cbutton.button = SDL_CONTROLLER_BUTTON_A;
    Action action;
    assert_true(input_translate(&event, INPUT_MENU, &action));
    assert_int_equal(action.type, ACTION_ACCEPT);
    assert_int_equal(action.device, DEVICE_GAMEPAD);
    assert_int_equal(action.device_id, 3);
    event.cbutton.which = 5; /* another team's controller */
    assert_true(input_translate(&event, INPUT_MENU, &action));
    assert_int_equal(action.device_id, 5);
}

static void test_key_names_its_key(void **state)
{
    (void)state;
    SDL_Event event = {0};
    event.type = SDL_KEYDOWN;
    event.key.keysym.scancode = SDL_SCANCODE_C;
    Action action;
    assert_true(input_translate(&event, INPUT_CHOICES, &action));
    assert_int_equal(action.type, ACTION_CHOICE);
    assert_int_equal(action.choice, 2);
    assert_int_equal(action.device, DEVICE_KEYBOARD);
    assert_int_equal(action.scancode, SDL_SCANCODE_C);
    /* A letter means nothing in a menu: it is not an answer there. */
    assert_false(input_translate(&event, INPUT_MENU, &action));
}

static void test_rename_and_delete_only_in_menus(void **state)
{
    (void)state;
    SDL_Event event = {0};
    event.type = SDL_KEYDOWN;
    event.key.keysym.scancode = SDL_SCANCODE_F2;
    Action action;
    assert_true(input_translate(&event, INPUT_MENU, &action));
    assert_int_equal(action.type, ACTION_RENAME);
    event.key.keysym.scancode = SDL_SCANCODE_DELETE;
    assert_true(input_translate(&event, INPUT_MENU, &action));
    assert_int_equal(action.type, ACTION_DELETE);
    /* Typing a name, Delete deletes no learner; a classroom team's key stays its own. */
    assert_false(input_translate(&event, INPUT_TEXT, &action));
    assert_true(input_translate(&event, INPUT_KEYS, &action));
    assert_int_equal(action.type, ACTION_KEY);
    event = (SDL_Event){0};
    event.type = SDL_CONTROLLERBUTTONDOWN;
    event.cbutton.button = SDL_CONTROLLER_BUTTON_Y;
    assert_true(input_translate(&event, INPUT_MENU, &action));
    assert_int_equal(action.type, ACTION_DELETE);
    event.cbutton.button = SDL_CONTROLLER_BUTTON_X;
    assert_true(input_translate(&event, INPUT_MENU, &action));
    assert_int_equal(action.type, ACTION_RENAME);
}

static void test_mouse_and_touch_are_told_apart(void **state)
{
    (void)state;
    SDL_Event event = {0};
    event.type = SDL_MOUSEBUTTONDOWN;
    event.button.button = SDL_BUTTON_LEFT;
    event.button.which = 0;
    event.button.x = 10;
    event.button.y = 20;
    Action action;
    assert_true(input_translate(&event, INPUT_MENU, &action));
    assert_int_equal(action.type, ACTION_POINTER_PRESS);
    assert_int_equal(action.device, DEVICE_MOUSE);
    assert_int_equal(action.x, 10);
    assert_int_equal(action.y, 20);
    event.button.which = SDL_TOUCH_MOUSEID;
    assert_true(input_translate(&event, INPUT_MENU, &action));
    assert_int_equal(action.device, DEVICE_TOUCH);
}

static void test_page_keys_scroll(void **state)
{
    (void)state;
    SDL_Event event = {0};
    event.type = SDL_KEYDOWN;
    event.key.keysym.scancode = SDL_SCANCODE_PAGEDOWN;
    Action action;
    assert_true(input_translate(&event, INPUT_MENU, &action));
    assert_int_equal(action.type, ACTION_SCROLL);
    assert_int_equal(action.choice, 1);
    event.key.keysym.scancode = SDL_SCANCODE_PAGEUP;
    assert_true(input_translate(&event, INPUT_MENU, &action));
    assert_int_equal(action.choice, -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_controller_button_names_its_controller),
        cmocka_unit_test(test_key_names_its_key),
        cmocka_unit_test(test_rename_and_delete_only_in_menus),
        cmocka_unit_test(test_mouse_and_touch_are_told_apart),
        cmocka_unit_test(test_page_keys_scroll),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
