// The workspace's part of hand edits and the allocation guard: locked plots go to every run, a
// regenerated layout the guard declines is not shown (the parameters go back), and a hand-edited
// layout is shown without a run.
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
const firstCode = (stored.features.find((f) => f.properties.kind === 'plot')!.properties as { code: string }).code;

function setup(answer: boolean | null) {
  const runner = new ManualRunner();
  const asked: [LayoutResult | null, LayoutResult][] = [];
  const stores = { parameters: createPlanParametersStore(), layout: createPlanLayoutStore(), view: createPlanViewStore() };
  const workspace = new PlanWorkspace({
    runner, stores, debounceMs: 50,
    ...(answer === null ? {} : { confirmLayout: async (shown: LayoutResult | null, next: LayoutResult) => { asked.push([shown, next]); return answer; } }),
  });
  const map = new FakePlanMap();
  workspace.attachMap(map);
  workspace.openVariant(site, wide, stored);
  return { runner, stores, workspace, map, asked };
}

describe('PlanWorkspace and hand edits', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('passes the locked plots, with their corners, to the run', () => {
    const { runner, stores, workspace } = setup(null);
    workspace.setLockedCodes([firstCode]);
    stores.parameters.getState().setParameter('targetFrontageM', 22);
    vi.advanceTimersByTime(50);
    expect(runner.runs).toHaveLength(1);
    const plot = stored.features.find((f) => f.properties.kind === 'plot' && f.properties.code === firstCode)!;
    expect(runner.runs[0].locked).toEqual([{ code: firstCode, polygon: (plot.geometry as { coordinates: unknown }).coordinates }]);
  });

  it('keeps the layout shown and puts its parameters back when the guard declines', async () => {
    const { runner, stores, asked } = setup(false);
    stores.parameters.getState().setParameter('targetFrontageM', 22);
    vi.advanceTimersByTime(50);
    runner.finish();
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    await vi.waitFor(() => expect(stores.parameters.getState().parameters.targetFrontageM).toBe(25));
    expect(stores.layout.getState().layout).toBe(stored);
    expect(stores.layout.getState().run.status).toBe('idle');
    expect(asked[0][0]).toBe(stored);
    vi.advanceTimersByTime(500);
    expect(runner.runs).toHaveLength(0); // putting the parameters back is not a new run
  });

  it('does not ask when a stored variant is opened and laid out (not the planner\'s change)', async () => {
    const { runner, stores, workspace, asked } = setup(false);
    workspace.openVariant(site, DEFAULT_LAYOUT_PARAMETERS, null);
    runner.finish();
    await vi.waitFor(() => expect(stores.layout.getState().layout?.parameters.targetFrontageM).toBe(DEFAULT_LAYOUT_PARAMETERS.targetFrontageM));
    expect(asked).toHaveLength(0);
  });

  it('shows the regenerated layout when the guard agrees', async () => {
    const { runner, stores } = setup(true);
    stores.parameters.getState().setParameter('targetFrontageM', 22);
    vi.advanceTimersByTime(50);
    runner.finish();
    await vi.waitFor(() => expect(stores.layout.getState().layout?.parameters.targetFrontageM).toBe(22));
  });

  it('shows a hand-edited layout without a run', () => {
    const { runner, stores, workspace, map } = setup(null);
    const edited = { ...stored, features: stored.features.filter((f) => !(f.properties.kind === 'plot' && f.properties.code === firstCode)) };
    workspace.showEdited(edited);
    expect(runner.runs).toHaveLength(0);
    expect(stores.layout.getState().layout).toBe(edited);
    expect(map.plotCodes()).not.toContain(firstCode);
  });

  it('a regeneration with the real engine keeps a locked plot exactly, corners and code', async () => {
    const { runner, stores, workspace } = setup(null);
    workspace.setLockedCodes([firstCode]);
    stores.parameters.getState().setParameter('targetFrontageM', 22);
    vi.advanceTimersByTime(50);
    runner.finish();
    await vi.waitFor(() => expect(stores.layout.getState().layout?.parameters.targetFrontageM).toBe(22));
    const plotOf = (r: LayoutResult) => r.features.find((f) => f.properties.kind === 'plot' && f.properties.code === firstCode)?.geometry;
    expect(plotOf(stores.layout.getState().layout!)).toEqual(plotOf(stored));
  });
});

