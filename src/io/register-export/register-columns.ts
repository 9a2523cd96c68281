/**
 * The register's export columns, with the import's Vietnamese headers (src/io/register-import/headers.ts),
 * so that an exported file imports again as it is; plus the allocation status. Each column gives a cell
 * as text or number; phones and IDs are text (their leading zeros kept). Trades are written as the
 * stored trade list names them (a name the user gave a default trade, not its standard words), so a file
 * says what the screen shows and imports back to the same trade.
 */
import type { RegisterEntry } from '../../domain/register/entry';
import type { EntryStatus } from '../../domain/register/list-query';
import { tradeNameIn, type TradeItem } from '../../domain/register/trade-list';
import { registryMessages } from '../../i18n/messages/registry';
import { FIELD_HEADERS, type ImportField } from '../register-import/headers';

export type ExportValue = { kind: 'text'; text: string } | { kind: 'number'; value: number; decimals: number } | { kind: 'date'; iso: string } | null;

const vi = registryMessages.vi;
const text = (value: string | null): ExportValue => (value === null || value === '' ? null : { kind: 'text', text: value });
const number = (value: number | null, decimals = 0): ExportValue => (value === null ? null : { kind: 'number', value, decimals });

/** A trade as `list` names it: the name the user gave, a default trade's Vietnamese words, or the trade as written. */
export const tradeText = (trade: string | null, list: readonly TradeItem[]): string | null =>
  trade === null ? null : tradeNameIn(list, trade, (id) => vi[`registry.trade.${id}`]);

export interface ExportColumn {
  readonly field: ImportField;
  readonly header: string;
  readonly width: number;
  readonly cell: (entry: RegisterEntry, status: EntryStatus) => ExportValue;
}

const column = (field: ImportField, width: number, cell: ExportColumn['cell']): ExportColumn => ({ field, header: FIELD_HEADERS[field], width, cell });

/** The columns, naming trades as the stored trade list `trades` does. */
export const exportColumns = (trades: readonly TradeItem[]): readonly ExportColumn[] => [
  column('name', 32, (entry) => text(entry.name)),
  column('kind', 14, (entry) => text(vi[`registry.kind.${entry.kind}`])),
  column('representative', 24, (entry) => text(entry.representative)),
  column('phone', 14, (entry) => text(entry.phone)),
  column('idNumber', 16, (entry) => text(entry.idNumber)),
  column('trade', 24, (entry) => text(tradeText(entry.trade, trades))),
  column('address', 26, (entry) => text(entry.address)),
  column('areaNeededM2', 12, (entry) => number(entry.areaNeededM2, 1)),
  column('workers', 10, (entry) => number(entry.workers)),
  column('emissions', 18, (entry) => text(entry.emissions.map((emission) => vi[`registry.emission.${emission}`]).join(', '))),
  column('fireHazard', 12, (entry) => text(entry.fireHazard === null ? null : vi[`registry.hazard.${entry.fireHazard}`])),
  column('loanMillionVnd', 14, (entry) => (entry.loanMillionVnd !== null ? number(entry.loanMillionVnd, 1) : entry.needsLoan ? text('có') : null)),
  column('notes', 30, (entry) => text(entry.notes)),
  column('registeredOn', 13, (entry) => (entry.registeredOn ? { kind: 'date', iso: entry.registeredOn } : null)),
  column('wishes', 18, (entry) => text(entry.wishes.join(', '))),
  column('status', 16, (_entry, status) => text(vi[`registry.status.${status}`])),
];
