/**
 * The register as .xlsx: the import's Vietnamese headers on row 1 (so the file imports again as it is),
 * one row per entry, numbers as numbers, dates as Excel dates, phones and IDs as text; a second sheet
 * says the file holds personal data (Decree 13/2023/NĐ-CP). Written by the shared ExcelJS writer,
 * fetched only when someone asks for a spreadsheet.
 */
import type { RegisterEntry } from '../../domain/register/entry';
import type { EntryStatus } from '../../domain/register/list-query';
import { registryMessages } from '../../i18n/messages/registry';
import { num, str, type SheetCell, type WorkbookSheet } from '../workbook-sheet';
import type { TradeItem } from '../../domain/register/trade-list';
import { exportColumns, type ExportValue } from './register-columns';

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const vi = registryMessages.vi;

function cell(value: ExportValue): SheetCell {
  if (value === null) return null;
  if (value.kind === 'text') return str(value.text);
  if (value.kind === 'date') return num(Math.round((Date.parse(`${value.iso}T00:00:00Z`) - EXCEL_EPOCH_MS) / 86_400_000), 'dd/mm/yyyy');
  return num(value.value, value.decimals > 0 ? '#,##0.0' : '#,##0');
}

/** `trades`: the stored trade list, whose names the trade column writes. */
export function registerWorkbook(entries: readonly RegisterEntry[], statusOf: (id: string) => EntryStatus, trades: readonly TradeItem[]): WorkbookSheet[] {
  const columns = exportColumns(trades);
  return [
    {
      name: vi['registry.export.sheet'],
      rows: [
        columns.map((column) => str(column.header, 'header')),
        ...entries.map((entry) => columns.map((column) => cell(column.cell(entry, statusOf(entry.id))))),
      ],
      columnWidths: columns.map((column) => column.width),
      frozenRows: 1,
      print: { landscape: true, fitToWidth: true, repeatRows: [1, 1] },
    },
    { name: vi['registry.export.noteSheet'], rows: [[str(vi['registry.export.personalData'], 'note')]], columnWidths: [120] },
  ];
}

export async function registerXlsxBytes(
  entries: readonly RegisterEntry[], statusOf: (id: string) => EntryStatus, trades: readonly TradeItem[],
): Promise<Uint8Array<ArrayBuffer>> {
  const { writeWorkbook } = await import('../workbook.exceljs');
  return writeWorkbook(registerWorkbook(entries, statusOf, trades));
}
