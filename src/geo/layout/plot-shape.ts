/**
 * Measures of a candidate plot and the rules a good plot keeps: frontage on a road, area range,
 * depth ≤ maxDepthRatio × frontage and deep enough for a building, 4–6 corners, no sliver angles.
 */
import { polygonAreaM2, type PlanePolygon, type PlaneRing } from '../plane-measure';
import { collinearOverlapM, pointSegmentDistanceM, ringSegments, type Segment, type SegmentGrid } from './segments';
import { MIN_ENVELOPE_SIDE_M } from './parameters';
import { TOLERANCE_M } from '../tolerance';
import { asPlane, type PlanePoint } from '../coordinates';
import type { LayoutParameters } from './types';

/** A corner closer than this to the line through its neighbours is no corner, m (1 cm). */
export const CORNER_TOLERANCE_M = 0.01;
/** Sharpest corner a plot may have, degrees (sharper is a sliver). */
export const MIN_CORNER_ANGLE_DEG = 30;

export interface PlotShape {
  readonly areaM2: number;
  readonly frontageM: number;
  readonly depthM: number;
  readonly corners: number;
  readonly minAngleDeg: number;
}

/** Least angle between two road-fronting edges of a corner plot, degrees (as the allocation measures it). */
export const CORNER_FRONT_ANGLE_DEG = 30;
/** Shortest edge that counts as fronting a road for a corner plot, m (a turning square's 1 m notch does not). */
const CORNER_FRONT_MIN_M = 2;

/** Sharpest turn kept when cleaning a ring, degrees: a path that doubles back more sharply is a hairline spike. */
const SPIKE_ANGLE_DEG = 1;

/**
 * A polygon without hairline spikes: where two cuts meet a road edge a millimetre apart (grid rounding),
 * or a pond edge runs a few millimetres beside a road edge, clipping can leave a zero-width spike out and
 * back along the edge. The spike's tip goes; the end of its shorter arm is kept and a corner is put at
 * its foot on the longer arm, so the edge still runs on the line it followed (dropping the tip alone
 * would join the arms' ends by a slanted edge, up to the spike's width off the road: no frontage there).
 * The sliver falls to the leftover green.
 */
export function withoutSpikes(polygon: PlanePolygon): PlanePolygon {
  return polygon.map((ring) => {
    const closed = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1];
    let pts: PlanePoint[] = closed ? ring.slice(0, -1) : [...ring];
    for (let guard = 4 * pts.length, i = 0; i < pts.length && pts.length > 3 && guard > 0; guard--) {
      const a = pts[(i + pts.length - 1) % pts.length], b = pts[i], c = pts[(i + 1) % pts.length];
      if (!isSpike(a, b, c)) { i++; continue; }
      const foot = spikeFoot(a, b, c);
      pts = foot ? [...pts.slice(0, i), foot, ...pts.slice(i + 1)] : pts.filter((_, k) => k !== i);
      i = Math.max(0, i - 1);
    }
    return [...pts, pts[0]];
  });
}

/** A jog shorter than this (two grid steps) is rounding, not worth a corner, m. */
const SPIKE_JOG_MIN_M = 2 * TOLERANCE_M;

function isSpike(a: readonly number[], b: readonly number[], c: readonly number[]): boolean {
  const ux = a[0] - b[0], uy = a[1] - b[1], vx = c[0] - b[0], vy = c[1] - b[1];
  const lu = Math.hypot(ux, uy), lv = Math.hypot(vx, vy);
  const angle = lu > 0 && lv > 0 ? (Math.acos(Math.max(-1, Math.min(1, (ux * vx + uy * vy) / (lu * lv)))) * 180) / Math.PI : 0;
  return angle < SPIKE_ANGLE_DEG;
}

/**
 * Where the spike a → b → c is replaced: the foot of the shorter arm's end on the longer arm, on the
 * 1 mm grid; null when that foot is within grid rounding of the shorter arm's end and the tip simply goes.
 */
function spikeFoot(a: readonly number[], b: readonly number[], c: readonly number[]): PlanePoint | null {
  const [far, near] = Math.hypot(a[0] - b[0], a[1] - b[1]) >= Math.hypot(c[0] - b[0], c[1] - b[1]) ? [a, c] : [c, a];
  const dx = far[0] - b[0], dy = far[1] - b[1];
  const k = ((near[0] - b[0]) * dx + (near[1] - b[1]) * dy) / (dx * dx + dy * dy || 1);
  const grid = (x: number) => Math.round(x * 1000) / 1000;
  const foot = asPlane([grid(b[0] + k * dx), grid(b[1] + k * dy)]);
  if (Math.hypot(foot[0] - near[0], foot[1] - near[1]) < SPIKE_JOG_MIN_M) return null;
  return foot;
}

/** The corners of a ring that matter: vertices within CORNER_TOLERANCE_M of their neighbours' line dropped. */
export function significantCorners(ring: PlaneRing): [number, number][] {
  return dropVertices(ring, (a, b, c) => pointSegmentDistanceM(b[0], b[1], [a[0], a[1], c[0], c[1]]) < CORNER_TOLERANCE_M)
    .map((q) => [q[0], q[1]]);
}

