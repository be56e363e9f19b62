/* Markers and names over the map: a dot for each place, a star for the highlighted one, and
 * the names where map_names puts them. */
#include "map_marks.h"

#include <math.h>
#include <string.h>

#include "draw.h"
#include "widgets.h"

static bool same_place(const BankPlace *a, const BankPlace *b)
{
    return a->known == b->known && a->place_id == b->place_id && a->latitude == b->latitude &&
           a->longitude == b->longitude;
}

static bool laid_out_for(const MapMarks *marks, int map_w, int map_h, const Rect *window,
                         const MapShow *show, int px_max)
{
    return marks->valid && marks->map_w == map_w && marks->map_h == map_h &&
           memcmp(&marks->window, window, sizeof *window) == 0 &&
           marks->show.name_all == show->name_all &&
           same_place(&marks->show.highlight, &show->highlight) && marks->px_max == px_max;
}

/* Where a latitude and longitude falls on a map w by h, from its corner. */
static MapMarker marker_at(const Map *map, double latitude, double longitude, int w, int h)
{
    MapPosition at = places_project(latitude, longitude);
    return (MapMarker){(int)lround(at.x * w / map->width), (int)lround(at.y * h / map->height),
                       NULL, false};
}

/* Whether a marker lies, whole, in the part of the map shown. */
static bool shown(const MapMarks *marks, const MapMarker *m)
{
    Rect whole = {m->x - marks->radius, m->y - marks->radius, 2 * marks->radius, 2 * marks->radius};
    return rect_inside(&whole, &marks->window);
}

static long squared_distance(const MapMarker *a, const MapMarker *b)
{
    long dx = a->x - b->x, dy = a->y - b->y;
    return dx * dx + dy * dy;
}

/* The highlighted place is named (at names.px); adds the other names one by one, nearest
 * first, each kept only if all named so far still fit at that size. */
static void name_neighbours(MapMarks *marks, const FontMetrics *metrics)
{
    MapMarker trial[PLACE_COUNT + 1];
    memcpy(trial, marks->markers, sizeof trial);
    for (int i = 1; i < marks->count; i++)
        trial[i].name = NULL;
    bool tried[PLACE_COUNT + 1] = {false};
    for (;;) {
        int next = -1;
        for (int i = 1; i < marks->count; i++)
            if (!tried[i] && (next < 0 || squared_distance(&trial[0], &trial[i]) <
                                              squared_distance(&trial[0], &trial[next])))
                next = i;
        if (next < 0)
            return;
        tried[next] = true;
        trial[next].name = marks->markers[next].name;
        MapNames names;
        if (map_names_place(metrics, &marks->window, marks->radius, trial, marks->count,
                            marks->names.px, &names) &&
            names.px == marks->names.px)
            marks->names = names;
        else
            trial[next].name = NULL;
    }
}

