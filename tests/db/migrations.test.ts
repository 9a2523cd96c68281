// Upgrading a user's stored database: version-1 and version-3 IndexedDBs (tests/fixtures/db/phanlo-v1.json,
// phanlo-v3.json, each written with that version's own schema definition) opened by today's
// PhanloDatabase keep every record, and get the version-4 envelope (version, updatedAt).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PhanloDatabase } from '../../src/db/database';
import { getSetting } from '../../src/db/settings';
import { parcelExtrasOfLayer } from '../../src/db/recovery';

const v1 = JSON.parse(readFileSync(join(__dirname, '../fixtures/db/phanlo-v1.json'), 'utf8'));
const v3 = JSON.parse(readFileSync(join(__dirname, '../fixtures/db/phanlo-v3.json'), 'utf8'));
const VERSION_1_SCHEMA = { settings: 'key', parcelLayers: 'id', fieldMappings: 'signature', recoveryExtras: 'parcelId' };
/** Version 3 as released: the three upgrades a version-3 browser had run, nothing of version 4. */
function declareVersion3(db: Dexie): void {
  db.version(1).stores(VERSION_1_SCHEMA);
  db.version(2).stores({ parcelExtras: '[layerKey+parcelId], layerKey' });
  db.version(3).stores({ recoveryExtras: null });
}
const LATEST = 4;
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
    expect(db.tables.map((t) => t.name).sort()).toEqual(['fieldMappings', 'history', 'parcelExtras', 'parcelLayers', 'settings']);

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

  it('opens an empty browser at the latest version', async () => {
    const name = `migration-test-${++n}`;
    names.push(name);
    const db = new PhanloDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect(await db.parcelExtras.count()).toBe(0);
    db.close();
  });
});
