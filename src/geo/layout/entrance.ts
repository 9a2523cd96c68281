/**
 * Where the main road meets the public road: the given entrance point, or the middle of the zone edge
 * the access road runs along. Also gives the local frame (u along that edge, v into the zone).
 */
import type { PlanePoint } from '../coordinates';
import { ringSignedAreaM2, type PlaneRing } from '../plane-measure';
import { openRing } from '../ring-helpers';
import { makeFrame, toLocal, type LocalFrame } from './frame';
import { pointSegmentDistanceM, ringSegments, type Segment } from './segments';

/** The public road counts as running along a zone edge where its centre line is this close, m (half a wide road). */
export const ACCESS_TOUCH_M = 20;
/** Sampling step along the zone boundary when finding the shared edge, m. */
const SAMPLE_STEP_M = 0.5;

export interface Entrance {
  /** The entrance point on the zone boundary. */
  readonly point: readonly [number, number];
  readonly frame: LocalFrame;
  /** Length of the zone boundary along the public road, m. */
  readonly sharedLengthM: number;
  /** Local s of the two ends of the zone edge the entrance lies on, m (the first ≤ 0 ≤ the second). */
  readonly edgeS: readonly [number, number];
  /** How far the entrance was moved from the place asked for so that a hole does not block its lane, m (0: not moved). */
  readonly movedForHoleM: number;
}

/** What the main road's lane must keep clear of holes just behind the entrance (see clearPlace). */
export interface LaneClearance {
  /** The holes of the zone (ponds, kept land). */
  readonly holes: readonly PlaneRing[];
  /** Width of the lane kept clear, m (the main road and a margin). */
  readonly laneM: number;
  /** How far into the zone the lane should run clear of holes, m (to past the first row of plots). */
  readonly clearM: number;
  /** Least distance of the entrance from either end of its stretch, m (the main road and its kerb corners). */
  readonly endMarginM: number;
}

/** Step between the places along the stretch tried for a lane clear of holes, m. */
const CLEAR_PLACE_STEP_M = 1;

/**
 * How far the lane of `laneM` straight into the zone from `point` (inward normal of the edge direction
 * `ux, uy`) runs before it meets a hole, m, up to `limitM`.
 */
function clearRunM(point: readonly [number, number], ux: number, uy: number, c: LaneClearance, limitM: number): number {
  const half = c.laneM / 2;
  let run = limitM;
  for (const hole of c.holes) {
    for (const [ax, ay, bx, by] of ringSegments(openRing(hole))) {
      // Local (s along the edge, t inward) of the segment's ends, then the part of it within the lane.
      const sa = (ax - point[0]) * ux + (ay - point[1]) * uy, ta = -(ax - point[0]) * uy + (ay - point[1]) * ux;
      const sb = (bx - point[0]) * ux + (by - point[1]) * uy, tb = -(bx - point[0]) * uy + (by - point[1]) * ux;
      let k0 = 0, k1 = 1;
      if (sa === sb) { if (Math.abs(sa) > half) continue; } else {
        const ka = (-half - sa) / (sb - sa), kb = (half - sa) / (sb - sa);
        k0 = Math.max(k0, Math.min(ka, kb)); k1 = Math.min(k1, Math.max(ka, kb));
        if (k0 > k1) continue;
      }
      run = Math.max(0, Math.min(run, ta + k0 * (tb - ta), ta + k1 * (tb - ta)));
    }
  }
  return run;
}

/**
 * The place along the stretch [from, to] of an edge (m from its first corner, direction `ux, uy`) for
 * the entrance: `wanted` when its lane runs `clearM` clear of holes, else the nearest place that does
 * (CLEAR_PLACE_STEP_M apart, the + side first at equal distance), else the one whose lane runs clear
 * farthest (kept at `wanted` on a tie). A pond right behind the middle of the access edge had left the
 * main road 20 m and one plot (random U 22: 0.5 % roads, Table 2.6 asks 10 %).
 */
