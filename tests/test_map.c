/* The map asset: the shipped one loads and agrees with the places; a damaged one is an error
 * that names its line, never a crash or a leak. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "herocity/alloc.h"
#include "herocity/map.h"
#include "herocity/places.h"

#define MAP_PATH ASSETS_DIR "/map/europe-east.poly"

static char *read_all(const char *path, size_t *length)
{
    FILE *file = fopen(path, "rb");
    assert_non_null(file);
    char *text = malloc(1 << 24);
    assert_non_null(text);
    *length = fread(text, 1, 1 << 24, file);
    fclose(file);
    return text;
}

/* A small valid map: a triangle of land and one coast line, after `header` lines of the
 * shipped format (so that tests can damage one line at a time). */
static void small_map(char *out, size_t size, const char *body)
{
    char projection[256];
    places_projection_text(projection, sizeof projection);
    snprintf(out, size, "herocity-map 1\nprojection %s\nsize 100 200\n%s", projection, body);
}

static const char small_body[] = "land 3 1\n0 0\n100 0\n0 200\n0 1 2\n"
                                 "coast 1\nline 2\n0 0\n100 0\nend\n";

static Map *parse(const char *text, char *error, size_t size)
{
    return map_parse(text, strlen(text), "test.poly", error, size);
}

static void the_shipped_map_loads(void **state)
{
    (void)state;
    char error[256] = "";
    Map *map = map_load(MAP_PATH, error, sizeof error);
    if (!map)
        fail_msg("%s", error);
    assert_int_equal(map->width, 44048);
    assert_int_equal(map->height, 65535);
    assert_true(map->triangle_count > 1000);
    assert_true(map->coast_line_count > 10);
    assert_int_equal(map->coast_starts[0], 0);
    for (int i = 0; i < map->coast_line_count; i++)
        assert_true(map->coast_starts[i + 1] - map->coast_starts[i] >= 2);
    map_free(map);
}

static double cross(MapPosition o, MapPoint a, MapPoint b)
{
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

static double distance_to_segment(MapPosition p, MapPoint a, MapPoint b)
{
    double dx = b.x - a.x, dy = b.y - a.y;
    double t = dx || dy ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy) : 0;
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    double ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
    return ex * ex + ey * ey;
}

/* The square of the distance from p to the land (0 on land). */
static double distance_to_land(const Map *map, MapPosition p)
{
    double best = 1e300;
    for (int t = 0; t < map->triangle_count; t++) {
        MapPoint a = map->vertices[map->triangles[3 * t]];
        MapPoint b = map->vertices[map->triangles[3 * t + 1]];
        MapPoint c = map->vertices[map->triangles[3 * t + 2]];
        double ab = cross(p, a, b), bc = cross(p, b, c), ca = cross(p, c, a);
        if ((ab >= 0 && bc >= 0 && ca >= 0) || (ab <= 0 && bc <= 0 && ca <= 0))
            return 0;
        double d = distance_to_segment(p, a, b);
        d = fmin(d, fmin(distance_to_segment(p, b, c), distance_to_segment(p, c, a)));
        best = fmin(best, d);
    }
    return best;
}

/* The C projection and the script's agree: every place, ports too, is on the land or within
 * 3 km of it (21.5 units a km). */
static void every_place_is_on_the_land(void **state)
{
    (void)state;
    char error[256] = "";
    Map *map = map_load(MAP_PATH, error, sizeof error);
    assert_non_null(map);
    for (int i = 0; i < PLACE_COUNT; i++) {
        const Place *place = &places_all()[i];
        MapPosition at = places_project(place->latitude, place->longitude);
        double d = distance_to_land(map, at);
        if (d > 3 * 21.5 * 3 * 21.5)
            fail_msg("%s is %.1f km off the land", place->id, sqrt(d) / 21.5);
    }
    map_free(map);
}

static void a_small_map_loads(void **state)
{
    (void)state;
    char text[1024], error[256] = "";
    small_map(text, sizeof text, small_body);
    Map *map = parse(text, error, sizeof error);
    if (!map)
        fail_msg("%s", error);
    assert_int_equal(map->vertex_count, 3);
    assert_int_equal(map->triangles[2], 2);
    assert_int_equal(map->coast_starts[1], 2);
    assert_int_equal(map->coast[1].x, 100);
    map_free(map);
}

static void assert_error(const char *text, const char *expected)
{
    char error[256] = "";
    Map *map = parse(text, error, sizeof error);
    if (map || !strstr(error, expected))
        fail_msg("expected an error with '%s', got '%s'", expected, error);
}

