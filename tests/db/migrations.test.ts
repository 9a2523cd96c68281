// Upgrading a user's stored database: a version-1 IndexedDB (tests/fixtures/db/phanlo-v1.json, written
// with version 1's own schema) opened by today's PhanloDatabase keeps every record.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PhanloDatabase } from '../../src/db/database';
import { getSetting } from '../../src/db/settings';
import { parcelExtrasOfLayer } from '../../src/db/recovery';

const v1 = JSON.parse(readFileSync(join(__dirname, '../fixtures/db/phanlo-v1.json'), 'utf8'));
const VERSION_1_SCHEMA = { settings: 'key', parcelLayers: 'id', fieldMappings: 'signature', recoveryExtras: 'parcelId' };

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
  for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkPut(rows);
  old.close();
  return name;
}

describe('database upgrades', () => {
  it('upgrades version 1 with an imported layer: extras move to that layer, nothing else changes', async () => {
    const name = await storeVersion1(v1.tables);
    const db = new PhanloDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['fieldMappings', 'parcelExtras', 'parcelLayers', 'settings']);

    const layerKey = `import:${v1.tables.parcelLayers[0].importedAt}`;
    const extras = await parcelExtrasOfLayer(db, layerKey);
    expect(extras).toEqual(v1.tables.recoveryExtras.map((row: object) => ({ ...row, layerKey })));
    expect(await parcelExtrasOfLayer(db, 'demo')).toEqual([]);

    expect(await db.parcelLayers.get('active')).toEqual(v1.tables.parcelLayers[0]);
    expect(await db.fieldMappings.toArray()).toEqual(v1.tables.fieldMappings);
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

  it('opens an empty browser at the latest version', async () => {
    const name = `migration-test-${++n}`;
    names.push(name);
    const db = new PhanloDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.parcelExtras.count()).toBe(0);
    db.close();
  });
});
