// "No value" is not an error: a NULL number in a .dbf as GDAL writes it (a run of '*'), blanks, and
// the word NULL in a CSV all read as an empty optional field. The shapefile was written by ogr2ogr
// (tests/fixtures/import/gdal/make-gdal-fixtures.sh), not by our own code.
import { describe, expect, it } from 'vitest';
import { unzipSync, zipSync } from 'fflate';
import { importParcelFile, readDbf, readShapefileZip } from '../../../src/io/parcel-import';
import type { ReadError, ReadWarning } from '../../../src/io/layers';
import { coerceOptionalNonNegative, coerceText, isBlank } from '../../../src/io/layers/value-coercion';
import { fixtureBytes } from '../layers/fixtures';

const GDAL_ZIP = 'gdal/shp-gdal-null-numbers.zip';

describe('NULL numbers in a shapefile written by GDAL', () => {
  it('the fixture really holds GDAL’s NULL spelling: DIENTICH cells of asterisks', () => {
    const dbf = unzipSync(fixtureBytes(GDAL_ZIP))['thua_dat.dbf'];
    expect(new TextDecoder('latin1').decode(dbf)).toMatch(/\*{10,}/);
  });

  it('reads a NULL number as null, not as the text "****…"', () => {
    const dbf = unzipSync(fixtureBytes(GDAL_ZIP))['thua_dat.dbf'];
    const table = readDbf(dbf, 'utf-8');
    expect(table.records.map((r) => r.DIENTICH)).toEqual([1740, null, 592.4, null, null]);
    expect(table.records[4].TENCHU).toBeNull();
  });

  it('imports the whole file: an empty area is "no area on record", an empty land user is public land', () => {
    const file = { name: 'thua_dat.zip', bytes: fixtureBytes(GDAL_ZIP) };
    const first = importParcelFile(file);
    if (first.kind !== 'needs-mapping') throw new Error(JSON.stringify(first));
    expect(first.sourceCrs).toBe('EPSG:9209');
    expect(first.fields.find((f) => f.name === 'DIENTICH')).toMatchObject({ kind: 'number', samples: [1740, 592.4] });
    const done = importParcelFile(file, { mapping: first.suggestion });
    if (done.kind !== 'ok') throw new Error(JSON.stringify(done));
    expect(done.warnings).toEqual([]);
    expect(done.layer.parcels.map((p) => [p.id, p.registeredAreaM2, p.landUser])).toEqual([
      ['12/43', 1740, 'Nguyễn Văn An'],
      ['12/44', null, 'Trần Thị Bình'],
      ['12/45', 592.4, 'Phạm Đức Cường'],
      ['12/46', null, 'Lê Thị Dung'],
      ['13/8', null, ''],
    ]);
  });

  it('a number field of blanks (older writers) is null too', () => {
    const errors: ReadError[] = [];
    const warnings: ReadWarning[] = [];
    const entries = unzipSync(fixtureBytes(GDAL_ZIP));
    const dbf = entries['thua_dat.dbf'].slice();
    const headerLength = new DataView(dbf.buffer).getUint16(8, true);
    for (let i = headerLength; i < dbf.length; i++) if (dbf[i] === 0x2a) dbf[i] = 0x20;
    const contents = readShapefileZip(zipSync({ ...entries, 'thua_dat.dbf': dbf }), 'x.zip', null, errors, warnings);
    expect(errors).toEqual([]);
    expect(contents!.features.map((f) => f.properties.DIENTICH)).toEqual([1740, null, 592.4, null, null]);
  });
});

describe('spellings of "no value"', () => {
  it('empty, blanks, runs of "*", NULL in any case are blank; real values are not', () => {
    for (const v of [undefined, null, NaN, '', '   ', '*', '**********', 'NULL', 'null', ' Null ', '<NULL>']) expect(isBlank(v)).toBe(true);
    for (const v of [0, '0', 'x', '*1', 'NULLS', 'Nguyễn Văn Null', '-']) expect(isBlank(v)).toBe(false);
  });

  it('an optional area or land user spelled as NULL is no value, not an error', () => {
    expect(coerceOptionalNonNegative('NULL')).toEqual({ ok: true, value: null });
    expect(coerceOptionalNonNegative('*****')).toEqual({ ok: true, value: null });
    expect(coerceText('<NULL>')).toEqual({ ok: true, value: '' });
  });

  it('a corner CSV with NULL, blank and "***" areas and users imports whole', () => {
    const csv = [
      'SoTo;SoThua;Diem;X;Y;LoaiDat;ChuSuDung;DienTich',
      '12;1;1;2306300,000;592700,000;LUC;NULL;NULL',
      '12;1;2;2306300,000;592730,000;LUC;NULL;NULL',
      '12;1;3;2306340,000;592730,000;LUC;NULL;NULL',
      '12;2;1;2306300,000;592730,000;BHK;;***',
      '12;2;2;2306300,000;592760,000;BHK;Trần Thị Bình;***',
      '12;2;3;2306340,000;592760,000;BHK;;   ',
    ].join('\n');
    const file = { name: 'goc.csv', bytes: new TextEncoder().encode(csv) };
    const first = importParcelFile(file, { sourceCrs: 'EPSG:9209' });
    if (first.kind !== 'needs-mapping') throw new Error(JSON.stringify(first));
    const done = importParcelFile(file, { sourceCrs: 'EPSG:9209', mapping: first.suggestion });
    if (done.kind !== 'ok') throw new Error(JSON.stringify(done));
    expect(done.layer.parcels.map((p) => [p.id, p.registeredAreaM2, p.landUser])).toEqual([
      ['12/1', null, ''],
      ['12/2', null, 'Trần Thị Bình'],
    ]);
  });
});
