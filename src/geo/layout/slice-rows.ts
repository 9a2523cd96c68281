/**
 * Cuts each row of the plan into plots: sweep cuts across the row, perpendicular to its road, every
 * `targetFrontageM` outward from the main road on both sides. A piece that cannot be a good plot is
 * merged into its neighbour when the union is good, else left for green (never lost).
 */
import { polygonAreaM2, type PlanePolygon } from '../plane-measure';
import { intersectPolygons, unitePolygons } from './clip';
import { shapeReasons } from './judge-plot';
import { localExtent, sSlab, toLocal, tSlab, type LocalFrame } from './frame';
import { significantCorners, withoutSpikes, type PlotShape } from './plot-shape';
import { onPhaseGrid, phaseShift, previousCutLines } from './previous-cuts';
import type { PlotRow } from './row-plan';
import { bandParts, slotParts } from './slot-parts';
import type { SegmentGrid } from './segments';
import type { LayoutParameters } from './types';

/** Pieces smaller than this are clipping dust, left to the green, m². */
const MIN_PIECE_M2 = 1;

export interface PlotCandidate {
  readonly polygon: PlanePolygon;
  readonly shape: PlotShape;
  /** Index of the row in the plan. */
  readonly row: number;
  /** Local s of the plot's middle, for ordering along the row. */
  readonly s: number;
  /** A corner plot (plot-shape.ts isCornerPlot), judged once the plots are final (pattern-layout.ts). */
  readonly corner?: boolean;
}

interface Piece { polygon: PlanePolygon; shape: PlotShape; problems: string[] }

function centreS(f: LocalFrame, polygon: PlanePolygon): number {
  const [sMin, sMax] = localExtent(f, [polygon]);
  return (sMin + sMax) / 2;
}

function evaluate(polygon: PlanePolygon, roads: SegmentGrid, p: LayoutParameters): Piece {
  // The same shape rules judgePlot holds a hand-drawn plot to.
  const { shape, reasons } = shapeReasons(polygon, roads, p);
  return { polygon, shape, problems: reasons.map((r) => r.code) };
}

/**
 * The union of two polygons. A bad piece's union with the plot before it is tried as a merge, then
 * halved, then grown into: it is kept (per pair, for one side of a row) rather than clipped three times.
 */
type Unite = (a: PlanePolygon, b: PlanePolygon) => PlanePolygon[];

function keptUnions(): Unite {
  const unions = new Map<PlanePolygon, Map<PlanePolygon, PlanePolygon[]>>();
  return (a, b) => {
    const withA = unions.get(a) ?? unions.set(a, new Map()).get(a)!;
    return withA.get(b) ?? withA.set(b, unitePolygons([a], [b])).get(b)!;
  };
}

/** The union of two pieces, if it is one polygon. */
function merge(a: PlanePolygon, b: PlanePolygon, roads: SegmentGrid, p: LayoutParameters, unite: Unite): Piece | null {
  const union = unite(a, b);
  return union.length === 1 ? evaluate(withoutSpikes(union[0]), roads, p) : null;
}

/**
 * A piece with too many corners (a turning square or a kerb cut notching its front, a jog of the zone
 * edge across it) cut square to the road at each of its corners, into parts of at most six corners
 * that can stand alone or join a neighbour; outward order kept. Other pieces are returned as they are.
 */
function splitAtCorners(f: LocalFrame, piece: Piece, outward: 1 | -1, roads: SegmentGrid, p: LayoutParameters): Piece[] {
  if (!piece.problems.includes('corners')) return [piece];
  const [sMin, sMax] = localExtent(f, [piece.polygon]);
  // Cut exactly through the corners (a notch's side stays on its road line, so it keeps its frontage);
  // two corners on one cut line (a notch's) within a millimetre give one cut.
  const cuts = significantCorners(piece.polygon[0]).map(([x, y]) => toLocal(f, [x, y])[0])
    .filter((c) => c > sMin + MIN_SPLIT_M && c < sMax - MIN_SPLIT_M).sort((a, b) => a - b)
    .filter((c, k, all) => k === 0 || c - all[k - 1] > SAME_CUT_M);
  if (!cuts.length) return [piece];
  const edges = [sMin - 1, ...cuts, sMax + 1];
  const parts: Piece[] = [];
  for (let k = 0; k + 1 < edges.length; k++) {
    for (const q of intersectPolygons([piece.polygon], [sSlab(f, edges[k], edges[k + 1])])) {
      if (polygonAreaM2(q) >= MIN_PIECE_M2) parts.push(evaluate(withoutSpikes(q), roads, p));
    }
  }
  const sOf = (q: Piece) => centreS(f, q.polygon);
  return parts.sort((a, b) => outward * (sOf(a) - sOf(b)));
}

