// Upgrading a user's stored database: version-1 and version-3 IndexedDBs (tests/fixtures/db/phanlo-v1.json,
// phanlo-v3.json, each written with that version's own schema definition) opened by today's
// PhanloDatabase keep every record, and get the version-4 envelope (version, updatedAt); versions 4–6
// written with their own schemas keep everything, the history's `undone` becoming 0 | 1 (v7, indexed).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PhanloDatabase } from '../../src/db/database';
import { getSetting } from '../../src/db/settings';
import { parcelExtrasOfLayer } from '../../src/db/recovery';
import { DEMO_VARIANT_ID, readApprovedVariant, readVariants } from '../../src/db/variants';
import { DEFAULT_LAYOUT_PARAMETERS } from '../../src/geo/layout';
import { addEntryEdit, readEntries } from '../../src/db/register';
import { applyEdit, historyState, redo, undo } from '../../src/db/transact';
import { emptyEntryFields } from '../../src/domain/register';

const v1 = JSON.parse(readFileSync(join(__dirname, '../fixtures/db/phanlo-v1.json'), 'utf8'));
const v3 = JSON.parse(readFileSync(join(__dirname, '../fixtures/db/phanlo-v3.json'), 'utf8'));
const VERSION_1_SCHEMA = { settings: 'key', parcelLayers: 'id', fieldMappings: 'signature', recoveryExtras: 'parcelId' };
/** Version 3 as released: the three upgrades a version-3 browser had run, nothing of version 4. */
function declareVersion3(db: Dexie): void {
  db.version(1).stores(VERSION_1_SCHEMA);
  db.version(2).stores({ parcelExtras: '[layerKey+parcelId], layerKey' });
  db.version(3).stores({ recoveryExtras: null });
}
/** Version 4 as released: version 3 plus the envelope upgrade and the history table. */
function declareVersion4(db: Dexie): void {
  declareVersion3(db);
  db.version(4).stores({ history: '++seq' });
}
/** Version 5 as released: version 4 plus the planner's variants. */
function declareVersion5(db: Dexie): void {
  declareVersion4(db);
  db.version(5).stores({ variants: 'id' });
}
/** Version 6 as released: version 5 plus the register, allocation and field tables. */
function declareVersion6(db: Dexie): void {
  declareVersion5(db);
  db.version(6).stores({
    registerEntries: 'id', allocations: 'id, entryId, variantId, *plotKeys', payments: 'id, allocationId',
    auditTrail: '++seq, *subjects', draws: 'id', milestones: 'id', fieldChecks: 'id, variantId, plotCode', photos: 'id, checkId',
  });
}
const LATEST = 7;
/** A history entry as version 7 stores it: `undone` as 0 | 1 (indexed), where older versions wrote a boolean. */
const asVersion7 = <T extends { undone: boolean }>(entry: T) => ({ ...entry, undone: entry.undone ? 1 : 0 });
/** A row without the version-4 envelope, to compare with what an old version wrote. */
const payloadOf = ({ version: _v, updatedAt: _u, ...payload }: object & { version?: unknown; updatedAt?: unknown }) => payload;

let n = 0;
const names: string[] = [];
afterEach(async () => { for (const name of names.splice(0)) await Dexie.delete(name); });

/** Writes the fixture with version 1's schema, as the released version 1 of phanlo did. */
async function storeVersion1(tables: Record<string, unknown[]>): Promise<string> {
  const name = `migration-test-${++n}`;
  names.push(name);
  const old = new Dexie(name);
  old.version(1).stores(VERSION_1_SCHEMA);
  await old.open();
  expect(old.verno).toBe(1);
  for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkPut(rows);
  old.close();
  return name;
}

