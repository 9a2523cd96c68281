/**
 * A zone the planner draws: its corners in VN-2000 plane metres, measured as the cadastre measures
 * (edge lengths and shoelace area on the plane, never in degrees), made exact by typed lengths, and
 * turned into the ZoneSite the layout engine reads. Pure.
 */
import { asPlane, type CrsId, type PlanePoint } from './coordinates';
import { distanceM, ringSignedAreaM2, type PlaneRing } from './plane-measure';
import { findRingProblems, type RingProblem } from './polygon-validity';
import type { ZoneSite } from './zone-site';

export interface DrawnZoneMeasures {
  /** Edge i from corner i to corner i + 1; the closing edge last when the ring is closed. */
  readonly edgeLengthsM: readonly number[];
  /** Shoelace area, m² (0 below three corners). */
  readonly areaM2: number;
  readonly perimeterM: number;
}

/** Drops a repeated closing corner (terra-draw and GeoJSON close rings; the corner list does not). */
export function openCorners(ring: PlaneRing): PlanePoint[] {
  const n = ring.length;
  if (n > 1 && ring[0][0] === ring[n - 1][0] && ring[0][1] === ring[n - 1][1]) return ring.slice(0, -1);
  return [...ring];
}

/**
 * Lengths and area of the corners drawn so far. `closed`: the last corner joins the first (a
 * finished zone, or the live ring while drawing with the cursor as its last corner).
 */
export function measureDrawnZone(corners: readonly PlanePoint[], closed: boolean): DrawnZoneMeasures {
  const edgeLengthsM = corners.slice(1).map((p, i) => distanceM(corners[i], p));
  if (closed && corners.length >= 3) edgeLengthsM.push(distanceM(corners[corners.length - 1], corners[0]));
  const areaM2 = closed && corners.length >= 3 ? Math.abs(ringSignedAreaM2(corners)) : 0;
  return { edgeLengthsM, areaM2, perimeterM: edgeLengthsM.reduce((s, l) => s + l, 0) };
}

/**
 * The corners with edge `index` made `lengthM` long: its end corner moves along the edge's direction
 * (the bearing stays, as a surveyor sets out a measured side). The closing edge moves corner 0 then.
 * Null when the edge has no direction (its two corners coincide) or the length is not positive.
 */
export function setEdgeLength(corners: readonly PlanePoint[], index: number, lengthM: number): PlanePoint[] | null {
  const n = corners.length;
  if (index < 0 || index >= n || n < 2 || !(lengthM > 0) || !Number.isFinite(lengthM)) return null;
  const from = corners[index];
  const endIndex = (index + 1) % n;
  const to = corners[endIndex];
  const current = distanceM(from, to);
  if (current === 0) return null;
  const k = lengthM / current;
  const moved = asPlane([from[0] + (to[0] - from[0]) * k, from[1] + (to[1] - from[1]) * k]);
  return corners.map((p, i) => (i === endIndex ? moved : p));
}

/** What keeps a drawn ring from being a zone: too few corners, crossing edges, no area. */
export function drawnZoneProblems(corners: readonly PlanePoint[]): RingProblem[] {
  return findRingProblems([...corners, corners[0]].filter(Boolean));
}

/** The drawn corners as a site with no roles yet (marked on the map next), in the plane `crs`. */
export function drawnZoneSite(corners: readonly PlanePoint[], crs: CrsId, name: string): ZoneSite {
  const ring = openCorners(corners);
  // Counter-clockwise, as GeoJSON's right-hand rule and the import readers store outer rings.
  const ccw = ringSignedAreaM2(ring) >= 0 ? ring : [...ring].reverse();
  return {
    name, source: 'drawn', crs, zone: [[...ccw, ccw[0]]], accessRoads: [], residentialEdges: [], entrance: null,
  };
}
