/**
 * Small line geometry for hand edits, in plane metres: the edge two plots share, and the land on one
 * side of a line (a half-plane as a polygon large enough to hold any plot).
 */
import { asPlane } from '../coordinates';
import type { PlanePolygon } from '../plane-measure';
import { collinearOverlapM, ringSegments, type Segment } from './engine-parts';

/** Half-width of the polygons standing for half-planes and bands, m (plots are far smaller). */
const FAR_M = 2000;

/** The longest edge of `a` that runs along an edge of `b`, with the length they share; null when none. */
export function sharedEdge(a: PlanePolygon, b: PlanePolygon): { segment: Segment; lengthM: number } | null {
  let best: { segment: Segment; lengthM: number } | null = null;
  const other = ringSegments(b[0]);
  for (const e of ringSegments(a[0])) {
    const along = other.reduce((sum, f) => sum + collinearOverlapM(e, f), 0);
    if (along > 0.01 && (!best || along > best.lengthM)) best = { segment: e, lengthM: along };
  }
  return best;
}

/** Unit vector along a segment and the unit normal to its left. */
export function frameOf(s: Segment): { origin: [number, number]; u: [number, number]; n: [number, number]; lengthM: number } {
  const dx = s[2] - s[0], dy = s[3] - s[1];
  const lengthM = Math.hypot(dx, dy);
  const u: [number, number] = [dx / lengthM, dy / lengthM];
  return { origin: [s[0], s[1]], u, n: [-u[1], u[0]], lengthM };
}

/** Signed distance of a point from the line of the frame, along its normal, m. */
export const normalDistanceM = (f: ReturnType<typeof frameOf>, q: readonly [number, number]): number =>
  (q[0] - f.origin[0]) * f.n[0] + (q[1] - f.origin[1]) * f.n[1];

/** Distance of a point along the frame's line from its origin, m. */
export const alongM = (f: ReturnType<typeof frameOf>, q: readonly [number, number]): number =>
  (q[0] - f.origin[0]) * f.u[0] + (q[1] - f.origin[1]) * f.u[1];

/**
 * The band of the plane with `along` between `fromM` and `toM` and normal distance between `lowM` and
 * `highM` (either end open: ±Infinity reaches FAR_M), as a counter-clockwise polygon.
 */
export function bandPolygon(f: ReturnType<typeof frameOf>, fromM: number, toM: number, lowM: number, highM: number): PlanePolygon {
  const clamp = (x: number) => Math.max(-FAR_M, Math.min(FAR_M, x));
  const at = (s: number, t: number) => asPlane([f.origin[0] + f.u[0] * clamp(s) + f.n[0] * clamp(t), f.origin[1] + f.u[1] * clamp(s) + f.n[1] * clamp(t)]);
  const ring = [at(fromM, lowM), at(toM, lowM), at(toM, highM), at(fromM, highM)];
  return [[...ring, ring[0]]];
}

/** Mean of a polygon's outer corners (enough to tell which side of a line a plot lies on). */
export function cornerMean(polygon: PlanePolygon): [number, number] {
  const ring = polygon[0].slice(0, -1);
  return [ring.reduce((s, q) => s + q[0], 0) / ring.length, ring.reduce((s, q) => s + q[1], 0) / ring.length];
}
