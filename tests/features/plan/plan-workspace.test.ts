// The workspace logic with a fake map and a hand-driven runner: regeneration, the last good layout
// staying, superseded and cancelled runs, selection both ways, colouring.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateLayout, DEFAULT_LAYOUT_PARAMETERS, type LayoutResult } from '../../../src/geo/layout';
import { PlanWorkspace } from '../../../src/features/plan/plan-workspace';
import { createPlanLayoutStore } from '../../../src/state/plan-layout';
import { createPlanParametersStore } from '../../../src/state/plan-parameters';
import { createPlanViewStore } from '../../../src/state/plan-view';
import { demoSite, EMPTY_SITE_DATA, FakePlanMap, ManualRunner, ZONE_BOUNDS } from './fakes';
import { previousLayoutOf } from '../../../src/workers/layout-protocol';

const site = demoSite();
const cliLayout = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS) as LayoutResult;
const cliCodes = cliLayout.features.flatMap((f) => (f.properties.kind === 'plot' ? [f.properties.code] : []));

function setup() {
  const runner = new ManualRunner();
  const stores = { parameters: createPlanParametersStore(), layout: createPlanLayoutStore(), view: createPlanViewStore() };
  const workspace = new PlanWorkspace({ runner, stores, debounceMs: 50, slowAfterMs: 400 });
  const map = new FakePlanMap();
  workspace.attachMap(map);
  return { runner, stores, workspace, map };
}

