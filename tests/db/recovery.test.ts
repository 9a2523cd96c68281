import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { PhanloDatabase } from '../../src/db/database';
import { parcelExtrasEdit, parcelExtrasOfLayer, ratesAndBudgetEdit } from '../../src/db/recovery';
import { applyEdit, undo } from '../../src/db/transact';
import { getSetting } from '../../src/db/settings';
import { DEFAULT_COMPENSATION_RATES } from '../../src/domain/land-recovery';

const opened: PhanloDatabase[] = [];
let n = 0;
const openDb = () => { const db = new PhanloDatabase(`recovery-test-${++n}`); opened.push(db); return db; };
afterEach(async () => { for (const db of opened.splice(0)) await db.delete(); });

const names = { sheet: 12, parcel: 43 };
const saveExtras = (db: PhanloDatabase, layerKey: string, parcelId: string, extras: Parameters<typeof parcelExtrasEdit>[2]) =>
  applyEdit(db, parcelExtrasEdit(layerKey, parcelId, extras, names));
const payloadOf = ({ version: _v, updatedAt: _u, deleted: _d, ...payload }: Record<string, unknown>) => payload;

describe('land-recovery edits and their undo', () => {
  it('saves extras per parcel of a layer and undoes back to what was there, or to nothing', async () => {
    const db = openDb();
    await saveExtras(db, 'demo', '12/43', { structuresVnd: 5_000_000, graves: 1, note: 'giếng' });
    await saveExtras(db, 'demo', '12/43', { structuresVnd: 9_000_000, graves: 2, note: '' });
    expect((await db.parcelExtras.get(['demo', '12/43']))!.version).toBe(2);
    await undo(db);
    expect(payloadOf((await parcelExtrasOfLayer(db, 'demo'))[0] as never)).toEqual({ layerKey: 'demo', parcelId: '12/43', structuresVnd: 5_000_000, graves: 1, note: 'giếng' });
    await undo(db);
    expect(await parcelExtrasOfLayer(db, 'demo')).toEqual([]);
  });

  it('keeps the extras of the demo’s 12/43 apart from an imported sheet’s 12/43', async () => {
    const db = openDb();
    await saveExtras(db, 'demo', '12/43', { structuresVnd: 150_000_000, graves: 2, note: 'tập huấn' });
    await saveExtras(db, 'import:2026-11-25T10:00:00.000Z', '12/43', { structuresVnd: 0, graves: 0, note: '' });
    expect((await parcelExtrasOfLayer(db, 'import:2026-11-25T10:00:00.000Z')).map((r) => r.graves)).toEqual([0]);
    expect((await parcelExtrasOfLayer(db, 'demo')).map((r) => r.graves)).toEqual([2]);
  });

  it('saves rates and budget together and undoes both', async () => {
    const db = openDb();
    const rates = { ...DEFAULT_COMPENSATION_RATES, graveVnd: 12_000_000 };
    expect((await applyEdit(db, ratesAndBudgetEdit(rates, 60_000_000_000))).ok).toBe(true);
    expect(await getSetting(db, 'budgetVnd')).toBe(60_000_000_000);
    expect(((await db.settings.get('compensationRates'))!.value as typeof rates).graveVnd).toBe(12_000_000);
    await undo(db);
    expect(await getSetting(db, 'compensationRates')).toBeNull();
    expect(await getSetting(db, 'budgetVnd')).toBe(50_000_000_000);
  });
});
