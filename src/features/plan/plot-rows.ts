/**
 * The plot schedule of a layout: one row per plot (code, area, frontage, depth, envelope area) with
 * the result of the rules a single plot must keep, and the list's sort order. Pure.
 */
import type { LayoutParameters, LayoutResult } from '../../geo/layout';
import type { PlotRuleStatus } from '../../map/layout-colours';
import type { PlotSort, PlotSortKey } from '../../state/plan-view';

export type { PlotSort, PlotSortKey };

/** A rule one plot breaks; `layout.plotRule.<code>` words it. */
export type PlotProblem = 'area-outside-range' | 'frontage-below-min' | 'too-deep' | 'no-envelope' | 'plot-green-below-20';

export interface PlotRow {
  /** The plot's id on the map and in selections (today its code). */
  readonly id: string;
  readonly code: string;
  readonly areaM2: number;
  readonly frontageM: number;
  readonly depthM: number;
  /** Buildable envelope area, m²; null when the plot has none. */
  readonly envelopeAreaM2: number | null;
  readonly problems: readonly PlotProblem[];
  readonly rule: PlotRuleStatus;
}

/** Least share of a factory plot left unbuilt for green, percent (QCVN 01:2021/BXD Table 2.11). */
export const PLOT_GREEN_MIN_PERCENT = 20;

/** What a plot breaks: a merge beyond the area range only warns (a large enterprise may need it). */
export function plotProblems(
  plot: { areaM2: number; frontageM: number; depthM: number; envelopeAreaM2: number | null }, p: LayoutParameters,
): PlotProblem[] {
  const problems: PlotProblem[] = [];
  if (plot.frontageM < p.minFrontageM) problems.push('frontage-below-min');
  if (plot.depthM > p.maxDepthRatio * plot.frontageM) problems.push('too-deep');
  if (plot.envelopeAreaM2 === null) problems.push('no-envelope');
  else if (plot.areaM2 > 0 && 100 * (1 - plot.envelopeAreaM2 / plot.areaM2) < PLOT_GREEN_MIN_PERCENT) problems.push('plot-green-below-20');
  if (plot.areaM2 < p.minPlotAreaM2 || plot.areaM2 > p.maxPlotAreaM2) problems.push('area-outside-range');
  return problems;
}

const ruleOf = (problems: readonly PlotProblem[]): PlotRuleStatus =>
  problems.some((q) => q !== 'area-outside-range') ? 'fail' : problems.length > 0 ? 'warn' : 'pass';

/** The rows of a layout, in the engine's order (plots by code within their row). */
export function plotRows(layout: LayoutResult): PlotRow[] {
  const envelopeArea = new Map<string, number>();
  for (const f of layout.features) {
    if (f.properties.kind === 'buildable') {
      envelopeArea.set(f.properties.plotCode, (envelopeArea.get(f.properties.plotCode) ?? 0) + f.properties.areaM2);
    }
  }
  const rows: PlotRow[] = [];
  for (const f of layout.features) {
    if (f.properties.kind !== 'plot') continue;
    const { code, areaM2, frontageM, depthM } = f.properties;
    const envelopeAreaM2 = envelopeArea.has(code) ? Math.round(envelopeArea.get(code)! * 10) / 10 : null;
    const problems = plotProblems({ areaM2, frontageM, depthM, envelopeAreaM2 }, layout.parameters);
    rows.push({ id: code, code, areaM2, frontageM, depthM, envelopeAreaM2, problems, rule: ruleOf(problems) });
  }
  return rows;
}


/**
 * Plot codes in the order people read them: row letters by length then alphabet (Z before AA),
 * numbers by value (A-2 before A-10), whatever is left as text.
 */
export function comparePlotCodes(a: string, b: string): number {
  const parse = (code: string) => /^([A-Z]+)-(\d+)(.*)$/.exec(code);
  const pa = parse(a);
  const pb = parse(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : a.localeCompare(b, 'vi');
  return pa[1].length - pb[1].length || pa[1].localeCompare(pb[1]) || Number(pa[2]) - Number(pb[2]) || pa[3].localeCompare(pb[3]);
}

/** A sorted copy; ties (and plots without an envelope, always last) fall back to code order. */
export function sortPlotRows(rows: readonly PlotRow[], sort: PlotSort): PlotRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.key === 'code') return sign * comparePlotCodes(a.code, b.code);
    const va = a[sort.key];
    const vb = b[sort.key];
    if (va === null || vb === null) return va === vb ? comparePlotCodes(a.code, b.code) : va === null ? 1 : -1;
    return sign * (va - vb) || comparePlotCodes(a.code, b.code);
  });
}

/** Clicking a column: the same column turns the direction round, another starts ascending. */
export function nextSort(current: PlotSort, key: PlotSortKey): PlotSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}
