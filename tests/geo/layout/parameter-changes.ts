/**
 * A planner's session on one zone, as the workspace runs it (src/features/plan/plan-workspace.ts):
 * the defaults, then one parameter change after another, each run given the plots of the layout before
 * (so that unmoved plots keep their codes), one with two plots locked. For comparing engine runs.
 */
import { DEFAULT_LAYOUT_PARAMETERS, type LayoutParameters, type LayoutResult, type LockedPlot, type PreviousLayout } from '../../../src/geo/layout';

export interface SessionStep {
  readonly parameters: LayoutParameters;
  readonly given: readonly (keyof LayoutParameters)[];
  /** How many plots of the layout before to lock (the first ones by code). */
  readonly lock: number;
}

const step = (changes: Partial<LayoutParameters>, lock = 0): SessionStep =>
  ({ parameters: { ...DEFAULT_LAYOUT_PARAMETERS, ...changes }, given: Object.keys(changes) as (keyof LayoutParameters)[], lock });

/** The changes, in order: frontage back and forth (the bench's values), area range, strips, road widths, a lock. */
export const SESSION: readonly SessionStep[] = [
  step({}),
  step({ targetFrontageM: 20.5 }),
  step({ targetFrontageM: 21 }),
  step({ targetFrontageM: 21.5 }),
  step({ targetFrontageM: 20.5 }),
  step({ targetFrontageM: 21, minPlotAreaM2: 400 }),
  step({ targetFrontageM: 21, minPlotAreaM2: 400, maxPlotAreaM2: 1200 }),
  step({ targetFrontageM: 21, greenBufferM: 12 }),
  step({ targetFrontageM: 21, branchRoadWidthM: 11 }),
  step({ targetFrontageM: 22 }, 2),
  step({ targetFrontageM: 20 }, 2),
];

export const previousOf = (layout: LayoutResult | null): PreviousLayout | null => (layout ? {
  plots: layout.features.flatMap((f) => (f.properties.kind === 'plot' && f.geometry.type === 'Polygon' ? [{ code: f.properties.code, polygon: f.geometry.coordinates }] : [])),
} : null);

export const lockedOf = (layout: LayoutResult | null, count: number): LockedPlot[] =>
  [...(previousOf(layout)?.plots ?? [])].sort((a, b) => a.code.localeCompare(b.code)).slice(0, count);
