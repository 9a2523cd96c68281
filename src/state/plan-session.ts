/**
 * The plan stores of this browser session, shared by every mount of #/plan (leaving the route and
 * coming back keeps the parameters and the layout), and the React hooks that read them.
 */
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { createPlanLayoutStore, type PlanLayoutState } from './plan-layout';
import { createPlanParametersStore, type PlanParametersState } from './plan-parameters';
import { createPlanViewStore, type PlanViewState } from './plan-view';

/** The three slices a plan workspace reads and writes. */
export interface PlanStores {
  readonly parameters: StoreApi<PlanParametersState>;
  readonly layout: StoreApi<PlanLayoutState>;
  readonly view: StoreApi<PlanViewState>;
}

let stores: PlanStores | null = null;

export function planSessionStores(): PlanStores {
  stores ??= { parameters: createPlanParametersStore(), layout: createPlanLayoutStore(), view: createPlanViewStore() };
  return stores;
}

export const usePlanLayout = <T>(select: (state: PlanLayoutState) => T): T => useStore(planSessionStores().layout, select);
export const usePlanView = <T>(select: (state: PlanViewState) => T): T => useStore(planSessionStores().view, select);
export const usePlanParameters = <T>(select: (state: PlanParametersState) => T): T => useStore(planSessionStores().parameters, select);
