// Hand edits stored: each is one change through transact; applying it then undoing it gives back the
// stored state exactly (variants AND allocations), redoing gives the edit back, and a rename rewrites
// the allocations that name the old code in the same change (fake-indexeddb).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Edit } from '../../src/db/change';
import { PhanloDatabase } from '../../src/db/database';
import { handEditEdit, lockPlotsEdit, plotKeyOf, readVariantAllocations, renamePlotEdit } from '../../src/db/plan-edits';
import { applyEdit, redo, undo } from '../../src/db/transact';
import { readVariants, updateVariantLayoutEdit } from '../../src/db/variants';
import { convertPlots, mergePlots, moveDivider, renamePlot, splitPlot, type EditOutcome } from '../../src/geo/layout-edits';
import { applied, demoLayout, demoSite, plainNeighbours } from '../geo/layout-edits/demo-layout';

const opened: PhanloDatabase[] = [];
let n = 0;
afterEach(async () => {
  for (const db of opened.splice(0)) { db.close(); await Dexie.delete(db.name); }
});

/** A fresh database whose demo variant stores the demo layout, with one allocation of A-03 and one of A-01 withdrawn. */
async function openDb(): Promise<PhanloDatabase> {
  const db = new PhanloDatabase(`plan-edits-test-${++n}`);
  opened.push(db);
  await db.open();
  const [demo] = await readVariants(db);
  const layout = demoLayout();
  expect((await applyEdit(db, updateVariantLayoutEdit(demo, demo.parameters, layout))).ok).toBe(true);
  const allocation = (id: string, codes: string[], status: 'offered' | 'withdrawn') => ({
    id, entryId: `entry-${id}`, variantId: demo.id, plotCodes: codes, plotKeys: codes.map((c) => plotKeyOf(demo.id, c)),
    status, priceVndPerM2: null, createdAt: '2026-01-01T00:00:00.000Z',
  });
  expect((await applyEdit(db, { change: { puts: { allocations: [allocation('a1', ['A-03', 'A-04'], 'offered'), allocation('a2', ['A-01'], 'withdrawn')] } }, label: { key: 'test' } })).ok).toBe(true);
  return db;
}

const strip = <T extends { version?: number; updatedAt?: string; deleted?: boolean }>(rows: T[]) =>
  rows.filter((r) => !r.deleted).map(({ version: _v, updatedAt: _u, deleted: _d, ...payload }) => payload).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
const stateOf = async (db: PhanloDatabase) => ({ variants: strip(await db.variants.toArray()), allocations: strip(await db.allocations.toArray()) });

async function roundTrip(db: PhanloDatabase, edit: Edit) {
  const before = await stateOf(db);
  const applied = await applyEdit(db, edit);
  expect(applied.ok).toBe(true);
  const after = await stateOf(db);
  expect(after).not.toEqual(before);
  expect((await undo(db)).ok).toBe(true);
  expect(await stateOf(db)).toEqual(before);
  expect((await redo(db)).ok).toBe(true);
  expect(await stateOf(db)).toEqual(after);
  return after;
}

const layoutEdit = async (db: PhanloDatabase, make: (layout: ReturnType<typeof demoLayout>) => EditOutcome) => {
  const [variant] = await readVariants(db);
  const out = applied(make(variant.layout!));
  return { variant, out, edit: handEditEdit(variant, out.layout, out.label) };
};

/**
 * The first plot (code order) the engine's rules let split in two along its frontage: this file tests
 * the history round trip, not the split rule, and the demo's plots change with the engine.
 */
function firstSplit(l: ReturnType<typeof demoLayout>) {
  const codes = l.features.flatMap((f) => (f.properties.kind === 'plot' ? [f.properties.code] : []));
  for (const code of codes) {
    const out = splitPlot(l, demoSite, code, 'frontage', 2);
    if (out.ok) return out;
  }
  throw new Error('no plot of the demo layout can be split along its frontage');
}

describe('hand edits through transact', () => {
  it.each([
    ['split', (l: ReturnType<typeof demoLayout>) => firstSplit(l)],
    ['merge', (l: ReturnType<typeof demoLayout>) => mergePlots(l, demoSite, plainNeighbours(l))],
    ['move', (l: ReturnType<typeof demoLayout>) => moveDivider(l, demoSite, plainNeighbours(l), 1.5)],
    ['to green', (l: ReturnType<typeof demoLayout>) => convertPlots(l, demoSite, ['A-05'], { to: 'green' })],
    ['to facility', (l: ReturnType<typeof demoLayout>) => convertPlots(l, demoSite, ['A-05'], { to: 'facility', use: 'wastewater' })],
  ])('%s: one history entry; undo gives the state back exactly, redo the edit', async (_name, make) => {
    const db = await openDb();
    const { out, edit } = await layoutEdit(db, make);
    const after = await roundTrip(db, edit);
    expect(after.variants[0].layout).toEqual(out.layout);
    expect((await db.history.toArray()).filter((h) => !h.undone).at(-1)!.label).toEqual(out.label);
  });

  it('lock and unlock: the variant keeps the codes, undo takes them back', async () => {
    const db = await openDb();
    const [variant] = await readVariants(db);
    const after = await roundTrip(db, lockPlotsEdit(variant, ['A-03', 'A-04'], true));
    expect(after.variants[0].lockedPlotCodes).toEqual(['A-03', 'A-04']);
    const [locked] = await readVariants(db);
    const unlocked = await roundTrip(db, lockPlotsEdit(locked, ['A-03'], false));
    expect(unlocked.variants[0].lockedPlotCodes).toEqual(['A-04']);
  });

  it('rename: the allocation naming the old code follows it in the same change, and undo puts both back', async () => {
    const db = await openDb();
    const [variant] = await readVariants(db);
    const out = applied(renamePlot(variant.layout!, 'A-03', 'X-1'));
    const edit = renamePlotEdit(variant, out.layout, out.touched.renamed!, await readVariantAllocations(db, variant.id), out.label);
    const after = await roundTrip(db, edit);
    const a1 = after.allocations.find((a) => a.id === 'a1')!;
    expect(a1.plotCodes).toEqual(['X-1', 'A-04']);
    expect(a1.plotKeys).toEqual([`${variant.id}|X-1`, `${variant.id}|A-04`]);
    expect(after.allocations.find((a) => a.id === 'a2')!.plotCodes).toEqual(['A-01']);
    // The index finds the allocation by its new code.
    expect((await db.allocations.where('plotKeys').equals(`${variant.id}|X-1`).toArray()).map((a) => a.id)).toEqual(['a1']);
  });
});
