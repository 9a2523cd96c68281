/**
 * The entries of a register sheet (a grid from read-csv or read-xlsx): the header found below any title
 * block, the STT column and the column-number row ("(1) (2) (3)") skipped, reading stopped at the total
 * row, each cell read as its field. Every problem is collected, by the spreadsheet's own row number and
 * the column's header as written; nothing is decided about storage here.
 */
import { entryProblems, emptyEntryFields, kindFromName, type EntryFields } from '../../domain/register/entry';
import { foldKey, foldText } from '../../domain/register/fold-text';
import { findTrade, withTrades, type TradeItem } from '../../domain/register/trade-list';
import type { DefaultTrade } from '../../domain/register/trades';
import {
  readDate, readDigitsText, readEmissions, readFireHazard, readKind, readLoan, readNumber, readWishes, type CellResult,
} from './cell-values';
import { cellText, type Grid, type GridValue } from './grid';
import { FIELD_HEADERS, findHeader, type ImportField } from './headers';

export interface ImportIssue {
  /** The spreadsheet's row number (the sheet's first row is 1, whatever stands above the header). */
  readonly row?: number;
  /** The column's header as the file writes it, else the field's Vietnamese header. */
  readonly column?: string;
  readonly field?: ImportField;
  /** Message key suffix: `registry.import.issue.<code>`. */
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface ParsedEntry {
  readonly row: number;
  readonly fields: EntryFields;
}

export interface SheetEntries {
  readonly entries: readonly ParsedEntry[];
  readonly errors: readonly ImportIssue[];
  readonly warnings: readonly ImportIssue[];
}

const TOTAL_WORDS = new Set(['tong', 'tongcong', 'cong', 'tongso', 'total', 'grandtotal', 'sum']);
const COLUMN_NUMBER = /^\(?[0-9]{1,2}\)?$|^\([a-z0-9]+\)$/i;

export interface ReadOptions {
  /** The default trades' names in each language, to match a written trade. */
  readonly tradeNames?: readonly Record<DefaultTrade, string>[];
  /** The stored trade list: a written trade naming one of its trades (any case or accents) takes its id. */
  readonly trades?: readonly TradeItem[];
  /** Told every ROWS_PER_PROGRESS rows checked (and at the end): rows done, rows in the sheet. */
  readonly onRows?: (done: number, total: number) => void;
}

const ROWS_PER_PROGRESS = 1000;

export function readSheetEntries(grid: Grid, options: ReadOptions = {}): SheetEntries {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const header = findHeader(grid.rows);
  if (!header) return { entries: [], errors: [{ code: 'no-header', params: { name: FIELD_HEADERS.name } }], warnings };
  const columnOf = new Map<ImportField, number>();
  header.columns.forEach((field, column) => { if (field) columnOf.set(field, column); });
  for (const field of ['representative', 'phone', 'trade', 'areaNeededM2', 'address'] as const) {
    if (!columnOf.has(field)) warnings.push({ code: 'missing-column', field, column: FIELD_HEADERS[field] });
  }
  const columnName = (field: ImportField) => header.written[columnOf.get(field) ?? -1] ?? FIELD_HEADERS[field];
  const entries: ParsedEntry[] = [];
  const otherColumns = [...columnOf].filter(([field]) => field !== 'name').map(([, column]) => column);

  // The list grows with the file's new trades, so "Đan lát" and "dan lat" further down are one trade.
  let trades = options.trades ?? [];
  // A file has few distinct trades over thousands of rows: each spelling is matched once.
  const tradeOf = new Map<string, string>();
  const nameColumn = columnOf.get('name') ?? 0;
  const totalCandidates = totalColumns(header.rowNumberColumn, nameColumn);
  const dataRows = grid.rows.slice(header.dataStart);
  let checked = 0;
  for (const gridRow of dataRows) {
    if (options.onRows && ++checked % ROWS_PER_PROGRESS === 0) options.onRows(checked, dataRows.length);
    // Each cell's text once per row: the checks below read the same cells several times.
    const texts = gridRow.cells.map(cellText);
    const filled = texts.filter((text): text is string => text !== null);
    if (filled.length === 0) continue;
    if (filled.every((text) => COLUMN_NUMBER.test(text)) && filled.length >= 3) continue;
    const value = (field: ImportField): GridValue => gridRow.cells[columnOf.get(field) ?? -1] ?? null;
    const text = (field: ImportField): string | null => texts[columnOf.get(field) ?? -1] ?? null;
    if (isTotalRow(texts, totalCandidates)) break;
    const rowErrors: ImportIssue[] = [];
    const take = <T>(field: ImportField, result: CellResult<T>, fallback: T): T => {
      if (!result.ok) {
        rowErrors.push({ row: gridRow.row, column: columnName(field), field, code: result.code, params: { value: text(field) ?? '' } });
        return fallback;
      }
      if (result.warning) warnings.push({ row: gridRow.row, column: columnName(field), field, code: result.warning, params: { value: String(result.value) } });
      return result.value;
    };
    const fields = emptyEntryFields();
    fields.name = text('name') ?? '';
    const mappedFilled = otherColumns.filter((column) => (texts[column] ?? null) !== null).length;
    // A line of a signature block ("Người lập biểu") below a list with an STT column: not an entry.
    if (header.rowNumberColumn !== null && (texts[header.rowNumberColumn] ?? null) === null && mappedFilled === 0) {
      warnings.push({ row: gridRow.row, code: 'row-skipped', params: { value: filled.join(' ').slice(0, 60) } });
      continue;
    }
    fields.representative = text('representative');
    fields.phone = take('phone', readDigitsText(value('phone'), 'phone'), null);
    fields.idNumber = take('idNumber', readDigitsText(value('idNumber'), 'id'), null);
    const trade = text('trade');
    if (trade === null) fields.trade = null;
    else {
      let id = tradeOf.get(trade);
      if (id === undefined) {
        id = findTrade(trades, trade, options.tradeNames) ?? trade;
        trades = withTrades(trades, [id]);
        tradeOf.set(trade, id);
      }
      fields.trade = id;
    }
    fields.address = text('address');
    fields.areaNeededM2 = take('areaNeededM2', readNumber(value('areaNeededM2')), null);
    fields.workers = take('workers', readNumber(value('workers')), null);
    fields.emissions = take('emissions', readEmissions(value('emissions')), []);
    fields.fireHazard = take('fireHazard', readFireHazard(value('fireHazard')), null);
    const loan = take('loanMillionVnd', readLoan(value('loanMillionVnd')), { needsLoan: false, amount: null });
    fields.needsLoan = loan.needsLoan;
    fields.loanMillionVnd = loan.amount;
    fields.notes = text('notes');
    fields.registeredOn = take('registeredOn', readDate(value('registeredOn')), null);
    fields.wishes = take('wishes', readWishes(value('wishes')), []);
    fields.kind = take('kind', readKind(value('kind')), null) ?? kindFromName(fields.name, foldText(fields.name));
    for (const problem of entryProblems(fields)) {
      const field = problem.field as ImportField;
      if (rowErrors.some((issue) => issue.field === field)) continue;
      rowErrors.push({ row: gridRow.row, column: columnName(field), field, code: problem.code, params: { value: text(field) ?? '' } });
    }
    errors.push(...rowErrors);
    if (rowErrors.length === 0) entries.push({ row: gridRow.row, fields });
  }
  options.onRows?.(dataRows.length, dataRows.length);
  if (entries.length === 0 && errors.length === 0) errors.push({ code: 'no-rows' });
  return { entries, errors, warnings };
}

/** The longest of TOTAL_WORDS, written with spaces and marks ("Tổng cộng:"): longer text is no total. */
const TOTAL_TEXT_MAX = 16;
const TOTAL_INITIALS = new Set([...TOTAL_WORDS].map((word) => word[0]));
const NOT_LETTER = /[^\p{L}\p{N}]/u;

/** The text's first letter or digit, small ('' when none). */
function firstLetter(text: string): string {
  const code = text.charCodeAt(0) | 0x20; // an ASCII letter in small, the common case
  if (code >= 97 && code <= 122) return String.fromCharCode(code);
  for (const char of text) if (!NOT_LETTER.test(char)) return char.toLowerCase();
  return '';
}

/** The columns a total row writes its word in: the STT column, the name column, the first two. */
const totalColumns = (rowNumberColumn: number | null, nameColumn: number): number[] =>
  [...new Set([rowNumberColumn, nameColumn, 0, 1].filter((column): column is number => column !== null))];

function isTotalRow(texts: readonly (string | null)[], columns: readonly number[]): boolean {
  for (const column of columns) {
    const text = texts[column] ?? null;
    // Folded only where it could be a total word: its first letter is one of theirs ("(Tổng cộng)" → t).
    if (text !== null && text.length <= TOTAL_TEXT_MAX && TOTAL_INITIALS.has(firstLetter(text)) && TOTAL_WORDS.has(foldKey(text))) return true;
  }
  return false;
}
