/* Where a map's place names go: each beside its marker, in one of eight spots around it, clear
 * of every other name and marker and inside the map's box. Arithmetic only: the front end
 * measures the names with its font (FontMetrics), the tests with a stand-in. */
#ifndef HEROCITY_MAP_NAMES_H
#define HEROCITY_MAP_NAMES_H

#include <stdbool.h>

#include "herocity/fit.h"
#include "herocity/layout.h"

enum { MAP_NAMES_MAX = 16 };

/* A marker on the map, in pixels. */
typedef struct {
    int x, y;         /* its centre */
    const char *name; /* NULL: drawn without a name */
    bool bold;        /* the highlighted place's name */
} MapMarker;

typedef struct {
    int px;                    /* the names' size; 0 when none is drawn */
    bool all;                  /* every name found a spot, else only the first marker's */
    Rect boxes[MAP_NAMES_MAX]; /* marker i's name; zero-sized when it has none */
} MapNames;

/* The spot for each name, at the largest size from px_max down to LAYOUT_MIN_TEXT_PX at which
 * every marker with a name gets one. Markers are `radius` pixels from centre to edge; names keep
 * a gap from them, from each other and from the box's edges. When no size fits them all, only
 * markers[0]'s name is placed (put the highlighted place first), clear of the other markers
 * where it can be, else of its own marker and the edges only, at the largest size it fits, or
 * none. count is at most MAP_NAMES_MAX.
 * Returns out->all. */
bool map_names_place(const FontMetrics *metrics, const Rect *box, int radius,
                     const MapMarker *markers, int count, int px_max, MapNames *out);

#endif
