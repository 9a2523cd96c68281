/**
 * Which parts of the zone boundary a "separation" line covers (an edge where the district accepts a
 * public road or canal as the 2.5.2 separation), and so how wide the perimeter strip is along each
 * part of the outer ring. A line counts along a boundary segment where it runs within
 * SEPARATION_REACH_M of it and roughly parallel to it: along part of an edge, or across several edges
 * (each edge takes the part the line follows). Pure; plane metres.
 */
import type { PlanePoint } from '../coordinates';
import { ringSignedAreaM2, type PlaneRing } from '../plane-measure';
import type { SeparationEdge } from '../zone-site';
import type { EdgeSide, NarrowedEdge } from './types';

export type { EdgeSide, NarrowedEdge };

/**
 * How far a separation line may lie from the boundary and still mark it, m: a line digitised on the
 * kerb of the road or the bank of the canal rather than on the zone edge itself.
 */
export const SEPARATION_REACH_M = 5;

/** A line segment follows a boundary segment when their directions differ by at most this, degrees. */
const PARALLEL_DEG = 30;

/** Covered stretches shorter than this are noise (a line ending just past a corner), m. */
const MIN_STRETCH_M = 0.5;

/** The 2.5.2 strip the regulation asks for around the whole area, m. */
export const REQUIRED_STRIP_M = 10;

/** A part of one outer-ring segment with the strip width along it. */
export interface BoundaryPiece {
  readonly from: PlanePoint;
  readonly to: PlanePoint;
  readonly stripM: number;
  /** Whether a separation line set the width (false: `perimeterGreenM`). */
  readonly separated: boolean;
}

const SIDES: readonly EdgeSide[] = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'];

/** The side an edge from a to b of a counter-clockwise outer ring faces. */
export function edgeSide(a: PlanePoint, b: PlanePoint): EdgeSide {
  // Outward normal of a counter-clockwise ring: the direction turned clockwise (east, north).
  const [nx, ny] = [b[1] - a[1], -(b[0] - a[0])];
  const bearing = (Math.atan2(nx, ny) * 180) / Math.PI;
  return SIDES[((Math.round(bearing / 45) % 8) + 8) % 8];
}

type XY = readonly [number, number];

function distanceToSegment(p: XY, c: XY, d: XY): number {
  const [dx, dy] = [d[0] - c[0], d[1] - c[1]];
  const len2 = dx * dx + dy * dy;
  const k = len2 > 0 ? Math.max(0, Math.min(1, ((p[0] - c[0]) * dx + (p[1] - c[1]) * dy) / len2)) : 0;
  return Math.hypot(p[0] - c[0] - k * dx, p[1] - c[1] - k * dy);
}

/**
 * The t in [0, 1] where a + t (b − a) lies within `reach` of segment cd, or null. The distance is
 * convex in t, so the set is one interval: its least point by ternary search, its ends by bisection.
 */
function coveredInterval(a: XY, b: XY, c: XY, d: XY, reach: number): [number, number] | null {
  const at = (t: number): XY => [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  const f = (t: number) => distanceToSegment(at(t), c, d);
  let [lo, hi] = [0, 1];
  for (let i = 0; i < 60; i++) {
    const m1 = lo + (hi - lo) / 3, m2 = hi - (hi - lo) / 3;
    if (f(m1) <= f(m2)) hi = m2; else lo = m1;
  }
  const best = (lo + hi) / 2;
  if (f(best) > reach) return null;
  const edgeOf = (inside: number, outside: number): number => {
    if (f(outside) <= reach) return outside;
    for (let i = 0; i < 50; i++) {
      const mid = (inside + outside) / 2;
      if (f(mid) <= reach) inside = mid; else outside = mid;
    }
    return inside;
  };
  return [edgeOf(best, 0), edgeOf(best, 1)];
}

function parallel(a: XY, b: XY, c: XY, d: XY): boolean {
  const [ux, uy, vx, vy] = [b[0] - a[0], b[1] - a[1], d[0] - c[0], d[1] - c[1]];
  const lu = Math.hypot(ux, uy), lv = Math.hypot(vx, vy);
  if (lu === 0 || lv === 0) return false;
  return Math.abs(ux * vx + uy * vy) / (lu * lv) >= Math.cos((PARALLEL_DEG * Math.PI) / 180);
}

/** The outer ring's corners, counter-clockwise, without the closing point. */
function counterClockwiseCorners(ring: PlaneRing): PlanePoint[] {
  const open = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1] ? ring.slice(0, -1) : [...ring];
  return ringSignedAreaM2(ring) < 0 ? open.reverse() : open;
}

