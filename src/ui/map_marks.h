/* The markers and names over the map (map_view.c's part that changes with the highlighted
 * place): laid out once per map size, visible part, highlight and naming, drawn each frame. */
#ifndef HEROCITY_UI_MAP_MARKS_H
#define HEROCITY_UI_MAP_MARKS_H

#include "game.h"
#include "herocity/map.h"
#include "herocity/map_names.h"
#include "herocity/places.h"
#include "map_view.h"

typedef struct {
    bool valid;
    /* What they were laid out for. */
    int map_w, map_h; /* the whole map's size in pixels */
    Rect window;      /* the part of it shown, in the same pixels */
    MapShow show;
    int px_max;
    /* Relative to the whole map's corner; the highlighted place first, as a star. */
    MapMarker markers[PLACE_COUNT + 1];
    int count;
    bool starred;
    int radius;
    MapNames names;
} MapMarks;

/* Lays out the markers of the places inside `window` of a map_w by map_h map, unless they are
 * laid out for the same already. */
void map_marks_update(MapMarks *marks, const Map *map, Game *game, int map_w, int map_h,
                      const Rect *window, const MapShow *show);
/* Draws them with the whole map's corner at x, y; returns how many names it drew. */
int map_marks_draw(const MapMarks *marks, Game *game, int x, int y);

#endif
