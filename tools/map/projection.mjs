// The map's projection and box. src/core/places.c has the same numbers (PLACES_PROJECTION):
// change both together, remake the asset, and the C loader accepts it again.
//
// Albers equal-area conic on a sphere: areas stay true across the whole map, and with standard
// parallels at 48 and 64 degrees north the shapes from Crimea to the Kola peninsula stay close
// to what a reader knows from an atlas.
const RADIUS_KM = 6371;
const LON0 = 34;
const LAT0 = 56;
const LAT1 = 48;
const LAT2 = 64;
// The box in projected kilometres: west, south, east, north. Brest, Murmansk, Sevastopol and
// Stalingrad lie at -699, 1443, -1269 and 767; the margins leave room for their names.
export const BOX_KM = [-1000, -1450, 1050, 1600];
// The longer side of the box is this many asset units.
export const ASSET_SIDE = 65535;

export const PROJECTION_TEXT =
  `albers-equal-area lon0=${LON0} lat0=${LAT0} lat1=${LAT1} lat2=${LAT2} ` +
  `radius-km=${RADIUS_KM} box-km=${BOX_KM.join(',')}`;

const RAD = Math.PI / 180;
const N = (Math.sin(LAT1 * RAD) + Math.sin(LAT2 * RAD)) / 2;
const C = Math.cos(LAT1 * RAD) ** 2 + 2 * N * Math.sin(LAT1 * RAD);
const rho = (lat) => (RADIUS_KM * Math.sqrt(C - 2 * N * Math.sin(lat * RAD))) / N;
const RHO0 = rho(LAT0);

// Longitude and latitude in degrees to kilometres east and north of the centre.
export function projectKm(lon, lat) {
  const r = rho(lat);
  const theta = N * (lon - LON0) * RAD;
  return [r * Math.sin(theta), RHO0 - r * Math.cos(theta)];
}

const [WEST, SOUTH, EAST, NORTH] = BOX_KM;
const SCALE = ASSET_SIDE / Math.max(EAST - WEST, NORTH - SOUTH);
export const ASSET_WIDTH = Math.round((EAST - WEST) * SCALE);
export const ASSET_HEIGHT = Math.round((NORTH - SOUTH) * SCALE);

// Kilometres to asset units: x grows east, y grows south (down, as on a screen).
export function kmToAsset([x, y]) {
  return [(x - WEST) * SCALE, (NORTH - y) * SCALE];
}
