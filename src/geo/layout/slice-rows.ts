/**
 * Cuts each row of the plan into plots: sweep cuts across the row, perpendicular to its road, every
 * `targetFrontageM` outward from the main road on both sides. A piece that cannot be a good plot is
 * merged into its neighbour when the union is good, else left for green (never lost).
 */
import { polygonAreaM2, type PlanePolygon } from '../plane-measure';
import { intersectPolygons, unitePolygons } from './clip';
import { shapeReasons } from './judge-plot';
import { localExtent, sSlab, tSlab, type LocalFrame } from './frame';
import { withoutSpikes, type PlotShape } from './plot-shape';
import type { PlotRow } from './row-plan';
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

/** The union of two pieces, if it is one polygon. */
function merge(a: PlanePolygon, b: PlanePolygon, roads: SegmentGrid, p: LayoutParameters): Piece | null {
  const union = unitePolygons([a], [b]);
  return union.length === 1 ? evaluate(withoutSpikes(union[0]), roads, p) : null;
}

/** Walks a side of a row outward, keeping good pieces and merging bad ones where that makes them good. */
function acceptAlong(pieces: Piece[], roads: SegmentGrid, p: LayoutParameters): Piece[] {
  const kept: Piece[] = [];
  let lastKeptIndex = -2;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (!piece.problems.length) { kept.push(piece); lastKeptIndex = i; continue; }
    if (lastKeptIndex === i - 1) {
      const merged = merge(kept[kept.length - 1].polygon, piece.polygon, roads, p);
      if (merged && !merged.problems.length) { kept[kept.length - 1] = merged; lastKeptIndex = i; continue; }
    }
    if (i + 1 < pieces.length) {
      const merged = merge(piece.polygon, pieces[i + 1].polygon, roads, p);
      if (merged && !merged.problems.length) { kept.push(merged); lastKeptIndex = i + 1; i++; continue; }
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
 */
export function sliceRows(
  f: LocalFrame, blocks: PlanePolygon[], rows: readonly PlotRow[], startOffsets: readonly { plus: number; minus: number }[],
  roads: SegmentGrid, p: LayoutParameters, fit = false,
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
    const plusCuts = cutsFrom(bMax - (halfMain + plus)), minusCuts = cutsFrom(-bMin - (halfMain + minus));
    const cutAt = (cuts: number[], j: number) => (j <= cuts.length - 1 ? cuts[j - 1] : j * width + (cuts.length ? cuts[cuts.length - 1] - cuts.length * width : 0));
    const sides: [number, number][][] = [[], []];
    let s0 = plus > 0 ? halfMain + plus - 0.5 : 0;
    for (let j = 1; s0 < bMax; j++) {
      const s1 = halfMain + plus + (fit ? cutAt(plusCuts, j) : j * width);
      sides[0].push([s0, s1]);
      s0 = s1;
    }
    s0 = minus > 0 ? -halfMain - minus + 0.5 : 0;
    for (let j = 1; s0 > bMin; j++) {
      const s1 = -halfMain - minus - (fit ? cutAt(minusCuts, j) : j * width);
      sides[1].push([s1, s0]);
      s0 = s1;
    }
    for (const slots of sides) {
      const pieces: Piece[] = [];
      for (const [a, b] of slots) {
        const cut = intersectPolygons(band, [sSlab(f, a, b)]).filter((q) => polygonAreaM2(q) >= MIN_PIECE_M2).map(withoutSpikes);
        const ordered = cut.map((polygon) => ({ polygon, s: centreS(f, polygon) }))
          .sort((x, y) => (a >= 0 ? x.s - y.s : y.s - x.s));
        for (const c of ordered) pieces.push(evaluate(c.polygon, roads, p));
      }
      for (const piece of acceptAlong(pieces, roads, p)) {
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
 * widest plot the area range allows at this depth, or narrowed down to the least frontage), so that the
 * side is used by whole plots (the last cut lies past the end, off every edge); the plots nearer the main road keep their cuts whatever the far end does.
 */
export function fittedCuts(lengthM: number, depthM: number, p: LayoutParameters): number[] {
  const target = p.targetFrontageM;
  const widest = Math.min(p.maxPlotAreaM2 / Math.max(depthM, 1), target * 1.5);
  const narrowest = Math.max(p.minFrontageM, p.minPlotAreaM2 / Math.max(depthM, 1));
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