void map_marks_update(MapMarks *marks, const Map *map, Game *game, int map_w, int map_h,
                      const Rect *window, const MapShow *show)
{
    /* The footer's size, or less on a small map, where a name must not hide the land; never
     * below the smallest size a player must read. */
    int px_max = widgets_sizes(game).footer;
    px_max = px_max < window->h / 12 ? px_max : window->h / 12;
    px_max = px_max > LAYOUT_MIN_TEXT_PX ? px_max : LAYOUT_MIN_TEXT_PX;
    if (laid_out_for(marks, map_w, map_h, window, show, px_max))
        return;
    *marks = (MapMarks){.valid = true,
                        .map_w = map_w,
                        .map_h = map_h,
                        .window = *window,
                        .show = *show,
                        .px_max = px_max};
    marks->radius = map_h / 90 + 2;
    const BankPlace *highlight = &show->highlight;
    if (highlight->known) {
        MapMarker star = marker_at(map, highlight->latitude, highlight->longitude, map_w, map_h);
        const Place *place = places_find(highlight->place_id);
        star.name = place ? place->name : NULL;
        star.bold = true;
        marks->starred = shown(marks, &star);
        if (marks->starred)
            marks->markers[marks->count++] = star;
    }
    for (int i = 0; i < PLACE_COUNT; i++) {
        const Place *place = &places_all()[i];
        if (marks->starred && highlight->place_id == place->id)
            continue;
        MapMarker dot = marker_at(map, place->latitude, place->longitude, map_w, map_h);
        dot.name = show->name_all ? place->name : NULL;
        if (shown(marks, &dot))
            marks->markers[marks->count++] = dot;
    }
    FontMetrics metrics = text_metrics(game->text);
    /* A map shown whole names every place, all at one size, or none but the star's. Near a
     * place, the star's name comes first, as large as it fits, then its neighbours at that
     * size, the nearest first, as room allows: better few names read than all too small. */
    bool near = show->fill && marks->starred;
    if (!near && map_names_place(&metrics, window, marks->radius, marks->markers, marks->count,
                                 px_max, &marks->names))
        return;
    if (!marks->starred) { /* naming some places and not others would single them out */
        marks->names = (MapNames){0};
        return;
    }
    MapMarker star_only[PLACE_COUNT + 1];
    memcpy(star_only, marks->markers, sizeof star_only);
    for (int i = 1; i < marks->count; i++)
        star_only[i].name = NULL;
    map_names_place(&metrics, window, marks->radius, star_only, marks->count, px_max,
                    &marks->names);
    if (show->name_all && marks->names.px > 0)
        name_neighbours(marks, &metrics);
}

/* A five-pointed star, point up, as a fan of triangles around its centre. */
static void draw_star(SDL_Renderer *renderer, float cx, float cy, float r, SDL_Color colour)
{
    SDL_Vertex v[30];
    for (int i = 0; i < 10; i++) {
        float a0 = -1.5707963f + 0.62831853f * (float)i;
        float a1 = a0 + 0.62831853f;
        float r0 = i % 2 ? r * 0.42f : r, r1 = i % 2 ? r : r * 0.42f;
        v[i * 3] = (SDL_Vertex){{cx, cy}, colour, {0, 0}};
        v[i * 3 + 1] = (SDL_Vertex){{cx + r0 * cosf(a0), cy + r0 * sinf(a0)}, colour, {0, 0}};
        v[i * 3 + 2] = (SDL_Vertex){{cx + r1 * cosf(a1), cy + r1 * sinf(a1)}, colour, {0, 0}};
    }
    SDL_RenderGeometry(renderer, NULL, v, 30, NULL, 0);
}

static void draw_dot(SDL_Renderer *renderer, int cx, int cy, int r, SDL_Color colour)
{
    Rect box = {cx - r, cy - r, 2 * r, 2 * r};
    draw_shape(renderer, SHAPE_CIRCLE, &box, colour);
}

/* Markers ringed in the sea's colour, so that a coast line never runs into one; the star last,
 * over any dot; names on top. */
int map_marks_draw(const MapMarks *marks, Game *game, int x, int y)
{
    const Theme *t = game->theme;
    int r = marks->radius, halo = r / 3 + 1;
    for (int i = marks->count - 1; i >= 0; i--) {
        int cx = x + marks->markers[i].x, cy = y + marks->markers[i].y;
        if (i == 0 && marks->starred) {
            draw_star(game->renderer, (float)cx, (float)cy, (float)(r * 2 + halo * 2), t->map_sea);
            draw_star(game->renderer, (float)cx, (float)cy, (float)(r * 2), t->map_highlight);
        } else {
            draw_dot(game->renderer, cx, cy, r + halo, t->map_sea);
            draw_dot(game->renderer, cx, cy, r, t->map_marker);
        }
    }
    int drawn = 0;
    for (int i = 0; i < marks->count; i++) {
        const Rect *name = &marks->names.boxes[i];
        if (name->w == 0)
            continue;
        /* Beside a star, the other names recede. */
        bool bold = marks->markers[i].bold;
        SDL_Color colour = bold || !marks->starred ? t->text : t->muted;
        TextStyle style = {bold ? FONT_BOLD : FONT_REGULAR, marks->names.px, colour, ALIGN_LEFT};
        text_draw_line(game->text, marks->markers[i].name, x + name->x, y + name->y + name->h / 2,
                       style);
        drawn++;
    }
    return drawn;
}
