/**
 * Measures in VN-2000 plane metres, as the cadastre measures: areas by the shoelace formula on plane
 * coordinates, lengths as plane distances. Never call these with degrees.
 */
import type { PlanePoint } from './coordinates';
import { openLength, openRing } from './ring-helpers';

/** A ring of plane points; closed or open, the closing point is ignored if repeated. */
export type PlaneRing = readonly PlanePoint[];
/** Outer ring first, then holes. */
export type PlanePolygon = readonly PlaneRing[];


/** Signed shoelace area of a ring in m²: positive when counter-clockwise (easting right, northing up). */
export function ringSignedAreaM2(ring: PlaneRing): number {
  // The corners of openRing(ring), read in place (this runs on every clipping result).
  const n = openLength(ring);
  if (n < 3) return 0;
  // Subtract the first point so that seven-digit coordinates keep their precision in the products.
  const [e0, n0] = ring[0];
  let twice = 0;
  for (let i = 0; i < n; i++) {
    const a = ring[i];
    const b = ring[i + 1 < n ? i + 1 : 0];
    twice += (a[0] - e0) * (b[1] - n0) - (b[0] - e0) * (a[1] - n0);
  }
  return twice / 2;
}

/** Area of a polygon in m²: outer ring less its holes. */
export function polygonAreaM2(polygon: PlanePolygon): number {
  if (polygon.length === 0) return 0;
  let area = Math.abs(ringSignedAreaM2(polygon[0]));
  for (let i = 1; i < polygon.length; i++) area -= Math.abs(ringSignedAreaM2(polygon[i]));
  return area;
}

/** Area of a multipolygon in m². */
export function multiPolygonAreaM2(polygons: readonly PlanePolygon[]): number {
  return polygons.reduce((sum, p) => sum + polygonAreaM2(p), 0);
}

/** Plane distance in metres. */
export function distanceM(a: PlanePoint, b: PlanePoint): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

/** Length of an open line (a road centre line) in metres. */
export function lineLengthM(line: readonly PlanePoint[]): number {
  let sum = 0;
  for (let i = 1; i < line.length; i++) sum += distanceM(line[i - 1], line[i]);
  return sum;
}

/** Length of each edge of a ring, edge i running from corner i to corner i+1 (wrapping), in metres. */
export function ringEdgeLengthsM(ring: PlaneRing): number[] {
  const pts = openRing(ring);
  return pts.map((p, i) => distanceM(p, pts[(i + 1) % pts.length]));
}

/** Perimeter of a ring in metres. */
export function ringPerimeterM(ring: PlaneRing): number {
  return ringEdgeLengthsM(ring).reduce((s, l) => s + l, 0);
}

/** Corners of a ring without the repeated closing point. */
export function ringCorners(ring: PlaneRing): PlanePoint[] {
  return [...openRing(ring)];
}

/** Rounds an area to the cadastre's 0.1 m². */
export const roundAreaM2 = (areaM2: number): number => Math.round(areaM2 * 10) / 10;
/** Rounds a length to 0.01 m. */
export const roundLengthM = (lengthM: number): number => Math.round(lengthM * 100) / 100;