/** A split is made only this far inside a piece, m (nearer, the part is dust). */
const MIN_SPLIT_M = 0.5;
/** Corners nearer than this along the row are cut by one line, m. */
const SAME_CUT_M = 0.001;

/**
 * The union of two neighbouring pieces re-cut square to the road in the middle of its run, when both
 * halves are good plots (an end piece too narrow alone, too large with its neighbour): two end plots
 * of equal width instead of one plot and a piece of green.
 */
function halve(f: LocalFrame, a: PlanePolygon, b: PlanePolygon, roads: SegmentGrid, p: LayoutParameters, unite: Unite): Piece[] | null {
  const union = unite(a, b);
  if (union.length !== 1) return null;
  const [sMin, sMax] = localExtent(f, union);
  const mid = Math.round((sMin + sMax) / 2 / GRID_M) * GRID_M;
  const halves = [sSlab(f, sMin - 1, mid), sSlab(f, mid, sMax + 1)].map((slab) => intersectPolygons(union, [slab]));
  if (halves.some((h) => h.length !== 1)) return null;
  const pieces = halves.map((h) => evaluate(withoutSpikes(h[0]), roads, p));
  return pieces.every((q) => !q.problems.length) ? pieces : null;
}

/** Bisection steps when growing an end plot (a 40 m run to about 15 cm). */
const GROW_STEPS = 8;
/** Least growth tried first, m: a plot that cannot grow by this is not grown. */
const MIN_GROWTH_M = 1;
/** A grown plot stays this far under the largest area, m² (clipping rounds corners by a millimetre). */
const GROW_MARGIN_M2 = 0.5;
/** A grown plot stays this far under the deepest plot its frontage allows, m. */
const GROW_MARGIN_M = 0.05;

/**
 * The kept plot grown outward into the bad piece beyond it, square to the road, as far as the plot
 * stays good (the largest area, usually): at a skewed zone edge the skew goes to the last plot up to
 * the area range, and only what lies past it to green. Null when it cannot grow by a square metre.
 */
function grow(f: LocalFrame, last: Piece, piece: Piece, outward: 1 | -1, roads: SegmentGrid, p: LayoutParameters, unite: Unite): Piece | null {
  const union = unite(last.polygon, piece.polygon);
  if (union.length !== 1) return null;
  const [lastMin, lastMax] = localExtent(f, [last.polygon]);
  const [uMin, uMax] = localExtent(f, union);
  const cutAt = (x: number): Piece | null => {
    const cut = intersectPolygons(union, [outward > 0 ? sSlab(f, uMin - 1, x) : sSlab(f, x, uMax + 1)]);
    if (cut.length !== 1) return null;
    const q = evaluate(withoutSpikes(cut[0]), roads, p);
    // Grown to the edge of a rule, a plot keeps a margin: the checker and the written coordinates
    // (rounded to the millimetre) must find it on the same side.
    const s = q.shape;
    const kept = !q.problems.length && s.areaM2 <= p.maxPlotAreaM2 - GROW_MARGIN_M2 && s.depthM <= p.maxDepthRatio * s.frontageM - GROW_MARGIN_M;
    return kept ? q : null;
  };
  let good = outward > 0 ? lastMax : lastMin;
  let bad = outward > 0 ? uMax : uMin;
  // Most pieces cannot be taken at all (no frontage past a corner, a jog): one cut a metre out says so.
  if (Math.abs(bad - good) < MIN_GROWTH_M || !cutAt(good + outward * MIN_GROWTH_M)) return null;
  let best: Piece | null = null;
  for (let k = 0; k < GROW_STEPS; k++) {
    const mid = Math.round((good + bad) / 2 / GRID_M) * GRID_M;
    const q = cutAt(mid);
    if (q) { best = q; good = mid; } else bad = mid;
  }
  return best && best.shape.areaM2 >= last.shape.areaM2 + 1 ? best : null;
}

