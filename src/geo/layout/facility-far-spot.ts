/**
 * Where the wastewater plant goes (issue 7, "Facilities by rule"): away from every gate and from the
 * homes. Zone files carry no heights, so the far end stands for downhill. The candidate spots are both
 * ends of every row side — beside the main road (inner) or at the row's outer end — and each is judged
 * by an estimate of its lot (the row side's land cut square to the row to the lot's area), with no
 * clipping (with two gates or more, also the middle of every row side): first whether the lot would border the isolation strip facing the homes (an outer lot is
 * moved in along its row off that strip where the row is long enough), then how far it is from the
 * nearest gate. facilities.ts then cuts the lot at the best spot that fits.
 */
import type { PlanePoint } from '../coordinates';
import { toPlane, type LocalFrame } from './frame';
import { pointSegmentDistanceM, ringSegments, type Segment } from './segments';

/** The site facts the far spot is judged by, in plane metres. */
export interface FarSpotSite {
  /** The main gate and every second gate. */
  readonly gates: readonly (readonly [number, number])[];
  /** The homes lines (the isolation strip faces them). */
  readonly homesLines: readonly (readonly PlanePoint[])[];
  /** Width of the isolation strip along the homes lines, m. */
  readonly greenBufferM: number;
}

/**
 * Land kept between the wastewater lot and the strip facing the homes, m: less, and the plant borders
 * that strip (the independent checker holds the same figure, tests/geo/layout/checker-facilities.ts).
 */
export const HOMES_CLEARANCE_M = 5;

/** A row side's land in local metres: its extent along s (from the main road outward) and across t. */
export interface RowSideExtent { readonly sInner: number; readonly sOuter: number; readonly t0: number; readonly t1: number }

export interface FarSpot {
  /** Index of the row side (facilities.ts `ends`). */
  readonly end: number;
  /** Whether the lot is cut at the row's outer end (else beside the main road). */
  readonly outer: boolean;
  /** How far in from the row's outer end the lot starts, m: land kept clear of the homes strip. */
  readonly insetM: number;
  /** Whether even so the lot would border the strip facing the homes (a spot of last resort). */
  readonly nearHomes: boolean;
  /**
   * The lot's range across the row (local t), where it is cut in one corner of the row's outer end
   * rather than as a slab across the whole row depth; absent for a slab.
   */
  readonly tRange?: readonly [number, number];
}

/** The estimated lot's corners in the plane: the row side cut square to the row to `areaM2`. */
function estimatedLot(f: LocalFrame, whole: RowSideExtent, outer: boolean, areaM2: number, insetM = 0, tRange?: readonly [number, number]): PlanePoint[] {
  const side = tRange ? { ...whole, t0: Math.max(whole.t0, tRange[0]), t1: Math.min(whole.t1, tRange[1]) } : whole;
  const width = Math.max(side.t1 - side.t0, 1e-6);
  const sigma = side.sOuter >= side.sInner ? 1 : -1;
  const depth = Math.min(areaM2 / width, Math.abs(side.sOuter - side.sInner));
  const from = outer ? side.sOuter - sigma * insetM : side.sInner;
  const to = outer ? from - sigma * depth : from + sigma * depth;
  const ring = [toPlane(f, from, side.t0), toPlane(f, to, side.t0), toPlane(f, to, side.t1), toPlane(f, from, side.t1)];
  return [...ring, ring[0]];
}

/** Least distance between a closed ring and an open line, m. */
function ringToLineM(ring: readonly PlanePoint[], line: readonly PlanePoint[]): number {
  const edges = ringSegments(ring);
  const pieces: Segment[] = line.slice(1).map((b, i) => [line[i][0], line[i][1], b[0], b[1]]);
  let best = Infinity;
  for (const e of edges) for (const q of pieces) {
    best = Math.min(best, pointSegmentDistanceM(e[0], e[1], q), pointSegmentDistanceM(q[0], q[1], e), pointSegmentDistanceM(q[2], q[3], e));
  }
  return best;
}

/** How much nearer a homes line the lot comes than the homes strip and its clearance allow, m (≤ 0: clear). */
export function homesShortfallM(ring: readonly PlanePoint[], site: FarSpotSite): number {
  const lines = site.homesLines.filter((line) => line.length >= 2);
  return lines.length ? site.greenBufferM + HOMES_CLEARANCE_M - Math.min(...lines.map((line) => ringToLineM(ring, line))) : -Infinity;
}

