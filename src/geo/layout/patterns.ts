/**
 * The fixed set of layout patterns the engine tries for one entrance (see README "How a layout is
 * chosen"). Each pattern says where the branch roads cross the main road and how the land is cut into
 * rows; the rest of the layout (roads, facilities, slicing, envelopes) is the same for all of them.
 *
 * - `comb`: today's comb, rows of the depth fixed by the area range (editing the far end of the zone
 *   leaves the rows near the entrance where they were);
 * - `comb-fitted`: the same comb with the row depth fitted so that whole rows use the zone's depth
 *   behind the entrance (the fewest branches whose rows are no deeper than a legal plot);
 * - `spine`, `spine-side`, `strip-side`: one road along a long narrow zone (strip-patterns.ts);
 * - `comb-clear-of-holes`: the comb (regular or fitted depth) with its branches moved clear of the
 *   zone's ponds where the comb's own run through one (hole-aware-rows.ts).
 */
import { localExtent, type LocalFrame } from './frame';
import { maxPlotDepthM, minPlotDepthM, plotRowDepthM } from './parameters';
import { combsClearOfHoles, holeRangesT, notchRangesT, rowsBetweenBranches, sameBranches, type TRange } from './hole-aware-rows';
import { planRows, type PlotRow, type RowPlan } from './row-plan';
import { sideSpinePattern, spinePattern, stripSidePattern } from './strip-patterns';
import type { PlanePolygon } from '../plane-measure';
import type { LayoutParameters, PreviousLayout } from './types';

export type PatternName = 'comb' | 'comb-fitted' | 'comb-previous' | 'spine' | 'spine-side' | 'strip-side' | 'comb-clear-of-holes' | 'comb-clear-of-notches';

export interface LayoutPattern {
  readonly name: PatternName;
  /** The frame rows are cut in: the entrance frame, or for the spine the frame turned a quarter. */
  readonly rowFrame: LocalFrame;
  /** t (entrance frame) of each branch centre line; none for the spine. */
  readonly branchT: number[];
  readonly rows: PlotRow[];
  /**
   * Per row, where slicing starts on the + side of s = 0 of `rowFrame` (metres past the main road's
   * edge): 0 beside the main road, for the spine the start of the land behind the entrance strip.
   */
  readonly startPlusM: number;
  /** Whether row sides are cut into equal whole plots (slice-rows.ts fittedFrontageM). */
  readonly fitFrontage: boolean;
  /**
   * The entrance frame moved along the access edge (spine-side: the main road along a side strip),
   * with its own start of the land behind the entrance and the access edge's ends in it; none: the
   * entrance as found.
   */
  readonly entranceFrame?: LocalFrame;
  readonly tStart?: number;
  readonly edgeS?: readonly [number, number];
}

/**
 * Fitted depths are whole decimetres (rounded down; the last row takes up the rest, row-plan.ts), so
 * that a re-run can find the depth again from the previous plots, which clipping moves by a millimetre.
 */
const FIT_STEP_M = 0.1;

/**
 * Depth of the comb's rows that uses the span behind the entrance with whole rows: k branches, each
 * with a row on either side, span = 2·k·depth + k·branch width; the fewest branches whose rows are no
 * deeper than a legal plot. Null when no such depth is legal.
 */
export function fittedRowDepthM(spanM: number, p: LayoutParameters): number | null {
  const lo = minPlotDepthM(p), hi = maxPlotDepthM(p);
  for (let k = 1; k < 1000; k++) {
    const depth = Math.floor((spanM - k * p.branchRoadWidthM) / (2 * k) / FIT_STEP_M) * FIT_STEP_M;
    if (depth < lo) return null;
    if (depth <= hi) return depth;
  }
  return null;
}

/**
 * The candidate patterns for one entrance, in a fixed order (the chooser keeps the first of equal
 * scores, so the order is part of the output).
 * @param f the entrance frame; tStart, tMax where the land behind the entrance starts and ends
 * @param edgeS local s of the ends of the access edge (entrance.ts), for the spine along a side strip
 */
