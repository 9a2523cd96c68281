import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { importParcelFile, readShapefileZip, type ImportParcelOptions } from '../../../src/io/parcel-import';
import type { ReadError, ReadWarning } from '../../../src/io/layers';
import { fixtureBytes } from '../layers/fixtures';

const open = (name: string, options: ImportParcelOptions = {}) => importParcelFile({ name, bytes: fixtureBytes(name) }, options);
const USERS = ['Nguyễn Văn An', 'Trần Thị Bình', 'Phạm Đức Cường', ''];

function mapped(name: string, options: ImportParcelOptions = {}) {
  const first = open(name, options);
  if (first.kind !== 'needs-mapping') throw new Error(JSON.stringify(first));
  return { first, result: open(name, { ...options, mapping: first.suggestion }) };
}

describe('shapefile attribute text', () => {
  it('TCVN3 without .cpg: guessed, decoded, and said so; a deleted record skipped; the WGS84-named TM-3 datum flagged', () => {
    const { first, result } = mapped('shp-tcvn3.zip');
    expect(first.suggestion).toEqual({ sheetNo: 'SoTo', parcelNo: 'SoThua', landUseCode: 'LoaiDat', landUser: 'ChuSuDung', registeredAreaM2: 'DienTich' });
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result));
    expect(result.layer.parcels.map((p) => p.landUser)).toEqual(USERS);
    expect(result.layer.parcels.map((p) => p.registeredAreaM2)).toEqual([1200, null, 1580.5, null]);
    expect(result.warnings).toEqual([
      { file: 'shp-tcvn3.zip', code: 'dbf-encoding-guessed', params: { encoding: 'tcvn3' } },
      { file: 'shp-tcvn3.zip', code: 'dbf-deleted-records-skipped', params: { count: 1 } },
      { file: 'shp-tcvn3.zip', code: 'prj-datum-assumed-vn2000', params: { name: 'HaiDuong_TM3_105_30', crs: 'EPSG:9209' } },
    ]);
  });

  it('an encoding chosen by the user wins over the guess', () => {
    const { result } = mapped('shp-tcvn3.zip', { textEncoding: 'windows-1258' });
    expect(result.kind === 'ok' && result.layer.parcels[0].landUser).not.toBe('Nguyễn Văn An');
    expect(result.kind === 'ok' && result.warnings.map((w) => w.code)).not.toContain('dbf-encoding-guessed');
  });

  it('CP1258 named by .cpg "1258": tone marks composed (NFC); 105°45′ converted to 105°30′ within 3 mm', () => {
    const { result } = mapped('shp-cp1258-105-45.zip');
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result));
    expect(result.warnings).toEqual([]);
    expect(result.sourceCrs).toBe('EPSG:9210');
    expect(result.layer.parcels.map((p) => p.landUser)).toEqual(USERS);
    expect(result.layer.parcels[0].landUser).toBe(result.layer.parcels[0].landUser.normalize('NFC'));
    const [e, n] = result.layer.parcels[0].polygon[0][0];
    expect(Math.hypot(e - 592700, n - 2306300)).toBeLessThan(0.003);
  });

  it('our own names cut to 10 characters by GDAL (registeredAreaM2 → registered), CP1258 by .cpg, ESRI WKT .prj, MultiPolygon', () => {
    // Written by ogr2ogr (tests/fixtures/import/gdal/make-gdal-fixtures.sh, step 5) from parcels-vn2000-source.geojson.
    const { first, result } = mapped('gdal/shp-gdal-own-names-cp1258.zip');
    expect(first.suggestion).toEqual({ sheetNo: 'sheetNo', parcelNo: 'parcelNo', landUseCode: 'landUseCod', landUser: 'landUser', registeredAreaM2: 'registered' });
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result));
    expect(result.warnings).toEqual([]);
    expect(result.sourceCrs).toBe('EPSG:9209');
    expect(result.layer.parcels.map((p) => [p.id, p.landUser, p.registeredAreaM2])).toEqual([
      ['12/43', 'Nguyễn Văn An', 1740], ['12/44', 'Trần Thị Bình', null], ['12/45', 'Phạm Đức Cường', 592.4],
      ['12/46', 'Lê Thị Dung', null], ['13/8', '', null],
    ]);
  });

  it('UTF-8 named by .cpg: no warning', () => {
    const { result } = mapped('shp-vilis-vn2000.zip');
    expect(result.kind === 'ok' && result.warnings).toEqual([]);
  });
});

describe('shapefile zips', () => {
  it('uses the one polygon layer of a zip with other layers, and says which it ignored', () => {
    const first = open('shp-two-layers.zip');
    expect(first.kind === 'needs-mapping' && first.warnings).toEqual([
      { file: 'shp-two-layers.zip', code: 'zip-other-layers-ignored', params: { layer: 'export/thua_dat', names: 'export/moc_ranh' } },
    ]);
  });

  function readZip(files: Record<string, Uint8Array>) {
    const errors: ReadError[] = [];
    const warnings: ReadWarning[] = [];
    readShapefileZip(zipSync(files), 'x.zip', null, errors, warnings);
    return errors;
  }

  it('reports a zip without .shp, without .dbf, with two polygon layers, and one that is no zip', () => {
    const shp = fixtureBytes('shp-no-prj.zip');
    expect(readZip({ 'readme.txt': strToU8('hello') })).toEqual([{ file: 'x.zip', code: 'zip-no-shapefile' }]);
    const errors: ReadError[] = [];
    readShapefileZip(shp.subarray(0, 40), 'cut.zip', null, errors, []);
    expect(errors.map((e) => e.code)).toEqual(['zip-unreadable']);
    // Take the layer apart and put it together wrongly.
    const parts = unzipFixture('shp-no-prj.zip');
    expect(readZip({ 'a.shp': parts['thua_dat.shp'] })).toEqual([{ file: 'x.zip', code: 'shapefile-dbf-missing', params: { layer: 'a' } }]);
    expect(readZip({ 'a.shp': parts['thua_dat.shp'], 'b.shp': parts['thua_dat.shp'] }))
      .toEqual([{ file: 'x.zip', code: 'zip-multiple-polygon-layers', params: { names: 'a, b' } }]);
    const shorterDbf = readZip({ 'a.shp': parts['thua_dat.shp'], 'a.dbf': dbfWithRecords(parts['thua_dat.dbf'], 3) });
    expect(shorterDbf).toEqual([{ file: 'x.zip', code: 'shapefile-record-count-mismatch', params: { shapes: 4, records: 3 } }]);
  });
});

function unzipFixture(name: string): Record<string, Uint8Array> {
  return unzipSync(fixtureBytes(name));
}
/** The same .dbf claiming fewer records. */
function dbfWithRecords(dbf: Uint8Array, count: number): Uint8Array {
  const copy = dbf.slice();
  new DataView(copy.buffer).setUint32(4, count, true);
  return copy;
}
