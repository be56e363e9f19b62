/* Name placement as a small search: each name tries its eight spots in the order map makers
 * prefer (right, left, the corners, above, below); when a later name finds no spot, the one
 * before it tries its next. The most hemmed-in names choose first, so the search rarely goes
 * back; a step budget keeps the worst case bounded, and then a smaller size is tried. */
#include "herocity/map_names.h"

#include <string.h>

enum { SPOTS = 8, STEP_BUDGET = 20000 };

typedef struct {
    const MapMarker *markers;
    int count;
    Rect spots[MAP_NAMES_MAX][SPOTS]; /* the spots left after the box and the markers */
    int spot_count[MAP_NAMES_MAX];
    int order[MAP_NAMES_MAX]; /* who chooses first */
    Rect chosen[MAP_NAMES_MAX];
    int gap; /* kept clear between names */
    long steps;
} Search;

static Rect grown(const Rect *r, int by)
{
    return (Rect){r->x - by, r->y - by, r->w + 2 * by, r->h + 2 * by};
}

/* The eight spots for a w by h name around a marker, in order of preference. */
static void spots_around(const MapMarker *m, int radius, int gap, int w, int h, Rect *out)
{
    int near = radius + gap, corner = radius + gap / 2;
    int mid = m->y - h / 2;
    const Rect spots[SPOTS] = {
        {m->x + near, mid, w, h},                     /* right */
        {m->x - near - w, mid, w, h},                 /* left */
        {m->x + corner, m->y - corner - h, w, h},     /* above right */
        {m->x + corner, m->y + corner, w, h},         /* below right */
        {m->x - corner - w, m->y - corner - h, w, h}, /* above left */
        {m->x - corner - w, m->y + corner, w, h},     /* below left */
        {m->x - w / 2, m->y - near - h, w, h},        /* above */
        {m->x - w / 2, m->y + near, w, h},            /* below */
    };
    memcpy(out, spots, sizeof spots);
}

/* A spot is possible when it lies in the box and touches no other marker. */
static bool possible(const Search *s, int self, const Rect *spot, const Rect *inner, int radius)
{
    if (!rect_inside(spot, inner))
        return false;
    for (int j = 0; j < s->count; j++) {
        const MapMarker *m = &s->markers[j];
        Rect marker = {m->x - radius, m->y - radius, 2 * radius, 2 * radius};
        if (j != self && rect_overlaps(spot, &marker))
            return false;
    }
    return true;
}

static bool clear_of_chosen(const Search *s, int upto, const Rect *spot)
{
    Rect around = grown(spot, s->gap);
    for (int k = 0; k < upto; k++)
        if (rect_overlaps(&around, &s->chosen[s->order[k]]))
            return false;
    return true;
}

static bool choose_from(Search *s, int k)
{
    if (k == s->count)
        return true;
    int i = s->order[k];
    if (!s->markers[i].name) {
        s->chosen[i] = (Rect){0, 0, 0, 0};
        return choose_from(s, k + 1);
    }
    for (int c = 0; c < s->spot_count[i]; c++) {
        if (++s->steps > STEP_BUDGET)
            return false;
        if (!clear_of_chosen(s, k, &s->spots[i][c]))
            continue;
        s->chosen[i] = s->spots[i][c];
        if (choose_from(s, k + 1))
            return true;
    }
    s->chosen[i] = (Rect){0, 0, 0, 0};
    return false;
}

/* Measures the names at px and finds every spot, or returns false. */
static bool place_at(const FontMetrics *metrics, const Rect *box, int radius,
                     const MapMarker *markers, int count, int px, Rect *boxes)
{
    Search s = {.markers = markers, .count = count, .gap = px / 6 + 1};
    Rect inner = grown(box, -(px / 6 + 1));
    for (int i = 0; i < count; i++) {
        s.order[i] = i;
        if (!markers[i].name)
            continue;
        int w = metrics->measure(metrics->context, markers[i].bold, px, markers[i].name,
                                 strlen(markers[i].name));
        int h = metrics->line_height(metrics->context, markers[i].bold, px);
        Rect all[SPOTS];
        spots_around(&markers[i], radius, s.gap, w, h, all);
        for (int c = 0; c < SPOTS; c++)
            if (possible(&s, i, &all[c], &inner, radius))
                s.spots[i][s.spot_count[i]++] = all[c];
        if (s.spot_count[i] == 0)
            return false;
    }
    /* The first marker (the highlighted place) chooses first, then the most hemmed in. */
    for (int a = 2; a < count; a++)
        for (int b = a; b > 1 && s.spot_count[s.order[b]] < s.spot_count[s.order[b - 1]]; b--) {
            int t = s.order[b];
            s.order[b] = s.order[b - 1];
            s.order[b - 1] = t;
        }
    if (!choose_from(&s, 0))
        return false;
    memcpy(boxes, s.chosen, sizeof(Rect) * (size_t)count);
    return true;
}

/* The next size down: a tenth smaller, and never below the smallest readable size. */
static int smaller(int px)
{
    int next = px * 9 / 10;
    return next < px - 1 ? next : px - 1;
}

bool map_names_place(const FontMetrics *metrics, const Rect *box, int radius,
                     const MapMarker *markers, int count, int px_max, MapNames *out)
{
    *out = (MapNames){0};
    count = count < MAP_NAMES_MAX ? count : MAP_NAMES_MAX;
    for (int px = px_max; px >= LAYOUT_MIN_TEXT_PX; px = smaller(px))
        if (place_at(metrics, box, radius, markers, count, px, out->boxes)) {
            out->px = px;
            out->all = true;
            return true;
        }
    /* The first name alone may cover other markers: on a map this small it is what matters. */
    if (count == 0 || !markers[0].name)
        return false;
    for (int px = px_max; px >= LAYOUT_MIN_TEXT_PX; px = smaller(px))
        if (place_at(metrics, box, radius, markers, 1, px, out->boxes)) {
            out->px = px;
            return false;
        }
    return false;
}