/**
 * The open ring without the vertices `redundant(previous, vertex, next)` picks, removed one at a time
 * (first found first) until none is left or three remain.
 */
function dropVertices<T extends readonly [number, number]>(ring: readonly T[], redundant: (a: T, b: T, c: T) => boolean): T[] {
  const closed = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1];
  let pts: T[] = closed ? ring.slice(0, -1) : [...ring];
  let changed = true;
  while (changed && pts.length > 3) {
    changed = false;
    for (let i = 0; i < pts.length; i++) {
      if (redundant(pts[(i + pts.length - 1) % pts.length], pts[i], pts[(i + 1) % pts.length])) {
        pts = pts.filter((_, k) => k !== i);
        changed = true;
        break;
      }
    }
  }
  return pts;
}

function minAngleDeg(pts: [number, number][]): number {
  let least = 180;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[(i + pts.length - 1) % pts.length];
    const b = pts[i];
    const c = pts[(i + 1) % pts.length];
    const u = [a[0] - b[0], a[1] - b[1]];
    const v = [c[0] - b[0], c[1] - b[1]];
    const cos = (u[0] * v[0] + u[1] * v[1]) / (Math.hypot(u[0], u[1]) * Math.hypot(v[0], v[1]));
    least = Math.min(least, (Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI);
  }
  return least;
}

/** Length of the ring's boundary running along road boundary segments, m, and the longest such edge. */
export function roadContact(ring: PlaneRing, roads: SegmentGrid): { lengthM: number; longest: Segment | null } {
  let lengthM = 0;
  let longest: Segment | null = null;
  let longestM = 0;
  for (const e of ringSegments(ring)) {
    let along = 0;
    for (const i of roads.near(e, 0.01)) along += collinearOverlapM(e, roads.segments[i]);
    lengthM += along;
    if (along > longestM) { longestM = along; longest = e; }
  }
  return { lengthM, longest };
}

/** Measures a candidate plot against the road boundary. */
export function measurePlot(polygon: PlanePolygon, roads: SegmentGrid): PlotShape {
  const ring = polygon[0];
  const { lengthM, longest } = roadContact(ring, roads);
  let depthM = Infinity;
  if (longest) {
    const dx = longest[2] - longest[0], dy = longest[3] - longest[1];
    const len = Math.hypot(dx, dy);
    depthM = 0;
    for (const q of ring) depthM = Math.max(depthM, Math.abs(((q[0] - longest[0]) * dy - (q[1] - longest[1]) * dx) / len));
  }
  const pts = significantCorners(ring);
  return { areaM2: polygonAreaM2(polygon), frontageM: lengthM, depthM, corners: pts.length, minAngleDeg: minAngleDeg(pts) };
}

/**
 * Whether a plot is a corner plot (lô góc): it fronts roads along two edges at least
 * CORNER_FRONT_ANGLE_DEG apart (a junction, its kerb corner cut being one of them) — edges of
 * CORNER_FRONT_MIN_M or more lying along road boundary for at least half their length. Written as
 * `corner` on the plot feature; the allocation's corner price factor reads it.
 */
export function isCornerPlot(ring: PlaneRing, roads: SegmentGrid): boolean {
  const directions: number[] = [];
  for (const e of ringSegments(ring)) {
    const len = Math.hypot(e[2] - e[0], e[3] - e[1]);
    if (len < CORNER_FRONT_MIN_M) continue;
    let along = 0;
    for (const i of roads.near(e, 0.01)) along += collinearOverlapM(e, roads.segments[i]);
    if (along >= len / 2) directions.push((Math.atan2(e[3] - e[1], e[2] - e[0]) * 180) / Math.PI);
  }
  return directions.some((a, i) => directions.some((b, j) => {
    const d = Math.abs(a - b) % 180;
    return j > i && Math.min(d, 180 - d) >= CORNER_FRONT_ANGLE_DEG;
  }));
}

/** Why a candidate cannot be a plot; empty when it can. */
export function plotProblems(polygon: PlanePolygon, s: PlotShape, p: LayoutParameters): string[] {
  const out: string[] = [];
  if (polygon.length !== 1) out.push('has-hole');
  if (s.frontageM < p.minFrontageM) out.push('frontage');
  if (s.areaM2 < p.minPlotAreaM2 || s.areaM2 > p.maxPlotAreaM2) out.push('area');
  if (s.depthM > p.maxDepthRatio * s.frontageM) out.push('depth');
  // Too shallow for a building once the front setback and a back setback are kept.
  if (s.depthM < p.frontSetbackM + Math.min(p.rearSetbackM, p.fireSeparationM / 2) + MIN_ENVELOPE_SIDE_M) out.push('shallow');
  if (s.corners < 4 || s.corners > 6) out.push('corners');
  if (s.minAngleDeg < MIN_CORNER_ANGLE_DEG) out.push('sliver');
  return out;
}
