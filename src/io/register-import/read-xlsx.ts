/**
 * A register workbook (.xlsx) as a grid, read with ExcelJS (loaded on demand by the caller: this module
 * is reached only through import()): the reader for a workbook the fast reader (read-xlsx-fast.ts) could
 * not read, and the oracle its tests compare with. ExcelJS gives each cell's font, which tells TCVN3 text
 * (and its capitals) from Unicode. The first sheet with any data is read; merged cells take their
 * master's value (two-row headers), formulas their cached result, rich text its plain text.
 */
import ExcelJS from 'exceljs';
import type { Grid, GridValue } from './grid';
import { gridOfFontedRows, type FontedCell, type FontedRow } from './xlsx-cells';

type Cell = ExcelJS.Cell;

function rawValue(cell: Cell): FontedCell {
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
    // A formula without a cached result (openpyxl writes none) has no value, not "[object Object]".
    if ('result' in value || 'formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
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
  const raw: FontedRow[] = [];
  const width = sheet.columnCount;
  const empty: FontedCell = { value: null, font: undefined };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: FontedCell[] = new Array(width).fill(empty);
    row.eachCell({ includeEmpty: false }, (cell, column) => { cells[column - 1] = rawValue(cell); });
    raw.push({ row: rowNumber, cells });
  });
  return gridOfFontedRows(raw);
}
