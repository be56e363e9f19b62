/* The thirteen places of the game (the twelve Hero Cities and Brest Fortress) and the map's
 * projection, which puts any latitude and longitude into the map asset's coordinates. */
#ifndef HEROCITY_PLACES_H
#define HEROCITY_PLACES_H

#include <stdbool.h>
#include <stddef.h>

enum { PLACE_COUNT = 13 };

typedef struct {
    const char *id;   /* the id of the place's question bank, e.g. "brest-fortress" */
    const char *name; /* English, as the game shows it: "Leningrad", "Kyiv" */
    double latitude;  /* degrees north */
    double longitude; /* degrees east */
} Place;

/* A point in map asset units: x grows east, y grows south, the map box is 0..width, 0..height
 * of the loaded map (see map.h). Fractional, and outside the box for a place far away. */
typedef struct {
    double x;
    double y;
} MapPosition;

/* The PLACE_COUNT places, north to south. */
const Place *places_all(void);
/* The place with this id, or NULL. */
const Place *places_find(const char *id);
/* Where a latitude and longitude (degrees) fall on the map. */
MapPosition places_project(double latitude, double longitude);
/* Whether a position lies within the map's box (an author's own place may not). */
bool places_on_map(MapPosition at);

/* Writes the projection and box the map asset must be made with, as its "projection" line
 * says them (tools/map/projection.mjs has the same numbers); map_load rejects any other. */
void places_projection_text(char *out, size_t size);

#endif
