/* The thirteen places and the map's projection (Albers equal-area conic on a sphere). */
#include "herocity/places.h"

#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* The same numbers as tools/map/projection.mjs: change both, then remake the asset. */
static const struct {
    double radius_km, lon0, lat0, lat1, lat2; /* the sphere, centre, standard parallels */
    double west, south, east, north;          /* the box, in km from the centre */
} projection = {6371, 34, 56, 48, 64, -1000, -1450, 1050, 1600};
/* The box's longer side, in asset units. */
static const double asset_side = 65535.0;

/* City centres; for Brest, the fortress itself, west of the town. */
static const Place places[PLACE_COUNT] = {
    {"murmansk", "Murmansk", 68.9585, 33.0827},
    {"leningrad", "Leningrad", 59.9386, 30.3141},
    {"moscow", "Moscow", 55.7558, 37.6173},
    {"smolensk", "Smolensk", 54.7818, 32.0401},
    {"tula", "Tula", 54.1931, 37.6177},
    {"minsk", "Minsk", 53.9045, 27.5615},
    {"brest-fortress", "Brest Fortress", 52.0831, 23.6550},
    {"kyiv", "Kyiv", 50.4501, 30.5234},
    {"stalingrad", "Stalingrad", 48.7080, 44.5133},
    {"odesa", "Odesa", 46.4825, 30.7233},
    {"kerch", "Kerch", 45.3566, 36.4706},
    {"novorossiysk", "Novorossiysk", 44.7239, 37.7689},
    {"sevastopol", "Sevastopol", 44.6167, 33.5254},
};

/* Asset units in a kilometre: the box's longer side is asset_side. */
static double units_per_km(void)
{
    return asset_side /
           fmax(projection.east - projection.west, projection.north - projection.south);
}

const Place *places_all(void) { return places; }

const Place *places_find(const char *id)
{
    for (int i = 0; i < PLACE_COUNT; i++)
        if (id && strcmp(places[i].id, id) == 0)
            return &places[i];
    return NULL;
}

MapPosition places_project(double latitude, double longitude)
{
    const double rad = 3.14159265358979323846 / 180.0;
    double lat1 = projection.lat1 * rad, lat2 = projection.lat2 * rad;
    double n = (sin(lat1) + sin(lat2)) / 2.0;
    double c = cos(lat1) * cos(lat1) + 2.0 * n * sin(lat1);
    double rho0 = projection.radius_km * sqrt(c - 2.0 * n * sin(projection.lat0 * rad)) / n;
    double rho = projection.radius_km * sqrt(c - 2.0 * n * sin(latitude * rad)) / n;
    double theta = n * (longitude - projection.lon0) * rad;
    double east_km = rho * sin(theta);
    double north_km = rho0 - rho * cos(theta);
    double scale = units_per_km();
    return (MapPosition){(east_km - projection.west) * scale,
                         (projection.north - north_km) * scale};
}

bool places_on_map(MapPosition at)
{
    double scale = units_per_km();
    return at.x >= 0 && at.y >= 0 && at.x <= (projection.east - projection.west) * scale &&
           at.y <= (projection.north - projection.south) * scale;
}

void places_projection_text(char *out, size_t size)
{
    snprintf(out, size,
             "albers-equal-area lon0=%g lat0=%g lat1=%g lat2=%g radius-km=%g box-km=%g,%g,%g,%g",
             projection.lon0, projection.lat0, projection.lat1, projection.lat2,
             projection.radius_km, projection.west, projection.south, projection.east,
             projection.north);
}
