/**
 * The comb with its branch roads moved clear of the zone's holes (pattern `comb-clear-of-holes`,
 * issue 7's pond zones). A branch of the fixed-pitch comb that runs through a pond is cut in two: the
 * piece beyond the pond needs a secondary spine or is dropped with its rows (a 300 × 150 m zone with a
 * 40 × 35 m pond in its middle lost the west half of its comb). Here each branch that would cross a
 * hole is moved along t to the nearest place where it passes HOLE_CLEARANCE_M clear of every hole,
 * and the rows are cut from the land between the branches as placed (no deeper than a legal plot).
 */
import { toLocal, type LocalFrame } from './frame';
import type { PlotRow, RowPlan } from './row-plan';
import type { PlanePolygon } from '../plane-measure';
import { DEPTH_MARGIN_M } from './strip-patterns';

/** Least land kept between a moved branch's edge and a hole, m. */
export const HOLE_CLEARANCE_M = 0.5;

/** A t range, m (low ≤ high). */
export type TRange = readonly [number, number];

/**
 * The t ranges (frame `f`) of the holes of the land, each widened by HOLE_CLEARANCE_M: a branch
 * whose right of way overlaps one of them runs through (or within 0.5 m of) a hole.
 */
export function holeRangesT(f: LocalFrame, land: readonly PlanePolygon[]): TRange[] {
  const out: TRange[] = [];
  for (const polygon of land) {
    for (const hole of polygon.slice(1)) {
      let lo = Infinity, hi = -Infinity;
      for (const q of hole) { const t = toLocal(f, q)[1]; lo = Math.min(lo, t); hi = Math.max(hi, t); }
      if (hi > lo) out.push([lo - HOLE_CLEARANCE_M, hi + HOLE_CLEARANCE_M]);
    }
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** A land edge within this of parallel to the access edge runs along the branches (tan 10°). */
const ALONG_BRANCH_SLOPE = 0.18;
/** Land edges shorter than this are left to the branches' end trims, m. */
const MIN_NOTCH_EDGE_M = 1;

/**
 * The t ranges (frame `f`) of the land's outer edges that run along the branches between the near
 * and far ends of the land (tStart, tMax): the side of a U's notch or an L's inner corner, widened by
 * HOLE_CLEARANCE_M. A branch whose right of way overlaps one runs along the strip there, narrower than
 * its width (random U 5, 31, 36: 58–83 m of a branch, `road-narrower-than-width`).
 */
export function notchRangesT(f: LocalFrame, land: readonly PlanePolygon[], tStart: number, tMax: number): TRange[] {
  const out: TRange[] = [];
  for (const polygon of land) {
    const ring = polygon[0];
    for (let i = 0; i + 1 < ring.length; i++) {
      const [s0, t0] = toLocal(f, ring[i]), [s1, t1] = toLocal(f, ring[i + 1]);
      const lo = Math.min(t0, t1), hi = Math.max(t0, t1);
      if (Math.abs(s1 - s0) < MIN_NOTCH_EDGE_M || hi - lo > ALONG_BRANCH_SLOPE * Math.abs(s1 - s0)) continue;
      if (lo <= tStart + HOLE_CLEARANCE_M || hi >= tMax - HOLE_CLEARANCE_M) continue;
      out.push([lo - HOLE_CLEARANCE_M, hi + HOLE_CLEARANCE_M]);
    }
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Whether a branch of half width `half` centred at t overlaps one of the ranges. */
export const branchBlocked = (t: number, half: number, ranges: readonly TRange[]): boolean =>
  ranges.some(([a, b]) => t + half > a + 1e-9 && t - half < b - 1e-9);

/**
 * The branch centre nearest `wanted` within [lo, hi] that is clear of the ranges: `wanted` itself, or
 * a place with its edge just at a range's end (the lower one on a tie); null when none is clear. A
 * finite list of places is tried, so no search loop can stall.
 */
function nearestClearT(wanted: number, lo: number, hi: number, half: number, ranges: readonly TRange[]): number | null {
  const places = [wanted, ...ranges.flatMap(([a, b]) => [a - half, b + half])]
    .filter((t) => t >= lo - 1e-9 && t <= hi + 1e-9 && !branchBlocked(t, half, ranges))
    .sort((x, y) => Math.abs(x - wanted) - Math.abs(y - wanted) || x - y);
  return places.length ? places[0] : null;
}

/**
 * The comb's branch centres with every branch clear of the holes: from the entrance at the fixed
 * pitch (2 × depth + branch width), each one moved to the nearest clear place no nearer the last
 * than one legal row; the next is wanted a pitch past the one placed. A far remainder deeper than a
 * legal row that still holds a branch and a row gets a last branch along the far edge, as the comb.
 */
export function clearBranchTs(
  tStart: number, tMax: number, depthM: number, minDepthM: number, maxDepthM: number, roadWidthM: number, ranges: readonly TRange[],
  closing = true,
): number[] {
  const half = roadWidthM / 2;
  const pitch = 2 * depthM + roadWidthM;
  const branchT: number[] = [];
  let wanted = tStart + Math.min(depthM, tMax - tStart - roadWidthM) + half;
  let lo = tStart + minDepthM + half;
  const hi = tMax - half;
  // Every pass places a branch at t ≥ lo and sets lo past it by a row and a branch (> 0), or stops:
  // the loop strictly advances (a hang of this kind once stopped vitest on random trapezoid 13).
  while (lo <= hi) {
    const t = nearestClearT(Math.max(wanted, lo), lo, hi, half, ranges);
    if (t === null) break;
    branchT.push(t);
    lo = t + roadWidthM + minDepthM;
    wanted = t + pitch;
    if (wanted + half + minDepthM <= tMax) continue;
    // No room for another full branch: a last one along the far edge where a single row cannot take
    // the rest and a row still fits between (the comb's closing branch).
    const rest = tMax - (t + half);
    if (closing && rest > maxDepthM && rest >= roadWidthM + minDepthM) {
      const last = nearestClearT(hi, lo, hi, half, ranges);
      if (last !== null) branchT.push(last);
    }
    break;
  }
  return branchT;
}

/**
 * The rows between the branches as placed: below the first and above the last one row fronting it;
 * between two branches two rows back to back split in the middle, or one row fronting the lower
 * branch where the land is too shallow for two; every row at most maxDepthM deep from its road (the
 * rest goes to the leftover green; DEPTH_MARGIN_M short of it) and at least minDepthM.
 */
export function rowsBetweenBranches(
  tStart: number, tMax: number, branchT: readonly number[], minDepthM: number, maxDepthM: number, roadWidthM: number,
): PlotRow[] {
  const half = roadWidthM / 2;
  const rows: PlotRow[] = [];
  if (!branchT.length) return rows;
  // A plot of the target frontage as deep as the deepest legal plot has the largest area plus
  // clipping's rounding (strip-patterns.ts): rows stop just short of it.
  maxDepthM -= DEPTH_MARGIN_M;
  const first = branchT[0];
  if (first - half - tStart >= minDepthM) rows.push({ tLow: Math.max(tStart, first - half - maxDepthM), tHigh: first, front: 'high', branch: 0 });
  for (let i = 0; i < branchT.length; i++) {
    const low = branchT[i] + half;
    const isLast = i === branchT.length - 1;
    const high = isLast ? tMax : branchT[i + 1] - half;
    const gap = high - low;
    if (isLast) {
      if (gap >= minDepthM) rows.push({ tLow: branchT[i], tHigh: low + Math.min(gap, maxDepthM), front: 'low', branch: i });
    } else if (gap >= 2 * minDepthM) {
      const middle = low + gap / 2;
      rows.push({ tLow: branchT[i], tHigh: Math.min(middle, low + maxDepthM), front: 'low', branch: i });
      rows.push({ tLow: Math.max(middle, high - maxDepthM), tHigh: branchT[i + 1], front: 'high', branch: i + 1 });
    } else if (gap >= minDepthM) {
      rows.push({ tLow: branchT[i], tHigh: low + Math.min(gap, maxDepthM), front: 'low', branch: i });
    }
  }
  return rows;
}

/**
 * The combs of depth `depthM` with their branches clear of the holes (`ranges`, holeRangesT): with the
 * closing branch along the far edge, and without it where it would be laid (the last row then keeps
 * only a legal depth of the rest: a branch moved off a pond can leave a remainder a little deeper than
 * a row, and a second branch with the loops joining its ends cost more than that strip of green).
 * None when the comb's own branches are already clear (the plain comb serves) or no row is left.
 * @param combBranchT the branch centres of the plain comb of the same depth (row-plan.ts)
 */
export function combsClearOfHoles(
  tStart: number, tMax: number, depthM: number, minDepthM: number, maxDepthM: number, roadWidthM: number,
  ranges: readonly TRange[], combBranchT: readonly number[],
): RowPlan[] {
  const half = roadWidthM / 2;
  if (!ranges.length || !combBranchT.some((t) => branchBlocked(t, half, ranges))) return [];
  const out: RowPlan[] = [];
  for (const closing of [true, false]) {
    const branchT = clearBranchTs(tStart, tMax, depthM, minDepthM, maxDepthM, roadWidthM, ranges, closing);
    const rows = rowsBetweenBranches(tStart, tMax, branchT, minDepthM, maxDepthM, roadWidthM);
    if (rows.length && !out.some((q) => sameBranches(q.branchT, branchT))) out.push({ branchT, rows });
  }
  return out;
}

/** Whether two lists of branch centres are the same to the millimetre. */
export const sameBranches = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((t, i) => Math.abs(t - b[i]) < 0.001);
