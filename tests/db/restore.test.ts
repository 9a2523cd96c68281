// The restore step: stored records written by older versions are migrated, damaged ones reported and
// replaced by defaults; nothing read back from IndexedDB throws.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PhanloDatabase, type ParcelExtrasRow } from '../../src/db/database';
import { parcelExtrasOfLayer } from '../../src/db/recovery';
import { onRestoreIssue, resetRestoreReports, type RestoreIssue } from '../../src/db/restore';
import { rememberedFieldMapping, restoreFieldMapping } from '../../src/db/restore-field-mapping';
import { restoreExtrasRows, restoreRates } from '../../src/db/restore-recovery';
import { getSetting, readSetting } from '../../src/db/settings';
import { DEFAULT_COMPENSATION_RATES } from '../../src/domain/land-recovery';

const opened: PhanloDatabase[] = [];
let n = 0;
const openDb = () => { const db = new PhanloDatabase(`restore-test-${++n}`); opened.push(db); return db; };
let reported: RestoreIssue[] = [];
let stop: () => void = () => undefined;
beforeEach(() => { resetRestoreReports(); reported = []; stop = onRestoreIssue((issue) => reported.push(issue)); });
afterEach(async () => { stop(); for (const db of opened.splice(0)) await db.delete(); });

const saved = { ...DEFAULT_COMPENSATION_RATES, graveVnd: 12_000_000, landPriceVndPerM2: { ...DEFAULT_COMPENSATION_RATES.landPriceVndPerM2, LUC: 140_000 } };

describe('restoring stored rates', () => {
  it('gives the defaults for nothing stored, and a valid record as it is', () => {
    expect(restoreRates(undefined)).toEqual({ value: DEFAULT_COMPENSATION_RATES, issues: [] });
    expect(restoreRates(null).issues).toEqual([]);
    expect(restoreRates(saved)).toEqual({ value: saved, issues: [] });
  });

  it('migrates an old shape without complaint: no version, lower-case codes, codes added since', () => {
    const { version: _version, landPriceVndPerM2: _prices, ...rest } = saved;
    const old = { ...rest, landPriceVndPerM2: { luc: 140_000 } };
    const { value, issues } = restoreRates(old);
    expect(issues).toEqual([]);
    expect(value.version).toBe(1);
    expect(value.landPriceVndPerM2.LUC).toBe(140_000);
    // A code the old record did not know is priced at its default, not left "without a price".
    expect(value.landPriceVndPerM2.ONT).toBe(DEFAULT_COMPENSATION_RATES.landPriceVndPerM2.ONT);
    expect(value.graveVnd).toBe(12_000_000);
  });

  it('replaces damaged fields one by one by their defaults and names them', () => {
    const damaged = { ...saved, graveVnd: 'mười hai triệu', landPriceVndPerM2: { ...saved.landPriceVndPerM2, LUC: -5 } };
    const { value, issues } = restoreRates(damaged);
    expect(value.graveVnd).toBe(DEFAULT_COMPENSATION_RATES.graveVnd);
    expect(value.landPriceVndPerM2.LUC).toBe(DEFAULT_COMPENSATION_RATES.landPriceVndPerM2.LUC);
    // What was right is kept.
    expect(value.jobSupportMultiple).toBe(saved.jobSupportMultiple);
    expect(issues).toEqual([{ table: 'settings', key: 'compensationRates', code: 'invalid', fields: ['graveVnd', 'landPriceVndPerM2.LUC'] }]);
  });

  it('falls back to the defaults for a record that is not rates at all, and says so', () => {
    for (const junk of ['140000', 42, [1, 2], true]) {
      const { value, issues } = restoreRates(junk);
      expect(value).toEqual(DEFAULT_COMPENSATION_RATES);
      expect(issues).toEqual([{ table: 'settings', key: 'compensationRates', code: 'invalid', fields: [] }]);
    }
  });

  it('uses what it can of rates a newer version wrote, and says they are newer', () => {
    const { value, issues } = restoreRates({ ...saved, version: 2, graveVnd: 13_000_000 });
    expect(value.graveVnd).toBe(13_000_000);
    expect(value.version).toBe(1);
    expect(issues[0].code).toBe('newer');
  });
});

