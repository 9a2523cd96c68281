// Place names as earlier versions stored them (free text per level, "Bình Lãng" as typed, with or without
// "xã") are read back as unit type + name, from a version-1 database and from today's schema alike.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PhanloDatabase } from '../../src/db/database';
import { getSetting, putSetting } from '../../src/db/settings';
import { addressPhrase, peoplesCommitteeName } from '../../src/domain/place-names';

const VERSION_1_SCHEMA = { settings: 'key', parcelLayers: 'id', fieldMappings: 'signature', recoveryExtras: 'parcelId' };
let n = 0;
const names: string[] = [];
afterEach(async () => { for (const name of names.splice(0)) await Dexie.delete(name); });

/** A browser that ran phanlo's first release: the settings table of schema version 1. */
async function storedByVersion1(placeNames: unknown): Promise<PhanloDatabase> {
  const name = `place-names-upgrade-${++n}`;
  names.push(name);
  const old = new Dexie(name);
  old.version(1).stores(VERSION_1_SCHEMA);
  await old.open();
  await old.table('settings').put({ key: 'placeNames', value: placeNames });
  old.close();
  return new PhanloDatabase(name);
}

describe('place names stored by an earlier version', () => {
  it.each([
    [{ commune: 'Bình Lãng', district: 'huyện Tứ Kỳ', province: 'tỉnh Hải Dương' }, 'xã Bình Lãng, huyện Tứ Kỳ, tỉnh Hải Dương', 'UBND xã Bình Lãng'],
    [{ commune: 'Xã Bình Lăng', district: 'Tứ Kỳ', province: 'Hải Dương' }, 'xã Bình Lăng, huyện Tứ Kỳ, tỉnh Hải Dương', 'UBND xã Bình Lăng'],
    [{ commune: 'xã Tứ Kỳ', district: '', province: 'thành phố Hải Phòng' }, 'xã Tứ Kỳ, thành phố Hải Phòng', 'UBND xã Tứ Kỳ'],
    [{ commune: 'phường Hải Dương', district: '', province: 'Hải Phòng' }, 'phường Hải Dương, thành phố Hải Phòng', 'UBND phường Hải Dương'],
  ])('upgrades %j from a version-1 database', async (stored, address, committee) => {
    const db = await storedByVersion1(stored);
    const places = await getSetting(db, 'placeNames');
    expect(places.version).toBe(2);
    expect(addressPhrase(places)).toBe(address);
    expect(peoplesCommitteeName(places)).toBe(committee);
    db.close();
  });

  it('upgrades the old shape written under today’s schema, and stores the new shape on the next save', async () => {
    const name = `place-names-upgrade-${++n}`;
    names.push(name);
    const db = new PhanloDatabase(name);
    // As the previous release's putSetting wrote it (schema version 3, free-text names).
    await db.settings.put({ key: 'placeNames', value: { commune: 'Bình Lãng', district: 'huyện Tứ Kỳ', province: 'tỉnh Hải Dương' } });
    const upgraded = await getSetting(db, 'placeNames');
    expect(upgraded).toEqual({
      version: 2, local: { type: 'xa', name: 'Bình Lãng' }, district: { type: 'huyen', name: 'Tứ Kỳ' }, province: { type: 'tinh', name: 'Hải Dương' },
    });
    await putSetting(db, 'placeNames', upgraded);
    expect((await db.settings.get('placeNames'))?.value).toEqual(upgraded);
    db.close();
  });
});
