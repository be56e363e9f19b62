/* The map on screen. The land and coast are the costly part (thousands of triangles): they are
 * drawn once into a texture per size and theme, at twice the size where that stays small and
 * scaled down once, which smooths their edges. Markers and names are a few shapes and cached
 * text blocks, drawn every frame over the texture. */
#include "map_view.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "herocity/map.h"
#include "herocity/places.h"
#include "map_marks.h"
#include "widgets.h"

/* Sizes shown at once or in turn (title, bank list, feedback panel) keep their textures. */
enum { SLOTS = 3, SUPERSAMPLED_SIDE_MAX = 2048 };

typedef struct {
    SDL_Texture *texture; /* NULL: not made yet, or cannot be (then drawn straight each frame) */
    int w, h;             /* the whole map's size on screen */
    const Theme *theme;
    unsigned long last_used;
    MapMarks marks;
} Slot;

struct MapView {
    Map *map;
    Slot slots[SLOTS];
    unsigned long clock;
    unsigned long renders;
    int names_drawn;  /* in this frame */
    const char *star; /* the place starred in this frame */
};

MapView *map_view_new(const char *assets_dir, char *error, size_t size)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/map/europe-east.poly", assets_dir);
    Map *map = map_load(path, error, size);
    if (!map)
        return NULL;
    MapView *view = calloc(1, sizeof *view);
    if (!view) {
        snprintf(error, size, "out of memory");
        map_free(map);
        return NULL;
    }
    view->map = map;
    view->star = "none";
    return view;
}

void map_view_forget(MapView *view)
{
    if (!view)
        return;
    for (int i = 0; i < SLOTS; i++) {
        if (view->slots[i].texture)
            SDL_DestroyTexture(view->slots[i].texture);
        view->slots[i] = (Slot){0};
    }
}

void map_view_free(MapView *view)
{
    if (!view)
        return;
    map_view_forget(view);
    map_free(view->map);
    free(view);
}

void map_view_begin_frame(MapView *view)
{
    if (view) {
        view->names_drawn = 0;
        view->star = "none";
    }
}

bool map_view_query(const MapView *view, const char *name, char *out, size_t size)
{
    if (strcmp(name, "map_names") == 0)
        snprintf(out, size, "%d", view ? view->names_drawn : 0);
    else if (strcmp(name, "map_star") == 0)
        snprintf(out, size, "%s", view ? view->star : "none");
    else
        return false;
    return true;
}
unsigned long map_view_render_count(const MapView *view) { return view ? view->renders : 0; }

Rect map_view_fit(const MapView *view, const Rect *box)
{
    if (!view || box->w <= 0 || box->h <= 0)
        return (Rect){0, 0, 0, 0};
    MapFit fit = map_fit(view->map, box->x, box->y, box->w, box->h);
    int w = (int)(view->map->width * fit.scale), h = (int)(view->map->height * fit.scale);
    return (Rect){box->x + (box->w - w) / 2, box->y + (box->h - h) / 2, w, h};
}

/* Each stretch of the coast as a quad `width` wide, lengthened by half of that at both ends so
 * that the turns between stretches show no notch; sx, sy scale the asset, x, y move it. */
