/**
 * The green top-up without overshoot (QCVN 01:2021 Table 2.6, green ≥ 10 %): green-top-up.ts gives
 * whole plots to the green, so the last one may give far more than the rule still asks (a 1,400 m²
 * plot for 760 m² missing on a 100 × 300 m strip: 2.1 points of plots beyond the 10 %). Here one of
 * the plots taken is kept instead, cut back from its rear to the area that leaves green at exactly
 * what is missing, when what is left of it is still a good plot: the green it gives lies behind it,
 * along the strip or the plots behind (the strip facing homes, where green costs least).
 */
import { polygonAreaM2, type PlanePolygon } from '../plane-measure';
import { intersectPolygons } from './clip';
import { localExtent, tSlab, type LocalFrame } from './frame';
import { shapeReasons } from './judge-plot';
import type { PlotRow } from './row-plan';
import type { SegmentGrid } from './segments';
import type { PlotCandidate } from './slice-rows';
import type { LayoutParameters } from './types';

/** Overshoot below this is left as it is (a cut for less is not worth a plot's odd depth), m². */
const MIN_TRIM_M2 = 20;

/** Kept depths are whole centimetres, rounded down (so the green given is at least what is missing). */
const DEPTH_STEP_M = 0.01;

/**
 * The plot `c` cut back from its rear (the side of its row away from the road) to keepM2 or a little
 * less (the kept depth found by bisection to a centimetre: a corner plot's kerb cut makes its area no
 * simple product), or null when what is left is no good plot.
 */
function cutBack(c: PlotCandidate, keepM2: number, rf: LocalFrame, row: PlotRow, roads: SegmentGrid, p: LayoutParameters): PlotCandidate | null {
  const [, , t0, t1] = localExtent(rf, [c.polygon]);
  if (t1 <= t0 || keepM2 >= polygonAreaM2(c.polygon)) return null;
  const keptPart = (depth: number) => intersectPolygons([c.polygon], [row.front === 'low' ? tSlab(rf, t0 - 1, t0 + depth) : tSlab(rf, t1 - depth, t1 + 1)]);
  const areaOf = (parts: PlanePolygon[]) => parts.reduce((sum, q) => sum + polygonAreaM2(q), 0);
  let lo = 0, hi = t1 - t0;
  while (hi - lo > DEPTH_STEP_M) {
    const mid = (lo + hi) / 2;
    if (areaOf(keptPart(mid)) <= keepM2) lo = mid; else hi = mid;
  }
  const parts = keptPart(Math.floor(lo / DEPTH_STEP_M) * DEPTH_STEP_M);
  if (parts.length !== 1) return null;
  const { shape, reasons } = shapeReasons(parts[0], roads, p);
  return reasons.length ? null : { ...c, polygon: parts[0], shape };
}

/**
 * Of the plots `taken` for the green (indices into `plots`, in the order green-top-up.ts took them),
 * one kept cut back, so that the green they give comes to `missingM2` instead of more: the last
 * taken first. Null when the overshoot is small or no taken plot can be cut back so.
 */
export function trimmedGreenTake(
  plots: readonly PlotCandidate[], taken: readonly number[], missingM2: number,
  rf: LocalFrame, rows: readonly PlotRow[], roads: SegmentGrid, p: LayoutParameters,
): { index: number; plot: PlotCandidate } | null {
  const overshoot = taken.reduce((sum, i) => sum + polygonAreaM2(plots[i].polygon), 0) - missingM2;
  if (overshoot < MIN_TRIM_M2) return null;
  for (const index of [...taken].reverse()) {
    const row = rows[plots[index].row];
    if (!row) continue;
    const plot = cutBack(plots[index], overshoot, rf, row, roads, p);
    if (plot) return { index, plot };
  }
  return null;
}