function clearPlace(
  corner: readonly [number, number], ux: number, uy: number, from: number, to: number, wanted: number, c: LaneClearance,
): number {
  const at = (x: number) => [corner[0] + ux * x, corner[1] + uy * x] as const;
  const run = (x: number) => clearRunM(at(x), ux, uy, c, c.clearM);
  let best = wanted, bestRun = run(wanted);
  if (bestRun >= c.clearM) return wanted;
  const lo = from + c.endMarginM, hi = to - c.endMarginM;
  for (let k = 1; wanted + k * CLEAR_PLACE_STEP_M <= hi || wanted - k * CLEAR_PLACE_STEP_M >= lo; k++) {
    for (const x of [wanted + k * CLEAR_PLACE_STEP_M, wanted - k * CLEAR_PLACE_STEP_M]) {
      if (x < lo || x > hi) continue;
      const r = run(x);
      if (r >= c.clearM) return x;
      if (r > bestRun) { best = x; bestRun = r; }
    }
  }
  return best;
}

/** The outer ring made counter-clockwise and open (no repeated closing point). */
export function counterClockwiseOpen(ring: PlaneRing): PlaneRing {
  const open = openRing(ring);
  return ringSignedAreaM2(open) >= 0 ? open : [...open].reverse();
}

/** Most a zone edge may turn away from the public road and still count as running along it, degrees. */
const PARALLEL_MAX_DEG = 20;

/** Distance to the nearest road segment and that segment's unit direction. */
function nearestRoad(x: number, y: number, lines: readonly Segment[]): { d: number; ux: number; uy: number } {
  let best = { d: Infinity, ux: 1, uy: 0 };
  for (const s of lines) {
    const d = pointSegmentDistanceM(x, y, s);
    if (d < best.d) {
      const len = Math.hypot(s[2] - s[0], s[3] - s[1]) || 1;
      best = { d, ux: (s[2] - s[0]) / len, uy: (s[3] - s[1]) / len };
    }
  }
  return best;
}

/** One stretch of a zone edge along a public road. */
export interface AccessStretch {
  /** Index of the edge in the counter-clockwise open outer ring. */
  readonly edge: number;
  /** Distance along the edge from its first corner to where the stretch starts and ends, m. */
  readonly from: number;
  readonly to: number;
  /** Index of the access road (in the order given) the stretch runs along. */
  readonly road: number;
  /** Samples of the edge that lie along the road (SAMPLE_STEP_M apart): its length in steps. */
  readonly count: number;
  /** Whether the edge runs along the road (within PARALLEL_MAX_DEG), or only comes near it (a corner). */
  readonly parallel: boolean;
}

/**
 * Every stretch of the zone's outer ring along a public road: per road and edge, the samples of the
 * edge within ACCESS_TOUCH_M of the road's centre line and within PARALLEL_MAX_DEG of its direction,
 * longest first. A road that only touches the zone at a corner (or passes it at an angle) gives no
 * parallel stretch; then the edges within ACCESS_TOUCH_M of it at any angle are its stretches.
 * A second public road gives stretches of its own (for a second entrance).
 */
