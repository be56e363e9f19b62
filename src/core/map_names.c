/* Name placement as a small search for the best spots: each spot costs its rank in the order
 * map makers prefer (right, left, the corners, above, below), and much more when the name would
 * sit nearer another marker than its own, which misleads. A depth-first search over the names,
 * the most hemmed-in first, keeps the cheapest whole placement; it skips any branch that cannot
 * beat it, and a step budget bounds the worst case (then the best found is kept, or a smaller
 * size is tried). */
#include "herocity/map_names.h"

#include <limits.h>
#include <string.h>

enum { SPOTS = 8, STEP_BUDGET = 40000, MISLEADING = 20 };

typedef struct {
    const MapMarker *markers;
    int count;
    Rect spots[MAP_NAMES_MAX][SPOTS]; /* the possible spots, cheapest first */
    int costs[MAP_NAMES_MAX][SPOTS];
    int spot_count[MAP_NAMES_MAX];
    int order[MAP_NAMES_MAX];              /* who chooses first */
    int cheapest_after[MAP_NAMES_MAX + 1]; /* the least the names from order[k] on can cost */
    Rect chosen[MAP_NAMES_MAX];
    Rect best[MAP_NAMES_MAX];
    int best_cost; /* INT_MAX: nothing found yet */
    int gap;       /* kept clear between names */
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

static void choose_from(Search *s, int k, int cost)
{
    if (cost + s->cheapest_after[k] >= s->best_cost || s->steps > STEP_BUDGET)
        return;
    if (k == s->count) {
        s->best_cost = cost;
        memcpy(s->best, s->chosen, sizeof s->best);
        return;
    }
    int i = s->order[k];
    s->chosen[i] = (Rect){0, 0, 0, 0};
    if (!s->markers[i].name) {
        choose_from(s, k + 1, cost);
        return;
    }
    for (int c = 0; c < s->spot_count[i]; c++) {
        s->steps++;
        if (!clear_of_chosen(s, k, &s->spots[i][c]))
            continue;
        s->chosen[i] = s->spots[i][c];
        choose_from(s, k + 1, cost + s->costs[i][c]);
    }
    s->chosen[i] = (Rect){0, 0, 0, 0};
}

/* The square of the distance from a point to a rectangle. */
static long distance_to(const Rect *r, int x, int y)
{
    long dx = x < r->x ? r->x - x : x > r->x + r->w ? x - (r->x + r->w) : 0;
    long dy = y < r->y ? r->y - y : y > r->y + r->h ? y - (r->y + r->h) : 0;
    return dx * dx + dy * dy;
}

/* A spot's cost: its rank, and MISLEADING when another marker is not clearly farther from it
 * than its own (less than twice as far): the eye would join them. */
static int spot_cost(const Search *s, int self, const Rect *spot, int rank)
{
    long own = distance_to(spot, s->markers[self].x, s->markers[self].y);
    for (int j = 0; j < s->count; j++)
        if (j != self && distance_to(spot, s->markers[j].x, s->markers[j].y) < 4 * own)
            return rank + MISLEADING;
    return rank;
}

/* Keeps the spots of name i that are possible, cheapest first. */
static void collect_spots(Search *s, int i, const Rect *all, const Rect *inner, int radius)
{
    for (int c = 0; c < SPOTS; c++) {
        if (!possible(s, i, &all[c], inner, radius))
            continue;
        int cost = spot_cost(s, i, &all[c], c), n = s->spot_count[i]++;
        while (n > 0 && s->costs[i][n - 1] > cost) {
            s->spots[i][n] = s->spots[i][n - 1];
            s->costs[i][n] = s->costs[i][n - 1];
            n--;
        }
        s->spots[i][n] = all[c];
        s->costs[i][n] = cost;
    }
}

/* Measures the names at px and finds the best spots, or returns false. */
static bool place_at(const FontMetrics *metrics, const Rect *box, int radius,
                     const MapMarker *markers, int count, int px, Rect *boxes)
{
    Search s = {.markers = markers, .count = count, .gap = px / 6 + 1, .best_cost = INT_MAX};
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
        collect_spots(&s, i, all, &inner, radius);
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
    for (int k = count - 1; k >= 0; k--) {
        int i = s.order[k];
        s.cheapest_after[k] = s.cheapest_after[k + 1] + (markers[i].name ? s.costs[i][0] : 0);
    }
    choose_from(&s, 0, 0);
    if (s.best_cost == INT_MAX)
        return false;
    memcpy(boxes, s.best, sizeof(Rect) * (size_t)count);
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
    /* The first name alone: clear of the other markers if it can be, else over them (on a
     * map this small it is what matters). */
    if (count == 0 || !markers[0].name)
        return false;
    MapMarker first[MAP_NAMES_MAX];
    memcpy(first, markers, sizeof(MapMarker) * (size_t)count);
    for (int i = 1; i < count; i++)
        first[i].name = NULL;
    for (int alone = 0; alone < 2; alone++)
        for (int px = px_max; px >= LAYOUT_MIN_TEXT_PX; px = smaller(px))
            if (place_at(metrics, box, radius, first, alone ? 1 : count, px, out->boxes)) {
                out->px = px;
                return false;
            }
    return false;
}
