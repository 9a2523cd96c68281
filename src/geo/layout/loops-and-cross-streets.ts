/**
 * The third step of the road network, once every branch is joined: loops, where two neighbouring
 * branches both run on past `maxDeadEndM` on the same side (a spine joins their ends, so that neither
 * is a dead end), and cross streets cutting blocks longer than MAX_BLOCK_LENGTH_M between them.
 * Both need a whole lane (road-draft.ts laneWhole).
 */
import { byT, laneWhole, nextBranch, runOutM, type RoadDraft } from './road-draft';

/** Longest block between two cross connections of neighbouring branches, m (an industrial-park block). */
const MAX_BLOCK_LENGTH_M = 250;

/** How far a loop joining two branch ends may move inward to find a whole lane, m, and in what steps. */
const MAX_LOOP_SHIFT_M = 30;
const LOOP_SHIFT_STEP_M = 2;

/** Adds a loop (moved inward until its lane is whole) where neighbouring branches both run on too far. */
export function addLoops(d: RoadDraft, branchT: readonly number[]): void {
  const ordered = byT(d);
  for (const a of ordered) {
    const b = nextBranch(ordered, a, branchT);
    if (!b) continue;
    for (const dir of [-1, 1]) {
      if (runOutM(d, a, dir) <= d.p.maxDeadEndM || runOutM(d, b, dir) <= d.p.maxDeadEndM) continue;
      const end = dir > 0 ? Math.min(a.fMax, b.fMax) : Math.max(a.fMin, b.fMin);
      for (let back = 0; back <= MAX_LOOP_SHIFT_M; back += LOOP_SHIFT_STEP_M) {
        const sc = end - dir * (d.halfBranch + back);
        if (laneWhole(d, sc, d.halfBranch, a.t, b.t)) { d.spines.push({ s: sc, half: d.halfBranch, tFrom: a.t, tTo: b.t, loop: dir }); break; }
      }
    }
  }
}

/** Adds cross streets on the plot grid, evenly spaced, in blocks longer than MAX_BLOCK_LENGTH_M. */
export function addCrossStreets(d: RoadDraft, branchT: readonly number[]): void {
  const { p, halfMain } = d;
  const onGrid = (x: number) => {
    const j = Math.max(0, Math.round((Math.abs(x) - halfMain) / p.targetFrontageM));
    return Math.sign(x || 1) * (halfMain + j * p.targetFrontageM);
  };
  const ordered = byT(d);
  for (const a of ordered) {
    const b = nextBranch(ordered, a, branchT);
    if (!b) continue;
    const lo = Math.max(a.pMin, b.pMin), hi = Math.min(a.pMax, b.pMax);
    const across = d.spines.filter((sp) => sp.tFrom <= a.t + 0.01 && sp.tTo >= b.t - 0.01 && sp.s > lo && sp.s < hi).map((sp) => sp.s);
    const stops = [lo, ...across.sort((x, y) => x - y), hi];
    for (let i = 0; i + 1 < stops.length; i++) {
      const gap = stops[i + 1] - stops[i];
      const streets = Math.ceil(gap / MAX_BLOCK_LENGTH_M) - 1;
      for (let k = 1; k <= streets; k++) {
        const sc = onGrid(stops[i] + (gap * k) / (streets + 1));
        if (laneWhole(d, sc, d.halfBranch, a.t, b.t)) d.spines.push({ s: sc, half: d.halfBranch, tFrom: a.t, tTo: b.t, cross: true });
      }
    }
  }
}
