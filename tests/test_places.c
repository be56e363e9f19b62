/* The thirteen places: each has a bank, and each falls inside the map. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "herocity/places.h"

/* The map box in asset units, as tools/map/projection.mjs makes it. */
enum { MAP_WIDTH = 44048, MAP_HEIGHT = 65535 };

static void every_place_projects_inside_the_map(void **state)
{
    (void)state;
    /* Room for a marker and the start of a label around each place: 50 km. */
    const double margin = 50 * 21.5;
    for (int i = 0; i < PLACE_COUNT; i++) {
        const Place *place = &places_all()[i];
        MapPosition at = places_project(place->latitude, place->longitude);
        if (at.x < margin || at.x > MAP_WIDTH - margin || at.y < margin ||
            at.y > MAP_HEIGHT - margin)
            fail_msg("%s projects to %.0f,%.0f, outside the map", place->id, at.x, at.y);
    }
}

static void places_run_north_to_south_with_unique_ids(void **state)
{
    (void)state;
    for (int i = 0; i < PLACE_COUNT; i++) {
        const Place *place = &places_all()[i];
        assert_ptr_equal(places_find(place->id), place);
        if (i > 0)
            assert_true(places_all()[i - 1].latitude > place->latitude);
    }
    assert_null(places_find("atlantis"));
    assert_null(places_find(NULL));
}

/* Every place but none of the other banks has a bank of the same id in questions/. */
static void every_place_has_its_bank(void **state)
{
    (void)state;
    for (int i = 0; i < PLACE_COUNT; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s.xml", QUESTIONS_DIR, places_all()[i].id);
        FILE *bank = fopen(path, "rb");
        if (!bank)
            fail_msg("no bank %s for place %s", path, places_all()[i].id);
        fclose(bank);
    }
}

/* The centre of the projection lies on the central meridian; north is up, east is right. */
static void the_projection_keeps_north_up(void **state)
{
    (void)state;
    MapPosition moscow = places_project(55.7558, 37.6173);
    MapPosition north = places_project(56.7558, 37.6173);
    MapPosition east = places_project(55.7558, 38.6173);
    assert_true(north.y < moscow.y);
    assert_true(east.x > moscow.x);
    /* One degree of latitude is about 111 km, 21.5 units each. */
    assert_true(moscow.y - north.y > 110 * 21.0 && moscow.y - north.y < 112 * 22.0);
}

static void the_projection_text_names_every_number(void **state)
{
    (void)state;
    char text[256];
    places_projection_text(text, sizeof text);
    assert_string_equal(text, "albers-equal-area lon0=34 lat0=56 lat1=48 lat2=64 "
                              "radius-km=6371 box-km=-1000,-1450,1050,1600");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_place_projects_inside_the_map),
        cmocka_unit_test(places_run_north_to_south_with_unique_ids),
        cmocka_unit_test(every_place_has_its_bank),
        cmocka_unit_test(the_projection_keeps_north_up),
        cmocka_unit_test(the_projection_text_names_every_number),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
