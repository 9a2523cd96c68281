/**
 * A register workbook (.xlsx) as a grid, read with ExcelJS (loaded on demand by the caller: this module
 * is reached only through import()). ExcelJS rather than a smaller reader because it gives each cell's
 * font, and TCVN3 text is told apart from Unicode (and its capitals from its small letters) only by the
 * font (.VnTime, .VnTimeH, VNI-Times). The first sheet with any data is read; merged cells take their
 * master's value (two-row headers), formulas their cached result, rich text its plain text.
 */
import ExcelJS from 'exceljs';
import type { Grid, GridValue } from './grid';
import { detectTextEncoding, encodingOfFont, toUnicode, type TextEncoding } from './legacy-text';

type Cell = ExcelJS.Cell;

/** Letters only Unicode Vietnamese has (ă đ ơ ư and the tone-marked block), never legacy bytes. */
const VIETNAMESE_UNICODE = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

function rawValue(cell: Cell): { value: GridValue; font: string | undefined } {
  const source = cell.isMerged && cell.master ? cell.master : cell;
  const value = source.value;
  // The font matters for text only (legacy encodings); reading it resolves the cell's style, so not for numbers.
  const font = typeof value === 'string' || (value !== null && typeof value === 'object' && !(value instanceof Date)) ? source.font?.name : undefined;
  if (value === null || value === undefined) return { value: null, font };
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return { value, font };
  if (value instanceof Date) return { value, font };
  if (typeof value === 'object') {
    if ('richText' in value) {
      const runs = value.richText;
      return { value: runs.map((run) => run.text).join(''), font: runs[0]?.font?.name ?? font };
    }
    if ('result' in value) {
      const result = value.result;
      if (result === undefined || result === null || typeof result === 'object' && !(result instanceof Date)) return { value: null, font };
      return { value: result as GridValue, font };
    }
    if ('text' in value) return { value: String(value.text), font };
  }
  return { value: String(value), font };
}

/** Reads the workbook; null when it has no sheet with data (or is not a workbook: the caller says so). */
export async function readXlsxGrid(bytes: Uint8Array): Promise<Grid | null> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
  if (!sheet) return null;
  const raw: { row: number; cells: { value: GridValue; font: string | undefined }[] }[] = [];
  const width = sheet.columnCount;
  const empty = { value: null, font: undefined };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: { value: GridValue; font: string | undefined }[] = new Array(width).fill(empty);
    row.eachCell({ includeEmpty: false }, (cell, column) => { cells[column - 1] = rawValue(cell); });
    raw.push({ row: rowNumber, cells });
  });
  // Text in no legacy font may still be legacy (a .VnTime file re-saved with Arial): judged sheet-wide.
  const plainTexts = raw.flatMap((row) => row.cells.filter((cell) => typeof cell.value === 'string' && !encodingOfFont(cell.font)).map((cell) => cell.value as string));
  const sheetEncoding: TextEncoding = detectTextEncoding(plainTexts);
  const met = new Set<string>();
  const rows = raw.map(({ row, cells }) => ({
    row,
    cells: cells.map(({ value, font }) => {
      if (typeof value !== 'string') return value;
      // Unicode letters of Vietnamese in a .VnTime cell: typed with a Unicode keyboard, the font left as it was.
      const byFont = VIETNAMESE_UNICODE.test(value) ? null : encodingOfFont(font);
      const encoding = byFont?.encoding ?? (VIETNAMESE_UNICODE.test(value) ? 'unicode' : sheetEncoding);
      if (encoding !== 'unicode') met.add(byFont?.capitals ? `${encoding}-capitals` : encoding);
      return toUnicode(value, encoding, byFont?.capitals ?? false);
    }),
  }));
  return { rows, encoding: met.size ? [...met].sort().join('+') : 'unicode' };
}
