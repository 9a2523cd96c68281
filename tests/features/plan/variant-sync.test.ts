// The variant sync between the stored variant and the workspace: a settled parameter edit is stored
// once, the echo of that write through the live query does not re-open the variant over a newer value
// the planner has typed meanwhile, and an undone hand edit (same parameters, other layout) is shown.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Variant } from '../../../src/db/variants';
import { PlanWorkspace } from '../../../src/features/plan/plan-workspace';
import { SETTLE_MS, VariantSync } from '../../../src/features/plan/variant-sync';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutParameters, type LayoutResult } from '../../../src/geo/layout';
import { convertPlots } from '../../../src/geo/layout-edits';
import { createPlanLayoutStore } from '../../../src/state/plan-layout';
import { createPlanParametersStore } from '../../../src/state/plan-parameters';
import { createPlanViewStore } from '../../../src/state/plan-view';
import { demoSite, FakePlanMap, ManualRunner } from './fakes';

const site = demoSite();
const wide = { ...DEFAULT_LAYOUT_PARAMETERS, targetFrontageM: 25 };
const stored = generateLayout(site, wide) as LayoutResult;
const variant0: Variant = { id: 'v1', name: 'Phương án 2', site: null, parameters: wide, layout: stored, approved: false, createdAt: '2026-01-01T00:00:00.000Z' };

function setup() {
  const runner = new ManualRunner();
  const stores = { parameters: createPlanParametersStore(), layout: createPlanLayoutStore(), view: createPlanViewStore() };
  const writes: { variant: Variant; parameters: LayoutParameters; layout: LayoutResult; given: readonly string[] }[] = [];
  let sync: VariantSync | null = null;
  const workspace = new PlanWorkspace({ runner, stores, debounceMs: 50, onLayoutSettled: (layout, given) => sync?.settled(layout, given) });
  workspace.attachMap(new FakePlanMap());
  sync = new VariantSync(workspace, (variant, parameters, layout, given) => writes.push({ variant, parameters, layout, given }));
  /** The row the live query gives back for a write. */
  const echo = (k: number): Variant => ({ ...writes[k].variant, parameters: writes[k].parameters, layout: writes[k].layout });
  return { runner, stores, workspace, sync, writes, echo };
}

