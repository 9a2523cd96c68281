/**
 * The layout the planner sees: the zone it is made for, the last good layout (it stays on screen
 * until a newer one arrives), the state of the run in the layout worker, and why the last run gave no
 * layout. Written only by the workspace controller (src/features/plan/plan-workspace.ts).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ZoneSite } from '../domain/site';
import type { LayoutError, LayoutResult } from '../geo/layout';

export type PlanRun =
  | { readonly status: 'idle' }
  /** `slow` once the run has taken long enough to show progress and a cancel button. */
  | { readonly status: 'running'; readonly slow: boolean };

export interface PlanLayoutState {
  readonly site: ZoneSite | null;
  /** The last good layout; null until the first one arrives. */
  readonly layout: LayoutResult | null;
  /** Time the engine took for `layout`, ms. */
  readonly engineMs: number | null;
  readonly run: PlanRun;
  /** Why the latest finished run gave no layout (refused parameters, a zone the engine cannot lay out). */
  readonly failure: readonly LayoutError[] | null;
  /** A bug in the engine, as text (the worker survived it). */
  readonly crash: string | null;
  /** The planner stopped the latest run; the layout shown is older than the parameters. */
  readonly cancelled: boolean;
}

export const INITIAL_PLAN_LAYOUT: PlanLayoutState = {
  site: null, layout: null, engineMs: null, run: { status: 'idle' }, failure: null, crash: null, cancelled: false,
};

export const createPlanLayoutStore = (): StoreApi<PlanLayoutState> => createStore<PlanLayoutState>(() => INITIAL_PLAN_LAYOUT);
