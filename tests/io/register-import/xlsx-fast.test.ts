/**
 * The fast xlsx reader (read-xlsx-fast.ts, the sheet's XML over fflate) against ExcelJS as the oracle:
 * the same grid — values, dates, fonts judged into Unicode, merged cells, row numbers — for the openpyxl
 * fixtures and for workbooks ExcelJS writes with rich text in legacy fonts, formulas, booleans, dates in
 * the 1904 system. A hand-zipped workbook covers what neither writer emits (inline strings, prefixed
 * SpreadsheetML, entities), checked against values written here by hand; a damaged part makes the fast
 * reader throw, so the import falls back to ExcelJS.
 */
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/io/register-import/grid';
import { readRegisterFile } from '../../../src/io/register-import';
import { readXlsxGrid } from '../../../src/io/register-import/read-xlsx';
import { readXlsxGridFast } from '../../../src/io/register-import/read-xlsx-fast';

const dir = join(__dirname, '../../fixtures/register-import');
/** Trailing empty cells dropped (the two readers size rows differently), dates as ISO text. */
const comparable = (grid: Grid | null) => grid && {
  encoding: grid.encoding,
  rows: grid.rows.map(({ row, cells }) => {
    const values = cells.map((value) => (value instanceof Date ? `date:${value.toISOString()}` : value));
    while (values.length && values[values.length - 1] === null) values.pop();
    return { row, values };
  }),
};
/** TCVN3 bytes of a text, as Latin-1 characters (glibc's iconv: an oracle independent of phanlo). */
const tcvn3 = (text: string) => Buffer.from(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'TCVN5712-1'], { input: text })).toString('latin1');

describe('fast xlsx reader = ExcelJS', () => {
  for (const file of ['commune-list.xlsx', 'legacy-fonts.xlsx', 'bad-rows.xlsx', 'duplicates.xlsx']) {
    it(`${file} (openpyxl)`, async () => {
      const bytes = new Uint8Array(readFileSync(join(dir, file)));
      const fast = comparable(await readXlsxGridFast(bytes));
      expect(fast!.rows.length).toBeGreaterThan(3);
      expect(fast).toEqual(comparable(await readXlsxGrid(bytes)));
    });
  }

  it('a workbook ExcelJS wrote: rich text and cells in .VnTime/.VnTimeH, merges, formulas, booleans, 1904 dates', async () => {
    const book = new ExcelJS.Workbook();
    book.properties.date1904 = true;
    book.addWorksheet('Trống'); // an empty first sheet: the first sheet WITH data is read
    const sheet = book.addWorksheet('Danh sách');
    sheet.getCell('A1').value = 'DANH SÁCH ĐĂNG KÝ';
    sheet.mergeCells('A1:F1');
    sheet.getCell('A3').value = 'Tên hộ/cơ sở';
    sheet.mergeCells('A3:A4');
    sheet.getCell('B3').value = 'Nhu cầu';
    sheet.mergeCells('B3:C3');
    sheet.getCell('B4').value = 'Diện tích cần (m²)';
    sheet.getCell('C4').value = 'Số lao động';
    sheet.getCell('D3').value = 'Ngày đăng ký';
    sheet.getCell('E3').value = 'Điện thoại';
    sheet.getCell('F3').value = 'Vay';
    const small = sheet.getCell('A5');
    small.value = tcvn3('Nguyễn Văn Đức');
    small.font = { name: '.VnTime' };
    const capitals = sheet.getCell('A6');
    capitals.value = { richText: [{ text: tcvn3('hé '), font: { name: '.VnTimeH' } }, { text: 'x', font: { name: 'Arial' } }] };
    sheet.getCell('B5').value = 250.5;
    sheet.getCell('C5').value = { formula: 'B5/50', result: 5.01 };
    sheet.getCell('C6').value = { formula: 'A5&"!"', result: 'chuỗi' };
    const date = sheet.getCell('D5');
    date.value = new Date(Date.UTC(2024, 2, 15));
    date.numFmt = 'dd/mm/yyyy';
    sheet.getCell('E5').value = '0912345678';
    sheet.getCell('F5').value = true;
    sheet.getCell('F6').value = false;
    sheet.getCell('A9').value = 'Tổng cộng';
    const bytes = new Uint8Array(await book.xlsx.writeBuffer() as ArrayBuffer);
    const fast = comparable(await readXlsxGridFast(bytes));
    expect(fast).toEqual(comparable(await readXlsxGrid(bytes)));
    // And what was written, independently of either reader.
    expect(fast!.rows.find((r) => r.row === 5)!.values).toEqual(['Nguyễn Văn Đức', 250.5, 5.01, 'date:2024-03-15T00:00:00.000Z', '0912345678', true]);
    expect(fast!.rows.find((r) => r.row === 6)!.values).toEqual(['HÉ X', null, 'chuỗi', null, null, false]);
    expect(fast!.encoding).toBe('tcvn3+tcvn3-capitals');
    expect(fast!.rows.find((r) => r.row === 4)!.values).toEqual(['Tên hộ/cơ sở', 'Diện tích cần (m²)', 'Số lao động']);
    expect(fast!.rows.find((r) => r.row === 1)!.values).toEqual(Array(6).fill('DANH SÁCH ĐĂNG KÝ'));
  });

  it('a 300-row register as the benchmark writes it', async () => {
    const { registerWorkbookBytes } = await import('../../../bench/register-workbook');
    const bytes = await registerWorkbookBytes(300);
    expect(comparable(await readXlsxGridFast(bytes))).toEqual(comparable(await readXlsxGrid(bytes)));
  });
});

