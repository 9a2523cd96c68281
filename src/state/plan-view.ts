/**
 * How the planner is looking at the layout: selected plots, map colouring, the plot list's order and
 * the side panel's tab. Ephemeral: never stored.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PlanColouringMode } from '../domain/plan-colouring';

/** The plot list's columns, and how it is sorted. */
export type PlotSortKey = 'code' | 'areaM2' | 'frontageM' | 'depthM' | 'envelopeAreaM2';
export interface PlotSort {
  readonly key: PlotSortKey;
  readonly direction: 'ascending' | 'descending';
}

export type PlanTab = 'balance' | 'plots' | 'parameters';

export interface PlanViewState {
  /** Plot ids (today: codes). */
  readonly selectedIds: readonly string[];
  readonly colouring: PlanColouringMode;
  readonly sort: PlotSort;
  readonly tab: PlanTab;
  /** Bumped when a plot is chosen on the map, so the list scrolls to it. */
  readonly listScrollRequest: number;
  /** A tap adds to the selection (touch screens have no Shift key). */
  readonly multiSelect: boolean;
  setColouring(mode: PlanColouringMode): void;
  setSort(sort: PlotSort): void;
  setTab(tab: PlanTab): void;
}

export function createPlanViewStore(): StoreApi<PlanViewState> {
  return createStore<PlanViewState>((set) => ({
    selectedIds: [],
    colouring: 'kind',
    sort: { key: 'code', direction: 'ascending' },
    tab: 'balance',
    listScrollRequest: 0,
    multiSelect: false,
    setColouring: (colouring) => set({ colouring }),
    setSort: (sort) => set({ sort }),
    setTab: (tab) => set({ tab }),
  }));
}
