// A variant's kept layout (VariantRow.laidOut, a cache of its last run): written outside the history with
// the row's envelope untouched, only on a row without a layout of its own; read back through the restore
// step, where a damaged one is dropped and rows stored before it existed read exactly as before.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PhanloDatabase } from '../../src/db/database';
import { DEMO_VARIANT_ID, readVariants, storeVariantLaidOut, updateVariantLayoutEdit } from '../../src/db/variants';
import { applyEdit } from '../../src/db/transact';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../src/geo/layout';
import { demoSite } from '../features/plan/fakes';

const opened: PhanloDatabase[] = [];
let n = 0;
afterEach(async () => {
  for (const db of opened.splice(0)) { db.close(); await Dexie.delete(db.name); }
});
async function openDb(): Promise<PhanloDatabase> {
  const db = new PhanloDatabase(`variant-laid-out-test-${++n}`);
  opened.push(db);
  await db.open();
  return db;
}
const layout = generateLayout(demoSite(), DEFAULT_LAYOUT_PARAMETERS) as LayoutResult;

describe('VariantRow.laidOut', () => {
  it('is kept on the demo variant outside the history, its version and updatedAt untouched, and read back whole', async () => {
    const db = await openDb();
    const before = await db.variants.get(DEMO_VARIANT_ID);
    const historyBefore = await db.history.count();
    await storeVariantLaidOut(db, DEMO_VARIANT_ID, { key: 'k1', layout });
    const after = await db.variants.get(DEMO_VARIANT_ID);
    expect(after?.version).toBe(before?.version);
    expect(after?.updatedAt).toBe(before?.updatedAt);
    expect(await db.history.count()).toBe(historyBefore);
    const [demo] = await readVariants(db);
    expect(demo.laidOut?.key).toBe('k1');
    expect(demo.laidOut?.layout).toEqual(layout);
    expect(demo.layout).toBeNull();
  });

  it('is not written on a variant with a layout of its own, nor on a deleted or missing one', async () => {
    const db = await openDb();
    const [demo] = await readVariants(db);
    await applyEdit(db, updateVariantLayoutEdit(demo, DEFAULT_LAYOUT_PARAMETERS, layout));
    await storeVariantLaidOut(db, DEMO_VARIANT_ID, { key: 'k1', layout });
    expect((await db.variants.get(DEMO_VARIANT_ID))?.laidOut).toBeUndefined();
    await storeVariantLaidOut(db, 'missing', { key: 'k1', layout });
    expect(await db.variants.get('missing')).toBeUndefined();
  });

  it('goes with a planner edit (the variant then has its own layout)', async () => {
    const db = await openDb();
    await storeVariantLaidOut(db, DEMO_VARIANT_ID, { key: 'k1', layout });
    const [demo] = await readVariants(db);
    const edit = updateVariantLayoutEdit(demo, DEFAULT_LAYOUT_PARAMETERS, layout);
    const [row] = (edit.change.puts?.variants ?? []) as readonly { laidOut?: unknown }[];
    expect(row).toBeDefined();
    expect(row.laidOut).toBeUndefined();
  });

  it('rows stored without one read as before; a damaged one is dropped without a word, the rest kept', async () => {
    const db = await openDb();
    const row = (await db.variants.get(DEMO_VARIANT_ID))!;
    const [plain] = await readVariants(db);
    expect('laidOut' in plain).toBe(false);
    for (const damaged of [{ key: 3, layout }, { key: 'k', layout: { features: 'x' } }, 'text', null]) {
      await db.variants.put({ ...row, laidOut: damaged } as never);
      const [read] = await readVariants(db);
      expect('laidOut' in read).toBe(false);
      expect(read).toEqual(plain);
    }
  });
});