describe('restoring other stored records', () => {
  const row = (extras: Partial<ParcelExtrasRow>): ParcelExtrasRow =>
    ({ layerKey: 'demo', parcelId: '12/43', structuresVnd: 0, graves: 0, note: '', ...extras }) as ParcelExtrasRow;

  it('extras: tombstones are gone, a damaged row is left out and reported, a row without a note has none', () => {
    const { value, issues } = restoreExtrasRows([
      row({ parcelId: '12/43', graves: 2 }),
      row({ parcelId: '12/44', deleted: true }),
      row({ parcelId: '12/45', graves: -1 }),
      { layerKey: 'demo', parcelId: '12/46', structuresVnd: 5, graves: 0 } as ParcelExtrasRow,
    ]);
    expect(value.map((r) => [r.parcelId, r.note])).toEqual([['12/43', ''], ['12/46', '']]);
    expect(issues).toEqual([{ table: 'parcelExtras', key: 'demo 12/45', code: 'invalid', fields: ['graves'] }]);
  });

  it('extras read from IndexedDB pass through it: a damaged row does not stop the screen', async () => {
    const db = openDb();
    await db.parcelExtras.bulkPut([row({ parcelId: '12/43', graves: 1 }), row({ parcelId: '12/44', structuresVnd: Number.NaN })]);
    expect((await parcelExtrasOfLayer(db, 'demo')).map((r) => r.parcelId)).toEqual(['12/43']);
    expect(reported.map((i) => i.key)).toEqual(['demo 12/44']);
  });

  it('field mappings: "" was "none", unknown targets are dropped, a value that is no field name is reported', () => {
    const { value, issues } = restoreFieldMapping({
      signature: 'A|B|C', savedAt: '', mapping: { sheetNo: 'SHBANDO', parcelNo: '', retiredTarget: 'X', landUser: 42 } as never,
    });
    expect(value).toEqual({ sheetNo: 'SHBANDO', parcelNo: null });
    expect(issues).toEqual([{ table: 'fieldMappings', key: 'A|B|C', code: 'invalid', fields: ['landUser'] }]);
    expect(restoreFieldMapping({ signature: 'A', savedAt: '', mapping: 'SHBANDO' as never }).value).toBeNull();
    expect(restoreFieldMapping({ signature: 'A', savedAt: '', mapping: {}, deleted: true })).toEqual({ value: null, issues: [] });
    expect(restoreFieldMapping(undefined)).toEqual({ value: null, issues: [] });
  });

  it('a remembered mapping read from IndexedDB is checked and its problem reported once', async () => {
    const db = openDb();
    await db.fieldMappings.put({ signature: 'A|B', mapping: { sheetNo: ['A'] } as never, savedAt: '' });
    expect(await rememberedFieldMapping(db, 'A|B')).toEqual({});
    expect(await rememberedFieldMapping(db, 'A|B')).toEqual({});
    expect(reported).toEqual([{ table: 'fieldMappings', key: 'A|B', code: 'invalid', fields: ['sheetNo'] }]);
  });

  it('settings: an invalid value gives the default and is reported; a tombstone is the default, silently', async () => {
    const db = openDb();
    await db.settings.bulkPut([{ key: 'budgetVnd', value: 'năm mươi tỷ' }, { key: 'language', deleted: true, version: 3 }]);
    expect(await getSetting(db, 'budgetVnd')).toBe(50_000_000_000);
    expect(await getSetting(db, 'language')).toBe('vi');
    expect(readSetting('planeCrs', 'EPSG:3857')).toBe('EPSG:9209');
    expect(reported.map((i) => i.key)).toEqual(['budgetVnd', 'planeCrs']);
  });
});
