/**
 * The land-recovery table as CSV, one row per recovered parcel. Two variants:
 *
 * - 'machine' (default), for programs: UTF-8 with BOM, ',' separator, '.' decimal point, no grouping,
 *   stable English snake_case headers (RECOVERY_CSV_COLUMNS), areas to 0.1 m², money in whole đồng,
 *   `public_land` true/false (last column), and NO total row: a program that sums the rows gets the totals,
 *   and a total row would be counted twice. The organisation cost is not a parcel's and is not in it.
 *   Text that starts like a formula (=, +, -, @) gets a leading ' here too: this file is often
 *   double-clicked into Excel, and a land user named "=HYPERLINK(…)" must not become a live link.
 * - 'excel-vi', for people opening it in Excel set to Vietnamese: ';' separator, ',' decimal mark, no
 *   grouping, shares as "50,0%", the row number (STT) in the first column, Vietnamese headers, then
 *   three closing rows: the column sums ("Cộng"), the organisation cost and the grand total. Text that
 *   Excel would run as a formula is prefixed with '.
 *
 * Both write the land user as every output does (landUserName: public land in the name of the
 * commune's People's Committee, "UBND xã Bình Lăng"). Pure: returns bytes (or text); the UI downloads them.
 */
import type { CompensationEstimate, CompensationRow } from '../domain/land-recovery/estimate-compensation';
import { roundAreaM2 } from '../geo/plane-measure';
import { formatPercent } from '../i18n/format';
import { recoveryMessages, type RecoveryMessageKey } from '../i18n/messages/recovery';
import { translate } from '../i18n/translate';
import { csvBytes, csvText, type CsvField, type CsvOptions } from './csv-text';

export type RecoveryCsvVariant = 'machine' | 'excel-vi';

type Value = { kind: 'text'; text: string } | { kind: 'number'; value: number; decimals: number } | { kind: 'empty' };

interface Column {
  readonly name: string;
  readonly header: RecoveryMessageKey;
  readonly cell: (row: CompensationRow, language: 'machine' | 'vi') => Value;
  /** Only in the machine variant (a flag a program filters on; people read the land user). */
  readonly machineOnly?: true;
}

const text = (value: string): Value => ({ kind: 'text', text: value });
const number = (value: number, decimals = 0): Value => ({ kind: 'number', value, decimals });
const vi = recoveryMessages.vi;

const COLUMNS: readonly Column[] = [
  { name: 'parcel_id', header: 'recovery.column.index', cell: (row) => text(row.parcelId) },
  { name: 'sheet_no', header: 'recovery.column.sheetNo', cell: (row) => number(row.sheetNo) },
  { name: 'parcel_no', header: 'recovery.column.parcelNo', cell: (row) => number(row.parcelNo) },
  { name: 'land_use_code', header: 'recovery.column.landUseCode', cell: (row) => text(row.landUseCode) },
  { name: 'land_user', header: 'recovery.column.landUser', cell: (row) => text(row.landUserName) },
  { name: 'parcel_area_m2', header: 'recovery.column.parcelArea', cell: (row) => number(roundAreaM2(row.parcelAreaM2), 1) },
  { name: 'recovered_area_m2', header: 'recovery.column.recoveredArea', cell: (row) => number(row.recoveredAreaM2Stated, 1) },
  {
    name: 'recovered_share', header: 'recovery.column.recoveredShare',
    cell: (row, language) => (language === 'vi' ? text(formatPercent(row.recoveredShare, 'vi')) : number(row.recoveredShare, 4)),
  },
  {
    name: 'extent', header: 'recovery.column.extent',
    cell: (row, language) => text(language === 'vi' ? vi[`recovery.extent.${row.extent}`] : row.extent),
  },
  {
    name: 'land_price_vnd_per_m2', header: 'recovery.column.landPrice',
    cell: (row) => (row.landPriceVndPerM2 === null ? { kind: 'empty' } : number(row.landPriceVndPerM2)),
  },
  { name: 'land_vnd', header: 'recovery.column.land', cell: (row) => number(row.landVnd) },
  { name: 'crop_rate_vnd_per_m2', header: 'recovery.column.cropRate', cell: (row) => number(row.cropVndPerM2) },
  { name: 'crops_vnd', header: 'recovery.column.crops', cell: (row) => number(row.cropsVnd) },
  { name: 'structures_vnd', header: 'recovery.column.structures', cell: (row) => number(row.structuresVnd) },
  { name: 'graves', header: 'recovery.column.graves', cell: (row) => number(row.graves) },
  { name: 'graves_vnd', header: 'recovery.column.gravesAmount', cell: (row) => number(row.gravesVnd) },
  { name: 'job_support_vnd', header: 'recovery.column.jobSupport', cell: (row) => number(row.jobSupportVnd) },
  { name: 'life_support_vnd', header: 'recovery.column.lifeSupport', cell: (row) => number(row.lifeSupportVnd) },
  { name: 'support_vnd', header: 'recovery.column.support', cell: (row) => number(row.supportVnd) },
  { name: 'total_vnd', header: 'recovery.column.total', cell: (row) => number(row.totalVnd) },
  { name: 'note', header: 'recovery.column.note', cell: (row) => text(row.note) },
  { name: 'public_land', header: 'recovery.column.landUser', cell: (row) => text(String(row.publicLand)), machineOnly: true },
];
const PEOPLE_COLUMNS = COLUMNS.filter((column) => !column.machineOnly);

