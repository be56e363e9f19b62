/* The map on screen: land (SDL_RenderGeometry over the asset's triangles) and coast, drawn once
 * per size and theme into a texture, so a steady frame draws nothing new; on top, a dot for each
 * place, a star for the place the screen is about, and the places' names (map_names.h). */
#ifndef HEROCITY_UI_MAP_VIEW_H
#define HEROCITY_UI_MAP_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "game.h"
#include "herocity/bank.h"
#include "herocity/layout.h"

/* The map of assets_dir/map/europe-east.poly, or NULL with the reason in error: the screens
 * then draw no map. */
MapView *map_view_new(const char *assets_dir, char *error, size_t size);
void map_view_free(MapView *view);

typedef struct {
    BankPlace highlight; /* known: drawn as a star, its name in bold */
    bool name_all;       /* every place's name when they fit; else the highlighted one's alone */
    /* Fill the box, larger, showing the part of the map around the highlighted place (a box
     * much wider than the map is, beside a text). Without a highlight the whole map shows. */
    bool fill;
} MapShow;

/* Draws the map into box, the whole of it centred with its aspect kept (or, filling, the part
 * around the highlight) and returns the rectangle it covers (zero-sized when there is no map).
 * A NULL view draws nothing. */
Rect map_view_draw(MapView *view, Game *game, const Rect *box, const MapShow *show);
/* The rectangle the whole map takes in box, centred with its aspect kept. */
Rect map_view_fit(const MapView *view, const Rect *box);

/* The textures are gone or stale (render targets reset, device lost): they are made again
 * when next drawn. */
void map_view_forget(MapView *view);
/* A frame begins: the names counted below start again from zero. */
void map_view_begin_frame(MapView *view);
/* What the maps of this frame showed, for scripts' `expect`: map_names (how many places were
 * named), map_star (the highlighted place's id, "own" for an author's own, or "none"). False
 * for another name. */
bool map_view_query(const MapView *view, const char *name, char *out, size_t size);
/* Land textures made since start: a steady frame makes none. */
unsigned long map_view_render_count(const MapView *view);

#endif
