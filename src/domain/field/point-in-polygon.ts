/**
 * Where a plane point lies against a polygon (outer ring and holes): inside, on its boundary (within a
 * tolerance, since a GPS fix on a boundary line is "on it" for the user), or outside; and its distance to
 * the nearest boundary. Plane metres only (VN-2000), never degrees.
 */
import type { PlanePoint } from '../../geo/coordinates';
import type { PlanePolygon, PlaneRing } from '../../geo/plane-measure';

/** A point within this distance of a boundary line is on the boundary, m (the 1 mm grid of the engine). */
export const ON_BOUNDARY_M = 0.001;

/** Distance from a point to the segment a–b, m. */
export const distanceToSegmentM = (p: PlanePoint, a: readonly [number, number], b: readonly [number, number]): number =>
  nearestOnSegment(p, a, b).distanceM;

/** The point of segment a–b nearest to p, and its distance, m. */
export function nearestOnSegment(p: PlanePoint, a: readonly [number, number], b: readonly [number, number]): { point: [number, number]; distanceM: number } {
  const de = b[0] - a[0];
  const dn = b[1] - a[1];
  const lengthSquared = de * de + dn * dn;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * de + (p[1] - a[1]) * dn) / lengthSquared));
  const point: [number, number] = [a[0] + t * de, a[1] + t * dn];
  return { point, distanceM: Math.hypot(p[0] - point[0], p[1] - point[1]) };
}

/** The boundary point of a polygon (any ring) nearest to p, and its distance, m. */
export function nearestBoundaryPoint(p: PlanePoint, polygon: PlanePolygon): { point: [number, number]; distanceM: number } | null {
  let best: { point: [number, number]; distanceM: number } | null = null;
  for (const ring of polygon) {
    for (let i = 0; i < ring.length; i++) {
      const candidate = nearestOnSegment(p, ring[i], ring[(i + 1) % ring.length]);
      if (!best || candidate.distanceM < best.distanceM) best = candidate;
    }
  }
  return best;
}

/** Distance from a point to a ring's edges (closed or open ring), m. */
export function distanceToRingM(p: PlanePoint, ring: PlaneRing): number {
  let best = Infinity;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    best = Math.min(best, distanceToSegmentM(p, a, b));
  }
  return best;
}

/** Distance to the nearest boundary (outer ring or a hole), m. */
export const distanceToBoundaryM = (p: PlanePoint, polygon: PlanePolygon): number =>
  Math.min(...polygon.map((ring) => distanceToRingM(p, ring)));

/** Even-odd ray casting on one ring (boundary points may fall either way: callers test the boundary first). */
function insideRing(p: PlanePoint, ring: PlaneRing): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ei, ni] = ring[i];
    const [ej, nj] = ring[j];
    if ((ni > p[1]) !== (nj > p[1]) && p[0] < ((ej - ei) * (p[1] - ni)) / (nj - ni) + ei) inside = !inside;
  }
  return inside;
}

export type PointPlace = 'inside' | 'boundary' | 'outside';

/** Inside the outer ring and in no hole; 'boundary' within `toleranceM` of any ring. */
export function placeOfPoint(p: PlanePoint, polygon: PlanePolygon, toleranceM = ON_BOUNDARY_M): PointPlace {
  if (polygon.length === 0) return 'outside';
  if (distanceToBoundaryM(p, polygon) <= toleranceM) return 'boundary';
  const [outer, ...holes] = polygon;
  if (!insideRing(p, outer)) return 'outside';
  return holes.some((hole) => insideRing(p, hole)) ? 'outside' : 'inside';
}
