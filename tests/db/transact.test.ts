// transact: one transaction per change, its inverse kept in the persisted history, failures as values.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Change } from '../../src/db/change';
import { PhanloDatabase } from '../../src/db/database';
import { HISTORY_LIMIT, historyState, redo, transact, undo } from '../../src/db/transact';

const opened: PhanloDatabase[] = [];
const names: string[] = [];
let n = 0;
const freshName = () => { const name = `transact-test-${++n}`; names.push(name); return name; };
const openDb = (name = freshName()) => { const db = new PhanloDatabase(name); opened.push(db); return db; };
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const label = { key: 'test.edit' };
const clock = (iso: string) => () => new Date(iso);

/** Every live row of the edit tables, without envelopes: "the state" that undo must give back exactly. */
async function stateOf(db: PhanloDatabase) {
  const strip = (rows: readonly object[]) => (rows as Record<string, unknown>[])
    .filter((row) => !row.deleted)
    .map(({ version: _v, updatedAt: _u, deleted: _d, ...payload }) => payload);
  return {
    settings: strip(await db.settings.toArray()) as { key?: unknown }[],
    parcelLayers: strip(await db.parcelLayers.toArray() as never),
    fieldMappings: strip(await db.fieldMappings.toArray() as never),
    parcelExtras: strip(await db.parcelExtras.toArray() as never),
  };
}

const extras = (parcelId: string, graves: number) => ({ layerKey: 'demo', parcelId, structuresVnd: 0, graves, note: '' });

async function seed(db: PhanloDatabase) {
  await transact(db, {
    puts: {
      settings: [{ key: 'budgetVnd', value: 40_000_000_000 }, { key: 'language', value: 'en' }],
      parcelExtras: [extras('12/43', 1), extras('12/44', 2)],
      fieldMappings: [{ signature: 'A|B', mapping: { sheetNo: 'A' }, savedAt: '2026-01-01T00:00:00.000Z' }],
    },
  }, { label, history: false });
}

