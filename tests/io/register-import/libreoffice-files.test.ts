/**
 * Registers LibreOffice Calc wrote (tests/fixtures/register-import/libreoffice/make-fixtures.sh): the
 * commune list with its title block, two-row merged header, STT, total row and signatures, saved as
 * .xlsx, Windows-1258 CSV and UTF-8 CSV with a BOM, and a plain CSV Calc converted to .xlsx. Names,
 * rows and phones expected are those of the typed sources (commune-list.html, ../utf8.csv).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRegisterFile } from '../../../src/io/register-import';

const here = new URL('../../fixtures/register-import/libreoffice/', import.meta.url);
const read = (name: string) => readRegisterFile(name, new Uint8Array(readFileSync(new URL(name, here))));

/** The typed list's data rows: [spreadsheet row, name, phone as typed]; the table's first <tr> is row 1. */
function typedRows(): [number, string, string][] {
  const rows = readFileSync(new URL('commune-list.html', here), 'utf8').split('<tr>').slice(1);
  return rows.flatMap((row, i) => {
    const m = /^<td>\d+<\/td><td>([^<]*)<\/td><td>[^<]*<\/td><td>[^<]*<\/td><td>([^<]*)<\/td>/.exec(row);
    return m ? [[i + 1, m[1], m[2]] as [number, string, string]] : [];
  });
}

describe('registers written by LibreOffice Calc', () => {
  it.each([
    ['commune-list.xlsx', 'unicode'],
    ['commune-list.cp1258.csv', 'windows-1258'],
    ['commune-list.bom.csv', 'utf-8-bom'],
  ])('%s: the entries only, by their spreadsheet rows, in Unicode', async (file, encoding) => {
    const result = await read(file);
    expect(result.errors).toEqual([]);
    expect(result.encoding).toBe(encoding);
    const typed = typedRows();
    expect(typed).toHaveLength(3);
    expect(result.entries.map((e) => [e.row, e.fields.name])).toEqual(typed.map(([row, name]) => [row, name]));
    expect(result.entries.map((e) => e.fields.areaNeededM2)).toEqual([450, 1250.5, 300]);
  });

  it('gives the phones Calc turned into numbers their leading zero back, with a note', async () => {
    const result = await read('commune-list.xlsx');
    expect(result.entries.map((e) => e.fields.phone)).toEqual(typedRows().map(([, , phone]) => phone));
    expect(result.warnings.filter((w) => w.code === 'leading-zero').map((w) => w.row)).toEqual([8, 8, 10]);
  });

  it.each(['commune-list.xlsx', 'commune-list.cp1258.csv', 'commune-list.bom.csv'])(
    '%s: a cell typed NULL is no value (notes of row 8, CCCD of row 10), not the text "NULL"', async (file) => {
      const result = await read(file);
      const byRow = new Map(result.entries.map((e) => [e.row, e.fields]));
      expect(byRow.get(8)?.notes ?? null).toBeNull();
      expect(byRow.get(10)?.idNumber ?? null).toBeNull();
      expect(result.entries.flatMap((e) => Object.values(e.fields)).filter((v) => v === 'NULL')).toEqual([]);
    });

  it.each(['commune-list.cp1258.csv', 'commune-list.bom.csv'])(
    '%s: the phones and CCCD Calc had turned into numbers get their leading zero back too, with a note', async (file) => {
      const result = await read(file);
      expect(result.entries.map((e) => e.fields.phone)).toEqual(typedRows().map(([, , phone]) => phone));
      expect(result.entries.find((e) => e.row === 8)?.fields.idNumber).toBe('034186001234');
      expect(result.warnings.filter((w) => w.code === 'leading-zero').map((w) => w.row)).toEqual([8, 8, 10]);
    });

  it('reads a plain CSV Calc saved as .xlsx', async () => {
    const result = await read('plain-list.xlsx');
    expect(result.errors).toEqual([]);
    const csv = readFileSync(new URL('../utf8.csv', here), 'utf8').trim().split('\n').slice(1).map((line) => line.split(','));
    expect(result.entries.map((e) => e.fields.name)).toEqual(csv.map((cells) => cells[0]));
    expect(result.entries.map((e) => e.fields.phone)).toEqual(csv.map((cells) => cells[2]));
  });
});