/** The header of the machine variant, in order. Stable: programs read columns by these names. */
export const RECOVERY_CSV_COLUMNS: readonly string[] = COLUMNS.map((column) => column.name);

/** Columns the excel-vi variant sums in its "Cộng" row. */
const SUMMED = new Set([
  'recovered_area_m2', 'land_vnd', 'crops_vnd', 'structures_vnd', 'graves', 'graves_vnd',
  'job_support_vnd', 'life_support_vnd', 'support_vnd', 'total_vnd',
]);

function field(value: Value, decimalComma: boolean): CsvField {
  if (value.kind === 'empty') return null;
  if (value.kind === 'text') return value.text;
  // toFixed is exact here: areas are stated to 0.1 m² and money is whole đồng.
  const written = value.value.toFixed(value.decimals);
  return decimalComma ? written.replace('.', ',') : written;
}

function records(estimate: CompensationEstimate, variant: RecoveryCsvVariant): CsvField[][] {
  if (variant === 'machine') {
    return [
      [...RECOVERY_CSV_COLUMNS],
      ...estimate.rows.map((row) => COLUMNS.map((column) => field(column.cell(row, 'machine'), false))),
    ];
  }
  const { totals } = estimate;
  // The first column holds the row number here, not the parcel id (which is sheet/parcel again).
  const body = estimate.rows.map((row, index) =>
    PEOPLE_COLUMNS.map((column, position) => (position === 0 ? String(index + 1) : field(column.cell(row, 'vi'), true))),
  );
  const totalOf: Record<string, Value> = {
    recovered_area_m2: number(totals.recoveredAreaM2Stated, 1),
    land_vnd: number(totals.landVnd), crops_vnd: number(totals.cropsVnd), structures_vnd: number(totals.structuresVnd),
    graves: number(totals.graves), graves_vnd: number(totals.gravesVnd), job_support_vnd: number(totals.jobSupportVnd),
    life_support_vnd: number(totals.lifeSupportVnd), support_vnd: number(totals.supportVnd), total_vnd: number(totals.totalVnd),
  };
  const closing = (label: string, totalVnd: number | null, sums = false): CsvField[] =>
    PEOPLE_COLUMNS.map((column, position) => {
      if (position === 0) return label;
      if (sums && SUMMED.has(column.name)) return field(totalOf[column.name], true);
      if (!sums && column.name === 'total_vnd' && totalVnd !== null) return field(number(totalVnd), true);
      return null;
    });
  return [
    PEOPLE_COLUMNS.map((column) => vi[column.header]),
    ...body,
    closing(vi['recovery.totals.sum'], null, true),
    closing(translate(recoveryMessages, 'vi', 'recovery.totals.organisation', { share: formatPercent(estimate.rates.organisationShare, 'vi') }), totals.organisationVnd),
    closing(vi['recovery.totals.grandTotal'], totals.grandTotalVnd),
  ];
}

function csvOptions(variant: RecoveryCsvVariant): CsvOptions {
  // Both variants end up opened in spreadsheets: text that starts like a formula (a land user named
  // "=HYPERLINK(…)" in a received shapefile) is written with a leading apostrophe, never run.
  return variant === 'machine' ? { separator: ',', neutraliseFormulas: true } : { separator: ';', neutraliseFormulas: true };
}

/** The table as CSV text (no byte order mark). */
export function recoveryTableCsvText(estimate: CompensationEstimate, options: { variant?: RecoveryCsvVariant } = {}): string {
  const variant = options.variant ?? 'machine';
  return csvText(records(estimate, variant), csvOptions(variant));
}

/** The table as a UTF-8 CSV file with byte order mark, ready to download as `text/csv`. */
export function recoveryTableCsv(estimate: CompensationEstimate, options: { variant?: RecoveryCsvVariant } = {}): Uint8Array {
  const variant = options.variant ?? 'machine';
  return csvBytes(records(estimate, variant), csvOptions(variant));
}