/** Land kept past the clearance when an outer lot is moved in off the homes strip, m (clipping moves corners). */
const INSET_MARGIN_M = 0.5;

/** Distance from the lot's middle to the nearest gate, m. */
export function nearestGateM(ring: readonly PlanePoint[], site: FarSpotSite): number {
  const n = ring.length - 1;
  let x = 0, y = 0;
  for (let i = 0; i < n; i++) { x += ring[i][0] / n; y += ring[i][1] / n; }
  return Math.min(...site.gates.map((g) => Math.hypot(x - g[0], y - g[1])));
}

/**
 * Every spot, best first: those whose lot would not border the homes strip before those that would;
 * then, given the land's median distance from the nearest gate (landMedianGateM, which the plots'
 * median follows), the spots at least that far before the others, and among those far enough a slab
 * across the row before a corner lot; then farthest from the nearest gate; ties keep the row order,
 * inner before outer. The corners (half the row depth at a row's outer end, each half) are offered
 * only with landMedianGateM: on a small zone the slab's middle sits mid-row, nearer the gate than
 * half the plots, where the row's far corner is not.
 * @param sides per row side, its land's extent, or null when it has none
 */
export function rankFarSpots(
  f: LocalFrame, sides: readonly (RowSideExtent | null)[], areaM2: number, site: FarSpotSite, landMedianGateM?: number,
): FarSpot[] {
  const judged = (end: number, side: RowSideExtent, outer: boolean, tRange?: readonly [number, number]) => {
    let insetM = 0;
    let ring = estimatedLot(f, side, outer, areaM2, 0, tRange);
    const short = homesShortfallM(ring, site);
    // An outer lot beside the homes strip moves in along its row by what it lacks, while the row is long enough.
    if (outer && short > 0) {
      const inset = short + INSET_MARGIN_M;
      const width = Math.max(tRange ? tRange[1] - tRange[0] : side.t1 - side.t0, 1e-6);
      if (inset + areaM2 / width <= Math.abs(side.sOuter - side.sInner)) {
        insetM = inset;
        ring = estimatedLot(f, side, outer, areaM2, insetM, tRange);
      }
    }
    return { end, outer, insetM, nearHomes: homesShortfallM(ring, site) > 0, gateM: nearestGateM(ring, site), ...(tRange ? { tRange } : {}) };
  };
  const spots = sides.flatMap((side, end) => (side ? [false, true].map((outer) => judged(end, side, outer)) : []));
  if (landMedianGateM !== undefined) {
    sides.forEach((side, end) => {
      if (!side) return;
      const mid = (side.t0 + side.t1) / 2;
      // A corner as deep along the row as the row side is long, at most: else no such lot.
      const fitsAlong = (areaM2 / Math.max(mid - side.t0, 1e-6)) <= Math.abs(side.sOuter - side.sInner);
      // The outer ends 1 m past the land, so that no cut runs along its edge (slice-rows.ts).
      if (fitsAlong) for (const tRange of [[side.t0 - 1, mid], [mid, side.t1 + 1]] as const) spots.push(judged(end, side, true, tRange));
    });
  }
  // With a gate at each end (a second public road), the spot farthest from both may be a row's middle.
  if (site.gates.length > 1) {
    sides.forEach((side, end) => {
      if (!side) return;
      const insetM = Math.max(0, (Math.abs(side.sOuter - side.sInner) - areaM2 / Math.max(side.t1 - side.t0, 1e-6)) / 2);
      const ring = estimatedLot(f, side, true, areaM2, insetM);
      spots.push({ end, outer: true, insetM, nearHomes: homesShortfallM(ring, site) > 0, gateM: nearestGateM(ring, site) });
    });
  }
  const far = (q: { gateM: number }) => landMedianGateM === undefined || q.gateM >= landMedianGateM;
  // Among the spots far enough, a slab first (a corner leaves a half-deep piece of row beside it).
  const cornerRank = (q: { gateM: number; tRange?: unknown }) => Number(far(q) && q.tRange !== undefined);
  return spots
    .sort((a, b) => Number(a.nearHomes) - Number(b.nearHomes) || Number(far(b)) - Number(far(a)) || cornerRank(a) - cornerRank(b)
      || b.gateM - a.gateM || a.end - b.end || Number(a.outer) - Number(b.outer) || Number(a.tRange !== undefined) - Number(b.tRange !== undefined))
    .map(({ end, outer, insetM, nearHomes, tRange }) => ({ end, outer, insetM, nearHomes, ...(tRange ? { tRange } : {}) }));
}
