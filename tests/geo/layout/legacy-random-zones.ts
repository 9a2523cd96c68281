/** The first generation's generator, kept so that the seeds named in issues (191, 331, 570, 737, 763, 794) stay the same zones. Seeded random zones for property tests: convex and concave polygons of 2–10 ha with a road along one side, sometimes a pond. */
import { asPlane, type PlanePoint } from '../../../src/geo/coordinates';
import type { ZoneSite } from '../../../src/domain/site';
import { offsetPolygons, subtractPolygons } from '../../../src/geo/polygon-clip';
// The same seeded generator as the new zones (mulberry32), written once.
import { seededRandom } from './random-zones';

const E0 = 592700, N0 = 2306300;
const mm = (x: number) => Math.round(x * 1000) / 1000;

function shoelace(pts: [number, number][]): number {
  let s = 0;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i], b = pts[(i + 1) % pts.length];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

export interface RandomZoneOptions { minHa?: number; maxHa?: number }

/** A random zone; `kind` tells which family it came from (for test names). */
export function randomZone(seed: number, options: RandomZoneOptions = {}): ZoneSite & { kind: string } {
  const rnd = seededRandom(seed);
  const targetM2 = ((options.minHa ?? 2) + rnd() * ((options.maxHa ?? 10) - (options.minHa ?? 2))) * 10000;
  const family = Math.floor(rnd() * 3);
  let pts: [number, number][];
  let kind: string;
  if (family === 0) {
    // Convex: points on an ellipse-ish hull with jittered angles.
    const n = 4 + Math.floor(rnd() * 5);
    const aspect = 1 + rnd();
    pts = Array.from({ length: n }, (_, i) => {
      const ang = ((i + 0.3 * rnd()) / n) * 2 * Math.PI;
      return [Math.cos(ang) * aspect, Math.sin(ang)] as [number, number];
    });
    kind = 'convex';
  } else if (family === 1) {
    // Concave L or U from a rectangle with a notch cut from its far side.
    const w = 1 + rnd(), h = 0.8 + rnd() * 0.6;
    const nx0 = 0.2 + rnd() * 0.3, nx1 = nx0 + 0.2 + rnd() * 0.3, nd = 0.3 + rnd() * 0.3;
    pts = [[0, 0], [w, 0], [w, h], [w * nx1, h], [w * nx1, h * (1 - nd)], [w * nx0, h * (1 - nd)], [w * nx0, h], [0, h]];
    if (rnd() < 0.4) pts = [[0, 0], [w, 0], [w, h], [w * nx0, h], [w * nx0, h * (1 - nd)], [0, h * (1 - nd)]];
    kind = 'concave';
  } else {
    // Concave star-like with gentle dents.
    const n = 6 + Math.floor(rnd() * 5);
    pts = Array.from({ length: n }, (_, i) => {
      const ang = (i / n) * 2 * Math.PI;
      const r = i % 2 ? 0.75 + 0.2 * rnd() : 1;
      return [Math.cos(ang) * r * 1.3, Math.sin(ang) * r] as [number, number];
    });
    kind = 'dented';
  }
  const scale = Math.sqrt(targetM2 / Math.abs(shoelace(pts)));
  const rot = rnd() * 2 * Math.PI;
  const c = Math.cos(rot), s = Math.sin(rot);
  let ring = pts.map(([x, y]) => [x * scale * c - y * scale * s, x * scale * s + y * scale * c] as [number, number]);
  if (shoelace(ring) < 0) ring = ring.reverse();
  // The public road along the longest edge, 6 m outside it.
  let longest = 0, best = 0;
  ring.forEach((a, i) => {
    const b = ring[(i + 1) % ring.length];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (len > longest) { longest = len; best = i; }
  });
  const a = ring[best], b = ring[(best + 1) % ring.length];
  const ux = (b[0] - a[0]) / longest, uy = (b[1] - a[1]) / longest;
  const ox = uy * 6, oy = -ux * 6; // right of a CCW edge is outside
  const road: PlanePoint[] = [
    asPlane([mm(E0 + a[0] - ux * 20 + ox), mm(N0 + a[1] - uy * 20 + oy)]),
    asPlane([mm(E0 + b[0] + ux * 20 + ox), mm(N0 + b[1] + uy * 20 + oy)]),
  ];
  // Homes along the edge opposite-ish (two edges on), sometimes.
  const residentialEdges: PlanePoint[][] = [];
  if (rnd() < 0.6) {
    const k = (best + Math.floor(ring.length / 2)) % ring.length;
    const p = ring[k], q = ring[(k + 1) % ring.length];
    residentialEdges.push([asPlane([mm(E0 + p[0]), mm(N0 + p[1])]), asPlane([mm(E0 + q[0]), mm(N0 + q[1])])]);
  }
  const zone: PlanePoint[][] = [ring.map(([x, y]) => asPlane([mm(E0 + x), mm(N0 + y)]))];
  zone[0].push(zone[0][0]);
  if (rnd() < 0.35) {
    // A pond: a small quadrilateral around a point well inside (near the centroid of the convex part).
    const cx = ring.reduce((t, q) => t + q[0], 0) / ring.length + (rnd() - 0.5) * scale * 0.3;
    const cy = ring.reduce((t, q) => t + q[1], 0) / ring.length + (rnd() - 0.5) * scale * 0.3;
    const r = 8 + rnd() * 12;
    const hole = [0, 1, 2, 3].map((i) => {
      const ang = -((i + 0.2 * rnd()) / 4) * 2 * Math.PI;
      return asPlane([mm(E0 + cx + Math.cos(ang) * r), mm(N0 + cy + Math.sin(ang) * r)]);
    });
    hole.push(hole[0]);
    // Keep the pond only when it lies 5 m or more inside the boundary.
    if (!subtractPolygons([[hole]], offsetPolygons([[zone[0]]], -5)).length) {
      zone.push(hole);
      kind += '+pond';
    }
  }
  return { name: `random-${seed}`, source: 'seeded test zone', crs: 'EPSG:9209', zone, accessRoads: [road], residentialEdges, entrance: null, kind };
}