describe('database upgrades', () => {
  it('upgrades version 1 with an imported layer: extras move to that layer, nothing else changes', async () => {
    const name = await storeVersion1(v1.tables);
    const db = new PhanloDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'allocations', 'auditTrail', 'draws', 'fieldChecks', 'fieldMappings', 'history', 'milestones', 'parcelExtras', 'parcelLayers',
      'payments', 'photos', 'registerEntries', 'settings', 'variants',
    ]);

    const layerKey = `import:${v1.tables.parcelLayers[0].importedAt}`;
    const extras = await parcelExtrasOfLayer(db, layerKey);
    expect(extras.map(payloadOf)).toEqual(v1.tables.recoveryExtras.map((row: object) => ({ ...row, layerKey })));
    expect(await parcelExtrasOfLayer(db, 'demo')).toEqual([]);

    expect(payloadOf((await db.parcelLayers.get('active'))! as never)).toEqual(v1.tables.parcelLayers[0]);
    expect((await db.fieldMappings.toArray()).map(payloadOf)).toEqual(v1.tables.fieldMappings);
    expect(await getSetting(db, 'language')).toBe('en');
    // Version 1 stored free text ("xã Tứ Kỳ", "thành phố Hải Phòng"): read back upgraded (place-names.ts).
    expect(await getSetting(db, 'placeNames')).toEqual({
      version: 2, local: { type: 'xa', name: 'Tứ Kỳ' }, district: null, province: { type: 'thanh-pho', name: 'Hải Phòng' },
    });
    expect(await getSetting(db, 'budgetVnd')).toBe(52_000_000_000);
    db.close();
  });

  it('upgrades version 1 without an imported layer: the extras were entered on the demo', async () => {
    const name = await storeVersion1({ settings: v1.tables.settings, recoveryExtras: v1.tables.recoveryExtras });
    const db = new PhanloDatabase(name);
    expect((await parcelExtrasOfLayer(db, 'demo')).map((r) => r.parcelId)).toEqual(['12/43', '12/44']);
    db.close();
  });

  it('upgrades version 3: every record survives as it was, stamped version 1 with its date', async () => {
    const name = `migration-test-${++n}`;
    names.push(name);
    const old = new Dexie(name);
    declareVersion3(old);
    await old.open();
    expect(old.verno).toBe(3);
    for (const [table, rows] of Object.entries(v3.tables as Record<string, unknown[]>)) await old.table(table).bulkPut(rows);
    old.close();

    const db = new PhanloDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    for (const [table, rows] of Object.entries(v3.tables as Record<string, Record<string, unknown>[]>)) {
      const stored = await db.table(table).toArray();
      expect(stored.map(payloadOf), table).toEqual(expect.arrayContaining(rows));
      expect(stored).toHaveLength(rows.length);
      for (const row of stored) {
        expect(row.version, `${table} version`).toBe(1);
        expect(Number.isNaN(Date.parse(row.updatedAt)), `${table} updatedAt`).toBe(false);
        expect(row.deleted).toBeUndefined();
      }
    }
    // The dates a record already had are its updatedAt; others get the time of the upgrade.
    expect((await db.parcelLayers.get('active'))!.updatedAt).toBe(v3.tables.parcelLayers[0].importedAt);
    expect((await db.fieldMappings.get(v3.tables.fieldMappings[1].signature))!.updatedAt).toBe('2026-07-10T02:00:00.000Z');
    // And the app reads them as before.
    expect(await getSetting(db, 'planeCrs')).toBe('vn2000:105');
    expect(await getSetting(db, 'budgetVnd')).toBe(48_000_000_000);
    expect((await parcelExtrasOfLayer(db, 'demo')).map((r) => r.note)).toEqual(['nhà xưởng tạm']);
    expect(await db.history.count()).toBe(0);
    db.close();
  });

  it('upgrades version 4: every record and the undo history survive, and the demo variant is stored, approved', async () => {
    const name = `migration-test-${++n}`;
    names.push(name);
    const old = new Dexie(name);
    declareVersion4(old);
    await old.open();
    expect(old.verno).toBe(4);
    // What version 4 of the app wrote: the rows with their envelope, one tombstone, one history entry.
    const stamped = (rows: Record<string, unknown>[], version: number) => rows.map((row) => ({ ...row, version, updatedAt: '2026-11-20T03:00:00.000Z' }));
    const tables: Record<string, Record<string, unknown>[]> = Object.fromEntries(
      Object.entries(v3.tables as Record<string, Record<string, unknown>[]>).map(([table, rows]) => [table, stamped(rows, 2)]));
    tables.fieldMappings.push({ signature: 'gone', version: 3, updatedAt: '2026-11-21T03:00:00.000Z', deleted: true });
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkPut(rows);
    const entry = {
      id: 'entry-1', label: { key: 'data.backToDemoDone' }, at: '2026-11-21T03:00:00.000Z', undone: false,
      change: { deletes: { fieldMappings: ['gone'] } }, inverse: { puts: { fieldMappings: [{ signature: 'gone', mapping: {}, savedAt: 'x' }] } },
    };
    await old.table('history').add(structuredClone(entry));
    old.close();

    const db = new PhanloDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    for (const [table, rows] of Object.entries(tables)) {
      const stored = await db.table(table).toArray();
      expect(stored, table).toEqual(expect.arrayContaining(rows));
      expect(stored).toHaveLength(rows.length);
    }
    expect((await db.history.toArray()).map(({ seq: _s, ...rest }) => rest)).toEqual([asVersion7(entry)]);
    expect(await getSetting(db, 'planeCrs')).toBe('vn2000:105');

    const variants = await db.variants.toArray();
    expect(variants).toHaveLength(1);
    expect(variants[0]).toMatchObject({ id: DEMO_VARIANT_ID, name: null, site: null, layout: null, approved: true, version: 1 });
    expect(variants[0].parameters).toEqual(DEFAULT_LAYOUT_PARAMETERS);
    expect((await readApprovedVariant(db)).id).toBe(DEMO_VARIANT_ID);
    db.close();
  });

  it('opens an empty browser at the latest version, with the demo variant approved', async () => {
    const name = `migration-test-${++n}`;
    names.push(name);
    const db = new PhanloDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect(await db.parcelExtras.count()).toBe(0);
    const variants = await readVariants(db);
    expect(variants.map((v) => [v.id, v.approved, v.layout])).toEqual([[DEMO_VARIANT_ID, true, null]]);
    db.close();
  });

  it('upgrades version 5: the variants (one of the planner, approved) and the history survive; the register tables start empty', async () => {
    const name = `migration-test-${++n}`;
    names.push(name);
    const old = new Dexie(name);
    declareVersion5(old);
    await old.open();
    expect(old.verno).toBe(5);
    const at = '2026-11-25T03:00:00.000Z';
    const demo = { id: DEMO_VARIANT_ID, name: null, site: null, parameters: structuredClone(DEFAULT_LAYOUT_PARAMETERS), layout: null, approved: false, createdAt: at, version: 2, updatedAt: at };
    const own = { ...demo, id: 'v-own', name: 'Phương án 2 – đường 9 m', approved: true, createdAt: '2026-11-26T03:00:00.000Z', version: 1 };
    await old.table('variants').bulkPut([demo, own]);
    await old.table('settings').put({ key: 'language', value: 'en', version: 1, updatedAt: at });
    const entry = {
      id: 'entry-5', label: { key: 'plan.variant.approved' }, at, undone: false,
      change: { puts: { variants: [{ ...own, version: undefined, updatedAt: undefined }] } }, inverse: { puts: { variants: [] } },
    };
    await old.table('history').add(structuredClone(entry));
    old.close();

    const db = new PhanloDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect(await db.variants.toArray()).toEqual(expect.arrayContaining([demo, own]));
    expect((await readApprovedVariant(db)).id).toBe('v-own');
    expect(await getSetting(db, 'language')).toBe('en');
    expect((await db.history.toArray()).map(({ seq: _s, ...rest }) => rest)).toEqual([asVersion7(structuredClone(entry))]);
    for (const table of ['registerEntries', 'allocations', 'payments', 'auditTrail', 'draws', 'milestones', 'fieldChecks', 'photos']) {
      expect(await db.table(table).count(), table).toBe(0);
    }
    db.close();
  });
  it('upgrades version 6: register, allocations, audit and the undo history survive; undo and redo find their entries by the new index', async () => {
    const name = `migration-test-${++n}`;
    names.push(name);
    const old = new Dexie(name);
    declareVersion6(old);
    await old.open();
    expect(old.verno).toBe(6);
    const at = '2026-11-28T03:00:00.000Z';
    const envelope = { version: 1, updatedAt: at };
    const entry = (id: string, fullName: string) => ({ ...emptyEntryFields(), id, name: fullName, phone: '0912000111', createdAt: at });
    const [a, b, c] = [entry('a', 'Nguyễn Văn An'), entry('b', 'Trần Thị Bình'), entry('c', 'Lê Văn Cường')];
    // What version 6 left after: add a, add b, add c, undo (c is a tombstone, its entry undone).
    await old.table('registerEntries').bulkPut([{ ...a, ...envelope }, { ...b, ...envelope }, { id: 'c', version: 2, updatedAt: at, deleted: true }]);
    const allocation = { id: 'al-1', entryId: 'a', variantId: DEMO_VARIANT_ID, plotCodes: ['A-01'], plotKeys: [`${DEMO_VARIANT_ID}|A-01`], status: 'offered', priceVndPerM2: null, createdAt: at, ...envelope };
    await old.table('allocations').put(allocation);
    const audit = { at, by: { name: '', role: 'official' }, action: { key: 'audit.offered', params: { plots: 'A-01' } }, reason: null, subjects: ['entry:a', `plot:${DEMO_VARIANT_ID}|A-01`, 'allocation:al-1'] };
    await old.table('auditTrail').add(structuredClone(audit));
    const added = (row: typeof a, undone: boolean) => ({
      id: `h-${row.id}`, label: { key: 'registry.added', params: { name: row.name } }, at, undone,
      change: { puts: { registerEntries: [row] } }, inverse: { deletes: { registerEntries: [row.id] } },
    });
    const history = [added(a, false), added(b, false), added(c, true)];
    for (const row of history) await old.table('history').add(structuredClone(row));
    old.close();

    const db = new PhanloDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect(await db.registerEntries.toArray()).toEqual([{ ...a, ...envelope }, { ...b, ...envelope }, { id: 'c', version: 2, updatedAt: at, deleted: true }]);
    expect(await db.allocations.toArray()).toEqual([allocation]);
    expect((await db.auditTrail.toArray()).map(({ seq: _s, ...rest }) => rest)).toEqual([audit]);
    expect((await db.history.toArray()).map(({ seq: _s, ...rest }) => rest)).toEqual(history.map(asVersion7));
    expect(await db.history.where('undone').equals(1).primaryKeys()).toEqual([3]);

    // The upgraded history still works: redo brings c back, a new change ends the redo branch, undo takes it back.
    expect(await historyState(db)).toEqual({ undo: history[1].label, redo: history[2].label });
    expect((await redo(db)).ok).toBe(true);
    expect((await readEntries(db)).map((row) => row.id)).toEqual(['a', 'b', 'c']);
    expect((await undo(db)).ok).toBe(true);
    expect((await applyEdit(db, addEntryEdit({ ...emptyEntryFields(), name: 'Phạm Quang Dũng' }, { id: 'd' }))).ok).toBe(true);
    expect(await db.history.where('undone').equals(1).count()).toBe(0);
    expect((await historyState(db)).redo).toBeNull();
    expect((await undo(db)).ok).toBe(true);
    expect((await readEntries(db)).map((row) => row.id)).toEqual(['a', 'b']);
    expect((await db.history.toArray()).map((row) => row.undone)).toEqual([0, 0, 1]);
    db.close();
  });
});
