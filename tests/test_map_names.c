/* Place names on the map: never over each other or a marker, never out of the map's box; all
 * thirteen on a map the size of the title screen's; each place's marker inside the map. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "herocity/map.h"
#include "herocity/map_names.h"
#include "herocity/places.h"
#include "herocity/rng.h"

/* The map box in asset units (test_map checks the shipped map has it). */
enum { MAP_WIDTH = 44048, MAP_HEIGHT = 65535 };

/* A stand-in for the game's font, a little wider than DejaVu Sans. */
static int measure(void *context, bool bold, int px, const char *text, size_t len)
{
    (void)context;
    (void)text;
    return (int)len * px * (bold ? 68 : 62) / 100;
}

static int line_height(void *context, bool bold, int px)
{
    (void)context;
    (void)bold;
    return px * 6 / 5;
}

static const FontMetrics metrics = {NULL, measure, line_height, NULL};

/* What every layout must hold, whatever it placed. */
static void assert_names_clear(const Rect *box, int radius, const MapMarker *markers, int count,
                               const MapNames *names)
{
    for (int i = 0; i < count; i++) {
        const Rect *name = &names->boxes[i];
        if (name->w == 0)
            continue;
        assert_non_null(markers[i].name);
        assert_true(rect_inside(name, box));
        for (int j = 0; j < count; j++) {
            Rect marker = {markers[j].x - radius, markers[j].y - radius, 2 * radius, 2 * radius};
            if (rect_overlaps(name, &marker))
                fail_msg("the name of marker %d covers marker %d", i, j);
            if (j != i && rect_overlaps(name, &names->boxes[j]))
                fail_msg("the names of markers %d and %d overlap", i, j);
        }
    }
}

/* The thirteen places on a map fitted into `box`, the one at `first` put first. */
static int place_markers(const Rect *box, int first, MapMarker *markers)
{
    MapFit fit =
        map_fit(&(Map){.width = MAP_WIDTH, .height = MAP_HEIGHT}, box->x, box->y, box->w, box->h);
    int n = 0;
    for (int k = 0; k < PLACE_COUNT; k++) {
        int i = (k + first) % PLACE_COUNT;
        const Place *p = &places_all()[i];
        MapPosition at = places_project(p->latitude, p->longitude);
        markers[n++] = (MapMarker){(int)(fit.left + at.x * fit.scale + 0.5),
                                   (int)(fit.top + at.y * fit.scale + 0.5), p->name, k == 0};
    }
    return n;
}

/* The title screen's map, from 1280x720 to 4K: every place named at a readable size. */
static void all_thirteen_names_fit_a_title_sized_map(void **state)
{
    (void)state;
    const int heights[] = {480, 540, 620, 900, 1800};
    for (size_t h = 0; h < sizeof heights / sizeof heights[0]; h++) {
        Rect box = {20, 30, heights[h] * MAP_WIDTH / MAP_HEIGHT, heights[h]};
        MapMarker markers[PLACE_COUNT];
        int count = place_markers(&box, 0, markers);
        int px = heights[h] / 26 > 16 ? heights[h] / 26 : 16;
        MapNames names;
        if (!map_names_place(&metrics, &box, px / 3, markers, count, px, &names))
            fail_msg("not every name fits a map %d px tall", heights[h]);
        assert_true(names.px >= LAYOUT_MIN_TEXT_PX);
        assert_names_clear(&box, px / 3, markers, count, &names);
    }
}

/* A map too small for thirteen names names the highlighted place alone, which may cover
 * other markers, not its own. */
static void a_small_map_names_the_first_place_alone(void **state)
{
    (void)state;
    Rect box = {0, 0, 120, 180};
    MapMarker markers[PLACE_COUNT];
    int count = place_markers(&box, 9, markers); /* Odesa first */
    MapNames names;
    assert_false(map_names_place(&metrics, &box, 4, markers, count, 18, &names));
    assert_false(names.all);
    assert_true(names.boxes[0].w > 0);
    for (int i = 1; i < count; i++)
        assert_int_equal(names.boxes[i].w, 0);
    assert_names_clear(&box, 4, markers, 1, &names);
}

static void no_room_at_all_places_no_name(void **state)
{
    (void)state;
    Rect box = {0, 0, 40, 40};
    MapMarker marker = {20, 20, "Novorossiysk", true};
    MapNames names;
    assert_false(map_names_place(&metrics, &box, 4, &marker, 1, 18, &names));
    assert_int_equal(names.px, 0);
    assert_int_equal(names.boxes[0].w, 0);
}

/* Markers anywhere, names of any length: what is placed is always clear. */
static void random_markers_never_get_overlapping_names(void **state)
{
    (void)state;
    Rng rng;
    rng_seed(&rng, 2026);
    static const char *const words[] = {"Kerch", "Brest Fortress", "Novorossiysk", "Tula", "A"};
    for (int round = 0; round < 300; round++) {
        Rect box = {(int)rng_below(&rng, 50), (int)rng_below(&rng, 50),
                    60 + (int)rng_below(&rng, 500), 60 + (int)rng_below(&rng, 700)};
        MapMarker markers[MAP_NAMES_MAX];
        int count = 1 + (int)rng_below(&rng, MAP_NAMES_MAX);
        for (int i = 0; i < count; i++)
            markers[i] = (MapMarker){box.x + (int)rng_below(&rng, (uint32_t)box.w),
                                     box.y + (int)rng_below(&rng, (uint32_t)box.h),
                                     rng_below(&rng, 6) ? words[rng_below(&rng, 5)] : NULL, i == 0};
        MapNames names;
        map_names_place(&metrics, &box, 3 + (int)rng_below(&rng, 6), markers, count, 24, &names);
        assert_names_clear(&box, 0, markers, count, &names);
    }
}

/* Every place's marker, whole, lies inside the map wherever the map is fitted. */
static void every_place_projects_inside_the_fitted_map(void **state)
{
    (void)state;
    const Rect boxes[] = {{0, 0, 120, 180},
                          {24, 140, 360, 480},
                          {900, 60, 640, 900},
                          {10, 10, 1000, 200},
                          {0, 0, 3000, 2000}};
    for (size_t b = 0; b < sizeof boxes / sizeof boxes[0]; b++) {
        MapFit fit = map_fit(&(Map){.width = MAP_WIDTH, .height = MAP_HEIGHT}, boxes[b].x,
                             boxes[b].y, boxes[b].w, boxes[b].h);
        Rect map = {(int)(fit.left + 0.5), (int)(fit.top + 0.5), (int)(MAP_WIDTH * fit.scale + 0.5),
                    (int)(MAP_HEIGHT * fit.scale + 0.5)};
        assert_true(rect_inside(&map, &boxes[b]));
        int radius = map.h / 100 + 2;
        MapMarker markers[PLACE_COUNT];
        place_markers(&boxes[b], 0, markers);
        for (int i = 0; i < PLACE_COUNT; i++) {
            Rect marker = {markers[i].x - radius, markers[i].y - radius, 2 * radius, 2 * radius};
            if (!rect_inside(&marker, &map))
                fail_msg("%s is outside the map in box %zu", markers[i].name, b);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(all_thirteen_names_fit_a_title_sized_map),
        cmocka_unit_test(a_small_map_names_the_first_place_alone),
        cmocka_unit_test(no_room_at_all_places_no_name),
        cmocka_unit_test(random_markers_never_get_overlapping_names),
        cmocka_unit_test(every_place_projects_inside_the_fitted_map),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
