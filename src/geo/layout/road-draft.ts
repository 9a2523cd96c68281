/**
 * The road network while it is being planned (road-network.ts runs the steps): the main road, the
 * branch pieces reached so far, the spines (roads along `t`), and the raw shapes and centre lines
 * drawn. Each step file reads and extends one draft; the last step (draw-roads.ts) turns it into the
 * `RoadNetwork` the layout writes. Also the lane tests the steps share.
 */
import type { PlanePoint } from '../coordinates';
import { multiPolygonAreaM2, type PlanePolygon } from '../plane-measure';
import { intersectPolygons } from './clip';
import { sSlab, tSlab, type LocalFrame } from './frame';
import type { RoadPiece } from './road-pieces';
import type { LayoutParameters, LayoutWarning } from './types';

/** A road along v: the main road (s = 0), a secondary spine, a loop (its `loop` side) or a cross street. */
export interface Spine { s: number; half: number; tFrom: number; tTo: number; down?: boolean; loop?: number; cross?: boolean }

export interface RoadLine {
  readonly role: 'main' | 'branch';
  readonly widthM: number;
  readonly points: PlanePoint[];
  /** The end opened onto a second public road (second-gates.ts): on the zone edge, maybe cut askew. */
  readonly gateEnd?: 'start' | 'end';
}

/**
 * One piece of a branch slab joined to the spines. pMin, pMax: the piece's extent along s; fMin, fMax:
 * where the branch has its whole width (branch-whole-width.ts); s0, s1: the ends of its road as drawn
 * (equal when none was drawn); `road` and `line` index its entries in `later` and `centrelines`.
 */
export interface BuiltBranch {
  readonly t: number;
  readonly pMin: number;
  readonly pMax: number;
  readonly fMin: number;
  readonly fMax: number;
  readonly leftFree: boolean;
  readonly rightFree: boolean;
  s0: number;
  s1: number;
  readonly road?: number;
  readonly line?: number;
  readonly slab: PlanePolygon;
  readonly cuts: PlanePolygon[];
}

export interface RoadDraft {
  readonly f: LocalFrame;
  /** The zone, holes kept free. */
  readonly zone: PlanePolygon;
  /** The zone less its green strips: where roads other than the entrance may run. */
  readonly inner: PlanePolygon[];
  readonly p: LayoutParameters;
  readonly halfMain: number;
  readonly halfBranch: number;
  /** The main road's polygons (through the strip at the entrance) and where it ends, local t. */
  readonly main: PlanePolygon[];
  readonly mainTEnd: number;
  /** t of the farthest branch the main road meets (0 when none). */
  lastJunctionT: number;
  /**
   * Raw shapes (slabs, corner cuts, squares): the land for plots loses exactly these, so both sides of
   * a road edge share the same line; the roads are these clipped to the land.
   */
  readonly raw: PlanePolygon[];
  /** How many of the first raw shapes are the main road's lane (cut back with it). */
  readonly mainRawCount: number;
  /** Raw shapes crossing the green strips (at the main gate, and at second gates). */
  readonly crossing: PlanePolygon[];
  readonly kerbs: PlanePoint[][];
  readonly pieces: RoadPiece[];
  readonly centrelines: RoadLine[];
  /** Roads other than the main one, drawn at the end in this order: each loses what came before it. */
  readonly later: { role: 'branch'; raw: PlanePolygon[] }[];
  readonly spines: Spine[];
  /** Branches reached, with the s range their road serves (for new spines to start from). */
  readonly reached: { t: number; sMin: number; sMax: number }[];
  readonly built: BuiltBranch[];
  readonly warnings: LayoutWarning[];
}

/** Whether the lane s ± half from t0 to t1 is (98 %) inside the land: enough for a spine to reach a piece. */
export const laneInside = (d: RoadDraft, s: number, half: number, t0: number, t1: number): boolean =>
  t1 <= t0 || laneAreaM2(d, s, half, t0, t1) >= 0.98 * 2 * half * (t1 - t0);

/** Area a whole lane may lack to grid rounding: this much plus this much per metre of lane, m². */
const LANE_SLACK_M2 = 0.02;
const LANE_SLACK_PER_M = 0.0005;

/** Whether the lane is wholly on the land: a loop or cross street must be (a pond corner poking in breaks the junction). */
export const laneWhole = (d: RoadDraft, s: number, half: number, t0: number, t1: number): boolean =>
  t1 <= t0 || 2 * half * (t1 - t0) - laneAreaM2(d, s, half, t0, t1) <= LANE_SLACK_M2 + LANE_SLACK_PER_M * (t1 - t0);

const laneAreaM2 = (d: RoadDraft, s: number, half: number, t0: number, t1: number): number =>
  multiPolygonAreaM2(intersectPolygons(intersectPolygons(d.inner, [sSlab(d.f, s - half, s + half)]), [tSlab(d.f, t0, t1)]));

/**
 * The spines meeting a branch piece: their lane overlaps it (a piece a slanted edge ends inside the
 * main road's lane still hangs from it: random triangle 67's last branch ended 1.7 m short of the main
 * road's centre, and its 51 m dead end went unmeasured).
 */
export const spinesAcross = (d: RoadDraft, b: BuiltBranch): Spine[] =>
  d.spines.filter((sp) => sp.tFrom <= b.t + 0.01 && sp.tTo >= b.t - d.halfBranch && sp.s + sp.half > b.pMin && sp.s - sp.half < b.pMax);

/**
 * How far a branch runs on past the edge of its last junction on side `dir` (as QCVN 06 6.2.5 and the
 * written centre lines measure a dead end), to where it has its whole width; 0 when it ends there.
 */
export function runOutM(d: RoadDraft, b: BuiltBranch, dir: number): number {
  const on = spinesAcross(d, b);
  if (!on.length || !(dir > 0 ? b.rightFree : b.leftFree)) return 0;
  return dir > 0 ? b.fMax - Math.max(...on.map((sp) => sp.s + sp.half)) : Math.min(...on.map((sp) => sp.s - sp.half)) - b.fMin;
}

/** The branch piece after `a` along t that overlaps it (neighbouring branches, for loops and cross streets). */
export function nextBranch(ordered: readonly BuiltBranch[], a: BuiltBranch, branchT: readonly number[]): BuiltBranch | undefined {
  const nextT = branchT.find((t) => t > a.t + 0.01);
  if (nextT === undefined) return undefined;
  return ordered.find((q) => Math.abs(q.t - nextT) < 0.01 && q.pMin < a.pMax && a.pMin < q.pMax);
}

/** The branch pieces in order of t, then s. */
export const byT = (d: RoadDraft): BuiltBranch[] => [...d.built].sort((x, y) => x.t - y.t || x.pMin - y.pMin);
