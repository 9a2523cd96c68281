// The workspace opening a stored variant: its parameters without a debounced run of their own, its
// stored layout shown as stored (codes and all), and the settled-layout callback for planner edits only.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanWorkspace } from '../../../src/features/plan/plan-workspace';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../../src/geo/layout';
import { createPlanLayoutStore } from '../../../src/state/plan-layout';
import { createPlanParametersStore } from '../../../src/state/plan-parameters';
import { createPlanViewStore } from '../../../src/state/plan-view';
import { demoSite, FakePlanMap, ManualRunner } from './fakes';

const site = demoSite();
const wide = { ...DEFAULT_LAYOUT_PARAMETERS, targetFrontageM: 25 };
const stored = generateLayout(site, wide) as LayoutResult;

function setup() {
  const runner = new ManualRunner();
  const settled: LayoutResult[] = [];
  const stores = { parameters: createPlanParametersStore(), layout: createPlanLayoutStore(), view: createPlanViewStore() };
  const workspace = new PlanWorkspace({ runner, stores, debounceMs: 50, onLayoutSettled: (layout) => settled.push(layout) });
  const map = new FakePlanMap();
  workspace.attachMap(map);
  return { runner, stores, workspace, map, settled };
}

describe('PlanWorkspace.openVariant', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('shows a stored layout as stored, without a run and without calling it an edit', () => {
    const { runner, stores, workspace, map, settled } = setup();
    expect(map.layouts).toHaveLength(0);
    workspace.openVariant(site, wide, stored);
    vi.advanceTimersByTime(500);
    expect(runner.runs).toHaveLength(0);
    expect(stores.parameters.getState().parameters).toEqual(wide);
    expect(stores.layout.getState().layout).toBe(stored);
    expect(map.plotCodes()).toEqual(stored.features.flatMap((f) => (f.properties.kind === 'plot' ? [f.properties.code] : [])));
    expect(settled).toHaveLength(0);
  });

  it('lays out a variant with no stored layout at once, and reports a planner edit once it is laid out', async () => {
    const { runner, stores, workspace, settled } = setup();
    workspace.openVariant(site, DEFAULT_LAYOUT_PARAMETERS, null);
    expect(runner.runs).toHaveLength(1);
    expect(runner.runs[0].previous).toBeNull();
    runner.finish();
    await vi.waitFor(() => expect(stores.layout.getState().layout).not.toBeNull());
    stores.parameters.getState().setParameter('targetFrontageM', 25);
    vi.advanceTimersByTime(50);
    expect(runner.runs).toHaveLength(1);
    runner.finish();
    await vi.waitFor(() => expect(settled.map((l) => l.parameters.targetFrontageM)).toEqual([20, 25]));
  });

  it('a stored layout made with other parameters than the stored ones is laid out again', () => {
    const { runner, workspace } = setup();
    workspace.openVariant(site, DEFAULT_LAYOUT_PARAMETERS, stored);
    expect(runner.runs).toHaveLength(1);
    expect(runner.runs[0].parameters).toEqual(DEFAULT_LAYOUT_PARAMETERS);
  });
});
