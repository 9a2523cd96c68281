/**
 * Cuts each row of the plan into plots: sweep cuts across the row, perpendicular to its road, every
 * `targetFrontageM` outward from the main road on both sides. A piece that cannot be a good plot is
 * merged into its neighbour when the union is good, else left for green (never lost).
 */
import { polygonAreaM2, type PlanePolygon } from '../plane-measure';
import { intersectPolygons, offsetPolygons, unitePolygons } from './clip';
import { MIN_ENVELOPE_SIDE_M } from './parameters';
import { localExtent, sSlab, tSlab, type LocalFrame } from './frame';
import { measurePlot, plotProblems, withoutSpikes, type PlotShape } from './plot-shape';
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
  const shape = measurePlot(polygon, roads);
  const problems = plotProblems(polygon, shape, p);
  // Room to build: a strip MIN_ENVELOPE_SIDE_M wide must be left inside the smallest setback all round.
  if (!problems.length) {
    const setback = Math.min(p.frontSetbackM, p.rearSetbackM, p.fireSeparationM / 2);
    if (!offsetPolygons([polygon], -(setback + MIN_ENVELOPE_SIDE_M / 2)).length) problems.push('no-room-to-build');
  }
  return { polygon, shape, problems };
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
 */
export function sliceRows(
  f: LocalFrame, blocks: PlanePolygon[], rows: readonly PlotRow[], startOffsets: readonly { plus: number; minus: number }[],
  roads: SegmentGrid, p: LayoutParameters,
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
    const sides: [number, number][][] = [[], []];
    let s0 = plus > 0 ? halfMain + plus - 0.5 : 0;
    for (let j = 1; s0 < bMax; j++) {
      const s1 = halfMain + plus + j * width;
      sides[0].push([s0, s1]);
      s0 = s1;
    }
    s0 = minus > 0 ? -halfMain - minus + 0.5 : 0;
    for (let j = 1; s0 > bMin; j++) {
      const s1 = -halfMain - minus - j * width;
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

/** Local t of a polygon's first corner: a cheap handle for tests and ordering. */
