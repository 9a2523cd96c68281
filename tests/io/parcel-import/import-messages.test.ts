// Import messages a user can act on: features numbered as QGIS numbers them (the fid `ogrinfo -al`
// prints, recorded in tests/fixtures/import/gdal/fids.txt by make-gdal-fixtures.sh) and named by
// their tờ/thửa; a broken zip, JSON or CSV explained in our words, never a library's English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importParcelFile, type ImportParcelOptions } from '../../../src/io/parcel-import';
import { catalogue } from '../../../src/i18n/catalogue';
import '../../../src/i18n/import-dialog-messages'; // the import dialog's words, loaded with it
import { describeImportIssue } from '../../../src/i18n/messages/import';
import { translate } from '../../../src/i18n/translate';
import { FIXTURE_DIR, fixtureBytes } from '../layers/fixtures';

const fids = new Map(readFileSync(join(FIXTURE_DIR, 'gdal', 'fids.txt'), 'utf8').trim().split('\n').map((line) => {
  const [file, ...numbers] = line.trim().split(/\s+/);
  return [file, numbers.map(Number)] as const;
}));
const tVi = (key: string, params?: Record<string, string | number>) => translate(catalogue, 'vi', key, params);
const tEn = (key: string, params?: Record<string, string | number>) => translate(catalogue, 'en', key, params);

function errorsOf(name: string, bytes: Uint8Array, options: ImportParcelOptions = {}) {
  const result = importParcelFile({ name, bytes }, options);
  if (result.kind !== 'error') throw new Error(`expected errors, got ${result.kind}`);
  return result.errors;
}

/** The GeoJSON fixture with every land-use code spoiled, so that every feature has an error. */
function spoiled(name: string): Uint8Array {
  const json = JSON.parse(new TextDecoder().decode(fixtureBytes(`gdal/${name}`))) as { features: { properties: Record<string, unknown> }[] };
  for (const f of json.features) f.properties.KHLOAIDAT = 'lúa';
  return new TextEncoder().encode(JSON.stringify(json));
}
const VILIS = { sheetNo: 'SHBANDO', parcelNo: 'SHTHUA', landUseCode: 'KHLOAIDAT', landUser: 'TENCHU', registeredAreaM2: 'DIENTICH' };

describe('feature numbers are the fids QGIS shows', () => {
  it('GeoJSON as GDAL writes it (no ids): 0-based positions, as ogrinfo numbers them', () => {
    const errors = errorsOf('a.geojson', spoiled('parcels-wgs84-gdal-7-decimals.geojson'), { mapping: VILIS });
    expect(errors.map((e) => e.feature)).toEqual(fids.get('parcels-wgs84-gdal-7-decimals.geojson'));
  });

  it('GeoJSON whose features carry ids (a filtered export): the ids, as ogrinfo numbers them', () => {
    const errors = errorsOf('a.geojson', spoiled('parcels-wgs84-gdal-filtered-ids.geojson'), { mapping: VILIS });
    expect(fids.get('parcels-wgs84-gdal-filtered-ids.geojson')).toEqual([0, 2, 3, 4]);
    expect(errors.map((e) => e.feature)).toEqual([0, 2, 3, 4]);
  });

  it('a shapefile: the 0-based record number, as ogrinfo numbers it', () => {
    // Land users mapped as land-use codes: every record fails, so every record is numbered.
    const errors = errorsOf('thua_dat.zip', fixtureBytes('gdal/shp-gdal-null-numbers.zip'), { mapping: { ...VILIS, landUseCode: 'TENCHU' } });
    expect(errors.map((e) => e.feature)).toEqual(fids.get('shp-gdal-null-numbers.zip'));
  });

  it('each is named by its number and its tờ/thửa', () => {
    const errors = errorsOf('a.geojson', spoiled('parcels-wgs84-gdal-filtered-ids.geojson'), { mapping: VILIS });
    expect(errors.map((e) => e.parcelId)).toEqual(['12/43', '12/45', '12/46', '13/8']);
    expect(describeImportIssue(errors[1], tVi, 'vi')).toBe(
      'Loại đất “lúa” không đúng dạng mã loại đất (2–4 chữ in hoa như LUC, BHK, ONT, DGT; đất nhiều mục đích ghi ONT+CLN).'
      + ' — tệp a.geojson, đối tượng số 2 (tờ 12 / thửa 45), trường “KHLOAIDAT”',
    );
  });
});

describe('broken files explained in our words', () => {
  const libraryEnglish = /invalid zip data|unexpected EOF|unknown compression|Unexpected token|Expected|position \d|Quoted field|malformed/;

  it('a .zip that is not a zip, one cut short, one with a password', () => {
    const gdalZip = fixtureBytes('gdal/shp-gdal-null-numbers.zip');
    const cases = [
      ['rar-doi-ten.zip', new TextEncoder().encode('Rar!\x1a\x07\x00 not a zip'), 'not-a-zip'],
      ['tai-do.zip', gdalZip.subarray(0, Math.floor(gdalZip.length / 2)), 'damaged'],
      ['mat-khau.zip', fixtureBytes('gdal/shp-gdal-password.zip'), 'encrypted'],
    ] as const;
    for (const [name, bytes, cause] of cases) {
      const errors = errorsOf(name, bytes);
      expect(errors).toEqual([{ file: name, code: 'zip-unreadable', params: { cause } }]);
      for (const t of [tVi, tEn]) expect(describeImportIssue(errors[0], t)).not.toMatch(libraryEnglish);
    }
    expect(describeImportIssue(errorsOf('mat-khau.zip', fixtureBytes('gdal/shp-gdal-password.zip'))[0], tVi)).toContain('mật khẩu');
  });

  it('broken JSON: the line and column, not the parser’s English', () => {
    // A trailing comma, the commonest hand edit.
    const errors = errorsOf('a.geojson', new TextEncoder().encode('{\n  "type": "FeatureCollection",\n  "features": [],\n}'));
    expect(errors).toEqual([{ file: 'a.geojson', code: 'json-invalid', params: { cause: 'at-position', line: 4, column: 1 } }]);
    expect(describeImportIssue(errors[0], tVi)).toBe('Tệp không phải JSON hợp lệ: sai cú pháp ở dòng 4, cột 1. — tệp a.geojson');
    // Where the engine's message gives no place ("Unexpected token ','"), our checker still finds it.
    const other = errorsOf('c.geojson', new TextEncoder().encode('{"features": [,]}'));
    expect(other).toEqual([{ file: 'c.geojson', code: 'json-invalid', params: { cause: 'at-position', line: 1, column: 15 } }]);
    for (const t of [tVi, tEn]) expect(describeImportIssue(other[0], t)).not.toMatch(libraryEnglish);
    const cut = errorsOf('b.geojson', new TextEncoder().encode('{"type": "FeatureCollection", "features": ['));
    expect(cut).toEqual([{ file: 'b.geojson', code: 'json-invalid', params: { cause: 'truncated' } }]);
  });

  it('a CSV with an unclosed quote: the row, in our words', () => {
    const errors = errorsOf('g.csv', new TextEncoder().encode('to;thua;x;y\n12;"1;2306300;592700\n'), { sourceCrs: 'EPSG:9209' });
    expect(errors.map((e) => [e.code, e.row, e.params])).toEqual([['csv-unreadable', 2, undefined]]);
    for (const t of [tVi, tEn]) expect(describeImportIssue(errors[0], t)).not.toMatch(libraryEnglish);
  });
});
