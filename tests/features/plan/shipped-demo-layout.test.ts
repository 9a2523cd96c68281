// The demo layout the build ships (scripts/demo-layout.ts → dist/geo/dong-doc-layout.json): its plots and
// codes are those of `phanlo layout` run as a process on the zone file, and a fresh workspace opening the
// demo draws it at once, before any engine answer, because its key is the one the first run computes;
// under another engine build it is never shown. The app's reader and fetch give null for anything wrong.
import { afterEach, describe, expect, it } from 'vitest';
import { makeDemoLayout } from '../../../scripts/demo-layout';
import type { Variant } from '../../../src/db/variants';
import { PlanWorkspace } from '../../../src/features/plan/plan-workspace';
import { forgetShippedDemoLayout, loadShippedDemoLayout, readShippedDemoLayout, shippedDemoLayoutNow, SHIPPED_DEMO_LAYOUT_FILE } from '../../../src/features/plan/shipped-demo-layout';
import { VariantSync } from '../../../src/features/plan/variant-sync';
import { DEFAULT_LAYOUT_PARAMETERS, type LayoutResult } from '../../../src/geo/layout';
import { createPlanLayoutStore } from '../../../src/state/plan-layout';
import { createPlanParametersStore } from '../../../src/state/plan-parameters';
import { createPlanViewStore } from '../../../src/state/plan-view';
import { cliLayout, plotAreas } from '../../e2e/plan-data';
import { demoSite, FakePlanMap, ManualRunner, settle } from './fakes';

const PUBLIC = `${process.cwd()}/public`;
const plotCodes = (layout: LayoutResult | null) => (layout?.features ?? []).flatMap((f) => (f.properties.kind === 'plot' ? [f.properties.code] : []));
const plotAreasOf = (layout: LayoutResult) => layout.features.flatMap((f) => (f.properties.kind === 'plot' ? [[f.properties.code, f.properties.areaM2] as [string, number]] : []));

const demoVariant = (): Variant => ({
  id: 'demo', name: null, site: null, parameters: structuredClone(DEFAULT_LAYOUT_PARAMETERS), layout: null, approved: true, createdAt: '2026-01-01T00:00:00.000Z',
});

function open(build: string | null) {
  const runner = new ManualRunner();
  const stores = { parameters: createPlanParametersStore(), layout: createPlanLayoutStore(), view: createPlanViewStore() };
  const kept: string[] = [];
  let sync: VariantSync | null = null;
  const workspace = new PlanWorkspace({ runner, stores, engineBuild: build, onLayoutSettled: (layout, given, key) => sync?.settled(layout, given, key) });
  const map = new FakePlanMap();
  workspace.attachMap(map);
  sync = new VariantSync(workspace, () => undefined, 500, (id) => kept.push(id));
  return { runner, stores, map, sync, kept };
}

