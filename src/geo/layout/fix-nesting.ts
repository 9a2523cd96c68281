/**
 * Repairs the nesting of a set-operation result: where a hole comes back as a polygon of its own (seen
 * with clipper2-ts when a hole touches its outer ring at a corner), that polygon lies inside another
 * one's filled area, which a correct result never does; it is turned back into a hole of that polygon.
 */
import { ringSignedAreaM2, type PlanePolygon, type PlaneRing } from '../plane-measure';
import { pointInPolygon } from './segments';

/** A point just inside a ring: 1 cm inward from the middle of its longest edge. */
function pointInside(ring: PlaneRing): [number, number] {
  const ccw = ringSignedAreaM2(ring) > 0;
  let best = 0, bx = 0, by = 0, nx = 0, ny = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i], b = ring[i + 1];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (len > best) {
      best = len;
      bx = (a[0] + b[0]) / 2; by = (a[1] + b[1]) / 2;
      const sx = (b[0] - a[0]) / len, sy = (b[1] - a[1]) / len;
      [nx, ny] = ccw ? [-sy, sx] : [sy, -sx];
    }
  }
  return [bx + nx * 0.01, by + ny * 0.01];
}

export function fixNesting(polygons: PlanePolygon[]): PlanePolygon[] {
  if (polygons.length < 2) return polygons;
  const out = polygons.map((q) => [...q]);
  const absorbed = new Set<number>();
  polygons.forEach((p, i) => {
    const [x, y] = pointInside(p[0]);
    const host = polygons.findIndex((q, j) => j !== i && !absorbed.has(j) && pointInPolygon(x, y, q));
    if (host < 0) return;
    absorbed.add(i);
    out[host].push([...p[0]].reverse());
  });
  return out.filter((_, i) => !absorbed.has(i));
}
