import { describe, expect, it } from 'vitest';
import { detectDelimiter, importParcelFile, readCsvTable } from '../../../src/io/parcel-import';
import type { ReadError, ReadWarning } from '../../../src/io/layers';
import { fixtureBytes } from '../layers/fixtures';

function table(text: string | Uint8Array) {
  const errors: ReadError[] = [];
  const warnings: ReadWarning[] = [];
  const t = readCsvTable(typeof text === 'string' ? new TextEncoder().encode(text) : text, 't.csv', null, errors, warnings);
  return { t, errors, warnings };
}

describe('reading corner CSVs', () => {
  it('tells ";" from "," and tab by the header', () => {
    expect(detectDelimiter('Số tờ;Số thửa;Điểm;X;Y')).toBe(';');
    expect(detectDelimiter('to,thua,diem,x,y')).toBe(',');
    expect(detectDelimiter('to\tthua\tdiem')).toBe('\t');
    expect(detectDelimiter('"a;b",c,d')).toBe(',');
  });

  it('knows decimal commas in ";" files and rows as a spreadsheet counts them', () => {
    const { t } = table(fixtureBytes('corners-vn2000-semicolon.csv'));
    expect(t).toMatchObject({ delimiter: ';', decimalMark: ',', encoding: 'utf-8' });
    expect(t!.fields[0]).toBe('Số tờ');
    expect(t!.rows[0]).toEqual({
      row: 2,
      values: { 'Số tờ': '12', 'Số thửa': '101', 'Điểm': '1', 'X (m)': '2306300,000', 'Y (m)': '592700,000', 'Loại đất': 'LUC', 'Chủ sử dụng': 'Nguyễn Văn An', 'Diện tích': '1.200' },
    });
    const { t: dotted } = table('a;b\n1;2306300.5\n');
    expect(dotted!.decimalMark).toBe('.');
  });

  it('counts blank lines as rows, as Excel does', () => {
    const { t } = table('to,thua\n\n12,1\n');
    expect(t!.rows).toEqual([{ row: 3, values: { to: '12', thua: '1' } }]);
  });

  it('reports a header without data, and an unclosed quote', () => {
    expect(table('to;thua;x;y\n').errors).toEqual([{ file: 't.csv', code: 'csv-no-data-rows' }]);
    expect(table('to,thua\n12,"1\n').errors.map((e) => e.code)).toEqual(['csv-unreadable']);
  });

  it('reads a CSV saved by a Vietnamese Windows in CP1258, and warns', () => {
    const cp1258 = new Uint8Array([...'to;thua;chu\n12;1;Nguy'].map((c) => c.charCodeAt(0)).concat([0xea, 0xde, 0x6e, 0x0a]));
    const { t, warnings } = table(cp1258);
    expect(t!.rows[0].values.chu).toBe('Nguyễn');
    expect(warnings).toEqual([{ file: 't.csv', code: 'csv-encoding-guessed', params: { encoding: 'windows-1258' } }]);
  });

  it('corners without point numbers are taken in row order; a repeated closing corner is dropped', () => {
    const csv = 'to;thua;X;Y;loaidat\n1;1;2306300;592700;LUC\n1;1;2306300;592710;LUC\n1;1;2306310;592710;LUC\n1;1;2306300;592700;LUC\n';
    const bytes = new TextEncoder().encode(csv);
    const mapping = { sheetNo: 'to', parcelNo: 'thua', landUseCode: 'loaidat', landUser: null, registeredAreaM2: null, x: 'X', y: 'Y' };
    const result = importParcelFile({ name: 'c.csv', bytes }, { sourceCrs: 'EPSG:9209', mapping });
    expect(result.kind === 'ok' && result.layer.parcels[0].polygon[0]).toEqual([[592700, 2306300], [592710, 2306300], [592710, 2306310], [592700, 2306300]]);
  });

  it('a repeated point number is reported with both rows', () => {
    const csv = 'to;thua;diem;X;Y;loaidat\n1;1;1;2306300;592700;LUC\n1;1;2;2306300;592710;LUC\n1;1;2;2306310;592710;LUC\n1;1;3;2306310;592700;LUC\n';
    const result = importParcelFile({ name: 'd.csv', bytes: new TextEncoder().encode(csv) }, {
      sourceCrs: 'EPSG:9209',
      mapping: { sheetNo: 'to', parcelNo: 'thua', landUseCode: 'loaidat', landUser: null, registeredAreaM2: null, cornerNo: 'diem', x: 'X', y: 'Y' },
    });
    expect(result.kind === 'error' && result.errors).toEqual([
      { file: 'd.csv', code: 'corner-duplicate', row: 4, parcelId: '1/1', field: 'diem', params: { id: '1/1', cornerNo: 2, first: 3 } },
    ]);
  });
});
