/**
 * Judges one plot against every plot rule, for the engine's own cutting (slice-rows.ts) and for a plot
 * a planner drew or edited by hand, so that both are held to the same rules: frontage, area range,
 * depth (≤ maxDepthRatio × frontage, deep enough for a building), corners, setbacks (room for an
 * envelope), fire separation from the neighbours' envelopes (QCVN 06:2022 Table E.2), road to wall
 * ≤ 5 m (6.2.2.3) and ≥ 20 % of the plot left green (QCVN 01:2021 Table 2.11).
 */
import { polygonAreaM2, type PlanePolygon } from '../plane-measure';
import { offsetPolygons, unitePolygons } from './clip';
import { surelyKeepsInside } from './clear-room';
import { buildEnvelopes, unbuildablePlots } from './envelopes';
import { MIN_ENVELOPE_SIDE_M } from './parameters';
import { measurePlot, plotProblems, type PlotShape } from './plot-shape';
import { polygonSegments, segmentDistanceM, ringSegments, SegmentGrid } from './segments';
import type { LayoutParameters } from './types';

/** Why a plot breaks a rule: a code with its figures (user text in layout.plot-rule.*). */
export interface PlotReason {
  readonly code: string;
  readonly params?: Record<string, string | number | boolean>;
}

export interface PlotJudgement {
  readonly ok: boolean;
  readonly reasons: PlotReason[];
  readonly shape: PlotShape;
  /** The plot's buildable envelope among its neighbours, or null when none is left. */
  readonly envelope: PlanePolygon | null;
}

export interface PlotContext {
  /** Every road right-of-way polygon of the layout. */
  readonly roads: readonly PlanePolygon[];
  /** The other plots around it (their shared edges get the fire-separation setback). */
  readonly neighbours?: readonly PlanePolygon[];
  /** The neighbours' envelopes, which the plot's envelope must stand fireSeparationM from. */
  readonly neighbourEnvelopes?: readonly (PlanePolygon | null)[];
}

/** Least green share of a plot, percent (QCVN 01:2021/BXD Table 2.11). */
const PLOT_GREEN_MIN_PERCENT = 20;

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The outline of a layout's roads as a segment grid (frontage is measured along it). The outline of
 * their union, as a checker measures it, not each piece's edges: a turning square carved out of a
 * branch as wide as itself shares an inner edge with it, and a plot beside both would count frontage
 * along that edge too (legacy seeds 25, 31, 52, 58 of parameter set 1), or along a grid-step spike
 * the carving leaves (seed 49).
 */
export function roadGridOf(roads: readonly PlanePolygon[]): SegmentGrid {
  const grid = new SegmentGrid(50);
  unitePolygons(roads).forEach((poly) => poly.forEach((ring) => ringSegments(ring).forEach((s) => grid.add(s, 0))));
  return grid;
}

/** The shape rules (what the engine checks while cutting rows), with the plot's measures. */
export function shapeReasons(polygon: PlanePolygon, roads: SegmentGrid, p: LayoutParameters): { shape: PlotShape; reasons: PlotReason[] } {
  const shape = measurePlot(polygon, roads);
  const reasons: PlotReason[] = plotProblems(polygon, shape, p).map((problem) => reasonFor(problem, shape, p));
  // Room to build: a strip MIN_ENVELOPE_SIDE_M wide must be left inside the smallest setback all round.
  if (!reasons.length) {
    const setback = Math.min(p.frontSetbackM, p.rearSetbackM, p.fireSeparationM / 2);
    const shrinkM = setback + MIN_ENVELOPE_SIDE_M / 2;
    if (!surelyKeepsInside(polygon, shrinkM) && !offsetPolygons([polygon], -shrinkM).length) reasons.push({ code: 'no-room-to-build', params: { setbackM: setback } });
  }
  return { shape, reasons };
}

function reasonFor(problem: string, s: PlotShape, p: LayoutParameters): PlotReason {
  switch (problem) {
    case 'frontage': return { code: 'frontage', params: { frontageM: round2(s.frontageM), minFrontageM: p.minFrontageM } };
    case 'area': return { code: 'area', params: { areaM2: round2(s.areaM2), minPlotAreaM2: p.minPlotAreaM2, maxPlotAreaM2: p.maxPlotAreaM2 } };
    case 'depth': return { code: 'depth', params: { depthM: round2(s.depthM), maxDepthM: round2(p.maxDepthRatio * s.frontageM) } };
    case 'shallow': return { code: 'shallow', params: { depthM: round2(s.depthM) } };
    case 'corners': return { code: 'corners', params: { corners: s.corners } };
    case 'sliver': return { code: 'sliver', params: { angleDeg: round2(s.minAngleDeg) } };
    default: return { code: problem };
  }
}

/**
 * Judges a plot (e.g. edited by hand) against every plot rule, among the roads and plots around it.
 * @returns ok when no rule is broken; else every reason, each with its code and figures
 */
export function judgePlot(plot: PlanePolygon, context: PlotContext, p: LayoutParameters): PlotJudgement {
  const roads = roadGridOf(context.roads);
  const { shape, reasons } = shapeReasons(plot, roads, p);
  // The plot first, so that its envelope keeps its setbacks and the neighbours' would yield to it;
  // the fire separation to the neighbours' own envelopes is checked below.
  const envelope = buildEnvelopes([plot, ...(context.neighbours ?? [])], roads, p)[0];
  if (!envelope) reasons.push({ code: 'no-envelope' });
  else {
    if (unbuildablePlots([envelope], roads).size) reasons.push({ code: 'road-to-wall', params: { maxM: 5 } });
    const share = (100 * polygonAreaM2(envelope)) / polygonAreaM2(plot);
    if (share > 100 - PLOT_GREEN_MIN_PERCENT) reasons.push({ code: 'plot-green', params: { greenPercent: round2(100 - share), minPercent: PLOT_GREEN_MIN_PERCENT } });
    const own = polygonSegments(envelope);
    for (const other of context.neighbourEnvelopes ?? []) {
      if (!other) continue;
      let d = Infinity;
      for (const a of own) for (const b of polygonSegments(other)) d = Math.min(d, segmentDistanceM(a, b));
      if (d < p.fireSeparationM - 0.002) { reasons.push({ code: 'fire-separation', params: { distanceM: round2(d), minM: p.fireSeparationM } }); break; }
    }
  }
  return { ok: reasons.length === 0, reasons, shape, envelope };
}
