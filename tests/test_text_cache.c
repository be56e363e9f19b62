/* The text caches evict one least recently used entry when full, never everything, and a font
 * pointer stays valid across lookups of other sizes. Headless: SDL's dummy video driver and a
 * software renderer, with the font fontconfig finds. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cmocka.h>

#include "text.h"

typedef struct {
    SDL_Window *window;
    SDL_Renderer *renderer;
    TextSystem *text;
} Fixture;

static int set_up(void **state)
{
    static Fixture fixture;
    SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0)
        return -1;
    fixture.window = SDL_CreateWindow("test", 0, 0, 320, 200, SDL_WINDOW_HIDDEN);
    fixture.renderer =
        fixture.window ? SDL_CreateRenderer(fixture.window, -1, SDL_RENDERER_SOFTWARE) : NULL;
    if (!fixture.renderer)
        return -1;
    char error[256];
    fixture.text = text_create(fixture.renderer, NULL, error, sizeof error);
    if (!fixture.text)
        printf("  no font, so nothing to test: %s\n", error);
    *state = &fixture;
    return 0;
}

static int tear_down(void **state)
{
    Fixture *fixture = *state;
    text_destroy(fixture->text);
    SDL_DestroyRenderer(fixture->renderer);
    SDL_DestroyWindow(fixture->window);
    TTF_Quit();
    SDL_Quit();
    return 0;
}

static TextSystem *text_or_skip(void **state)
{
    Fixture *fixture = *state;
    if (!fixture->text)
        skip();
    text_flush(fixture->text);
    return fixture->text;
}

static const TextStyle block_style = {FONT_REGULAR, 14, {255, 255, 255, 255}, ALIGN_LEFT};

/* Draws the block "block <n>" and tells whether it had to be rendered (was not cached). */
static bool draw_rendered(TextSystem *text, int n)
{
    char line[32];
    snprintf(line, sizeof line, "block %d", n);
    unsigned long before = text_render_count(text);
    text_draw_line(text, line, 0, 10, block_style);
    return text_render_count(text) != before;
}

static void test_full_block_cache_evicts_only_the_oldest(void **state)
{
    TextSystem *text = text_or_skip(state);
    for (int i = 0; i < TEXT_BLOCK_SLOTS; i++)
        assert_true(draw_rendered(text, i));
    /* Block 0 is used again, so block 1 becomes the least recently used. */
    assert_false(draw_rendered(text, 0));
    assert_true(draw_rendered(text, TEXT_BLOCK_SLOTS));
    /* Every block but 1 is still cached: the cache made room for one, it did not empty. */
    for (int i = 0; i <= TEXT_BLOCK_SLOTS; i++)
        if (i != 1)
            assert_false(draw_rendered(text, i));
    assert_true(draw_rendered(text, 1));
}

static void test_font_lookups_keep_live_fonts_and_blocks(void **state)
{
    TextSystem *text = text_or_skip(state);
    const int live_px = 14;
    assert_true(draw_rendered(text, 0));
    TTF_Font *live = text_font(text, FONT_REGULAR, live_px);
    assert_non_null(live);
    int w = 0, h = 0;
    /* Twice as many new sizes as there are slots, the live size asked for after each. */
    for (int px = 30; px < 30 + 2 * TEXT_FONT_SLOTS; px++) {
        TTF_Font *font = text_font(text, FONT_REGULAR, px);
        assert_non_null(font);
        /* Used straight away: AddressSanitizer stops the test if the lookup closed it. */
        assert_int_equal(TTF_SizeUTF8(live, "Hero", &w, &h), 0);
        assert_ptr_equal(text_font(text, FONT_REGULAR, live_px), live);
        assert_int_equal(TTF_SizeUTF8(font, "Hero", &w, &h), 0);
        assert_int_equal(h, TTF_FontHeight(font));
    }
    /* No font lookup dropped a rendered block. */
    assert_false(draw_rendered(text, 0));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_full_block_cache_evicts_only_the_oldest),
        cmocka_unit_test(test_font_lookups_keep_live_fonts_and_blocks),
    };
    return cmocka_run_group_tests(tests, set_up, tear_down);
}
