/**
 * The fourth step of the road network, once every spine is known (a spine made in the second pass or a
 * loop may close a dead end): the dead ends over `maxDeadEndM` (QCVN 06:2022 6.2.5), measured from
 * the edge of the last junction to where the road has its whole width; a turning square for each where
 * one fits (turning-areas.ts), and a branch end with no room for one cut back to just inside
 * `maxDeadEndM` past its junction (the plot slot beyond is lost: cheaper than an illegal dead end).
 * Only a main road end with no room stays open, warned.
 */
import { intersectPolygons } from './clip';
import { sSlab, toPlane, tSlab } from './frame';
import { runOutM, spinesAcross, type RoadDraft } from './road-draft';
import { deadEndWarning, placeTurningAreas, type DeadEnd, type TurningArea } from './turning-areas';
import type { LayoutWarning } from './types';

/** A branch cut back for want of room for a turning area ends this far inside maxDeadEndM, m. */
const DEAD_END_MARGIN_M = 0.5;

/**
 * @param gatedEnds road ends opened onto a second public road (`index:dir` of d.built, or 'main'): no dead ends
 * @returns the turning areas to draw with their warnings (`added`); the warnings of dead ends left open
 *   go to the draft's own
 */
export function settleDeadEnds(d: RoadDraft, gatedEnds: ReadonlySet<string>): { areas: TurningArea[]; added: LayoutWarning[] } {
  const { f, p } = d;
  const deadEnds: DeadEnd[] = [];
  for (const [i, b] of d.built.entries()) {
    // A gated end is open to a public road: no dead end (a loop may still join it, for its neighbour).
    const left = gatedEnds.has(`${i}:-1`) ? 0 : runOutM(d, b, -1), right = gatedEnds.has(`${i}:1`) ? 0 : runOutM(d, b, 1);
    if (left > 0) deadEnds.push({ s: b.fMin, t: b.t, dir: -1, lengthM: left, role: 'branch' });
    if (right > 0) deadEnds.push({ s: b.fMax, t: b.t, dir: 1, lengthM: right, role: 'branch' });
  }
  // The main road's end is its tip (a square at a whole-width end short of a taper left the end plots
  // across the road measuring frontage along it that the written roads lack: random strip-end 42).
  const mainEnd = d.mainTEnd;
  const mainRunOut = mainEnd - (d.lastJunctionT > 0 ? d.lastJunctionT + d.halfBranch : 0);
  if (mainRunOut > p.maxDeadEndM && !gatedEnds.has('main')) {
    deadEnds.push({ s: 0, t: mainEnd, dir: 1, lengthM: mainRunOut, role: 'main' });
  }
  const turning = placeTurningAreas(f, d.inner, deadEnds, p);
  for (const end of turning.unplaced) {
    const b = d.built.find((q) => end.role === 'branch' && q.t === end.t && (end.dir > 0 ? q.fMax : q.fMin) === end.s);
    if (end.role === 'main') { cutMainRoadBack(d, d.lastJunctionT > 0 ? d.lastJunctionT + d.halfBranch + p.maxDeadEndM - DEAD_END_MARGIN_M : null, end); continue; }
    if (!b || b.road === undefined || b.line === undefined) { d.warnings.push(deadEndWarning('dead-end-needs-turnaround', end, p)); continue; }
    const on = spinesAcross(d, b);
    const junction = end.dir > 0 ? on.reduce((x, y) => (y.s > x.s ? y : x)) : on.reduce((x, y) => (y.s < x.s ? y : x));
    const cap = junction.s + end.dir * (junction.half + p.maxDeadEndM - DEAD_END_MARGIN_M);
    if (end.dir > 0) b.s1 = Math.min(b.s1, cap); else b.s0 = Math.max(b.s0, cap);
    d.later[b.road] = { role: 'branch', raw: [...intersectPolygons([b.slab], [sSlab(f, b.s0, b.s1)]), ...b.cuts] };
    d.centrelines[b.line] = { ...d.centrelines[b.line], points: [toPlane(f, Math.max(b.s0, b.pMin), b.t), toPlane(f, Math.min(b.s1, b.pMax), b.t)] };
  }
  return { areas: turning.areas, added: turning.warnings };
}

/**
 * The main road ends at `capT` (just inside maxDeadEndM past its last junction): the land beyond goes
 * back to the plots. With no junction to measure from (the spine pattern), the dead end stays, warned.
 */
function cutMainRoadBack(d: RoadDraft, capT: number | null, end: DeadEnd): void {
  if (capT === null || capT >= d.mainTEnd) { d.warnings.push(deadEndWarning('dead-end-needs-turnaround', end, d.p)); return; }
  const { f } = d;
  const keep = tSlab(f, f.tLo, capT);
  for (let i = 0; i < d.mainRawCount; i++) d.raw[i] = intersectPolygons([d.raw[i]], [keep])[0] ?? d.raw[i];
  d.pieces[0] = { ...d.pieces[0], polygons: intersectPolygons(d.pieces[0].polygons, [keep]) };
  d.centrelines[0] = { ...d.centrelines[0], points: [d.centrelines[0].points[0], toPlane(f, 0, capT)] };
}