static void assert_body_error(const char *body, const char *expected)
{
    char text[1024];
    small_map(text, sizeof text, body);
    assert_error(text, expected);
}

static void damaged_maps_name_the_line(void **state)
{
    (void)state;
    assert_error("", "test.poly:1: the file ends too early");
    assert_error("<svg>\n", "test.poly:1: expected 'herocity-map 1'");
    assert_error("herocity-map 1\nprojection mercator\n", "test.poly:2: expected the projection");
    assert_body_error("land 3 1\n0 0\n101 0\n0 200\n0 1 2\n", "test.poly:6: expected a point");
    assert_body_error("land 3 1\n0 0\n100 0\n0 200\n0 1 3\n", "test.poly:8: expected a triangle");
    assert_body_error("land 3 1\n0 0\n100 -1\n0 200\n0 1 2\n", "test.poly:6: expected a point");
    assert_body_error("land 3 1\n0 0\n100 0 7\n0 200\n0 1 2\n", "test.poly:6: expected a point");
    assert_body_error("land 3 1\n0 0\n100 0\n0 200\n0 1\n", "test.poly:8: expected a triangle");
    assert_body_error("land 99999999999999999999 1\n",
                      "test.poly:4: expected 'land VERTICES TRIANGLES', not a number larger");
    assert_body_error("land 1000000 0\n0 0\n", "test.poly:4: 1000000 vertices cannot fit");
    assert_body_error("land 0 1\n0 1 2\n", "test.poly:4: triangles need at least 3");
    assert_body_error("land 3 1\n0 0\n100 0\n0 200\n0 1 2\ncoast 1\nline 1\n0 0\nend\n",
                      "test.poly:10: a coast line needs at least 2 points");
    assert_body_error("land 3 1\n0 0\n100 0\n0 200\n0 1 2\ncoast 0\nend\nmore\n",
                      "test.poly:11: nothing may follow 'end'");
    assert_body_error("land 3 1\n0 0\n100 0\n0 200\n0 1 2\ncoast 0\nend", "test.poly:10: the file");
}

/* Cut short anywhere, the shipped map is an error, never a crash (ASan watches). */
static void a_map_cut_anywhere_is_an_error(void **state)
{
    (void)state;
    size_t length = 0;
    char *text = read_all(MAP_PATH, &length);
    char error[256];
    for (size_t cut = 0; cut < length; cut += 1 + cut / 8) {
        error[0] = '\0';
        Map *map = map_parse(text, cut, "cut.poly", error, sizeof error);
        if (map)
            fail_msg("a map cut at byte %zu loaded", cut);
        assert_non_null(strstr(error, "cut.poly:"));
    }
    free(text);
}

/* A tall map in a wide rectangle: the height fills it, the width is centred. */
static void the_map_fits_a_rectangle_centred(void **state)
{
    (void)state;
    Map map = {.width = 100, .height = 200};
    MapFit fit = map_fit(&map, 10, 20, 400, 100);
    assert_float_equal(fit.scale, 0.5, 1e-9);
    assert_float_equal(fit.top, 20, 1e-9);
    assert_float_equal(fit.left, 10 + (400 - 50) / 2.0, 1e-9);
    fit = map_fit(&map, 0, 0, 50, 1000);
    assert_float_equal(fit.scale, 0.5, 1e-9);
    assert_float_equal(fit.left, 0, 1e-9);
    assert_float_equal(fit.top, (1000 - 100) / 2.0, 1e-9);
}

static void a_missing_file_is_an_error(void **state)
{
    (void)state;
    char error[256] = "";
    assert_null(map_load("/nonexistent/europe-east.poly", error, sizeof error));
    assert_non_null(strstr(error, "cannot open the map /nonexistent/europe-east.poly"));
}

static void running_out_of_memory_is_an_error(void **state)
{
    (void)state;
    char text[1024];
    small_map(text, sizeof text, small_body);
    for (long n = 0; n < 5; n++) {
        char error[256] = "";
        alloc_fail_after(n);
        Map *map = parse(text, error, sizeof error);
        alloc_fail_after(-1);
        assert_null(map);
        assert_non_null(strstr(error, "out of memory"));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_shipped_map_loads),
        cmocka_unit_test(every_place_is_on_the_land),
        cmocka_unit_test(a_small_map_loads),
        cmocka_unit_test(damaged_maps_name_the_line),
        cmocka_unit_test(a_map_cut_anywhere_is_an_error),
        cmocka_unit_test(the_map_fits_a_rectangle_centred),
        cmocka_unit_test(a_missing_file_is_an_error),
        cmocka_unit_test(running_out_of_memory_is_an_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
