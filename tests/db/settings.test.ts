import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { PhanloDatabase } from '../../src/db/database';
import { getSetting, putSetting, putSettings, readSetting, SettingsWriteError } from '../../src/db/settings';
import { DEFAULT_PLACE_NAMES } from '../../src/domain/place-names';

let counter = 0;
const openDb = () => new PhanloDatabase(`settings-test-${++counter}`);
const opened: PhanloDatabase[] = [];
afterEach(async () => { for (const db of opened.splice(0)) await db.delete(); });

describe('settings', () => {
  it('gives the plan’s place names and Hải Dương’s plane until changed', async () => {
    const db = openDb(); opened.push(db);
    expect(await getSetting(db, 'placeNames')).toEqual(DEFAULT_PLACE_NAMES);
    expect(await getSetting(db, 'planeCrs')).toBe('EPSG:9209');
    expect(await getSetting(db, 'language')).toBe('vi');
    expect(await getSetting(db, 'basemapEnabled')).toBe(false);
  });

  it('stores the current names after the 2025 reorganisation', async () => {
    const db = openDb(); opened.push(db);
    const places = { version: 2, local: { type: 'xa', name: 'Tứ Kỳ' }, district: null, province: { type: 'thanh-pho', name: 'Hải Phòng' } } as const;
    await putSetting(db, 'placeNames', places);
    expect(await getSetting(db, 'placeNames')).toEqual(places);
  });

  it('falls back to the default when a stored value is invalid (hand-edited or from an old version)', async () => {
    const db = openDb(); opened.push(db);
    await db.settings.put({ key: 'planeCrs', value: 'EPSG:3857' });
    await db.settings.put({ key: 'language', value: 'fr' });
    expect(await getSetting(db, 'planeCrs')).toBe('EPSG:9209');
    expect(await getSetting(db, 'language')).toBe('vi');
    expect(readSetting('budgetVnd', -5)).toBe(50_000_000_000);
  });

  it('refuses an invalid value and writes nothing of a form that has one', async () => {
    const db = openDb(); opened.push(db);
    await expect(putSetting(db, 'planeCrs', 'EPSG:3857')).rejects.toThrow();
    await expect(putSettings(db, { language: 'en', placeNames: { ...DEFAULT_PLACE_NAMES, local: { type: 'xa', name: '' } } })).rejects.toThrow();
    expect(await db.settings.count()).toBe(0);
  });

  it('accepts every VN-2000 meridian, named or not', async () => {
    const db = openDb(); opened.push(db);
    await putSettings(db, { planeCrs: 'vn2000:105', language: 'en' });
    expect(await getSetting(db, 'planeCrs')).toBe('vn2000:105');
    expect(await getSetting(db, 'language')).toBe('en');
  });

  it('stores through transact: stamped with a version, outside the undo history, a failure typed', async () => {
    const db = openDb(); opened.push(db);
    await putSettings(db, { language: 'en' });
    await putSettings(db, { language: 'vi' });
    expect(await db.settings.get('language')).toMatchObject({ value: 'vi', version: 2 });
    expect(await db.history.count()).toBe(0);
    db.settings.hook('updating', () => { throw new DOMException('full', 'QuotaExceededError'); });
    const failed = await putSettings(db, { language: 'en' }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(SettingsWriteError);
    expect((failed as SettingsWriteError).failure.kind).toBe('quota');
    expect(await getSetting(db, 'language')).toBe('vi');
  });
});
