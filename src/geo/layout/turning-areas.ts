/**
 * Turning areas (bãi quay xe) at the dead ends still longer than `maxDeadEndM` (QCVN 06:2022 6.2.5): a
 * `turnaroundM` square at the road's end, or moved back along the road (the stretch beyond it staying
 * within maxDeadEndM) to the first place where the whole square lies on the land. One step of
 * road-network.ts's buildRoadNetwork.
 */
import { multiPolygonAreaM2, type PlanePolygon } from '../plane-measure';
import { intersectPolygons } from './clip';
import { localRect, type LocalFrame } from './frame';
import type { LayoutParameters, LayoutWarning } from './types';

/** Step when moving a turning area back from a road end where it does not fit, m. */
const TURNAROUND_STEP_M = 2;
/** Area a whole turning square may lack to the 1 mm grid's rounding, m² (a 1 cm corner poke is more). */
const WHOLE_SQUARE_SLACK_M2 = 0.01;

/**
 * A road end beyond its last junction; `dir` is the way the road runs out (+1 towards greater s or t).
 * A branch runs along s; the main road (at s = 0) and a spine along t.
 */
export interface DeadEnd {
  readonly s: number;
  readonly t: number;
  readonly dir: number;
  readonly lengthM: number;
  readonly role: 'main' | 'branch' | 'spine';
}

export interface TurningArea {
  /** The raw square the land for plots loses. */
  readonly square: PlanePolygon;
  /** The square on the land: the turning area as written. */
  readonly polygons: PlanePolygon[];
}

/**
 * Where the square stands across its road, in order: centred (0), then flush with the road's − or +
 * edge (−1, +1: the square's overhang all on the other side). A road laid right beside a green strip
 * (strip-patterns.ts) takes the flush square at its end instead of keeping a metre of land along its
 * whole length between it and the strip for a centred one.
 */
const SHIFT_SIDES = [0, 1, -1] as const;

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * @param inner the land roads may run on
 * @returns the turning areas placed (each warned as added), and the dead ends over maxDeadEndM with no
 *   room for one (the caller cuts them back or warns them)
 */
export function placeTurningAreas(
  f: LocalFrame, inner: PlanePolygon[], deadEnds: readonly DeadEnd[], p: LayoutParameters,
): { areas: TurningArea[]; warnings: LayoutWarning[]; unplaced: DeadEnd[] } {
  const T = p.turnaroundM;
  const areas: TurningArea[] = [];
  const warnings: LayoutWarning[] = [];
  const unplaced: DeadEnd[] = [];
  for (const end of deadEnds) {
    if (end.lengthM <= p.maxDeadEndM) continue;
    // Centred on the road first; where no centred place fits along the last maxDeadEndM (a road right
    // beside a strip, which the square would poke into), the square flush with either road edge,
    // reaching over the plot side only (SHIFT_SIDES).
    const w = end.role === 'main' ? p.mainRoadWidthM : p.branchRoadWidthM;
    const squareAt = (back: number, shift: number) => {
      const across = (T - w) / 2 * shift;
      if (end.role !== 'branch') {
        return end.dir > 0
          ? localRect(f, end.s + across - T / 2, end.s + across + T / 2, end.t - back - T, end.t - back)
          : localRect(f, end.s + across - T / 2, end.s + across + T / 2, end.t + back, end.t + back + T);
      }
      return end.dir > 0
        ? localRect(f, end.s - back - T, end.s - back, end.t + across - T / 2, end.t + across + T / 2)
        : localRect(f, end.s + back, end.s + back + T, end.t + across - T / 2, end.t + across + T / 2);
    };
    // A place holds a turning area when the whole T × T square lies on the land (a square 12 × 11 m
    // where a pond cuts it is no turning area, nor one a slanted edge clips by a corner: the written
    // area must be the square itself). The end is where the road has its whole width (a taper beyond
    // it stays road).
    const holdsSquare = (square: PlanePolygon) => multiPolygonAreaM2(intersectPolygons(inner, [square])) >= T * T - WHOLE_SQUARE_SLACK_M2;
    let square: PlanePolygon | null = null;
    for (const shift of T > w ? SHIFT_SIDES : [0]) {
      for (let back = 0; !square && back <= Math.max(0, Math.min(p.maxDeadEndM, end.lengthM - T)); back += TURNAROUND_STEP_M) {
        const candidate = squareAt(back, shift);
        if (holdsSquare(candidate)) square = candidate;
      }
      if (square) break;
    }
    if (!square) { unplaced.push(end); continue; }
    areas.push({ square, polygons: intersectPolygons(inner, [square]) });
    warnings.push(deadEndWarning('dead-end-turnaround-added', end, p));
  }
  return { areas, warnings, unplaced };
}

/** The warning about a dead end: `dead-end-turnaround-added` or `dead-end-needs-turnaround`. */
export const deadEndWarning = (code: string, end: DeadEnd, p: LayoutParameters): LayoutWarning =>
  ({ code, params: { lengthM: round1(end.lengthM), maxDeadEndM: p.maxDeadEndM, turnaroundM: p.turnaroundM } });
