import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import reference from '../../fixtures/coordinates/proj-reference.json';
import { convertCoordinateCsv } from '../../../src/io/csv-coordinates/convert-coordinate-csv';
import { formatFixed } from '../../../src/io/csv-coordinates/number-format';

const convert = (text: string, from: string, to: string) => convertCoordinateCsv(text, { from, to });

function rowsOf(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

describe('convertCoordinateCsv against PROJ 9.1 (tests/fixtures/coordinates/proj-reference.json)', () => {
  const crsList = [...new Set(reference.cases.map((c) => c.crs))];

  it.each(crsList)('EPSG:4326 → %s matches cs2cs to the millimetre', (crs) => {
    const cases = reference.cases.filter((c) => c.crs === crs);
    const input = ['name,lat,lon', ...cases.map((c, i) => `p${i},${c.lat},${c.lon}`)].join('\n');
    const result = convert(input, 'EPSG:4326', crs);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const rows = rowsOf(result.value);
    expect(Object.keys(rows[0])).toEqual(['name', 'x', 'y']);
    rows.forEach((row, i) => {
      expect(row.x).toMatch(/^\d+\.\d{3}$/);
      expect(Math.abs(Number(row.x) - cases[i].northing)).toBeLessThanOrEqual(0.001);
      expect(Math.abs(Number(row.y) - cases[i].easting)).toBeLessThanOrEqual(0.001);
    });
  });

  it('VN-2000 → WGS84 writes 9 decimals and lands on the PROJ point', () => {
    const cases = reference.cases.filter((c) => c.crs === 'EPSG:9209');
    const input = ['x,y', ...cases.map((c) => `${c.northing},${c.easting}`)].join('\n');
    const result = convert(input, 'EPSG:9209', 'EPSG:4326');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    rowsOf(result.value).forEach((row, i) => {
      expect(row.lat).toMatch(/^\d+\.\d{9}$/);
      // cs2cs printed 0.1 mm: 2e-8 degrees is about 2 mm on the ground.
      expect(Math.abs(Number(row.lat) - cases[i].lat)).toBeLessThan(2e-8);
      expect(Math.abs(Number(row.lon) - cases[i].lon)).toBeLessThan(2e-8);
    });
  });

  it('accepts vn2000:<meridian> for the zones the registry has no code for, and as a synonym', () => {
    const text = 'x,y\n2306382.380,592756.646\n';
    const toUnnamed = convert(text, 'EPSG:9209', 'vn2000:107.75');
    expect(toUnnamed.ok).toBe(true);
    const same = convert(text, 'vn2000:105.5', 'EPSG:9209');
    expect(same).toMatchObject({ ok: true, value: 'x,y\n2306382.380,592756.646\n' });
    if (!toUnnamed.ok) return;
    const back = convert(toUnnamed.value, 'vn2000:107.75', 'EPSG:9209');
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    const [x, y] = back.value.split('\n')[1].split(',').map(Number);
    // Two roundings to 1 mm on the way: within 1.5 mm.
    expect(Math.abs(x - 2306382.38)).toBeLessThanOrEqual(0.0015);
    expect(Math.abs(y - 592756.646)).toBeLessThanOrEqual(0.0015);
  });
});

describe('convertCoordinateCsv table handling', () => {
  it('passes other columns through unchanged and in order; coordinate columns keep their places', () => {
    const input = 'id,lat,note,lon,"owner, name"\n1,20.8479845,"say ""hi""",106.3931924,"Nguyễn Văn A"\n';
    const result = convert(input, 'EPSG:4326', 'EPSG:9209');
    expect(result).toEqual({
      ok: true,
      rowCount: 1,
      value: 'id,x,note,y,"owner, name"\n1,2306382.380,"say ""hi""",592756.646,Nguyễn Văn A\n',
    });
  });

  it('keeps the header spelling when the kind does not change, and matches column names in any case', () => {
    const result = convert('X,Y,Ghi chú\n2306382.380,592756.646,mốc 1\n', 'EPSG:9209', 'EPSG:9210');
    expect(result.ok && result.value.split('\n')[0]).toBe('X,Y,Ghi chú');
  });

  it('keeps CRLF line breaks and a byte-order mark, and skips blank lines', () => {
    const result = convert('\uFEFFlat,lon\r\n\r\n20.848,106.393\r\n', 'EPSG:4326', 'EPSG:9209');
    expect(result).toMatchObject({ ok: true, value: '\uFEFFx,y\r\n2306383.985,592736.613\r\n' });
  });

  it('never writes a negative zero', () => {
    expect(formatFixed(-0.0001, 3)).toBe('0.000');
    expect(formatFixed(-0, 9)).toBe('0.000000000');
    expect(formatFixed(-0.0006, 3)).toBe('-0.001');
  });

  it('quotes passed-through fields per RFC 4180 only when needed', () => {
    const input = 'lat,lon,a,b,c,d\n20.848,106.393,plain,"say ""x""","two\nlines"," padded"\n';
    expect(convert(input, 'EPSG:4326', 'EPSG:4326')).toMatchObject({
      ok: true,
      value: 'lat,lon,a,b,c,d\n20.848000000,106.393000000,plain,"say ""x""","two\nlines"," padded"\n',
    });
  });
});

describe('convertCoordinateCsv errors: nothing is written, every error names row and column', () => {
  it('names the line a user counts (header = 1, blank and wrapped lines counted)', () => {
    const input = 'id,lat,lon,note\n1,20.848,106.393,"two\nlines"\n\n2,20.848,abc,x\n3,,106.393,x\n';
    const result = convert(input, 'EPSG:4326', 'EPSG:9209');
    expect(result).toEqual({
      ok: false,
      errors: [
        { file: '<stdin>', row: 5, field: 'lon', code: 'not-a-number', params: { value: 'abc' } },
        { file: '<stdin>', row: 6, field: 'lat', code: 'missing-value' },
      ],
    });
  });

  it('refuses comma decimals, out-of-range degrees and short rows', () => {
    const input = 'lat,lon\n"20,848",106.393\n95,106.393\n20.848\n';
    const result = convert(input, 'EPSG:4326', 'EPSG:9209');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [2, 'lat', 'not-a-number'],
      [3, 'lat', 'out-of-range'],
      [4, undefined, 'field-count'],
    ]);
  });

  it('says which column is missing for the --from CRS', () => {
    const result = convert('x,y\n1,2\n', 'EPSG:4326', 'EPSG:9209');
    expect(result.ok || result.errors).toEqual([
      { file: '<stdin>', row: 1, field: 'lat', code: 'missing-column', params: { crs: 'EPSG:4326' } },
      { file: '<stdin>', row: 1, field: 'lon', code: 'missing-column', params: { crs: 'EPSG:4326' } },
    ]);
  });

  it('refuses to write a column twice', () => {
    const result = convert('lat,lon,x\n20.848,106.393,7\n', 'EPSG:4326', 'EPSG:9209');
    expect(result.ok || result.errors.map((e) => [e.field, e.code])).toEqual([['x', 'output-column-exists']]);
  });

  it('catches swapped VN-2000 columns (X is the northing)', () => {
    const result = convert('x,y\n592756.646,2306382.380\n', 'EPSG:9209', 'EPSG:4326');
    expect(result.ok || result.errors.map((e) => [e.row, e.field, e.code])).toEqual([[2, 'y', 'axes-swapped']]);
  });

  it('names an unknown CRS', () => {
    expect(convert('lat,lon\n', 'EPSG:3857', 'EPSG:9209')).toEqual({
      ok: false,
      errors: [{ file: '<stdin>', field: 'from', code: 'unknown-crs', params: { crs: 'EPSG:3857' } }],
    });
    expect(convert('lat,lon\n', 'EPSG:4326', 'vn2000:abc')).toMatchObject({ ok: false, errors: [{ field: 'to' }] });
  });

  it('refuses empty input', () => {
    expect(convert('', 'EPSG:4326', 'EPSG:9209')).toMatchObject({ ok: false, errors: [{ code: 'empty-input' }] });
  });
});