/**
 * The outer ring cut into pieces, each with its strip width: `stripM` of the separation lines along
 * it (the narrowest where two overlap), `perimeterGreenM` elsewhere.
 */
export function boundaryPieces(ring: PlaneRing, separation: readonly SeparationEdge[], perimeterGreenM: number): BoundaryPiece[] {
  const corners = counterClockwiseCorners(ring);
  if (corners.length < 3) return [];
  // Relative to one corner, so that seven-digit northings keep their precision.
  const [e0, n0] = corners[0];
  const rel = (p: readonly number[]): XY => [p[0] - e0, p[1] - n0];
  const back = (p: XY): PlanePoint => [p[0] + e0, p[1] + n0] as unknown as PlanePoint;
  const lines = separation.filter((s) => s.line.length >= 2 && Number.isFinite(s.stripM)).map((s) => ({ points: s.line.map(rel), stripM: Math.max(0, s.stripM) }));
  const out: BoundaryPiece[] = [];
  corners.forEach((corner, i) => {
    const a = rel(corner), b = rel(corners[(i + 1) % corners.length]);
    const lengthM = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (lengthM === 0) return;
    const covers: { t0: number; t1: number; stripM: number }[] = [];
    for (const line of lines) {
      for (let k = 0; k + 1 < line.points.length; k++) {
        const [c, d] = [line.points[k], line.points[k + 1]];
        if (!parallel(a, b, c, d)) continue;
        const interval = coveredInterval(a, b, c, d, SEPARATION_REACH_M);
        if (interval && (interval[1] - interval[0]) * lengthM >= MIN_STRETCH_M) covers.push({ t0: interval[0], t1: interval[1], stripM: line.stripM });
      }
    }
    const cuts = [...new Set([0, 1, ...covers.flatMap((c) => [c.t0, c.t1])])].sort((x, y) => x - y);
    const at = (t: number): XY => [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
    for (let k = 0; k + 1 < cuts.length; k++) {
      const mid = (cuts[k] + cuts[k + 1]) / 2;
      const over = covers.filter((c) => c.t0 <= mid && mid <= c.t1);
      const separated = over.length > 0;
      const stripM = separated ? Math.min(...over.map((c) => c.stripM)) : perimeterGreenM;
      const last = out[out.length - 1];
      // Pieces of one segment with the same width are one piece.
      if (last && last.separated === separated && last.stripM === stripM && k > 0) out[out.length - 1] = { ...last, to: back(at(cuts[k + 1])) };
      else out.push({ from: back(at(cuts[k])), to: back(at(cuts[k + 1])), stripM, separated });
    }
  });
  return out;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * The edges where a separation line leaves the strip narrower than 2.5.2's 10 m, one entry per side
 * of the zone and width (the covered lengths of that side's segments summed, as a planner names "the
 * east edge" of a rice-field outline with jogs), in ring order.
 */
export function narrowedEdges(pieces: readonly BoundaryPiece[]): NarrowedEdge[] {
  const out: { side: EdgeSide; lengthM: number; stripM: number; key: string }[] = [];
  for (const piece of pieces) {
    if (!piece.separated || piece.stripM >= REQUIRED_STRIP_M) continue;
    const lengthM = Math.hypot(piece.to[0] - piece.from[0], piece.to[1] - piece.from[1]);
    const side = edgeSide(piece.from, piece.to);
    const key = `${side}|${piece.stripM}`;
    const same = out.find((e) => e.key === key);
    if (same) same.lengthM += lengthM;
    else out.push({ side, lengthM, stripM: piece.stripM, key });
  }
  return out.map(({ side, lengthM, stripM }) => ({ side, lengthM: round1(lengthM), stripM }));
}

/** Whether any part of the ring is separated (the strips need the per-piece construction). */
export const anySeparated = (pieces: readonly BoundaryPiece[]): boolean => pieces.some((p) => p.separated);
