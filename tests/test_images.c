/* Images through SDL2_image: the icon and emblem load, a missing file is an error, the window
 * icon is set (or quietly not) without a crash, and a picture is drawn once per size. Runs
 * with SDL_VIDEODRIVER=dummy. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "images.h"
#include "picture.h"

static void the_icon_and_the_emblem_load(void **state)
{
    (void)state;
    char error[512] = "";
    SDL_Surface *icon = images_load(ASSETS_DIR "/icon/herocity.svg", error, sizeof error);
    if (!icon)
        fail_msg("%s", error);
    assert_int_equal(icon->w, 512);
    assert_int_equal(icon->h, 512);
    SDL_FreeSurface(icon);
    SDL_Surface *emblem = images_load(ASSETS_DIR "/emblem.svg", error, sizeof error);
    if (!emblem)
        fail_msg("%s", error);
    assert_true(emblem->w > 0 && emblem->h > 0);
    SDL_FreeSurface(emblem);
}

static void a_missing_image_is_an_error(void **state)
{
    (void)state;
    char error[512] = "";
    assert_null(images_load("/nonexistent/picture.png", error, sizeof error));
    assert_non_null(strstr(error, "cannot load the image /nonexistent/picture.png: "));
}

static void the_window_gets_its_icon(void **state)
{
    (void)state;
    assert_int_equal(SDL_Init(SDL_INIT_VIDEO), 0);
    SDL_Window *window = SDL_CreateWindow("test", 0, 0, 320, 200, SDL_WINDOW_HIDDEN);
    assert_non_null(window);
    images_set_window_icon(window, ASSETS_DIR);
    images_set_window_icon(window, "/nonexistent");
    SDL_DestroyWindow(window);
    SDL_Quit();
}

/* The emblem keeps its aspect and is drawn from its SVG once per size shown. */
static void a_picture_is_drawn_once_per_size(void **state)
{
    (void)state;
    assert_null(picture_new("/nonexistent/emblem.svg"));
    assert_int_equal(SDL_Init(SDL_INIT_VIDEO), 0);
    SDL_Window *window = SDL_CreateWindow("test", 0, 0, 640, 480, SDL_WINDOW_HIDDEN);
    SDL_Renderer *renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE);
    assert_non_null(renderer);
    Picture *emblem = picture_new(ASSETS_DIR "/emblem.svg");
    assert_non_null(emblem);
    Rect box = {10, 20, 400, 300};
    Rect at = picture_fit(emblem, &box, 1000);
    assert_true(rect_inside(&at, &box));
    assert_int_equal(at.h, 300); /* taller than wide: the height limits it */
    assert_true(at.w > 250 && at.w < 300);
    Rect small = picture_fit(emblem, &box, 100);
    assert_int_equal(small.h, 100);
    picture_draw(emblem, renderer, &at);
    picture_draw(emblem, renderer, &at);
    assert_int_equal(picture_render_count(emblem), 1);
    picture_draw(emblem, renderer, &small);
    assert_int_equal(picture_render_count(emblem), 2);
    picture_forget(emblem); /* the renderer lost it: drawn anew */
    picture_draw(emblem, renderer, &small);
    assert_int_equal(picture_render_count(emblem), 3);
    picture_free(emblem);
    SDL_DestroyRenderer(renderer);
    SDL_DestroyWindow(window);
    SDL_Quit();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_icon_and_the_emblem_load),
        cmocka_unit_test(a_missing_image_is_an_error),
        cmocka_unit_test(the_window_gets_its_icon),
        cmocka_unit_test(a_picture_is_drawn_once_per_size),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
