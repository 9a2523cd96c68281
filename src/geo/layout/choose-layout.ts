/**
 * How the chooser weighs candidate layouts (README of src/geo/layout, "How a layout is chosen"):
 * first every balance rule kept (a candidate breaking fewer rules always wins), then on a re-run the
 * plots of the previous layout kept exactly (stable plots and codes), then the share of the
 * zone in plots, in percent points, plus at most REGULARITY_POINTS for regularity — the share of plots
 * that are rectangles, less a little for road land — so regularity only decides between candidates
 * whose plot shares lie within about a point of each other. Ties keep the earlier candidate.
 */
import { isRegularPlot } from './green-top-up';
import type { LayoutResult, PreviousLayout } from './types';
import type { PlanePolygon } from '../plane-measure';
import { snapped } from './layout-features';

/** Most points regularity can add to a candidate's plot share. */
export const REGULARITY_POINTS = 1;

export interface LayoutScore {
  /** Balance rules the candidate breaks. */
  readonly failedRules: number;
  /** Plots of the previous layout (a re-run) the candidate keeps exactly: more wins next. */
  readonly keptPlots: number;
  /** Share of the zone in plots, percent, plus regularity (≤ REGULARITY_POINTS). */
  readonly points: number;
}

/** A plot's corners to the centimetre, in order from the lowest: equal for the same plot drawn again. */
function cornerKey(ring: readonly (readonly number[])[]): string {
  const pts = ring.slice(0, -1).map((q) => `${Math.round(q[0] * 100)},${Math.round(q[1] * 100)}`);
  return [...pts].sort().join(' ');
}

export function scoreLayout(r: LayoutResult, previous?: PreviousLayout | null): LayoutScore {
  const share = (category: string) => r.landUse.rows.find((row) => row.category === category)?.sharePercent ?? 0;
  const plots = r.features.filter((f) => f.properties.kind === 'plot');
  const regular = plots.filter((f) => isRegularPlot((f.geometry as { coordinates: PlanePolygon }).coordinates)).length;
  const regularShare = plots.length ? regular / plots.length : 0;
  const roadShare = share('roads') / 100;
  const before = new Set((previous?.plots ?? []).map((q) => cornerKey(q.polygon[0])));
  const keptPlots = before.size ? plots.filter((f) => before.has(cornerKey((f.geometry as { coordinates: PlanePolygon }).coordinates[0]))).length : 0;
  return {
    failedRules: r.landUse.checks.filter((c) => !c.pass).length,
    keptPlots,
    points: share('plots') + REGULARITY_POINTS * (0.75 * regularShare + 0.25 * (1 - roadShare)),
  };
}

/**
 * Whether a candidate whose plots as cut are `plotsAsCut` (locked ones included) cannot beat `best`, a
 * score keeping every rule: the later steps only take plots away, so it keeps at most the previous
 * plots found among them (snapped as layout-features.ts writes them) and reaches at most their share
 * plus all of REGULARITY_POINTS.
 * @param plotsM2 the area of plotsAsCut, m²
 */
export function cannotBeat(best: LayoutScore, plotsAsCut: readonly PlanePolygon[], plotsM2: number, zoneM2: number, previous?: PreviousLayout | null): boolean {
  const before = new Set((previous?.plots ?? []).map((q) => cornerKey(q.polygon[0])));
  const keptAtMost = before.size ? plotsAsCut.filter((q) => before.has(cornerKey(snapped(q)[0]))).length : 0;
  if (keptAtMost !== best.keptPlots) return keptAtMost < best.keptPlots;
  return (100 * plotsM2) / zoneM2 + REGULARITY_POINTS <= best.points;
}

/** Whether score a beats score b. */
export const betterScore = (a: LayoutScore, b: LayoutScore): boolean =>
  a.failedRules !== b.failedRules ? a.failedRules < b.failedRules
    : a.keptPlots !== b.keptPlots ? a.keptPlots > b.keptPlots
      : a.points > b.points + 1e-9;
