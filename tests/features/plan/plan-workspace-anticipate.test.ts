// The demo laid out before the stored variant is read (PlanWorkspace.anticipate): the variant that then
// opens takes that run's answer when it asks for the very same run, and runs its own otherwise.
import { describe, expect, it } from 'vitest';
import { PlanWorkspace } from '../../../src/features/plan/plan-workspace';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../../src/geo/layout';
import { createPlanLayoutStore } from '../../../src/state/plan-layout';
import { createPlanParametersStore } from '../../../src/state/plan-parameters';
import { createPlanViewStore } from '../../../src/state/plan-view';
import { demoSite, FakePlanMap, ManualRunner, settle } from './fakes';

const site = demoSite();
const plotCodes = (layout: LayoutResult | null) => (layout?.features ?? []).flatMap((f) => (f.properties.kind === 'plot' ? [f.properties.code] : []));

function setup() {
  const runner = new ManualRunner();
  const stores = { parameters: createPlanParametersStore(), layout: createPlanLayoutStore(), view: createPlanViewStore() };
  const workspace = new PlanWorkspace({ runner, stores, debounceMs: 50 });
  const map = new FakePlanMap();
  workspace.attachMap(map);
  return { runner, stores, workspace, map };
}

describe('PlanWorkspace.anticipate', () => {
  it('starts the run before the variant is read, shows nothing, and the demo variant opened takes its answer', async () => {
    const { runner, stores, workspace, map } = setup();
    workspace.anticipate(site);
    expect(runner.runs).toHaveLength(1);
    expect(stores.layout.getState().layout).toBeNull();
    expect(map.layouts).toHaveLength(0);
    workspace.openVariant(site, structuredClone(DEFAULT_LAYOUT_PARAMETERS), null);
    expect(runner.runs).toHaveLength(1); // no second engine run
    runner.finish();
    await settle();
    const expected = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS) as LayoutResult;
    expect(plotCodes(stores.layout.getState().layout)).toEqual(plotCodes(expected));
    expect(map.plotCodes()).toEqual(plotCodes(expected));
  });

  it('a variant with other parameters, another zone or given fields runs its own', () => {
    for (const open of [
      (w: PlanWorkspace) => w.openVariant(site, { ...DEFAULT_LAYOUT_PARAMETERS, targetFrontageM: 25 }, null),
      (w: PlanWorkspace) => w.openVariant(structuredClone(site), DEFAULT_LAYOUT_PARAMETERS, null),
      (w: PlanWorkspace) => w.openVariant(site, DEFAULT_LAYOUT_PARAMETERS, null, ['mainRoadWidthM']),
    ]) {
      const { runner, workspace } = setup();
      workspace.anticipate(site);
      open(workspace);
      expect(runner.runs).toHaveLength(2);
    }
  });

  it('only the first run may take it, and nothing is anticipated once a layout is held', async () => {
    const { runner, stores, workspace } = setup();
    const wide = { ...DEFAULT_LAYOUT_PARAMETERS, targetFrontageM: 25 };
    workspace.openVariant(site, wide, generateLayout(site, wide) as LayoutResult);
    workspace.anticipate(site);
    expect(runner.runs).toHaveLength(0);
    stores.parameters.getState().setParameter('targetFrontageM', 20);
    expect(runner.runs).toHaveLength(1);
  });
});
