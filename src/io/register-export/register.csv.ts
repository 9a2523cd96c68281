/**
 * The register as CSV for Vietnamese Excel: UTF-8 with BOM, ";" between cells, decimal commas, dates as
 * dd/mm/yyyy, the import's headers on the first line, one line per entry. Text that starts like a formula
 * gets a leading apostrophe, as the recovery exports do (csv-text.ts): a name "=HYPERLINK(…)" in a
 * received file must not run. The file holds personal data; the screen says so where it is downloaded.
 */
import type { RegisterEntry } from '../../domain/register/entry';
import type { EntryStatus } from '../../domain/register/list-query';
import { csvBytes, type CsvField } from '../csv-text';
import type { TradeItem } from '../../domain/register/trade-list';
import { exportColumns, type ExportValue } from './register-columns';

function field(value: ExportValue): CsvField {
  if (value === null) return null;
  if (value.kind === 'text') return value.text;
  if (value.kind === 'date') return value.iso.split('-').reverse().join('/');
  return Number(value.value.toFixed(value.decimals)).toString().replace('.', ',');
}

/** `trades`: the stored trade list, whose names the trade column writes. */
export function registerCsvRecords(entries: readonly RegisterEntry[], statusOf: (id: string) => EntryStatus, trades: readonly TradeItem[]): CsvField[][] {
  const columns = exportColumns(trades);
  return [
    columns.map((column) => column.header),
    ...entries.map((entry) => columns.map((column) => field(column.cell(entry, statusOf(entry.id))))),
  ];
}

export function registerCsv(entries: readonly RegisterEntry[], statusOf: (id: string) => EntryStatus, trades: readonly TradeItem[]): Uint8Array {
  return csvBytes(registerCsvRecords(entries, statusOf, trades), { separator: ';', neutraliseFormulas: true });
}