describe('what only a hand-made workbook has', () => {
  const part = (xml: string) => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`);
  const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const workbook = (sheetXml: string) => zipSync({
    '[Content_Types].xml': part('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': part(`<x:workbook ${NS}><x:sheets><x:sheet name="DS" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`),
    'xl/_rels/workbook.xml.rels': part('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'),
    'xl/styles.xml': part(`<x:styleSheet ${NS}><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="[&gt;=100]0;&quot;d&quot;0"/></x:numFmts><x:fonts count="2"><x:font><x:name val="Arial"/></x:font><x:font><x:name val=".VnTimeH"/></x:font></x:fonts><x:cellXfs count="4"><x:xf numFmtId="0" fontId="0"/><x:xf numFmtId="14" fontId="0"/><x:xf numFmtId="164" fontId="0"/><x:xf numFmtId="0" fontId="1"/></x:cellXfs></x:styleSheet>`),
    'xl/worksheets/sheet1.xml': part(sheetXml),
  });

  it('reads inline strings, entities, prefixed elements, a built-in date format, and capitals by the cell font', async () => {
    const sheet = `<x:worksheet ${NS}><x:sheetData>
      <x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>Tên hộ/cơ sở</x:t></x:is></x:c><x:c r="B2" t="inlineStr"><x:is><x:r><x:t>Ghi </x:t></x:r><x:r><x:t>chú</x:t></x:r></x:is></x:c></x:row>
      <x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:t>Hộ &lt;Lê&gt; &amp; con &#x1EA1;</x:t></x:is></x:c><x:c r="B3" s="1"><x:v>45366</x:v></x:c><x:c r="C3" s="2"><x:v>7</x:v></x:c><x:c r="D3" t="inlineStr" s="3"><x:is><x:t>${tcvn3('đức')}</x:t></x:is></x:c><x:c r="E3" t="e"><x:v>#DIV/0!</x:v></x:c><x:c r="F3" s="1"/></x:row>
    </x:sheetData></x:worksheet>`;
    const grid = comparable(await readXlsxGridFast(workbook(sheet)));
    expect(grid!.rows).toEqual([
      { row: 2, values: ['Tên hộ/cơ sở', 'Ghi chú'] },
      // 45366 = 15 March 2024 (1900 system); "[>=100]0" is no date format; TCVN3 small-letter bytes in .VnTimeH are capitals.
      { row: 3, values: ['Hộ <Lê> & con ạ', 'date:2024-03-15T00:00:00.000Z', 7, 'ĐỨC'] },
    ]);
    expect(grid!.encoding).toBe('tcvn3-capitals');
  });

  it('throws on a damaged sheet, and the import then reads the file with ExcelJS (which says it is no workbook)', async () => {
    const broken = workbook(`<x:worksheet ${NS}><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Tên</x:t></x:is></x:sheetData></x:worksheet>`);
    await expect(readXlsxGridFast(broken)).rejects.toThrow();
    // A cell whose reference names another row, or no row: not a sheet this reader trusts.
    for (const ref of ['A3', 'A', '1', 'A2.0']) {
      await expect(readXlsxGridFast(workbook(`<x:worksheet ${NS}><x:sheetData><x:row r="2"><x:c r="${ref}" t="inlineStr"><x:is><x:t>Tên</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`))).rejects.toThrow();
    }
    expect(await readRegisterFile('hỏng.xlsx', broken)).toMatchObject({ errors: [{ code: 'not-a-workbook' }] });
  });
});
