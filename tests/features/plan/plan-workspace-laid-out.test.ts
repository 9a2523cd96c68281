// A variant stored without a layout of its own (the demo) keeps the layout its last run gave, under the
// key of that run (layout-cache.ts): the next open draws it at once while the engine lays the variant out
// again; the confirming run leaves the map alone when it gives the same plots, replaces them otherwise;
// a kept layout under any other key (engine build, zone, parameters) is never shown.
import { describe, expect, it } from 'vitest';
import type { Variant } from '../../../src/db/variants';
import { laidOutKey, textHash } from '../../../src/features/plan/layout-cache';
import { PlanWorkspace } from '../../../src/features/plan/plan-workspace';
import { VariantSync } from '../../../src/features/plan/variant-sync';
import type { LaidOutLayout } from '../../../src/db/variant-row';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../../src/geo/layout';
import { createPlanLayoutStore } from '../../../src/state/plan-layout';
import { createPlanParametersStore } from '../../../src/state/plan-parameters';
import { createPlanViewStore } from '../../../src/state/plan-view';
import { demoSite, FakePlanMap, ManualRunner, settle } from './fakes';

const site = demoSite();
const engine = 'engine-a';
const plotCodes = (layout: LayoutResult | null) => (layout?.features ?? []).flatMap((f) => (f.properties.kind === 'plot' ? [f.properties.code] : []));
const demoLayout = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS) as LayoutResult;

function setup(build: string | null = engine) {
  const runner = new ManualRunner();
  const stores = { parameters: createPlanParametersStore(), layout: createPlanLayoutStore(), view: createPlanViewStore() };
  const kept: { id: string; laidOut: LaidOutLayout }[] = [];
  let sync: VariantSync | null = null;
  const workspace = new PlanWorkspace({ runner, stores, engineBuild: build, onLayoutSettled: (layout, given, key) => sync?.settled(layout, given, key) });
  const map = new FakePlanMap();
  workspace.attachMap(map);
  sync = new VariantSync(workspace, () => undefined, 500, (id, laidOut) => kept.push({ id, laidOut }));
  return { runner, stores, workspace, map, sync, kept };
}

const demoVariant = (laidOut?: LaidOutLayout): Variant => ({
  id: 'demo', name: null, site: null, parameters: structuredClone(DEFAULT_LAYOUT_PARAMETERS), layout: null, approved: true,
  createdAt: '2026-01-01T00:00:00.000Z', ...(laidOut ? { laidOut } : {}),
});

/** The key the first open of the demo runs under, taken from a first visit (nothing kept yet). */
async function firstVisit(): Promise<LaidOutLayout> {
  const { runner, sync, kept } = setup();
  sync.showStored(demoVariant(), site);
  runner.finish();
  await settle();
  expect(kept).toHaveLength(1);
  return kept[0].laidOut;
}

describe('a kept layout (VariantRow.laidOut)', () => {
  it('a first visit runs the engine and keeps what it gave, under a key naming the engine build, the zone and the run', async () => {
    const laidOut = await firstVisit();
    expect(plotCodes(laidOut.layout)).toEqual(plotCodes(demoLayout));
    expect(laidOut.key.startsWith(`${engine}:${textHash(JSON.stringify(site))}:`)).toBe(true);
  });

  it('the next visit draws it at once, the engine confirms it, and the map is not made again for the same plots', async () => {
    const laidOut = await firstVisit();
    const { runner, stores, map, sync, kept } = setup();
    sync.showStored(demoVariant(laidOut), site);
    expect(map.layouts).toHaveLength(1); // before any engine answer
    expect(plotCodes(stores.layout.getState().layout)).toEqual(plotCodes(demoLayout));
    expect(runner.runs).toHaveLength(1); // and it is laid out again all the same
    runner.finish();
    await settle();
    expect(map.layouts).toHaveLength(1);
    expect(stores.layout.getState().engineMs).not.toBeNull();
    expect(stores.layout.getState().run.status).toBe('idle');
    expect(kept).toHaveLength(0); // the same key: nothing to write
  });

  it('a confirming run that gives other plots replaces the kept ones, and keeps its own', async () => {
    const laidOut = await firstVisit();
    const { runner, stores, map, sync, kept } = setup();
    // A kept layout under the right key but with other plots (as an engine change under the same build would give).
    const wrong = generateLayout(site, { ...DEFAULT_LAYOUT_PARAMETERS, targetFrontageM: 25 }) as LayoutResult;
    sync.showStored(demoVariant({ key: laidOut.key, layout: { ...wrong, parameters: structuredClone(DEFAULT_LAYOUT_PARAMETERS) } }), site);
    expect(map.layouts).toHaveLength(1);
    runner.finish();
    await settle();
    expect(map.layouts).toHaveLength(2);
    expect(plotCodes(stores.layout.getState().layout)).toEqual(plotCodes(demoLayout));
    expect(kept.map((k) => k.laidOut.key)).toEqual([laidOut.key]);
  });

  it('is never shown under another engine build, another zone, other parameters, or with no engine build', async () => {
    const laidOut = await firstVisit();
    const otherSite = structuredClone(site);
    (otherSite.zone as unknown as number[][][])[0][0][0] += 1; // one corner 1 m east
    const cases: [string | null, () => Variant, typeof site][] = [
      ['engine-b', () => demoVariant(laidOut), site],
      [null, () => demoVariant(laidOut), site],
      [engine, () => demoVariant(laidOut), otherSite],
      [engine, () => ({ ...demoVariant(laidOut), parameters: { ...DEFAULT_LAYOUT_PARAMETERS, targetFrontageM: 25 } }), site],
      [engine, () => ({ ...demoVariant(laidOut), givenParameters: ['mainRoadWidthM'] }), site],
    ];
    for (const [build, variant, zone] of cases) {
      const { runner, map, sync } = setup(build);
      sync.showStored(variant(), zone);
      expect(map.layouts).toHaveLength(0);
      expect(runner.runs).toHaveLength(1);
    }
  });

  it('is not kept for a variant with a layout of its own, nor without an engine build', async () => {
    const own = setup();
    own.sync.showStored({ ...demoVariant(), layout: demoLayout }, site);
    own.workspace.retry();
    own.runner.finish();
    await settle();
    expect(own.kept).toHaveLength(0);
    const none = setup(null);
    none.sync.showStored(demoVariant(), site);
    none.runner.finish();
    await settle();
    expect(none.kept).toHaveLength(0);
    expect(laidOutKey(null, site, 'x')).toBeNull();
  });
});