export function accessStretches(outer: PlaneRing, accessRoads: readonly (readonly PlanePoint[])[]): AccessStretch[] {
  const ring = counterClockwiseOpen(outer);
  const edges = ringSegments(ring);
  const sinMax = Math.sin((PARALLEL_MAX_DEG * Math.PI) / 180);
  const out: AccessStretch[] = [];
  accessRoads.forEach((line, road) => {
    const roadSegments = line.slice(1).map((b, i): Segment => [line[i][0], line[i][1], b[0], b[1]]);
    if (!roadSegments.length) return;
    const runs = (parallel: boolean): AccessStretch[] => edges.flatMap((e, edge) => {
      const len = Math.hypot(e[2] - e[0], e[3] - e[1]);
      if (len === 0) return [];
      const ex = (e[2] - e[0]) / len, ey = (e[3] - e[1]) / len;
      const steps = Math.max(1, Math.ceil(len / SAMPLE_STEP_M));
      let from = Infinity, to = -Infinity, count = 0;
      for (let k = 0; k <= steps; k++) {
        const along = (k / steps) * len;
        const r = nearestRoad(e[0] + ex * along, e[1] + ey * along, roadSegments);
        if (r.d <= ACCESS_TOUCH_M && (!parallel || Math.abs(ex * r.uy - ey * r.ux) <= sinMax)) {
          count++;
          from = Math.min(from, along);
          to = Math.max(to, along);
        }
      }
      return count > 0 ? [{ edge, from, to, road, count, parallel }] : [];
    });
    const parallel = runs(true);
    out.push(...(parallel.length ? parallel : runs(false)));
  });
  // Parallel stretches before corner ones, then longest first; ties keep the ring order (deterministic).
  return out.sort((a, b) => Number(b.parallel) - Number(a.parallel) || b.count - a.count || a.road - b.road || a.edge - b.edge);
}

/**
 * Finds the entrance on the outer ring `outer` for public road centre lines `accessRoads`: on the
 * longest stretch of accessStretches (a parallel one when there is any); the entrance is the middle
 * of that stretch, or the given point moved onto the ring.
 * Returns null when no zone edge comes within ACCESS_TOUCH_M of an access road.
 */
export function findEntrance(
  outer: PlaneRing, accessRoads: readonly (readonly PlanePoint[])[], given: PlanePoint | null,
  /** Where along the shared stretch, 0…1 (0.5: the middle); ignored when a point is given. */
  along = 0.5,
  /** Holes the main road's lane should run clear of: the place is moved along the stretch for them (not a given point). */
  clearance?: LaneClearance,
): Entrance | null {
  const ring = counterClockwiseOpen(outer);
  const edges = ringSegments(ring);
  const best = accessStretches(outer, accessRoads)[0];
  if (!best) return null;
  const run = best;
  const sharedLengthM = run.to - run.from;
  let point: readonly [number, number];
  let edgeIndex = run.edge;
  let movedForHoleM = 0;
  if (given) {
    // The edge nearest the given point, and the foot of the point on it.
    let bestD = Infinity;
    edges.forEach((e, i) => {
      const d = pointSegmentDistanceM(given[0], given[1], e);
      if (d < bestD - 1e-9) { bestD = d; edgeIndex = i; }
    });
    const e = edges[edgeIndex];
    const dx = e[2] - e[0], dy = e[3] - e[1];
    const k = Math.max(0, Math.min(1, ((given[0] - e[0]) * dx + (given[1] - e[1]) * dy) / (dx * dx + dy * dy)));
    point = [e[0] + k * dx, e[1] + k * dy];
  } else {
    const e = edges[edgeIndex];
    const len = Math.hypot(e[2] - e[0], e[3] - e[1]);
    // A road touching the zone at a corner: the end of the stretch farthest from the corner, so that
    // the main road clears the strip along the other edge (in the middle it ran half in that strip).
    const fromCorner = (x: number) => Math.min(x, len - x);
    const cornerEnd = fromCorner(run.to) >= fromCorner(run.from) ? run.to : run.from;
    const wanted = run.parallel ? run.from + along * (run.to - run.from) : cornerEnd;
    const ux = (e[2] - e[0]) / len, uy = (e[3] - e[1]) / len;
    const place = clearance && run.parallel && clearance.holes.length ? clearPlace([e[0], e[1]], ux, uy, run.from, run.to, wanted, clearance) : wanted;
    movedForHoleM = Math.abs(place - wanted);
    point = [e[0] + (place / len) * (e[2] - e[0]), e[1] + (place / len) * (e[3] - e[1])];
  }
  const e = edges[edgeIndex];
  const frame = makeFrame(point, [e[2] - e[0], e[3] - e[1]]);
  return { point, frame, sharedLengthM, edgeS: [toLocal(frame, [e[0], e[1]])[0], toLocal(frame, [e[2], e[3]])[0]], movedForHoleM };
}