describe('PlanWorkspace', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('lays the zone out at once with the defaults and draws the same plots as the engine alone', async () => {
    const { runner, stores, workspace, map } = setup();
    workspace.setSite(site, EMPTY_SITE_DATA, ZONE_BOUNDS);
    expect(runner.runs).toHaveLength(1);
    expect(runner.runs[0].parameters).toEqual(DEFAULT_LAYOUT_PARAMETERS);
    expect(runner.runs[0].previous).toBeNull();
    expect(stores.layout.getState().run).toEqual({ status: 'running', slow: false });
    runner.finish();
    await vi.waitFor(() => expect(stores.layout.getState().layout).not.toBeNull());
    expect(map.plotCodes()).toEqual(cliCodes);
    expect(workspace.plotRows().map((r) => r.code)).toEqual(cliCodes);
    expect(stores.layout.getState().run.status).toBe('idle');
    expect(map.fitted).toContainEqual(ZONE_BOUNDS);
  });

  it('regenerates at once when idle, after a pause for what follows, keeping the last good layout meanwhile', async () => {
    const { runner, stores, workspace, map } = setup();
    workspace.setSite(site, EMPTY_SITE_DATA, ZONE_BOUNDS);
    runner.finish();
    await vi.waitFor(() => expect(stores.layout.getState().layout).not.toBeNull());
    const first = stores.layout.getState().layout;

    stores.parameters.getState().setParameter('targetFrontageM', 24);
    expect(runner.runs).toHaveLength(1); // nothing was running: no pause
    expect(runner.runs[0].parameters.targetFrontageM).toBe(24);
    stores.parameters.getState().setParameter('targetFrontageM', 25);
    stores.parameters.getState().setParameter('targetFrontageM', 26);
    expect(runner.runs).toHaveLength(1); // a run is in flight: the changes after it wait for the pause
    vi.advanceTimersByTime(50);
    expect(runner.runs).toHaveLength(2); // one run for both
    expect(runner.runs[1].parameters.targetFrontageM).toBe(26);
    expect(previousLayoutOf(runner.runs[1].previous)?.plots.map((p) => p.code)).toEqual(cliCodes);
    expect(stores.layout.getState().layout).toBe(first);
    runner.finish(0); // the run for 24 answers: overtaken, never shown
    await vi.advanceTimersByTimeAsync(0);
    expect(stores.layout.getState().layout).toBe(first);

    vi.advanceTimersByTime(400);
    expect(stores.layout.getState().run).toEqual({ status: 'running', slow: true });
    runner.finish();
    await vi.waitFor(() => expect(stores.layout.getState().layout).not.toBe(first));
    expect(stores.layout.getState().layout!.parameters.targetFrontageM).toBe(26);
    expect(map.layouts).toHaveLength(2); // defaults, 26 m (nothing drawn on attach before a layout exists)
    expect(map.plotCodes().length).toBeGreaterThan(0);
  });

  it('gives back the reference layout (no previous codes) when the parameters return to the defaults', async () => {
    const { runner, stores, workspace, map } = setup();
    workspace.setSite(site, EMPTY_SITE_DATA, ZONE_BOUNDS);
    runner.finish();
    await vi.waitFor(() => expect(stores.layout.getState().layout).not.toBeNull());
    stores.parameters.getState().setParameter('targetFrontageM', 26);
    vi.advanceTimersByTime(50);
    expect(runner.runs[0].previous).not.toBeNull();
    runner.finish();
    await vi.waitFor(() => expect(stores.layout.getState().layout?.parameters.targetFrontageM).toBe(26));
    stores.parameters.getState().reset();
    vi.advanceTimersByTime(50);
    expect(runner.runs[0].previous).toBeNull();
    runner.finish();
    await vi.waitFor(() => expect(stores.layout.getState().layout?.parameters.targetFrontageM).toBe(20));
    expect(map.plotCodes()).toEqual(cliCodes);
  });

  it('ignores a superseded answer, whatever order answers arrive in', async () => {
    const { runner, stores, workspace } = setup();
    workspace.setSite(site, EMPTY_SITE_DATA, ZONE_BOUNDS);
    stores.parameters.getState().setParameter('targetFrontageM', 22);
    vi.advanceTimersByTime(50);
    expect(runner.runs).toHaveLength(2);
    runner.finish(1); // the newer run answers first
    await vi.waitFor(() => expect(stores.layout.getState().layout?.parameters.targetFrontageM).toBe(22));
    runner.finish(0); // then the old one: it must not replace the newer layout
    await vi.advanceTimersByTimeAsync(0);
    expect(stores.layout.getState().layout?.parameters.targetFrontageM).toBe(22);
  });

  it('does not run a refused parameter set, and keeps the layout on screen', async () => {
    const { runner, stores, workspace } = setup();
    workspace.setSite(site, EMPTY_SITE_DATA, ZONE_BOUNDS);
    runner.finish();
    await vi.waitFor(() => expect(stores.layout.getState().layout).not.toBeNull());
    stores.parameters.getState().setParameter('frontSetbackM', 7); // over the 5 m of QCVN 06:2022 6.2.2.3
    vi.advanceTimersByTime(100);
    expect(runner.runs).toHaveLength(0);
    expect(stores.layout.getState().layout?.parameters.frontSetbackM).toBe(3);
  });

  it('keeps the last good layout when the engine refuses, and says why', async () => {
    const { runner, stores, workspace } = setup();
    workspace.setSite(site, EMPTY_SITE_DATA, ZONE_BOUNDS);
    runner.finish();
    await vi.waitFor(() => expect(stores.layout.getState().layout).not.toBeNull());
    const good = stores.layout.getState().layout;
    stores.parameters.getState().setParameter('greenBufferM', 11);
    vi.advanceTimersByTime(50);
    runner.answer({ kind: 'done', outcome: { ok: false, errors: [{ code: 'entrance-blocked' }] }, elapsedMs: 3 });
    await vi.waitFor(() => expect(stores.layout.getState().failure).toEqual([{ code: 'entrance-blocked' }]));
    expect(stores.layout.getState().layout).toBe(good);
    expect(stores.layout.getState().run.status).toBe('idle');
  });

  it('cancels a slow run: the old layout stays, marked as older than the parameters', async () => {
    const { runner, stores, workspace } = setup();
    workspace.setSite(site, EMPTY_SITE_DATA, ZONE_BOUNDS);
    runner.finish();
    await vi.waitFor(() => expect(stores.layout.getState().layout).not.toBeNull());
    const good = stores.layout.getState().layout;
    stores.parameters.getState().setParameter('targetFrontageM', 23);
    vi.advanceTimersByTime(500);
    expect(stores.layout.getState().run).toEqual({ status: 'running', slow: true });
    workspace.cancel();
    expect(runner.cancels).toBe(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(stores.layout.getState()).toMatchObject({ run: { status: 'idle' }, cancelled: true, layout: good });
    workspace.retry();
    expect(runner.runs).toHaveLength(1);
    expect(stores.layout.getState().cancelled).toBe(false);
  });

  it('reports an engine crash without losing the layout', async () => {
    const { runner, stores, workspace } = setup();
    workspace.setSite(site, EMPTY_SITE_DATA, ZONE_BOUNDS);
    runner.answer({ kind: 'crash', message: 'TypeError: boom' });
    await vi.waitFor(() => expect(stores.layout.getState().crash).toBe('TypeError: boom'));
    expect(stores.layout.getState().run.status).toBe('idle');
  });

  it('selects from the map (list tab, scroll request) and from the list (map reveals the plot)', async () => {
    const { runner, stores, workspace, map } = setup();
    workspace.setSite(site, EMPTY_SITE_DATA, ZONE_BOUNDS);
    runner.finish();
    await vi.waitFor(() => expect(stores.layout.getState().layout).not.toBeNull());
    map.click('A-02');
    expect(stores.view.getState()).toMatchObject({ selectedIds: ['A-02'], tab: 'plots', listScrollRequest: 1 });
    expect(map.selection).toEqual(['A-02']);
    map.click(null);
    expect(map.selection).toEqual([]);
    workspace.selectFromList(cliCodes[3]);
    expect(map.selection).toEqual([cliCodes[3]]);
    expect(map.revealed).toHaveLength(1);
    const [[west, south], [east, north]] = map.revealed[0];
    expect(west).toBeLessThan(east);
    expect(south).toBeLessThan(north);
  });

  it('drops a selected plot that the new layout no longer has', async () => {
    const { runner, stores, workspace } = setup();
    workspace.setSite(site, EMPTY_SITE_DATA, ZONE_BOUNDS);
    runner.answer({ kind: 'done', outcome: { ...cliLayout, features: cliLayout.features }, elapsedMs: 1 });
    await vi.waitFor(() => expect(stores.layout.getState().layout).not.toBeNull());
    workspace.selectFromMap('Z-99');
    stores.parameters.getState().setParameter('targetFrontageM', 21);
    vi.advanceTimersByTime(50);
    runner.finish();
    await vi.waitFor(() => expect(stores.layout.getState().layout?.parameters.targetFrontageM).toBe(21));
    expect(stores.view.getState().selectedIds).toEqual([]);
  });

  it('passes the colouring to the map', () => {
    const { stores, map } = setup();
    expect(map.colouring).toBe('kind');
    stores.view.getState().setColouring('rule');
    expect(map.colouring).toBe('rule');
  });
});