describe('the demo layout the build ships', () => {
  afterEach(() => forgetShippedDemoLayout());

  it('has the plots, codes and areas of `phanlo layout` for the zone file, under a key naming the engine build', async () => {
    const shipped = await makeDemoLayout(PUBLIC, 'build-1');
    const cli = plotAreas(cliLayout('geojson'));
    expect(cli.length).toBeGreaterThan(10);
    expect(plotAreasOf(shipped.layout).map(([code]) => code)).toEqual(cli.map(([code]) => code));
    for (const [i, [, area]] of plotAreasOf(shipped.layout).entries()) expect(area).toBeCloseTo(cli[i][1], 1);
    expect(shipped.key.startsWith('build-1:')).toBe(true);
    expect((await makeDemoLayout(PUBLIC, 'build-2')).key).not.toBe(shipped.key);
  });

  it('is drawn at once when a fresh profile opens the demo, the engine confirms it without a redraw, and it is kept with the variant', async () => {
    const shipped = await makeDemoLayout(PUBLIC, 'build-1');
    const { runner, stores, map, sync, kept } = open('build-1');
    sync.showStored(demoVariant(), demoSite(), shipped);
    expect(map.layouts).toHaveLength(1); // before the engine answers
    expect(plotCodes(stores.layout.getState().layout)).toEqual(plotCodes(shipped.layout));
    expect(stores.layout.getState().engineMs).toBeNull();
    expect(runner.runs).toHaveLength(1); // the confirming run
    runner.finish();
    await settle();
    expect(map.layouts).toHaveLength(1);
    expect(stores.layout.getState().engineMs).not.toBeNull();
    expect(kept).toEqual(['demo']);
  });

  it('is never drawn under another engine build, nor for a variant of a zone of its own', async () => {
    const shipped = await makeDemoLayout(PUBLIC, 'build-1');
    const other = open('build-2');
    other.sync.showStored(demoVariant(), demoSite(), shipped);
    expect(other.map.layouts).toHaveLength(0);
    const imported = open('build-1');
    imported.sync.showStored({ ...demoVariant(), id: 'imported', site: demoSite() }, demoSite(), shipped);
    expect(imported.map.layouts).toHaveLength(0);
  });

  it('reads as nothing when the file is damaged, missing, or slower than the page waits', async () => {
    const shipped = await makeDemoLayout(PUBLIC, 'build-1');
    expect(readShippedDemoLayout(JSON.parse(JSON.stringify(shipped)))).toEqual(shipped);
    for (const damaged of [null, [], { key: 1, layout: shipped.layout }, { key: 'k' }, { key: 'k', layout: { ...shipped.layout, features: null } }, { key: 'k', layout: { ...shipped.layout, ok: false } }]) {
      expect(readShippedDemoLayout(damaged)).toBeNull();
    }
    const asked: string[] = [];
    expect(await loadShippedDemoLayout(async (path) => { asked.push(path); return shipped; })).toEqual(shipped);
    expect(await loadShippedDemoLayout(async () => { throw new Error('asked twice'); })).toEqual(shipped); // once per session
    expect(asked).toEqual([SHIPPED_DEMO_LAYOUT_FILE]);
    expect(shippedDemoLayoutNow()).toEqual(shipped);
    forgetShippedDemoLayout();
    expect(await loadShippedDemoLayout(async () => { throw new Error('HTTP 404'); })).toBeNull();
    forgetShippedDemoLayout();
    expect(await loadShippedDemoLayout(() => new Promise(() => undefined), 20)).toBeNull();
    expect(shippedDemoLayoutNow()).toBeNull();
  });
});

/** A map that says when the layout given has been drawn, when the test says so. */
class FramedPlanMap extends FakePlanMap {
  private waiters: (() => void)[] = [];
  whenLayoutDrawn(): Promise<void> { return new Promise((resolve) => this.waiters.push(resolve)); }
  frame(): void { for (const resolve of this.waiters.splice(0)) resolve(); }
}

describe('the run confirming a layout drawn at once', () => {
  function framed() {
    const runner = new ManualRunner();
    const stores = { parameters: createPlanParametersStore(), layout: createPlanLayoutStore(), view: createPlanViewStore() };
    const workspace = new PlanWorkspace({ runner, stores, engineBuild: 'build-1' });
    const map = new FramedPlanMap();
    workspace.attachMap(map);
    return { runner, stores, workspace, map, sync: new VariantSync(workspace, () => undefined, 500) };
  }

  it('starts once the map has drawn it, not before: the engine would take the CPU that frame needs', async () => {
    const shipped = await makeDemoLayout(PUBLIC, 'build-1');
    const { runner, map, sync } = framed();
    sync.showStored(demoVariant(), demoSite(), shipped);
    expect(map.layouts).toHaveLength(1);
    await settle();
    expect(runner.runs).toHaveLength(0);
    map.frame();
    await settle();
    expect(runner.runs).toHaveLength(1);
  });

  it('is dropped when the planner changes a parameter before that frame', async () => {
    const shipped = await makeDemoLayout(PUBLIC, 'build-1');
    const { runner, stores, map, sync } = framed();
    sync.showStored(demoVariant(), demoSite(), shipped);
    stores.parameters.getState().setParameter('targetFrontageM', 24);
    await settle();
    expect(runner.runs.map((run) => run.parameters.targetFrontageM)).toEqual([24]);
    map.frame();
    await settle();
    expect(runner.runs).toHaveLength(1);
  });
});