describe('VariantSync', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('stores the fields the planner set with the edit, and opens a variant with the ones stored', async () => {
    const { runner, stores, sync, writes } = setup();
    sync.showStored({ ...variant0, givenParameters: ['mainRoadWidthM'] }, site);
    expect(stores.parameters.getState().typed).toEqual(['mainRoadWidthM']);
    stores.parameters.getState().setParameter('targetFrontageM', 22);
    vi.advanceTimersByTime(50);
    expect(runner.runs.at(-1)!.givenParameters).toEqual(['mainRoadWidthM', 'targetFrontageM']);
    runner.finish();
    await vi.waitFor(() => expect(stores.layout.getState().layout?.parameters.targetFrontageM).toBe(22));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(writes.map((w) => w.given)).toEqual([['mainRoadWidthM', 'targetFrontageM']]);
  });

  it('keeps a newer typed value when the echo of the older stored one arrives', async () => {
    const { runner, stores, sync, writes, echo } = setup();
    sync.showStored(variant0, site);
    expect(stores.parameters.getState().parameters.targetFrontageM).toBe(25);
    stores.parameters.getState().setParameter('targetFrontageM', 22);
    vi.advanceTimersByTime(50);
    runner.finish();
    await vi.waitFor(() => expect(stores.layout.getState().layout?.parameters.targetFrontageM).toBe(22));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(writes.map((w) => w.parameters.targetFrontageM)).toEqual([22]);
    // The planner types on before the write comes back through the live query.
    stores.parameters.getState().setParameter('targetFrontageM', 24);
    vi.advanceTimersByTime(50);
    sync.showStored(echo(0), site);
    expect(stores.parameters.getState().parameters.targetFrontageM).toBe(24);
    runner.finish(runner.runs.length - 1);
    await vi.waitFor(() => expect(stores.layout.getState().layout?.parameters.targetFrontageM).toBe(24));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(writes.map((w) => w.parameters.targetFrontageM)).toEqual([22, 24]);
    // The second write builds on the first (the echo is what it started from).
    expect(writes[1].variant.parameters.targetFrontageM).toBe(22);
  });

  it('keeps the newer value when the echo comes while the newer layout is still settling', async () => {
    const { runner, stores, sync, writes, echo } = setup();
    sync.showStored(variant0, site);
    stores.parameters.getState().setParameter('targetFrontageM', 22);
    vi.advanceTimersByTime(50);
    runner.finish();
    await vi.waitFor(() => expect(stores.layout.getState().layout?.parameters.targetFrontageM).toBe(22));
    vi.advanceTimersByTime(SETTLE_MS);
    stores.parameters.getState().setParameter('targetFrontageM', 24);
    vi.advanceTimersByTime(50);
    runner.finish();
    await vi.waitFor(() => expect(sync.settling).toBe(true));
    sync.showStored(echo(0), site);
    expect(stores.layout.getState().layout?.parameters.targetFrontageM).toBe(24);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(writes.map((w) => w.parameters.targetFrontageM)).toEqual([22, 24]);
  });

  it('an undo from another change (not our echo) is shown: stored data wins', () => {
    const { stores, sync } = setup();
    sync.showStored(variant0, site);
    stores.parameters.getState().setParameter('targetFrontageM', 22);
    sync.showStored({ ...variant0, parameters: { ...wide, targetFrontageM: 30 }, layout: null }, site);
    expect(stores.parameters.getState().parameters.targetFrontageM).toBe(30);
  });

  it('shows the stored layout again when a hand edit is undone (same parameters, other layout)', () => {
    const { stores, workspace, sync } = setup();
    sync.showStored(variant0, site);
    const first = stored.features.find((f) => f.properties.kind === 'plot')!.properties as { code: string };
    const merged = convertPlots(stored, site, [first.code], { to: 'green' });
    if (!merged.ok) throw new Error('edit refused');
    workspace.showEdited(merged.layout);
    sync.showStored({ ...variant0, layout: merged.layout }, site);
    expect(stores.layout.getState().layout).toBe(merged.layout);
    sync.showStored(variant0, site); // the undo
    expect(stores.layout.getState().layout).toBe(stored);
  });

  it('lays the variant out again when the first hand edit is undone (back to no stored layout)', async () => {
    const { runner, stores, workspace, sync } = setup();
    const fresh: Variant = { ...variant0, layout: null };
    sync.showStored(fresh, site);
    expect(runner.runs).toHaveLength(1);
    runner.finish();
    await vi.waitFor(() => expect(stores.layout.getState().layout).not.toBeNull());
    const laidOut = stores.layout.getState().layout!;
    const first = laidOut.features.find((f) => f.properties.kind === 'plot')!.properties as { code: string };
    const edited = convertPlots(laidOut, site, [first.code], { to: 'green' });
    if (!edited.ok) throw new Error('edit refused');
    workspace.showEdited(edited.layout);
    sync.showStored({ ...fresh, layout: edited.layout }, site);
    expect(runner.runs).toHaveLength(0);
    sync.showStored(fresh, site); // the undo
    expect(runner.runs).toHaveLength(1);
    // The same variant read again (another table changed) is not laid out once more.
    runner.finish();
    await vi.waitFor(() => expect(stores.layout.getState().run.status).toBe('idle'));
    sync.showStored({ ...fresh }, site);
    expect(runner.runs).toHaveLength(0);
  });
});

describe('VariantSync with a variant of its own zone', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('does not open the variant again when the row comes back with its zone read anew (a write of derived data)', () => {
    const { runner, sync } = setup();
    const own: Variant = { ...variant0, site: structuredClone(site), layout: null };
    sync.showStored(own, site);
    const runs = runner.runs.length;
    // The live query gives a new object for every write to the row: the same zone, read again.
    sync.showStored({ ...own, site: structuredClone(own.site) }, site);
    expect(runner.runs.length, 'no second engine run for the same variant').toBe(runs);
  });
});
