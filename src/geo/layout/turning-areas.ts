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
/** Area a whole turning square may lack to the 1 mm grid's rounding, m². */
const WHOLE_SQUARE_SLACK_M2 = 0.05;

/** A road end beyond its last junction; `dir` is the way the road runs out (+1 towards greater s or t). */
export interface DeadEnd {
  readonly s: number;
  readonly t: number;
  readonly dir: number;
  readonly lengthM: number;
  readonly role: 'main' | 'branch';
}

export interface TurningArea {
  /** The raw square the land for plots loses. */
  readonly square: PlanePolygon;
  /** The square on the land: the turning area as written. */
  readonly polygons: PlanePolygon[];
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * @param inner the land roads may run on
 * @returns the turning areas placed, and per dead end over maxDeadEndM a warning: the area added, or
 *   no room for one (then none is written)
 */
export function placeTurningAreas(
  f: LocalFrame, inner: PlanePolygon[], deadEnds: readonly DeadEnd[], p: LayoutParameters,
): { areas: TurningArea[]; warnings: LayoutWarning[] } {
  const T = p.turnaroundM;
  const areas: TurningArea[] = [];
  const warnings: LayoutWarning[] = [];
  for (const end of deadEnds) {
    if (end.lengthM <= p.maxDeadEndM) continue;
    const squareAt = (back: number, over: number) => {
      if (end.role === 'main') return localRect(f, -T / 2, T / 2, end.t - back - T, end.t - back + over);
      return end.dir > 0
        ? localRect(f, end.s - back - T, end.s - back + over, end.t - T / 2, end.t + T / 2)
        : localRect(f, end.s + back - over, end.s + back + T, end.t - T / 2, end.t + T / 2);
    };
    // A place holds a turning area when the whole T × T square lies on the land (a square 12 × 11 m
    // where a pond cuts it is no turning area); at the very end the area runs 1 m past it, to the edge.
    const holdsSquare = (back: number) => multiPolygonAreaM2(intersectPolygons(inner, [squareAt(back, 0)])) >= T * T - WHOLE_SQUARE_SLACK_M2;
    let back = 0;
    while (!holdsSquare(back) && back + TURNAROUND_STEP_M <= Math.min(p.maxDeadEndM, end.lengthM - T)) back += TURNAROUND_STEP_M;
    const placed = holdsSquare(back);
    if (placed) {
      const square = squareAt(back, back === 0 ? 1 : 0);
      areas.push({ square, polygons: intersectPolygons(inner, [square]) });
    }
    warnings.push({
      code: placed ? 'dead-end-turnaround-added' : 'dead-end-needs-turnaround',
      params: { lengthM: round1(end.lengthM), maxDeadEndM: p.maxDeadEndM, turnaroundM: T },
    });
  }
  return { areas, warnings };
}