static void draw_coast(SDL_Renderer *renderer, const Map *map, SDL_Color colour, float x, float y,
                       float sx, float sy, float width)
{
    int segments = map->coast_starts[map->coast_line_count] - map->coast_line_count;
    SDL_Vertex *corners = malloc(sizeof *corners * (size_t)(segments * 4 + 1));
    int *indices = malloc(sizeof *indices * (size_t)(segments * 6 + 1));
    int n = 0;
    float half = width / 2.0f;
    for (int line = 0; corners && indices && line < map->coast_line_count; line++)
        for (int p = map->coast_starts[line]; p + 1 < map->coast_starts[line + 1]; p++) {
            float ax = x + map->coast[p].x * sx, ay = y + map->coast[p].y * sy;
            float bx = x + map->coast[p + 1].x * sx, by = y + map->coast[p + 1].y * sy;
            float length = hypotf(bx - ax, by - ay);
            if (length < 1e-3f)
                continue;
            float dx = (bx - ax) / length * half, dy = (by - ay) / length * half;
            SDL_FPoint quad[4] = {{ax - dx - dy, ay - dy + dx},
                                  {bx + dx - dy, by + dy + dx},
                                  {bx + dx + dy, by + dy - dx},
                                  {ax - dx + dy, ay - dy - dx}};
            static const int order[6] = {0, 1, 2, 0, 2, 3};
            for (int k = 0; k < 6; k++)
                indices[n * 6 + k] = n * 4 + order[k];
            for (int k = 0; k < 4; k++)
                corners[n * 4 + k] = (SDL_Vertex){quad[k], colour, {0, 0}};
            n++;
        }
    if (n > 0)
        SDL_RenderGeometry(renderer, NULL, corners, n * 4, indices, n * 6);
    free(corners);
    free(indices);
}

/* The land's triangles and the coast's lines into a w by h area whose corner is at x, y. */
static void draw_land(SDL_Renderer *renderer, const Map *map, const Theme *theme, float x, float y,
                      float w, float h, float coast_width)
{
    float sx = w / (float)map->width, sy = h / (float)map->height;
    SDL_Vertex *land = malloc(sizeof *land * (size_t)(map->vertex_count + 1));
    if (land) {
        for (int i = 0; i < map->vertex_count; i++)
            land[i] = (SDL_Vertex){{x + map->vertices[i].x * sx, y + map->vertices[i].y * sy},
                                   theme->map_land,
                                   {0, 0}};
        SDL_RenderGeometry(renderer, NULL, land, map->vertex_count, map->triangles,
                           map->triangle_count * 3);
        free(land);
    }
    draw_coast(renderer, map, theme->map_coast, x, y, sx, sy, coast_width);
}

/* The coast's width on screen: a hairline on small maps, a little more on large ones. */
static float coast_width(int h) { return h > 500 ? (float)h / 500.0f : 1.0f; }

/* A render-target texture w by h, opaque; NULL when the renderer cannot make one. */
static SDL_Texture *target_texture(SDL_Renderer *renderer, int w, int h)
{
    SDL_Texture *texture =
        SDL_CreateTexture(renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, w, h);
    if (texture)
        SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_NONE);
    return texture;
}

/* Makes the slot's texture: the sea, the land and the coast. Where it stays small enough they
 * are drawn at twice the size and scaled down once, smoothly (each pixel the mean of four), so
 * the coast has soft edges and every frame after copies the texture pixel for pixel. False
 * when the renderer cannot (no render targets, no memory). */
static bool make_texture(MapView *view, Game *game, Slot *slot)
{
    SDL_Renderer *renderer = game->renderer;
    if (!SDL_RenderTargetSupported(renderer))
        return false;
    bool smooth = slot->w * 2 <= SUPERSAMPLED_SIDE_MAX && slot->h * 2 <= SUPERSAMPLED_SIDE_MAX;
    SDL_Texture *texture = target_texture(renderer, slot->w, slot->h);
    SDL_Texture *large = smooth ? target_texture(renderer, slot->w * 2, slot->h * 2) : NULL;
    if (!texture || SDL_SetRenderTarget(renderer, large ? large : texture) != 0) {
        if (large)
            SDL_DestroyTexture(large);
        if (texture)
            SDL_DestroyTexture(texture);
        return false;
    }
    int factor = large ? 2 : 1;
    SDL_Color sea = slot->theme->map_sea;
    SDL_SetRenderDrawColor(renderer, sea.r, sea.g, sea.b, 255);
    SDL_RenderClear(renderer);
    draw_land(renderer, view->map, slot->theme, 0, 0, (float)(slot->w * factor),
              (float)(slot->h * factor), coast_width(slot->h) * (float)factor);
    if (large && SDL_SetRenderTarget(renderer, texture) == 0) {
        SDL_SetTextureScaleMode(large, SDL_ScaleModeLinear);
        SDL_RenderCopy(renderer, large, NULL, NULL);
    }
    /* Back to the window: SDL puts back its viewport and clipping as they were. */
    SDL_SetRenderTarget(renderer, NULL);
    if (large)
        SDL_DestroyTexture(large);
    slot->texture = texture;
    view->renders++;
    return true;
}