/**
 * Walks a side of a row outward, keeping good pieces and merging bad ones where that makes them good,
 * or, where the merge is too large, re-cutting the two into equal halves, or else growing the plot
 * before into the bad piece as far as it stays good.
 */
function acceptAlong(f: LocalFrame, pieces: Piece[], outward: 1 | -1, roads: SegmentGrid, p: LayoutParameters): Piece[] {
  const kept: Piece[] = [];
  const unite = keptUnions();
  let lastKeptIndex = -2;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (!piece.problems.length) { kept.push(piece); lastKeptIndex = i; continue; }
    if (lastKeptIndex === i - 1) {
      const merged = merge(kept[kept.length - 1].polygon, piece.polygon, roads, p, unite);
      if (merged && !merged.problems.length) { kept[kept.length - 1] = merged; lastKeptIndex = i; continue; }
    }
    if (i + 1 < pieces.length) {
      const merged = merge(piece.polygon, pieces[i + 1].polygon, roads, p, unite);
      if (merged && !merged.problems.length) { kept.push(merged); lastKeptIndex = i + 1; i++; continue; }
    }
    if (lastKeptIndex === i - 1) {
      const halves = halve(f, kept[kept.length - 1].polygon, piece.polygon, roads, p, unite);
      if (halves) {
        const ordered = outward * (centreS(f, halves[0].polygon) - centreS(f, halves[1].polygon)) < 0 ? halves : [halves[1], halves[0]];
        kept.splice(kept.length - 1, 1, ...ordered);
        lastKeptIndex = i;
        continue;
      }
      const grown = grow(f, kept[kept.length - 1], piece, outward, roads, p, unite);
      if (grown) { kept[kept.length - 1] = grown; lastKeptIndex = i; continue; }
    }
  }
  return kept;
}

/**
 * @param blocks the land left for plots (inner area less roads and facilities)
 * @param rows the row plan
 * @param startOffsets per row, metres of the + and − side taken by facilities next to the main road
 * @param roads road boundary segments, for frontage
 * @param fit whether the last plots of each row side share what is left past the last whole target
 *   frontage (fittedCuts), so that the side is used by whole plots
 * @param previousPlots on a re-run, the previous layout's plots: each side's cuts keep their phase (previous-cuts.ts)
 */
export function sliceRows(
  f: LocalFrame, blocks: PlanePolygon[], rows: readonly PlotRow[], startOffsets: readonly { plus: number; minus: number }[],
  roads: SegmentGrid, p: LayoutParameters, fit = false, previousPlots: readonly PlanePolygon[] = [],
): PlotCandidate[] {
  const halfMain = p.mainRoadWidthM / 2;
  const width = p.targetFrontageM;
  const out: PlotCandidate[] = [];
  rows.forEach((row, rowIndex) => {
    // The row reaches to its road's centre line, so that the band's cut never runs along the road edge
    // (a cut along an existing edge would leave hairline slivers of rounding).
    const band = intersectPolygons(blocks, [tSlab(f, row.tLow, row.tHigh)]);
    if (!band.length) return;
    const [bMin, bMax] = localExtent(f, band);
    const { plus, minus } = startOffsets[rowIndex];
    // The first cut of each side lies inside the main road or the facility lots, for the same reason.
    const depth = row.tHigh - row.tLow - p.branchRoadWidthM / 2;
    // Cut positions from the side's start: every target frontage, or fitted (the last plots share the rest).
    const cutsFrom = (lengthM: number) => (fit ? fittedCuts(lengthM, depth, p) : []);
    // Where each side's cuts start (previous-cuts.ts): on the centimetre grid, in the previous cuts' phase.
    const cutLines = previousPlots.length ? previousCutLines(f, previousPlots, row.tLow, row.tHigh) : [];
    const plusStart = onPhaseGrid(halfMain + plus), minusStart = onPhaseGrid(halfMain + minus);
    const plusFrom = plusStart + phaseShift(plusStart, 1, width, cutLines);
    const minusFrom = minusStart + phaseShift(-minusStart, -1, width, cutLines);
    const plusCuts = cutsFrom(bMax - plusFrom), minusCuts = cutsFrom(-bMin - minusFrom);
    const cutAt = (cuts: number[], j: number) => (j <= cuts.length - 1 ? cuts[j - 1] : j * width + (cuts.length ? cuts[cuts.length - 1] - cuts.length * width : 0));
    const sides: [number, number][][] = [[], []];
    let s0 = plus > 0 ? halfMain + plus - 0.5 : 0;
    for (let j = 1; s0 < bMax; j++) {
      const s1 = plusFrom + (fit ? cutAt(plusCuts, j) : j * width);
      sides[0].push([s0, s1]);
      s0 = s1;
    }
    s0 = minus > 0 ? -halfMain - minus + 0.5 : 0;
    for (let j = 1; s0 > bMin; j++) {
      const s1 = -minusFrom - (fit ? cutAt(minusCuts, j) : j * width);
      sides[1].push([s1, s0]);
      s0 = s1;
    }
    // Each part of the band with its s extent and plane box: a slot is cut from the parts it reaches
    // only (the band's parts either side of the main road lie 13 m apart, so much of the clipping was
    // of land far off), unless a part left out comes near a part kept (slotParts).
    const parts = bandParts(f, band);
    for (const slots of sides) {
      const pieces: Piece[] = [];
      for (const [a, b] of slots) {
        const reached = slotParts(parts, a, b);
        const cut = (reached.length ? intersectPolygons(reached, [sSlab(f, a, b)]) : []).filter((q) => polygonAreaM2(q) >= MIN_PIECE_M2).map(withoutSpikes);
        const ordered = cut.map((polygon) => ({ polygon, s: centreS(f, polygon) }))
          .sort((x, y) => (a >= 0 ? x.s - y.s : y.s - x.s));
        for (const c of ordered) pieces.push(evaluate(c.polygon, roads, p));
      }
      const outward = slots === sides[0] ? 1 : -1;
      const split = pieces.flatMap((piece) => splitAtCorners(f, piece, outward, roads, p));
      for (const piece of acceptAlong(f, split, outward, roads, p)) {
        out.push({ polygon: piece.polygon, shape: piece.shape, row: rowIndex, s: centreS(f, piece.polygon) });
      }
    }
  });
  return out;
}

