/**
 * What differs between two variants' layouts, plot by plot: a plot only in A, only in B, in both
 * with another shape (moved, resized, re-cut), or the same. Plots are matched by code (codes stay
 * stable across regeneration, and allocations name them by code). Two plots are the same when each
 * corner of one lies within 1 cm of a corner of the other and their areas agree to 0.1 m² — the
 * cadastre's precision, so a rounding in the engine never counts as a change. Pure.
 */
import type { PlaneGeometry } from '../geo/plane-feature';
import type { LayoutResult } from '../geo/layout';

export type PlotDiffStatus = 'only-a' | 'only-b' | 'changed' | 'same';
export const PLOT_DIFF_STATUSES: readonly PlotDiffStatus[] = ['only-a', 'only-b', 'changed', 'same'];

export interface PlotDiff {
  readonly code: string;
  readonly status: PlotDiffStatus;
  /** The plot's geometry in A (for only-a, changed, same) or in B (for only-b), VN-2000 plane. */
  readonly geometry: PlaneGeometry;
  /** B's shape of a changed plot, drawn as an outline over A's. */
  readonly geometryB?: PlaneGeometry;
}

export interface LayoutDiff {
  readonly plots: readonly PlotDiff[];
  readonly counts: Readonly<Record<PlotDiffStatus, number>>;
}

const CORNER_M = 0.01;
const AREA_M2 = 0.1;

interface PlotShape { readonly code: string; readonly areaM2: number; readonly geometry: PlaneGeometry }

function plotsOf(layout: LayoutResult): Map<string, PlotShape> {
  const plots = new Map<string, PlotShape>();
  for (const f of layout.features) {
    if (f.properties.kind === 'plot') plots.set(f.properties.code, { code: f.properties.code, areaM2: f.properties.areaM2, geometry: f.geometry });
  }
  return plots;
}

function cornersOf(geometry: PlaneGeometry): (readonly [number, number])[] {
  switch (geometry.type) {
    case 'Polygon': return geometry.coordinates.flat();
    case 'MultiPolygon': return geometry.coordinates.flat(2);
    case 'LineString': return [...geometry.coordinates];
    case 'Point': return [geometry.coordinates];
  }
}

/** Every corner of `a` within CORNER_M of some corner of `b`. */
const cornersCovered = (a: readonly (readonly [number, number])[], b: readonly (readonly [number, number])[]): boolean =>
  a.every((p) => b.some((q) => Math.abs(p[0] - q[0]) <= CORNER_M && Math.abs(p[1] - q[1]) <= CORNER_M));

export function sameShape(a: PlotShape, b: PlotShape): boolean {
  if (Math.abs(a.areaM2 - b.areaM2) > AREA_M2) return false;
  const [ca, cb] = [cornersOf(a.geometry), cornersOf(b.geometry)];
  return cornersCovered(ca, cb) && cornersCovered(cb, ca);
}

/** Plot-by-plot differences from A to B, A's plots first (in A's order), then those only in B. */
export function diffLayouts(a: LayoutResult, b: LayoutResult): LayoutDiff {
  const [plotsA, plotsB] = [plotsOf(a), plotsOf(b)];
  const plots: PlotDiff[] = [];
  for (const plot of plotsA.values()) {
    const other = plotsB.get(plot.code);
    if (!other) plots.push({ code: plot.code, status: 'only-a', geometry: plot.geometry });
    else if (sameShape(plot, other)) plots.push({ code: plot.code, status: 'same', geometry: plot.geometry });
    else plots.push({ code: plot.code, status: 'changed', geometry: plot.geometry, geometryB: other.geometry });
  }
  for (const plot of plotsB.values()) {
    if (!plotsA.has(plot.code)) plots.push({ code: plot.code, status: 'only-b', geometry: plot.geometry });
  }
  const counts = Object.fromEntries(PLOT_DIFF_STATUSES.map((s) => [s, plots.filter((p) => p.status === s).length])) as Record<PlotDiffStatus, number>;
  return { plots, counts };
}
