// The editor in the workspace, with the fake map: selecting two neighbours (Shift, or "select several")
// draws their dividing line, dragging it moves the boundary by the distance dragged across it, a refused
// edit says why and stores nothing, and the allocation guard asks before an allocated plot moves.
import { describe, expect, it } from 'vitest';
import type { Edit } from '../../../src/db/change';
import { plotKeyOf, type Allocation } from '../../../src/db/plan-edits';
import type { Variant } from '../../../src/db/variants';
import type { AffectedAllocation } from '../../../src/domain/plan-edits/allocation-guard';
import { PlanEditor } from '../../../src/features/plan/plan-editor';
import { PlanWorkspace } from '../../../src/features/plan/plan-workspace';
import { asPlane, planeProjection } from '../../../src/geo/coordinates';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../../src/geo/layout';
import type { EditMessage } from '../../../src/geo/layout-edits';
import { polygonAreaM2, type PlanePolygon } from '../../../src/geo/plane-measure';
import { createPlanLayoutStore } from '../../../src/state/plan-layout';
import { createPlanParametersStore } from '../../../src/state/plan-parameters';
import { createPlanViewStore } from '../../../src/state/plan-view';
import { demoSite, FakePlanMap, ManualRunner } from './fakes';

const site = demoSite();
const layout = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS) as LayoutResult;
const variant: Variant = { id: 'demo', name: null, site: null, parameters: DEFAULT_LAYOUT_PARAMETERS, layout, approved: true, createdAt: '2026-01-01T00:00:00.000Z' };
const areaOf = (r: LayoutResult, code: string) => {
  const f = r.features.find((q) => q.properties.kind === 'plot' && q.properties.code === code)!;
  return polygonAreaM2((f.geometry as unknown as { coordinates: PlanePolygon }).coordinates);
};

function setup(options: { allocations?: Allocation[]; answer?: boolean } = {}) {
  const stores = { parameters: createPlanParametersStore(), layout: createPlanLayoutStore(), view: createPlanViewStore() };
  const workspace = new PlanWorkspace({ runner: new ManualRunner(), stores });
  const map = new FakePlanMap();
  workspace.attachMap(map);
  workspace.openVariant(site, DEFAULT_LAYOUT_PARAMETERS, layout);
  const commits: Edit[] = [];
  const told: [EditMessage, string][] = [];
  const asked: AffectedAllocation[][] = [];
  const editor = new PlanEditor({
    workspace, variant: () => variant,
    allocations: async () => options.allocations ?? [],
    confirm: async (affected) => { asked.push([...affected]); return options.answer ?? false; },
    commit: async (edit) => { commits.push(edit); return true; },
    tell: (message, tone) => told.push([message, tone]),
  });
  editor.attachMap(map);
  return { stores, workspace, map, editor, commits, told, asked };
}

const allocation = (codes: string[]): Allocation => ({
  id: 'a1', entryId: 'e1', variantId: 'demo', plotCodes: codes, plotKeys: codes.map((c) => plotKeyOf('demo', c)), status: 'offered', priceVndPerM2: null, createdAt: '2026-01-01',
});

const until = async (test: () => boolean) => { for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 5)); };

