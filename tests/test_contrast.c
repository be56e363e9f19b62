/* Every pair of theme colours the screens draw together meets WCAG 2.1 AA, in every theme:
 * 4.5:1 for text, 3:1 for outlines, marks and shapes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "theme.h"

#define TEXT_RATIO 4.5    /* WCAG 1.4.3, normal-size text */
#define GRAPHIC_RATIO 3.0 /* WCAG 1.4.11, outlines and graphics */

typedef struct {
    const Theme *theme;
    int failures;
    double tightest_margin; /* ratio / required ratio: below 1 fails */
    char tightest[160];
} Checker;

static void check_pair(Checker *c, const char *front, SDL_Color fg, const char *back, SDL_Color bg,
                       double required)
{
    double ratio = theme_contrast(fg, bg);
    char what[160];
    snprintf(what, sizeof what, "%s on %s: %.2f:1 (needs %.1f:1)", front, back, ratio, required);
    if (ratio < required) {
        printf("  FAIL %s: %s\n", c->theme->name, what);
        c->failures++;
    }
    if (ratio / required < c->tightest_margin) {
        c->tightest_margin = ratio / required;
        snprintf(c->tightest, sizeof c->tightest, "%s", what);
    }
}

/* The field names of both colours make the message. */
#define CHECK(c, front, back, required) \
    check_pair(c, #front, (c)->theme->front, #back, (c)->theme->back, required)

static void check_on_grounds(Checker *c, const char *front, SDL_Color fg, bool hoverable,
                             double required)
{
    const Theme *t = c->theme;
    check_pair(c, front, fg, "background", t->background, required);
    check_pair(c, front, fg, "surface", t->surface, required);
    if (hoverable)
        check_pair(c, front, fg, "surface_hover", t->surface_hover, required);
}

static void check_theme(Checker *c)
{
    const Theme *t = c->theme;
    /* Text and muted text go on the page, on tiles and rows, and on rows under the mouse. */
    check_on_grounds(c, "text", t->text, true, TEXT_RATIO);
    check_on_grounds(c, "muted", t->muted, true, TEXT_RATIO);
    /* Outlines, the focus ring and answer edges border a tile or row, which may be hovered,
     * and the background around it. */
    check_on_grounds(c, "focus", t->focus, true, GRAPHIC_RATIO);
    check_on_grounds(c, "outline", t->outline, true, GRAPHIC_RATIO);
    /* Correct and wrong show only in feedback, when nothing is hovered. */
    check_on_grounds(c, "correct", t->correct, false, GRAPHIC_RATIO);
    check_on_grounds(c, "wrong", t->wrong, false, GRAPHIC_RATIO);
    CHECK(c, mark_ink, correct, GRAPHIC_RATIO);
    CHECK(c, mark_ink, wrong, GRAPHIC_RATIO);
    for (int i = 0; i < BANK_MAX_CHOICES; i++) {
        char name[32];
        snprintf(name, sizeof name, "answer_edge[%d]", i);
        check_on_grounds(c, name, t->answer_edge[i], true, GRAPHIC_RATIO);
        char ink[32], fill[32];
        snprintf(ink, sizeof ink, "answer_ink[%d]", i);
        snprintf(fill, sizeof fill, "answer[%d]", i);
        check_pair(c, ink, t->answer_ink[i], fill, t->answer[i], TEXT_RATIO);
    }
    /* A tile left out of the feedback is veiled with the background at dim_alpha: its text
     * and its surface both move towards the background. */
    SDL_Color veiled_text = theme_blend(t->background, t->text, t->dim_alpha);
    SDL_Color veiled_surface = theme_blend(t->background, t->surface, t->dim_alpha);
    check_pair(c, "dimmed text", veiled_text, "dimmed surface", veiled_surface, TEXT_RATIO);
    /* The map: names on land or sea, the coast on the sea, markers on land or sea. */
    CHECK(c, text, map_land, TEXT_RATIO);
    CHECK(c, text, map_sea, TEXT_RATIO);
    CHECK(c, muted, map_land, TEXT_RATIO);
    CHECK(c, muted, map_sea, TEXT_RATIO);
    CHECK(c, map_coast, map_sea, GRAPHIC_RATIO);
    CHECK(c, map_marker, map_land, GRAPHIC_RATIO);
    CHECK(c, map_marker, map_sea, GRAPHIC_RATIO);
    CHECK(c, map_highlight, map_land, GRAPHIC_RATIO);
    CHECK(c, map_highlight, map_sea, GRAPHIC_RATIO);
}

static void test_every_theme_pair_meets_wcag_aa(void **state)
{
    (void)state;
    int failures = 0;
    for (int i = 0; i < theme_count(); i++) {
        Checker c = {theme_at(i), 0, 1e9, ""};
        check_theme(&c);
        printf("  %s: tightest %s\n", c.theme->name, c.tightest);
        failures += c.failures;
    }
    assert_int_equal(failures, 0);
}

static SDL_Color rgb(Uint8 r, Uint8 g, Uint8 b) { return (SDL_Color){r, g, b, 255}; }

static void test_contrast_follows_wcag(void **state)
{
    (void)state;
    SDL_Color black = rgb(0, 0, 0), white = rgb(255, 255, 255);
    assert_true(theme_contrast(black, white) > 20.99 && theme_contrast(black, white) < 21.01);
    assert_true(theme_contrast(white, black) == theme_contrast(black, white));
    assert_true(theme_contrast(white, white) == 1.0);
    /* #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails. */
    assert_true(theme_contrast(rgb(0x76, 0x76, 0x76), white) >= 4.5);
    assert_true(theme_contrast(rgb(0x77, 0x77, 0x77), white) < 4.5);
    SDL_Color see_through = {0, 0, 0, 0};
    assert_true(theme_contrast(see_through, white) == theme_contrast(black, white));
}

static void test_blend_mixes_by_alpha(void **state)
{
    (void)state;
    SDL_Color over = rgb(200, 100, 0), under = rgb(0, 100, 200);
    SDL_Color opaque = theme_blend(over, under, 255), clear = theme_blend(over, under, 0);
    SDL_Color half = theme_blend(over, under, 128);
    assert_int_equal(opaque.r, 200);
    assert_int_equal(opaque.b, 0);
    assert_int_equal(clear.r, 0);
    assert_int_equal(clear.b, 200);
    assert_int_equal(half.r, 100);
    assert_int_equal(half.g, 100);
    assert_int_equal(half.b, 100);
    assert_int_equal(half.a, 255);
}

static void test_themes_are_found_by_name_and_cycle(void **state)
{
    (void)state;
    assert_true(theme_count() >= 3);
    const char *name = theme_at(0)->name;
    for (int i = 0; i < theme_count(); i++) {
        assert_ptr_equal(theme_get(theme_at(i)->name), theme_at(i));
        assert_string_equal(name, theme_at(i)->name);
        name = theme_next(name);
    }
    assert_string_equal(name, theme_at(0)->name);
    assert_ptr_equal(theme_get("no such theme"), theme_at(0));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contrast_follows_wcag),
        cmocka_unit_test(test_blend_mixes_by_alpha),
        cmocka_unit_test(test_themes_are_found_by_name_and_cycle),
        cmocka_unit_test(test_every_theme_pair_meets_wcag_aa),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
