/* The map asset (assets/map/europe-east.poly, described in assets/map/PROVENANCE.md): land as
 * triangles and the coast as polylines, in asset units: x grows east, y grows south, within
 * 0..width and 0..height. places_project (places.h) puts a latitude and longitude there.
 * To draw it: map_fit for the rectangle, the vertices through it into SDL_Vertex once per
 * size, SDL_RenderGeometry with the triangles as they are, and each coast line as a polyline. */
#ifndef HEROCITY_MAP_H
#define HEROCITY_MAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint16_t x;
    uint16_t y;
} MapPoint;

typedef struct {
    /* The box in asset units; the longer side is 65535. */
    int width;
    int height;
    /* The land: triangles over a list of vertices, 3 indices a triangle, int as
     * SDL_RenderGeometry takes them. */
    MapPoint *vertices;
    int vertex_count;
    int *triangles;
    int triangle_count;
    /* The coast: every line's points one after another; line i runs from
     * coast[coast_starts[i]] to coast[coast_starts[i + 1] - 1] (coast_line_count + 1 offsets).
     * A line that ends where it starts is a whole island or shore. */
    MapPoint *coast;
    int *coast_starts;
    int coast_line_count;
} Map;

/* Where the map goes in a rectangle of the window: centred, its aspect kept. A point p of the
 * map (a vertex, a coast point, or places_project's position) lands at
 * (left + p.x * scale, top + p.y * scale). */
typedef struct {
    double scale;
    double left;
    double top;
} MapFit;

/* Fits the map into the rectangle at x, y of width by height (pixels, or any units). */
MapFit map_fit(const Map *map, double x, double y, double width, double height);

/* Reads the asset at path. On failure returns NULL and writes why to error ("FILE:LINE: ..."
 * for a damaged file). Free with map_free. */
Map *map_load(const char *path, char *error, size_t size);
/* The same from text in memory; name is what messages call it. */
Map *map_parse(const char *text, size_t length, const char *name, char *error, size_t size);
void map_free(Map *map);

#endif