describe('PlanWorkspace across mounts (stores outlive the screen)', () => {
  it('a new workspace shows the stored layout without a run, and runs when the last one was left unfinished', async () => {
    const stores = { parameters: createPlanParametersStore(), layout: createPlanLayoutStore(), view: createPlanViewStore() };
    const firstRunner = new ManualRunner();
    const first = new PlanWorkspace({ runner: firstRunner, stores, debounceMs: 0 });
    first.setSite(site, EMPTY_SITE_DATA, ZONE_BOUNDS);
    firstRunner.finish();
    await vi.waitFor(() => expect(stores.layout.getState().layout).not.toBeNull());
    first.dispose();

    const secondRunner = new ManualRunner();
    const second = new PlanWorkspace({ runner: secondRunner, stores, debounceMs: 0 });
    const map = new FakePlanMap();
    second.attachMap(map);
    second.setSite(site, EMPTY_SITE_DATA, ZONE_BOUNDS);
    expect(secondRunner.runs).toHaveLength(0);
    expect(map.plotCodes()).toEqual(cliCodes);

    // Left while a run was under way: the next mount runs again rather than waiting for nothing.
    stores.parameters.getState().setParameter('targetFrontageM', 22);
    await vi.waitFor(() => expect(secondRunner.runs).toHaveLength(1));
    second.dispose();
    expect(stores.layout.getState().run.status).toBe('idle');
    const thirdRunner = new ManualRunner();
    const third = new PlanWorkspace({ runner: thirdRunner, stores, debounceMs: 0 });
    third.setSite(site, EMPTY_SITE_DATA, ZONE_BOUNDS);
    expect(thirdRunner.runs).toHaveLength(1);
    expect(thirdRunner.runs[0].parameters.targetFrontageM).toBe(22);
    third.dispose();
  });
});