/** Millimetres: fitted frontages are rounded to the grid. */
const GRID_M = 0.001;

/**
 * Where the cuts of a row side of lengthM fall, m from its start: every target frontage, except that
 * the last few plots share the remainder when it is too narrow for a plot of its own (widened up to the
 * widest plot the area range allows at this depth, or narrowed down to the least frontage the frontage,
 * area and depth-ratio rules allow at this depth), so that the
 * side is used by whole plots (the last cut lies past the end, off every edge); the plots nearer the main road keep their cuts whatever the far end does.
 */
export function fittedCuts(lengthM: number, depthM: number, p: LayoutParameters): number[] {
  const target = p.targetFrontageM;
  const widest = Math.min(p.maxPlotAreaM2 / Math.max(depthM, 1), target * 1.5);
  // A plot narrower than depth ÷ maxDepthRatio breaks the depth rule: on a row deeper than 4 × the
  // least frontage (a 69 m strip-side row) the last plots cut at 15 m were all refused, and the end of
  // the row went to green (a 100 × 300 m strip entered from its side lost 11 m × 68 m).
  const narrowest = Math.max(p.minFrontageM, p.minPlotAreaM2 / Math.max(depthM, 1), depthM / p.maxDepthRatio);
  const n = Math.floor(lengthM / target);
  const rest = lengthM - n * target;
  const regular = (count: number) => Array.from({ length: count }, (_, j) => (j + 1) * target);
  if (rest >= narrowest || n === 0) return [...regular(n), lengthM + 1];
  // Widen the last k plots by rest / k, or narrow the last k plots and add one.
  for (let k = 1; k <= n; k++) {
    const wide = target + rest / k;
    if (wide <= widest) {
      const head = regular(n - k);
      return [...head, ...Array.from({ length: k }, (_, j) => Math.round(((n - k) * target + (j + 1) * wide) / GRID_M) * GRID_M).slice(0, -1), lengthM + 1];
    }
    const narrow = (k * target + rest) / (k + 1);
    if (narrow >= narrowest && narrow <= widest) {
      const head = regular(n - k);
      return [...head, ...Array.from({ length: k + 1 }, (_, j) => Math.round(((n - k) * target + (j + 1) * narrow) / GRID_M) * GRID_M).slice(0, -1), lengthM + 1];
    }
  }
  return [...regular(n), lengthM + 1];
}