export function layoutPatterns(
  f: LocalFrame, inner: PlanePolygon[], tStart: number, tMax: number, p: LayoutParameters, previous?: PreviousLayout | null,
  edgeS?: readonly [number, number],
): LayoutPattern[] {
  const out: LayoutPattern[] = [];
  const regular = plotRowDepthM(p);
  const comb = planRows(tStart, tMax, regular, minPlotDepthM(p), maxPlotDepthM(p), p.branchRoadWidthM);
  const fitted = fittedRowDepthM(tMax - tStart, p);
  const fittedPlan = fitted !== null && Math.abs(fitted - regular) > 0.5 ? planRows(tStart, tMax, fitted, minPlotDepthM(p), maxPlotDepthM(p), p.branchRoadWidthM) : null;
  if (fittedPlan?.rows.length) out.push({ name: 'comb-fitted', rowFrame: f, branchT: fittedPlan.branchT, rows: fittedPlan.rows, startPlusM: 0, fitFrontage: true });
  // A re-run given the previous layout also tries that layout's row depth, so that editing the far end
  // of the zone leaves its rows near the entrance (and their codes) where they were.
  const before = previous ? previousRowDepthM(f, previous, tStart) : null;
  let previousPlan: ReturnType<typeof planRows> | null = null;
  if (before !== null && before >= minPlotDepthM(p) - 0.01 && before <= maxPlotDepthM(p) + 0.01 &&
    Math.abs(regular - before) > 0.01 && (fitted === null || Math.abs(fitted - before) > 0.01)) {
    previousPlan = planRows(tStart, tMax, before, minPlotDepthM(p), maxPlotDepthM(p), p.branchRoadWidthM);
  }
  if (previousPlan?.rows.length) out.push({ name: 'comb-previous', rowFrame: f, branchT: previousPlan.branchT, rows: previousPlan.rows, startPlusM: 0, fitFrontage: true });
  const spine = spinePattern(f, inner, tStart, p);
  if (spine) out.push(spine);
  if (comb.rows.length) out.push({ name: 'comb', rowFrame: f, branchT: comb.branchT, rows: comb.rows, startPlusM: 0, fitFrontage: false });
  // Long narrow zones: a single-loaded road along the length (after the others: a tie keeps them).
  const sideSpine = edgeS ? sideSpinePattern(f, inner, tMax, edgeS, p) : null;
  if (sideSpine) out.push(sideSpine);
  const stripSide = stripSidePattern(f, inner, tStart, tMax, p);
  if (stripSide) out.push(stripSide);
  // Ponds across the comb's branches: the same depths with the branches moved clear of them (last, so
  // that a tie keeps the plain comb and zones without such a pond are laid out as before); on a re-run
  // the previous depth too, so that an edit of the far end keeps the rows near the entrance.
  const holes = holeRangesT(f, inner);
  // Then the branches moved clear of the notch sides as well (a U's notch, an L's inner corner): a
  // branch along one is narrower than its width there; after the others, for the same reason.
  const notches = notchRangesT(f, inner, tStart, tMax);
  const clearOf: { name: PatternName; ranges: TRange[] }[] = [{ name: 'comb-clear-of-holes', ranges: holes }];
  if (notches.length) clearOf.push({ name: 'comb-clear-of-notches', ranges: [...holes, ...notches].sort((a, b) => a[0] - b[0] || a[1] - b[1]) });
  for (const { name, ranges } of clearOf) {
    for (const [depth, plan] of [[regular, comb], [fitted, fittedPlan], [before, previousPlan]] as const) {
      if (depth === null || !plan?.rows.length) continue;
      for (const clear of combsClearOfHoles(tStart, tMax, depth, minPlotDepthM(p), maxPlotDepthM(p), p.branchRoadWidthM, ranges, plan.branchT)) {
        if (out.some((q) => q.name.startsWith('comb-clear-of') && sameBranches(q.branchT, clear.branchT))) continue;
        out.push({ name, rowFrame: f, branchT: clear.branchT, rows: clear.rows, startPlusM: 0, fitFrontage: true });
      }
    }
  }

  // Last, the previous branches themselves where no comb of a depth gives them back (a comb moved
  // clear of a pond: its branches past the first follow no depth), so that the far edge's edit keeps
  // them; after the others, so that a tie (a re-run of the same zone) keeps the pattern that drew them.
  const read = previous ? previousBranchTs(f, previous, tStart, tMax, p) : null;
  const startsWith = (plan: RowPlan | null, branchT: readonly number[]) =>
    plan !== null && plan.branchT.length >= branchT.length && sameBranches(plan.branchT.slice(0, branchT.length), branchT);
  if (read && ![comb, fittedPlan, previousPlan].some((plan) => startsWith(plan, read)) && !out.some((q) => q.rowFrame === f && sameBranches(q.branchT, read))) {
    const rows = rowsBetweenBranches(tStart, tMax, read, minPlotDepthM(p), maxPlotDepthM(p), p.branchRoadWidthM);
    if (rows.length) out.push({ name: 'comb-previous', rowFrame: f, branchT: read, rows, startPlusM: 0, fitFrontage: true });
  }
  return out;
}

/**
 * The row depth of a previous comb layout: how far its first row of plots (those starting at the land
 * behind the entrance) reaches from there; null when no previous plot starts there.
 */
function previousRowDepthM(f: LocalFrame, previous: PreviousLayout, tStart: number): number | null {
  let reach = -Infinity;
  for (const plot of previous.plots) {
    const [, , t0, t1] = localExtent(f, [plot.polygon]);
    if (t0 <= tStart + 0.01 && t1 > reach) reach = t1;
  }
  return Number.isFinite(reach) ? Math.round((reach - tStart) / FIT_STEP_M) * FIT_STEP_M : null;
}

/** Row extents closer than this along t are one row (back to back, or plots a millimetre apart), m. */
const SAME_ROW_GAP_M = 0.05;

/**
 * The branch centres of a previous comb layout, read off its plots: the plots' extents along t merge
 * into rows, and a gap between two rows as wide as a branch road (to SAME_ROW_GAP_M) is a branch, its
 * centre the gap's middle to the millimetre. Null when the previous plots show no branch behind the
 * entrance (a spine, a strip, or no comb at all).
 */
export function previousBranchTs(f: LocalFrame, previous: PreviousLayout, tStart: number, tMax: number, p: LayoutParameters): number[] | null {
  const extents = previous.plots.map((plot) => localExtent(f, [plot.polygon]))
    .filter(([, , t0, t1]) => t0 >= tStart - 0.01 && t1 <= tMax + 0.01)
    .map(([, , t0, t1]) => [t0, t1] as const)
    .sort((a, b) => a[0] - b[0]);
  const rows: [number, number][] = [];
  for (const [t0, t1] of extents) {
    const last = rows[rows.length - 1];
    if (last && t0 <= last[1] + SAME_ROW_GAP_M) last[1] = Math.max(last[1], t1);
    else rows.push([t0, t1]);
  }
  const branches: number[] = [];
  for (let i = 1; i < rows.length; i++) {
    const gap = rows[i][0] - rows[i - 1][1];
    if (Math.abs(gap - p.branchRoadWidthM) <= SAME_ROW_GAP_M) branches.push(Math.round(((rows[i - 1][1] + rows[i][0]) / 2) * 1000) / 1000);
  }
  return branches.length ? branches : null;
}
