/**
 * Reads a register file (.xlsx or .csv) into entries and issues, whole, before anything is written.
 * An xlsx is read by the fast reader over its XML (read-xlsx-fast.ts); a workbook it cannot read is
 * read again by ExcelJS, loaded here on demand only then. Callers load this module with import() too.
 */
import type { TradeItem } from '../../domain/register/trade-list';
import type { DefaultTrade } from '../../domain/register/trades';
import type { Grid } from './grid';
import { readCsvGrid } from './read-csv';
import { readXlsxGridFast } from './read-xlsx-fast';
import { readSheetEntries, type ImportIssue, type SheetEntries } from './read-entries';

export type { ImportIssue, ParsedEntry, SheetEntries } from './read-entries';
export { FIELD_HEADERS, fieldOfHeader, type ImportField } from './headers';

/** How far a read has come: the phase, and rows checked of rows in the sheet while checking. */
export interface ReadProgress {
  readonly phase: 'unpacking' | 'cells' | 'checking';
  readonly done?: number;
  readonly total?: number;
}

export interface RegisterFileRead extends SheetEntries {
  readonly fileName: string;
  /** How text was read: `utf-8`, `utf-8-bom`, `windows-1258`, `tcvn3`, `vni`, or the xlsx's legacy fonts. */
  readonly encoding: string;
}

const failed = (fileName: string, code: string): RegisterFileRead =>
  ({ fileName, encoding: 'unknown', entries: [], warnings: [], errors: [{ code } satisfies ImportIssue] });

/** The fast reader first; ExcelJS for a workbook it cannot read (decided per file). */
async function readXlsxGridEitherWay(bytes: Uint8Array, onProgress?: (progress: ReadProgress) => void): Promise<Grid | null> {
  try {
    return await readXlsxGridFast(bytes, onProgress);
  } catch {
    const { readXlsxGrid } = await import('./read-xlsx');
    return readXlsxGrid(bytes);
  }
}

export async function readRegisterFile(
  fileName: string,
  bytes: Uint8Array,
  options: { tradeNames?: readonly Record<DefaultTrade, string>[]; trades?: readonly TradeItem[]; onProgress?: (progress: ReadProgress) => void } = {},
): Promise<RegisterFileRead> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  let grid: Grid | null;
  if (/\.xlsx$/i.test(fileName) || isZip) {
    try {
      grid = await readXlsxGridEitherWay(bytes, options.onProgress);
    } catch {
      return failed(fileName, 'not-a-workbook');
    }
    if (!grid) return failed(fileName, 'no-rows');
  } else if (/\.(xls|ods)$/i.test(fileName)) {
    return failed(fileName, 'old-format');
  } else {
    grid = readCsvGrid(bytes);
  }
  const onRows = options.onProgress && ((done: number, total: number) => options.onProgress!({ phase: 'checking', done, total }));
  return { fileName, encoding: grid.encoding, ...readSheetEntries(grid, { ...options, onRows }) };
}
