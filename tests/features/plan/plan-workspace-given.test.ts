// The fields the planner set reach the engine as `givenParameters` (issue 8): a main road width typed
// back to the default 13 m is used as given on a small zone, where an untouched default narrows.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { asPlane } from '../../../src/geo/coordinates';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../../src/geo/layout';
import type { ZoneSite } from '../../../src/domain/site';
import { PlanWorkspace } from '../../../src/features/plan/plan-workspace';
import { WorkerLayoutRunner } from '../../../src/features/plan/layout-runner';
import { createPlanLayoutStore } from '../../../src/state/plan-layout';
import { createPlanParametersStore, givenParameterFields } from '../../../src/state/plan-parameters';
import { createPlanViewStore } from '../../../src/state/plan-view';
import { handleLayoutRequest, type LayoutRequest, type LayoutResponse } from '../../../src/workers/layout-protocol';
import type { WorkerPort } from '../../../src/workers/layout-client';
import { demoSite, EMPTY_SITE_DATA, FakePlanMap, ManualRunner, ZONE_BOUNDS } from './fakes';

const E0 = 592700, N0 = 2306300;
const P = (x: number, y: number) => asPlane([E0 + x, N0 + y]);
/** A 50 × 110 m zone (0.55 ha): the default main road narrows there (tests/geo/layout/small-zones.test.ts). */
const smallZone: ZoneSite = {
  name: 't', source: 't', crs: 'EPSG:9209',
  zone: [[[0, 0], [50, 0], [50, 110], [0, 110], [0, 0]].map(([x, y]) => P(x, y))],
  accessRoads: [[[-20, -6], [70, -6]].map(([x, y]) => P(x, y))], residentialEdges: [], entrance: null,
};
const mainRoadWidths = (r: LayoutResult) => [...new Set(r.features
  .filter((f) => f.properties.kind === 'road' && f.properties.role === 'main')
  .map((f) => (f.properties as { widthM: number }).widthM))];

/** A worker that runs the real handler on a structured clone of the request, as the browser's does. */
class CloningWorker implements WorkerPort {
  onmessage: ((event: MessageEvent<LayoutResponse>) => void) | null = null;
  readonly requests: LayoutRequest[] = [];
  postMessage(message: LayoutRequest): void {
    const copy = structuredClone(message);
    this.requests.push(copy);
    setTimeout(() => this.onmessage?.({ data: structuredClone(handleLayoutRequest(copy)) } as MessageEvent<LayoutResponse>), 0);
  }
  terminate(): void {}
}

function setup(runner: ManualRunner | WorkerLayoutRunner = new ManualRunner()) {
  const stores = { parameters: createPlanParametersStore(), layout: createPlanLayoutStore(), view: createPlanViewStore() };
  const workspace = new PlanWorkspace({ runner, stores, debounceMs: 50, slowAfterMs: 400 });
  workspace.attachMap(new FakePlanMap());
  return { stores, workspace };
}

describe('givenParameterFields', () => {
  it('is empty for the defaults, and names typed fields and fields off the defaults', () => {
    expect(givenParameterFields(DEFAULT_LAYOUT_PARAMETERS, [])).toEqual([]);
    expect(givenParameterFields(DEFAULT_LAYOUT_PARAMETERS, ['mainRoadWidthM'])).toEqual(['mainRoadWidthM']);
    const facilities = DEFAULT_LAYOUT_PARAMETERS.facilities.map((f, i) => (i === 0 ? { ...f, areaM2: 999 } : f));
    expect(givenParameterFields({ ...DEFAULT_LAYOUT_PARAMETERS, greenBufferM: 12, facilities }, []).sort())
      .toEqual(['facilities', 'greenBufferM']);
  });

  it('the parameters store remembers a field typed back to its default, until reset', () => {
    const store = createPlanParametersStore();
    store.getState().setParameter('mainRoadWidthM', 12);
    store.getState().setParameter('mainRoadWidthM', 13);
    expect(store.getState().parameters).toEqual(DEFAULT_LAYOUT_PARAMETERS);
    expect(store.getState().typed).toEqual(['mainRoadWidthM']);
    store.getState().reset();
    expect(store.getState().typed).toEqual([]);
  });
});