/* The slot for a map of this size in this theme: the one that has it, else the one used least
 * lately, emptied. */
static Slot *slot_for(MapView *view, const Theme *theme, int w, int h)
{
    Slot *victim = &view->slots[0];
    for (int i = 0; i < SLOTS; i++) {
        Slot *slot = &view->slots[i];
        if (slot->w == w && slot->h == h && slot->theme == theme)
            return slot;
        if (slot->last_used < victim->last_used)
            victim = slot;
    }
    if (victim->texture)
        SDL_DestroyTexture(victim->texture);
    *victim = (Slot){.w = w, .h = h, .theme = theme};
    return victim;
}

/* The whole map's size on screen and the part of it shown (in its pixels): all of it fitted
 * into the box, or, filling, as much as the box holds around the highlighted place. */
static Rect part_shown(const MapView *view, const Rect *box, const MapShow *show, int *w, int *h)
{
    const Map *map = view->map;
    BankPlace place = show->highlight;
    MapPosition at = places_project(place.latitude, place.longitude);
    bool fill = show->fill && place.known && places_on_map(at);
    double scale_w = (double)box->w / map->width, scale_h = (double)box->h / map->height;
    /* Filling, the box holds at most two fifths of the map's height: near enough to tell the
     * place's neighbours apart and name them. */
    double scale = fill ? fmax(fmax(scale_w, scale_h), scale_h * 5 / 2) : fmin(scale_w, scale_h);
    *w = (int)(map->width * scale);
    *h = (int)(map->height * scale);
    if (!fill)
        return (Rect){0, 0, *w, *h};
    Rect part = {0, 0, box->w < *w ? box->w : *w, box->h < *h ? box->h : *h};
    int x = (int)(at.x * scale) - part.w / 2, y = (int)(at.y * scale) - part.h / 2;
    part.x = x < 0 ? 0 : x > *w - part.w ? *w - part.w : x;
    part.y = y < 0 ? 0 : y > *h - part.h ? *h - part.h : y;
    return part;
}

Rect map_view_draw(MapView *view, Game *game, const Rect *box, const MapShow *show)
{
    if (!view || box->w < 8 || box->h < 8)
        return (Rect){0, 0, 0, 0};
    int w = 0, h = 0;
    Rect part = part_shown(view, box, show, &w, &h);
    Rect at = {box->x + (box->w - part.w) / 2, box->y + (box->h - part.h) / 2, part.w, part.h};
    Slot *slot = slot_for(view, game->theme, w, h);
    slot->last_used = ++view->clock;
    if (slot->texture || make_texture(view, game, slot)) {
        SDL_Rect src = {part.x, part.y, part.w, part.h};
        SDL_Rect dst = {at.x, at.y, at.w, at.h};
        SDL_RenderCopy(game->renderer, slot->texture, &src, &dst);
    } else { /* no render targets: the geometry every frame, cut to the part shown */
        SDL_Rect clip = {at.x, at.y, at.w, at.h};
        SDL_RenderSetClipRect(game->renderer, &clip);
        draw_fill(game->renderer, &at, game->theme->map_sea);
        draw_land(game->renderer, view->map, game->theme, (float)(at.x - part.x),
                  (float)(at.y - part.y), (float)w, (float)h, coast_width(h));
        SDL_RenderSetClipRect(game->renderer, NULL);
    }
    /* Framed as the list rows are: on a light page the paper land would melt into it. */
    draw_outline(game->renderer, &at, 1 + widgets_sizes(game).answer / 24, game->theme->outline);
    map_marks_update(&slot->marks, view->map, game, w, h, &part, show);
    view->names_drawn += map_marks_draw(&slot->marks, game, at.x - part.x, at.y - part.y);
    if (slot->marks.starred)
        view->star = show->highlight.place_id ? show->highlight.place_id : "own";
    return at;
}
