/**
 * The ring helpers every geometry step shares: one `openRing` (GeoJSON rings repeat their first
 * point; loops over corners must not) and one bounding box.
 */

type XY = readonly [number, number];

/** The ring without its repeated closing point (the same array when it has none). */
export function openRing<T extends XY>(ring: readonly T[]): readonly T[] {
  const n = ring.length;
  return n > 1 && ring[0][0] === ring[n - 1][0] && ring[0][1] === ring[n - 1][1] ? ring.slice(0, -1) : ring;
}

/** How many corners openRing(ring) has, without copying the ring. */
export function openLength(ring: readonly XY[]): number {
  const n = ring.length;
  return n > 1 && ring[0][0] === ring[n - 1][0] && ring[0][1] === ring[n - 1][1] ? n - 1 : n;
}

/** [minX, minY, maxX, maxY] of some points (of a polygon: pass its outer ring). */
export type BoundingBox = [number, number, number, number];

export function boundingBox(points: readonly XY[]): BoundingBox {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const q of points) {
    if (q[0] < x0) x0 = q[0];
    if (q[1] < y0) y0 = q[1];
    if (q[0] > x1) x1 = q[0];
    if (q[1] > y1) y1 = q[1];
  }
  return [x0, y0, x1, y1];
}

/** Whether two boxes meet (touching counts), optionally grown by `marginM` each way. */
export const boxesMeet = (a: BoundingBox, b: BoundingBox, marginM = 0): boolean =>
  a[0] <= b[2] + marginM && b[0] <= a[2] + marginM && a[1] <= b[3] + marginM && b[1] <= a[3] + marginM;