describe('PlanWorkspace passes the fields the planner set', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('sends none with the defaults (the demo layout stays `phanlo layout`\'s), and the typed ones after an edit', async () => {
    const runner = new ManualRunner();
    const { stores, workspace } = setup(runner);
    workspace.setSite(demoSite(), EMPTY_SITE_DATA, ZONE_BOUNDS);
    expect(runner.runs[0].givenParameters).toEqual([]);
    runner.finish();
    await vi.waitFor(() => expect(stores.layout.getState().layout).not.toBeNull());
    stores.parameters.getState().setParameter('mainRoadWidthM', 12);
    runner.finish();
    await vi.runAllTimersAsync();
    stores.parameters.getState().setParameter('mainRoadWidthM', 13);
    await vi.runAllTimersAsync();
    const last = runner.runs.at(-1)!;
    expect(last.parameters).toEqual(DEFAULT_LAYOUT_PARAMETERS);
    expect(last.givenParameters).toEqual(['mainRoadWidthM']);
  });

  it('opening a stored variant forgets what was typed for the one left', async () => {
    const runner = new ManualRunner();
    const { stores, workspace } = setup(runner);
    workspace.setSite(demoSite(), EMPTY_SITE_DATA, ZONE_BOUNDS);
    runner.finish();
    stores.parameters.getState().setParameter('targetFrontageM', 24);
    await vi.runAllTimersAsync();
    workspace.openVariant(smallZone, DEFAULT_LAYOUT_PARAMETERS, null);
    expect(runner.runs.at(-1)!.givenParameters).toEqual([]);
  });
});

describe('given fields stored with a variant (issue 8)', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });
  it('a settled run reports the fields the planner set; opening the variant with them gives them to the engine again', async () => {
    const runner = new ManualRunner();
    const settled: (readonly string[])[] = [];
    const stores = { parameters: createPlanParametersStore(), layout: createPlanLayoutStore(), view: createPlanViewStore() };
    const workspace = new PlanWorkspace({ runner, stores, debounceMs: 50, onLayoutSettled: (_layout, given) => settled.push(given) });
    workspace.openVariant(smallZone, DEFAULT_LAYOUT_PARAMETERS, null);
    runner.finish();
    await vi.runAllTimersAsync();
    stores.parameters.getState().setParameter('mainRoadWidthM', 12);
    await vi.runAllTimersAsync();
    runner.finish();
    stores.parameters.getState().setParameter('mainRoadWidthM', 13);
    await vi.runAllTimersAsync();
    runner.finish();
    await vi.runAllTimersAsync();
    expect(settled.at(-1)).toEqual(['mainRoadWidthM']);
    // After a reload: a fresh workspace opens the stored variant (its value equals the default).
    const again = { parameters: createPlanParametersStore(), layout: createPlanLayoutStore(), view: createPlanViewStore() };
    const reopened = new PlanWorkspace({ runner, stores: again, debounceMs: 50 });
    reopened.openVariant(smallZone, DEFAULT_LAYOUT_PARAMETERS, null, ['mainRoadWidthM']);
    expect(runner.runs.at(-1)!.givenParameters).toEqual(['mainRoadWidthM']);
    // A row stored without the list reads as before: the fields off the defaults, here none.
    reopened.openVariant(smallZone, DEFAULT_LAYOUT_PARAMETERS, null);
    expect(runner.runs.at(-1)!.givenParameters).toEqual([]);
  });
});

describe('through the layout worker', () => {
  it('a main road typed as 13 m stays 13 m on a small zone; the untouched default narrows', async () => {
    const worker = new CloningWorker();
    const { stores, workspace } = setup(new WorkerLayoutRunner(() => worker));
    workspace.setSite(smallZone, EMPTY_SITE_DATA, ZONE_BOUNDS);
    await vi.waitFor(() => expect(stores.layout.getState().layout).not.toBeNull());
    const untouched = stores.layout.getState().layout!;
    // The engine alone, asked as `phanlo layout` asks without a params file, is the oracle.
    const cli = generateLayout(smallZone, DEFAULT_LAYOUT_PARAMETERS, { givenParameters: [] }) as LayoutResult;
    expect(mainRoadWidths(untouched)).toEqual(mainRoadWidths(cli));
    expect(mainRoadWidths(untouched)[0]).toBeLessThan(13);

    stores.parameters.getState().setParameter('mainRoadWidthM', 12);
    await vi.waitFor(() => expect(stores.layout.getState().layout?.parameters.mainRoadWidthM).toBe(12));
    stores.parameters.getState().setParameter('mainRoadWidthM', 13);
    await vi.waitFor(() => expect(worker.requests.at(-1)?.givenParameters).toEqual(['mainRoadWidthM']));
    await vi.waitFor(() => expect(stores.layout.getState().layout?.parameters.mainRoadWidthM).toBe(13));
    await vi.waitFor(() => expect(stores.layout.getState().run.status).toBe('idle'));
    const typed = stores.layout.getState().layout!;
    expect(mainRoadWidths(typed)).toEqual([13]);
    expect(typed.warnings.map((w) => w.code)).not.toContain('main-road-scaled');
    workspace.dispose();
  });
});
