/**
 * The internal roads as right-of-way polygons, built in steps (one file each, in this order):
 *
 * 1. `main-road.ts` — the main road from the entrance through the strip, to the last branch;
 * 2. `branch-connections.ts` — every branch piece of the row plan joined to the main road or to a
 *    secondary spine reaching it (behind a notch or a pond), with kerb corners (QCVN 01:2021 2.9.3.2);
 * 3. `second-gates.ts` — a road end facing a second public road carried through the strip to it;
 * 4. `loops-and-cross-streets.ts` — loops joining long branch ends, cross streets in long blocks;
 * 5. `road-stubs.ts` — branch ends past a loop that may lead nowhere (dropped once plots are cut);
 * 6. `network-dead-ends.ts` — turning squares at dead ends over `maxDeadEndM` (QCVN 06:2022 6.2.5),
 *    or the branch cut back where none fits;
 * 7. `draw-roads.ts` — the draft drawn: pieces cut off from the entrance dropped;
 * 8. `written-dead-ends.ts` — dead ends measured on the centre lines as written, a turning square for
 *    each still open (then the draft is drawn again).
 *
 * The steps share one draft (`road-draft.ts`).
 */
import type { PlanePoint } from '../coordinates';
import type { PlanePolygon } from '../plane-measure';
import { intersectPolygons } from './clip';
import { localExtent, localRect, toLocal, type LocalFrame } from './frame';
import { connectBranches } from './branch-connections';
import { drawRoads } from './draw-roads';
import { addCrossStreets, addLoops } from './loops-and-cross-streets';
import { startWithMainRoad } from './main-road';
import { settleDeadEnds } from './network-dead-ends';
import type { RoadDraft, RoadLine } from './road-draft';
import type { RoadPiece } from './road-pieces';
import { findStubs, type RoadStub } from './road-stubs';
import { chooseSecondGates, type GateSite } from './second-gates';
import type { LayoutParameters, LayoutWarning } from './types';
import { squaresForWrittenDeadEnds } from './written-dead-ends';

export type { RoadPiece } from './road-pieces';
export type { RoadLine } from './road-draft';
export type { RoadStub } from './road-stubs';
export { withoutStubs } from './road-stubs';

export interface RoadNetwork {
  readonly pieces: RoadPiece[];
  readonly centrelines: RoadLine[];
  readonly kerbs: PlanePoint[][];
  /** Every road polygon as drawn (clipped to the zone). */
  readonly all: PlanePolygon[];
  /** The raw shapes the roads were drawn from: the land for plots loses exactly these. */
  readonly raw: PlanePolygon[];
  /** The raw shapes of the roads crossing the green strips (at the main gate and second gates). */
  readonly crossing: PlanePolygon[];
  readonly warnings: LayoutWarning[];
  /** Branch ends running on past a loop, which may lead nowhere. */
  readonly stubs: RoadStub[];
}

/**
 * @param zone the zone (holes kept free)
 * @param inner the zone less its green strips: where roads other than the entrance may run
 * @param tStart t where the buildable area starts behind the entrance, m
 * @param branchT t of each branch centre line, m
 * @param gateSite the public roads, homes strip and main gate, for second gates (second-gates.ts)
 */
export function buildRoadNetwork(
  f: LocalFrame, zone: PlanePolygon, inner: PlanePolygon[], tStart: number, branchT: readonly number[], p: LayoutParameters,
  gateSite?: GateSite,
): RoadNetwork {
  const lastT = branchT.length ? branchT[branchT.length - 1] : f.tHi;
  const draft = startWithMainRoad(f, zone, inner, tStart, lastT, p);
  connectBranches(draft, branchT);
  const gates = gateSite ? chooseSecondGates(draft, gateSite) : [];
  addLoops(draft, branchT);
  addCrossStreets(draft, branchT);
  const stubs = findStubs(draft);
  const turning = settleDeadEnds(draft, new Set(gates.map((g) => g.key)));
  if (!gateSite) return drawRoads(draft, gates, turning, stubs);
  const before = snapshot(draft);
  const network = drawRoads(draft, gates, turning, stubs);
  const more = squaresForWrittenDeadEnds(draft, network, gateSite.accessRoads);
  if (!more.areas.length) return network;
  restore(draft, before);
  return drawRoads(draft, gates, { areas: [...turning.areas, ...more.areas], added: [...turning.added, ...more.warnings] }, stubs);
}

/** The draft's arrays drawRoads extends or rewrites, copied, so that it can draw once more. */
const snapshot = (d: RoadDraft) => ({
  raw: [...d.raw], crossing: [...d.crossing], kerbs: [...d.kerbs], pieces: [...d.pieces],
  centrelines: [...d.centrelines], later: [...d.later], warnings: [...d.warnings],
});

function restore(d: RoadDraft, s: ReturnType<typeof snapshot>): void {
  for (const key of Object.keys(s) as (keyof typeof s)[]) (d[key] as unknown[]).splice(0, d[key].length, ...s[key]);
}

/** Local t where the inner area starts behind the entrance, or null when the entrance is blocked. */
export function innerStartT(f: LocalFrame, inner: PlanePolygon[], mainRoadWidthM: number): number | null {
  // No land inside the strips (a zone narrower than two strips): nothing to enter.
  if (!inner.length) return null;
  const [, , , tMax] = localExtent(f, inner);
  const lane = intersectPolygons(inner, [localRect(f, -mainRoadWidthM / 2, mainRoadWidthM / 2, -1, tMax + 1)]);
  if (!lane.length) return null;
  let best = Infinity;
  for (const poly of lane) for (const q of poly[0]) best = Math.min(best, toLocal(f, q)[1]);
  return Math.max(0, best);
}
