// Makes the game's map asset from Natural Earth's land (the world-atlas package): projected,
// simplified, clipped to Eastern Europe, triangulated for SDL_RenderGeometry, with the coast
// as polylines. Usage: node make-map.mjs OUTPUT (or - for standard output).
// The same input gives the same bytes: nothing depends on time, locale or hash order.
// The format is described in assets/map/PROVENANCE.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import earcut from 'earcut';
import { clipPolyline } from 'lineclip';
import polygonClipping from 'polygon-clipping';
import simplify from 'simplify-js';
import { feature } from 'topojson-client';
import {
  ASSET_HEIGHT, ASSET_SIDE, ASSET_WIDTH, BOX_KM, PROJECTION_TEXT, kmToAsset, projectKm,
} from './projection.mjs';

// 1:10m land; 1:50m loses the Kerch Strait and most of the White Sea's shape at this size.
const SOURCE = 'world-atlas/land-10m.json';
const UNITS_PER_KM = ASSET_SIDE / Math.max(BOX_KM[2] - BOX_KM[0], BOX_KM[3] - BOX_KM[1]);
// About a pixel of a 1500-pixel-tall map: finer detail costs bytes and triangles for nothing.
const TOLERANCE = 1.5 * UNITS_PER_KM;
// Islands smaller than this (in km²) are a speck at any size the game draws.
const MIN_AREA = 40 * UNITS_PER_KM * UNITS_PER_KM;
// Only polygons with a point in this lon/lat window can reach the box.
const NEAR = { west: 5, east: 65, south: 35, north: 78 };

function loadLand() {
  const path = createRequire(import.meta.url).resolve(SOURCE);
  const topology = JSON.parse(readFileSync(path, 'utf8'));
  const land = feature(topology, topology.objects.land);
  const polygons = [];
  for (const { geometry } of land.features) {
    if (geometry.type === 'Polygon') polygons.push(geometry.coordinates);
    else if (geometry.type === 'MultiPolygon') polygons.push(...geometry.coordinates);
  }
  return polygons;
}

const isNear = (polygon) =>
  polygon[0].some(([lon, lat]) =>
    lon >= NEAR.west && lon <= NEAR.east && lat >= NEAR.south && lat <= NEAR.north);

function ringArea(ring) {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    twice += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(twice / 2);
}

// A ring projected into asset units (floating point) and simplified; null when too small.
function projectRing(ring) {
  const points = ring.map(([lon, lat]) => {
    const [x, y] = kmToAsset(projectKm(lon, lat));
    return { x, y };
  });
  const simple = simplify(points, TOLERANCE, true).map(({ x, y }) => [x, y]);
  if (simple.length < 4 || ringArea(simple) < MIN_AREA) return null;
  return simple;
}

function projectPolygons(polygons) {
  const result = [];
  for (const polygon of polygons.filter(isNear)) {
    const outer = projectRing(polygon[0]);
    if (!outer) continue;
    const holes = polygon.slice(1).map(projectRing).filter(Boolean);
    result.push([outer, ...holes]);
  }
  return result;
}

// Whole asset units, without the repeated points rounding makes.
function roundPoints(points) {
  const out = [];
  for (const [x, y] of points) {
    const p = [Math.round(x), Math.round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function roundRing(ring) {
  const points = roundPoints(ring);
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length > 1 && first[0] === last[0] && first[1] === last[1]) points.pop();
  return points.length >= 3 ? points : null;
}

// Land inside the box as triangles over a shared vertex list.
function triangulate(polygons) {
  const box = [[[0, 0], [ASSET_WIDTH, 0], [ASSET_WIDTH, ASSET_HEIGHT], [0, ASSET_HEIGHT], [0, 0]]];
  const clipped = polygonClipping.intersection(box, polygons);
  const vertices = [];
  const triangles = [];
  for (const polygon of clipped) {
    const outer = roundRing(polygon[0]);
    if (!outer) continue;
    const rings = [outer, ...polygon.slice(1).map(roundRing).filter(Boolean)];
    const flat = [];
    const holes = [];
    for (const [index, ring] of rings.entries()) {
      if (index > 0) holes.push(flat.length / 2);
      for (const [x, y] of ring) flat.push(x, y);
    }
    const base = vertices.length;
    for (let i = 0; i < flat.length; i += 2) vertices.push([flat[i], flat[i + 1]]);
    const indices = earcut(flat, holes);
    for (let i = 0; i < indices.length; i += 3)
      triangles.push([base + indices[i], base + indices[i + 1], base + indices[i + 2]]);
  }
  return { vertices, triangles };
}

// The coast: every ring of land and lake-sea shore, cut to the box as open polylines, so the
// box's own edges are never drawn as coast.
function coastLines(polygons) {
  const lines = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const closed = [...ring, ring[0]];
      for (const piece of clipPolyline(closed, [0, 0, ASSET_WIDTH, ASSET_HEIGHT])) {
        const line = roundPoints(piece);
        if (line.length >= 2) lines.push(line);
      }
    }
  }
  return lines;
}

function formatAsset({ vertices, triangles }, lines) {
  const out = [
    'herocity-map 1',
    `projection ${PROJECTION_TEXT}`,
    `size ${ASSET_WIDTH} ${ASSET_HEIGHT}`,
    `land ${vertices.length} ${triangles.length}`,
  ];
  for (const [x, y] of vertices) out.push(`${x} ${y}`);
  for (const [a, b, c] of triangles) out.push(`${a} ${b} ${c}`);
  out.push(`coast ${lines.length}`);
  for (const line of lines) {
    out.push(`line ${line.length}`);
    for (const [x, y] of line) out.push(`${x} ${y}`);
  }
  out.push('end');
  return out.join('\n') + '\n';
}

const output = process.argv[2];
if (!output) {
  console.error('usage: node make-map.mjs OUTPUT|-');
  process.exit(2);
}
const polygons = projectPolygons(loadLand());
const text = formatAsset(triangulate(polygons), coastLines(polygons));
if (output === '-') process.stdout.write(text);
else writeFileSync(output, text);