describe('PlanEditor', () => {
  it('shift-click selects a second plot; two neighbours get a dividing line, a drag across it moves the boundary', async () => {
    const { stores, map, commits } = setup();
    // Two regular neighbours of row A (A-03 is the row's corner plot since the demo's rows are fitted clear of its ponds).
    map.click('A-04');
    map.click('A-05', { additive: true });
    expect(stores.view.getState().selectedIds).toEqual(['A-04', 'A-05']);
    await until(() => map.divider !== null);
    expect(map.divider).toHaveLength(2);
    // Drag from the line's middle 2 m across it, towards A-05, in plane metres converted as the map would.
    const projection = planeProjection(layout.crs);
    const [p, q] = map.divider!.map((lngLat) => projection.toPlane(lngLat));
    const mid = asPlane([(p[0] + q[0]) / 2, (p[1] + q[1]) / 2]);
    const along = [q[0] - p[0], q[1] - p[1]], len = Math.hypot(along[0], along[1]);
    let normal = [-along[1] / len, along[0] / len];
    // The normal into A-05: A-05's corners lie on its side.
    const a05 = (layout.features.find((f) => f.properties.kind === 'plot' && f.properties.code === 'A-05')!.geometry as unknown as { coordinates: number[][][] }).coordinates[0];
    const side = a05.reduce((s, c) => s + (c[0] - mid[0]) * normal[0] + (c[1] - mid[1]) * normal[1], 0);
    if (side < 0) normal = [-normal[0], -normal[1]];
    const to = asPlane([mid[0] + 2 * normal[0], mid[1] + 2 * normal[1]]);
    map.drag(projection.toLngLat(mid), projection.toLngLat(to));
    await until(() => commits.length > 0);
    expect(commits).toHaveLength(1);
    const stored = commits[0].change.puts!.variants![0].layout!;
    expect(areaOf(stored, 'A-04') - areaOf(layout, 'A-04')).toBeCloseTo(2 * len, 0);
    expect(stores.layout.getState().layout).toEqual(stored);
  });

  it('a tap adds to the selection with "select several" on (touch)', () => {
    const { stores, map } = setup();
    stores.view.setState({ multiSelect: true });
    map.click('A-01');
    map.click('A-02');
    map.click('A-01');
    expect(stores.view.getState().selectedIds).toEqual(['A-02']);
  });

  it('Shift in the plot list (click or Enter) adds to the selection and takes out again', () => {
    const { stores, workspace } = setup();
    workspace.selectFromList('A-01');
    workspace.selectFromList('A-02', true);
    expect(stores.view.getState().selectedIds).toEqual(['A-01', 'A-02']);
    workspace.selectFromList('A-01', true);
    expect(stores.view.getState().selectedIds).toEqual(['A-02']);
    workspace.selectFromList('A-05');
    expect(stores.view.getState().selectedIds).toEqual(['A-05']);
  });

  it('a refused edit says which rule and stores nothing', async () => {
    const { editor, commits, told, stores } = setup();
    expect(await editor.apply({ kind: 'split', code: 'A-01', direction: 'depth', parts: 2 })).toBe('refused');
    expect(commits).toHaveLength(0);
    expect(told[0]).toEqual([expect.objectContaining({ key: 'planEdit.rule.frontage' }), 'error']);
    expect(stores.layout.getState().layout).toBe(layout);
  });

  it('asks before merging away an allocated plot, and stores nothing when the planner keeps it', async () => {
    const { editor, commits, asked } = setup({ allocations: [allocation(['A-05'])], answer: false });
    expect(await editor.apply({ kind: 'merge', codes: ['A-04', 'A-05'] })).toBe('declined');
    expect(asked).toEqual([[{ allocationId: 'a1', entryId: 'e1', codes: ['A-05'] }]]);
    expect(commits).toHaveLength(0);
  });

  it('applies a merge the planner agrees to, with the large-plot warning', async () => {
    const { editor, commits, told } = setup({ allocations: [allocation(['A-05'])], answer: true });
    expect(await editor.apply({ kind: 'merge', codes: ['A-04', 'A-05'] })).toBe('applied');
    expect(commits).toHaveLength(1);
    expect(told.map(([m, tone]) => [m.key, tone])).toEqual([['planEdit.warning.large-plot', 'warning']]);
  });

  it('renames without asking and rewrites the allocation in the same edit', async () => {
    const { editor, commits, asked } = setup({ allocations: [allocation(['A-04', 'A-05'])] });
    expect(await editor.apply({ kind: 'rename', code: 'A-04', newCode: 'X-1' })).toBe('applied');
    expect(asked).toHaveLength(0);
    expect(commits[0].change.puts!.allocations![0]).toMatchObject({ plotCodes: ['X-1', 'A-05'], plotKeys: ['demo|X-1', 'demo|A-05'] });
  });

  it('the regeneration guard asks only when an allocated plot would move', async () => {
    const { editor, asked } = setup({ allocations: [allocation(['A-01'])], answer: false });
    const moved = generateLayout(site, { ...DEFAULT_LAYOUT_PARAMETERS, targetFrontageM: 25 }) as LayoutResult;
    expect(await editor.confirmRegeneration(layout, structuredClone(layout))).toBe(true);
    expect(asked).toHaveLength(0);
    expect(await editor.confirmRegeneration(layout, moved)).toBe(false);
    expect(asked[0][0].codes).toEqual(['A-01']);
  });
});
