/**
 * Plot cuts that stay where they were on a re-run (issue 8, "plot codes stay stable across
 * regeneration"). A row side is cut every target frontage from where its land starts: the main road's
 * edge, or the edge of the facility block at its end. Facilities are sized with the zone, so an edit
 * anywhere (a far corner moved 4 m) can grow a block by a size step and shift every cut of that row
 * side by its width (10 m² over a 45 m deep row: 0.22 m), and every plot of the row moves, though
 * nothing near it changed (first-generation seed 12: 22 of 31 plots moved).
 *
 * So the start of a side is put on a centimetre grid, and on a re-run the cuts take the phase of the
 * previous layout's first regular cut on that side (within a quarter frontage of today's; phaseShift):
 * only the plot next to the block takes up the difference, the others keep their corners exactly, and
 * a fitted tail (measured from the same start) comes out the same too.
 */
import type { PlanePolygon } from '../plane-measure';
import { toLocal, type LocalFrame } from './frame';

/** Grid of a side's start and of its shift, m: fine enough to be no loss, coarse enough to find again. */
export const CUT_PHASE_GRID_M = 0.01;
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
 * (`outward` ±1) every `pitch` back on the previous layout's cuts: 0 when a previous cut line lies on
 * today's pitch already (an unchanged re-run, so it gives the very same layout); else the shift of the
 * previous cut nearest the start that is a regular cut — a line between two plots (not the outer edge
 * of a plot grown into green) with another line one pitch from it (not the middle of two end plots
 * halved, nor a fitted tail alone) — when within a quarter pitch; else 0.
 */
export function phaseShift(start: number, outward: 1 | -1, pitch: number, previousCuts: readonly number[]): number {
  const all = previousCuts.map((x) => outward * (x - start));
  const runs = all.filter((run) => run > 0).sort((a, b) => a - b);
  // One line per cut, with the number of plot edges on it (2: between two plots).
  const lines: { run: number; edges: number }[] = [];
  for (const run of runs) {
    const last = lines[lines.length - 1];
    if (last && run - last.run <= SAME_LINE_M) last.edges++; else lines.push({ run, edges: 1 });
  }
  const shiftOf = (run: number) => onPhaseGrid(run - Math.max(1, Math.round(run / pitch)) * pitch);
  if (lines.some((l) => shiftOf(l.run) === 0)) return 0;
  // The line one pitch inward may lie under today's block (it grew): all previous lines count.
  const hasLineAt = (run: number) => all.some((r) => Math.abs(r - run) <= CUT_PHASE_GRID_M);
  for (const l of lines) {
    const shift = shiftOf(l.run);
    if (Math.abs(shift) > pitch / 4 || l.edges < 2) continue;
    if (hasLineAt(l.run - pitch) || hasLineAt(l.run + pitch)) return shift;
  }
  return 0;
}