describe('transact', () => {
  it('applies a change of puts and deletes over several tables, and its inverse gives back the state exactly', async () => {
    const db = openDb();
    await seed(db);
    const before = await stateOf(db);
    const change: Change = {
      puts: { settings: [{ key: 'budgetVnd', value: 55_000_000_000 }, { key: 'placeNames', value: { commune: 'xã Tứ Kỳ' } }], parcelExtras: [extras('12/43', 5)] },
      deletes: { parcelExtras: [['demo', '12/44']], fieldMappings: ['A|B'], settings: ['language'] },
    };
    const result = await transact(db, change, { label, history: false });
    expect(result.ok).toBe(true);
    const after = await stateOf(db);
    expect(after.parcelExtras).toEqual([extras('12/43', 5)]);
    expect(after.fieldMappings).toEqual([]);
    expect(after.settings.map((s) => s.key).sort()).toEqual(['budgetVnd', 'placeNames']);

    if (!result.ok) throw new Error('unreachable');
    await transact(db, result.inverse, { label, history: false });
    expect(await stateOf(db)).toEqual(before);
  });

  it('stamps every write: version one more each time, updatedAt from the clock, deletes as tombstones', async () => {
    const db = openDb();
    await transact(db, { puts: { parcelExtras: [extras('12/43', 1)] } }, { label, now: clock('2026-12-01T08:00:00.000Z') });
    await transact(db, { puts: { parcelExtras: [extras('12/43', 2)] } }, { label, now: clock('2026-12-01T09:00:00.000Z') });
    expect(await db.parcelExtras.get(['demo', '12/43'])).toMatchObject({ graves: 2, version: 2, updatedAt: '2026-12-01T09:00:00.000Z' });
    await transact(db, { deletes: { parcelExtras: [['demo', '12/43']] } }, { label, now: clock('2026-12-01T10:00:00.000Z') });
    expect(await db.parcelExtras.get(['demo', '12/43'])).toEqual({
      layerKey: 'demo', parcelId: '12/43', version: 3, updatedAt: '2026-12-01T10:00:00.000Z', deleted: true,
    });
    // Writing over a tombstone brings the record back, its version still counting up.
    await transact(db, { puts: { parcelExtras: [extras('12/43', 7)] } }, { label });
    const back = (await db.parcelExtras.get(['demo', '12/43']))!;
    expect(back).toMatchObject({ graves: 7, version: 4 });
    expect(back.deleted).toBeUndefined();
  });

  it('keeps undo and redo across a reload of the database', async () => {
    const name = freshName();
    const db = openDb(name);
    await transact(db, { puts: { settings: [{ key: 'budgetVnd', value: 1 }] } }, { label: { key: 'first' } });
    await transact(db, { puts: { settings: [{ key: 'budgetVnd', value: 2 }] } }, { label: { key: 'second', params: { n: 2 } } });
    db.close();

    const reopened = openDb(name);
    expect(await historyState(reopened)).toEqual({ undo: { key: 'second', params: { n: 2 } }, redo: null });
    expect(await undo(reopened)).toEqual({ ok: true, label: { key: 'second', params: { n: 2 } } });
    expect((await reopened.settings.get('budgetVnd'))!.value).toBe(1);
    reopened.close();

    const again = openDb(name);
    expect(await historyState(again)).toEqual({ undo: { key: 'first' }, redo: { key: 'second', params: { n: 2 } } });
    expect((await redo(again)).ok).toBe(true);
    expect((await again.settings.get('budgetVnd'))!.value).toBe(2);
    expect((await undo(again)).ok).toBe(true);
    expect((await undo(again)).ok).toBe(true);
    expect((await again.settings.get('budgetVnd'))!.deleted).toBe(true);
    expect(await undo(again)).toEqual({ ok: false, reason: 'nothing' });
  });

  it('a new change ends the redo branch', async () => {
    const db = openDb();
    await transact(db, { puts: { settings: [{ key: 'budgetVnd', value: 1 }] } }, { label: { key: 'a' } });
    await undo(db);
    await transact(db, { puts: { settings: [{ key: 'budgetVnd', value: 3 }] } }, { label: { key: 'b' } });
    expect(await redo(db)).toEqual({ ok: false, reason: 'nothing' });
    expect(await historyState(db)).toEqual({ undo: { key: 'b' }, redo: null });
  });

  it('undoes a named entry only while it is the latest (the notice bar’s Undo after a newer change)', async () => {
    const db = openDb();
    const first = await transact(db, { puts: { settings: [{ key: 'budgetVnd', value: 1 }] } }, { label: { key: 'a' } });
    await transact(db, { puts: { settings: [{ key: 'budgetVnd', value: 2 }] } }, { label: { key: 'b' } });
    expect(first.ok && (await undo(db, first.entryId!))).toEqual({ ok: false, reason: 'not-latest' });
    expect((await db.settings.get('budgetVnd'))!.value).toBe(2);
  });

  it(`keeps the last ${HISTORY_LIMIT} changes`, async () => {
    const db = openDb();
    for (let i = 0; i < HISTORY_LIMIT + 3; i++) await transact(db, { puts: { settings: [{ key: 'budgetVnd', value: i }] } }, { label: { key: `edit ${i}` } });
    expect(await db.history.count()).toBe(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT; i++) expect((await undo(db)).ok).toBe(true);
    expect(await undo(db)).toEqual({ ok: false, reason: 'nothing' });
    expect((await db.settings.get('budgetVnd'))!.value).toBe(2);
  });

  it('writes nothing and says "quota" when the browser’s storage is full', async () => {
    const db = openDb();
    await seed(db);
    const before = await stateOf(db);
    // The second table's write fails as a full disk makes it fail: the first must not stay written.
    db.parcelExtras.hook('creating', () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); });
    const result = await transact(db, {
      puts: { settings: [{ key: 'budgetVnd', value: 1 }], parcelExtras: [extras('12/99', 1)] },
    }, { label });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'quota' } });
    expect(await stateOf(db)).toEqual(before);
    expect(await db.history.count()).toBe(0);
  });

  it('says "constraint" for a record the database refuses, and writes nothing of the change', async () => {
    const db = openDb();
    const result = await transact(db, {
      puts: { settings: [{ key: 'budgetVnd', value: 1 }], fieldMappings: [{ signature: undefined as never, mapping: {}, savedAt: '' }] },
    }, { label });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'constraint' } });
    expect(await db.settings.count()).toBe(0);
  });

  it('says "unavailable" when the database was closed under it (the browser, or a newer tab taking over)', async () => {
    const db = openDb();
    await db.open();
    db.close({ disableAutoOpen: true });
    const result = await transact(db, { puts: { settings: [{ key: 'budgetVnd', value: 1 }] } }, { label });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'unavailable' } });
    expect(await undo(db)).toMatchObject({ ok: false, reason: 'failed', failure: { kind: 'unavailable' } });
  });

  it('refuses a change that writes one record twice', async () => {
    const db = openDb();
    const result = await transact(db, { puts: { settings: [{ key: 'budgetVnd', value: 1 }] }, deletes: { settings: ['budgetVnd'] } }, { label });
    expect(result.ok).toBe(false);
    expect(await db.settings.count()).toBe(0);
  });
});
