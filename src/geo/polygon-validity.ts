/**
 * Checks that a plane polygon is drawable and measurable: enough corners, finite numbers, no
 * self-intersection, non-zero area. Returns every problem found, so imports can report them all.
 */
import type { PlanePolygon, PlaneRing } from './plane-measure';
import { ringSignedAreaM2 } from './plane-measure';
import { TOLERANCE_M } from './tolerance';

export type RingProblem =
  | { kind: 'too-few-corners'; ring: number; corners: number }
  | { kind: 'not-finite'; ring: number; corner: number }
  | { kind: 'self-intersection'; ring: number; edgeA: number; edgeB: number }
  | { kind: 'zero-area'; ring: number };

function distinctCorners(ring: PlaneRing): PlaneRing {
  const out = [...ring];
  if (out.length > 1) {
    const a = out[0];
    const b = out[out.length - 1];
    if (a[0] === b[0] && a[1] === b[1]) out.pop();
  }
  return out;
}

function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return Math.abs(v) < 1e-12 ? 0 : Math.sign(v);
}

function onSegment(ax: number, ay: number, bx: number, by: number, px: number, py: number): boolean {
  return Math.min(ax, bx) - TOLERANCE_M <= px && px <= Math.max(ax, bx) + TOLERANCE_M &&
    Math.min(ay, by) - TOLERANCE_M <= py && py <= Math.max(ay, by) + TOLERANCE_M;
}

function segmentsIntersect(a: PlaneRing[number], b: PlaneRing[number], c: PlaneRing[number], d: PlaneRing[number]): boolean {
  // Work relative to `a` so that seven-digit coordinates keep their precision.
  const [ox, oy] = a;
  const ax = 0, ay = 0, bx = b[0] - ox, by = b[1] - oy, cx = c[0] - ox, cy = c[1] - oy, dx = d[0] - ox, dy = d[1] - oy;
  const o1 = orientation(ax, ay, bx, by, cx, cy);
  const o2 = orientation(ax, ay, bx, by, dx, dy);
  const o3 = orientation(cx, cy, dx, dy, ax, ay);
  const o4 = orientation(cx, cy, dx, dy, bx, by);
  if (o1 !== o2 && o3 !== o4) return true;
  if (o1 === 0 && onSegment(ax, ay, bx, by, cx, cy)) return true;
  if (o2 === 0 && onSegment(ax, ay, bx, by, dx, dy)) return true;
  if (o3 === 0 && onSegment(cx, cy, dx, dy, ax, ay)) return true;
  if (o4 === 0 && onSegment(cx, cy, dx, dy, bx, by)) return true;
  return false;
}

/** Problems of one ring (index `ringIndex` within its polygon). */
export function findRingProblems(ring: PlaneRing, ringIndex = 0): RingProblem[] {
  const corners = distinctCorners(ring);
  const problems: RingProblem[] = [];
  corners.forEach((p, i) => {
    if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) problems.push({ kind: 'not-finite', ring: ringIndex, corner: i });
  });
  if (problems.length) return problems;
  if (corners.length < 3) return [{ kind: 'too-few-corners', ring: ringIndex, corners: corners.length }];
  const n = corners.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      // Adjacent edges share a corner; the first and last edges too.
      if (j === i + 1 || (i === 0 && j === n - 1)) continue;
      if (segmentsIntersect(corners[i], corners[(i + 1) % n], corners[j], corners[(j + 1) % n])) {
        problems.push({ kind: 'self-intersection', ring: ringIndex, edgeA: i, edgeB: j });
      }
    }
  }
  if (Math.abs(ringSignedAreaM2(corners)) < TOLERANCE_M * TOLERANCE_M) problems.push({ kind: 'zero-area', ring: ringIndex });
  return problems;
}

/** Problems of every ring of a polygon. */
export function findPolygonProblems(polygon: PlanePolygon): RingProblem[] {
  if (polygon.length === 0) return [{ kind: 'too-few-corners', ring: 0, corners: 0 }];
  return polygon.flatMap((ring, i) => findRingProblems(ring, i));
}
