/**
 * Plot cuts that stay where they were on a re-run (issue 8, "plot codes stay stable across
 * regeneration"). A row side is cut every target frontage from where its land starts: the main road's
 * edge, or the edge of the facility block at its end. Facilities are sized with the zone, so an edit
 * anywhere (a far corner moved 4 m) can grow a block by a size step and shift every cut of that row
 * side by its width (10 m² over a 45 m deep row: 0.22 m), and every plot of the row moves, though
 * nothing near it changed (first-generation seed 12: 22 of 31 plots moved).
 *
 * So the start of a side is put on a centimetre grid, and on a re-run the cuts take the phase most of
 * the previous layout's cut lines on that side share (within a quarter frontage of today's): only the
 * plot next to the block takes up the difference, the others keep their corners exactly.
 */
import type { PlanePolygon } from '../plane-measure';
import { toLocal, type LocalFrame } from './frame';

/** Grid of a side's start and of its shift, m: fine enough to be no loss, coarse enough to find again. */
export const CUT_PHASE_GRID_M = 0.01;
/** Least number of previous cut lines that move a side's phase. */
const MIN_VOTES = 2;
/** Corners this close along the row are on one cut line, m (written corners are rounded to 1 mm). */
const SAME_LINE_M = 0.003;
/** A cut line runs across at least this share of the row's depth. */
const CUT_SPAN_SHARE = 0.5;

export const onPhaseGrid = (m: number): number => Math.round(m / CUT_PHASE_GRID_M) * CUT_PHASE_GRID_M;

/**
 * Local s of the previous plots' cut lines across the row band [tLow, tHigh]: plot edges square to the
 * road (two corners at the same s) spanning at least half the band.
 */
export function previousCutLines(f: LocalFrame, plots: readonly PlanePolygon[], tLow: number, tHigh: number): number[] {
  const band = tHigh - tLow;
  const out: number[] = [];
  for (const polygon of plots) {
    const ring = polygon[0];
    for (let i = 0; i + 1 < ring.length; i++) {
      const [s0, t0] = toLocal(f, ring[i]);
      const [s1, t1] = toLocal(f, ring[i + 1]);
      if (Math.abs(s0 - s1) > SAME_LINE_M || Math.abs(t1 - t0) < CUT_SPAN_SHARE * band) continue;
      if (Math.min(t0, t1) < tLow - 1 || Math.max(t0, t1) > tHigh + 1) continue;
      out.push((s0 + s1) / 2);
    }
  }
  return out;
}

/**
 * The shift (on the phase grid) that puts the cuts of a side starting at `start` and running outward
 * (`outward` ±1) every `pitch` onto the previous cut lines: the shift most of them share (the regular
 * cuts; an end plot grown, halved or fitted has a shift of its own), at least MIN_VOTES of them, the
 * smaller on a tie; 0 when the previous cuts are on today's pitch already or too few share a shift.
 */
export function phaseShift(start: number, outward: 1 | -1, pitch: number, previousCuts: readonly number[]): number {
  const votes = new Map<number, number>();
  for (const x of previousCuts) {
    const run = outward * (x - start);
    if (run <= 0) continue;
    const shift = onPhaseGrid(run - Math.max(1, Math.round(run / pitch)) * pitch);
    if (Math.abs(shift) > pitch / 4) continue;
    const key = Math.round(shift / CUT_PHASE_GRID_M);
    votes.set(key, (votes.get(key) ?? 0) + 1);
  }
  // A shift needs two cut lines (one is as likely an end plot grown or halved as a regular cut).
  let best = 0, bestVotes = Math.max(votes.get(0) ?? 0, MIN_VOTES - 1);
  for (const [key, n] of votes) {
    if (n > bestVotes || (n === bestVotes && Math.abs(key) < Math.abs(best))) { best = key; bestVotes = n; }
  }
  return best * CUT_PHASE_GRID_M;
}
