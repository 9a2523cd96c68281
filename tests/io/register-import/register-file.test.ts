/**
 * Register files end to end through the reader: CSV in UTF-8, UTF-8 with BOM, Windows-1258, TCVN3 and
 * VNI, and .xlsx written by openpyxl (tests/fixtures/register-import/make-fixtures.sh says how each was
 * made). Expected values are the texts the script wrote, not what the reader printed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegisterFile } from '../../../src/io/register-import';

const dir = join(__dirname, '../../fixtures/register-import');
const read = (name: string) => readRegisterFile(name, new Uint8Array(readFileSync(join(dir, name))));

describe('CSV encodings', () => {
  for (const [file, encoding] of [['utf8.csv', 'utf-8'], ['utf8-bom.csv', 'utf-8-bom'], ['windows-1258.csv', 'windows-1258'], ['tcvn3.csv', 'tcvn3']] as const) {
    it(`${file}: ${encoding}, three entries in Unicode`, async () => {
      const result = await read(file);
      expect(result.errors).toEqual([]);
      expect(result.encoding).toBe(encoding);
      expect(result.entries.map((entry) => entry.fields.name)).toEqual(['Nguyễn Văn An', 'Công ty TNHH Cơ khí Hòa Bình', 'Hộ Lê Văn Đức']);
      const [an, hoaBinh, duc] = result.entries.map((entry) => entry.fields);
      expect(an).toMatchObject({ phone: '0912345678', idNumber: '001085012345', trade: 'carpentry', address: 'thôn Đồng Dọc', areaNeededM2: 250.5, workers: 6, emissions: ['noise', 'dust'], fireHazard: 'high', needsLoan: true, loanMillionVnd: 300, registeredOn: '2024-03-15', kind: 'household' });
      expect(hoaBinh).toMatchObject({ trade: 'metalwork', areaNeededM2: 1200, emissions: ['noise', 'smoke'], fireHazard: 'medium', needsLoan: false, notes: 'Cần lô góc', registeredOn: '2024-04-02', kind: 'enterprise' });
      // A trade that matches none of the list is kept as written.
      expect(duc).toMatchObject({ trade: 'Tái chế nhựa', emissions: ['wastewater'], fireHazard: 'low', idNumber: null, registeredOn: '2023-11-20' });
      expect(result.entries.map((entry) => entry.row)).toEqual([2, 3, 4]);
    });
  }
  it('vni.csv: VNI bytes', async () => {
    const result = await read('vni.csv');
    expect(result.errors).toEqual([]);
    expect(result.encoding).toBe('vni');
    expect(result.entries.map((entry) => [entry.fields.name, entry.fields.trade, entry.fields.address, entry.fields.areaNeededM2])).toEqual([
      ['Nguyễn Văn An', 'carpentry', 'thôn Đồng Dọc', 250.5],
      ['Lê Thị Hoa', 'textiles', 'thôn Bình Lăng', 120],
    ]);
  });
});

describe('xlsx as communes keep them', () => {
  it('finds the two-row header below the title block, skips STT, column numbers, total and signatures', async () => {
    const result = await read('commune-list.xlsx');
    expect(result.errors).toEqual([]);
    expect(result.entries.map((entry) => entry.row)).toEqual([9, 10, 11, 12]);
    const [an, , , xss] = result.entries.map((entry) => entry.fields);
    expect(an).toMatchObject({ name: 'Nguyễn Văn An', phone: '0912345678', idNumber: '001085012345', areaNeededM2: 250.5, workers: 6, registeredOn: '2024-03-15' });
    expect(xss.name).toBe('<img src=x onerror=alert(1)>');
  });
  it('reads TCVN3 text by its cells\' fonts, capitals from .VnTimeH, and VNI by VNI-Times', async () => {
    const result = await read('legacy-fonts.xlsx');
    expect(result.errors).toEqual([]);
    expect(result.entries.map((entry) => [entry.row, entry.fields.name, entry.fields.representative, entry.fields.trade, entry.fields.address])).toEqual([
      [4, 'NGUYỄN VĂN BÌNH', 'Nguyễn Văn Bình', 'metalwork', 'thôn Đồng Dọc'],
      [5, 'Hộ Lê Thị Thu', 'Lê Thị Thu', 'carpentry', 'thôn Bình Lăng'],
      [6, 'Trường Thị Mai', 'Trường Thị Mai', 'textiles', 'thôn Đồng Dọc'],
    ]);
  });
  it('lists every bad row by its own row number and column, and keeps none of them', async () => {
    const result = await read('bad-rows.xlsx');
    expect(result.errors.map((issue) => [issue.row, issue.column, issue.code])).toEqual([
      [3, 'Diện tích cần (m²)', 'number'],
      [4, 'Tên hộ/cơ sở', 'required'],
      [5, 'Ngày đăng ký', 'date'],
      [6, 'Nguy cơ cháy', 'fire-hazard'],
    ]);
    expect(result.entries.map((entry) => [entry.row, entry.fields.areaNeededM2])).toEqual([[2, 200], [7, 1250.5]]);
  });
  it('says when no header names the entries', async () => {
    const result = await readRegisterFile('x.csv', new TextEncoder().encode('a,b,c\n1,2,3\n'));
    expect(result.errors.map((issue) => issue.code)).toEqual(['no-header']);
  });
});
