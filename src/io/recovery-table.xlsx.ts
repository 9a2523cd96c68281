/**
 * The land-recovery table as an Excel workbook (.xlsx), for the commune's office: a sheet per parcel
 * with title rows (project, place, date), a totals block (sum, organisation cost, grand total, budget),
 * a sheet per land user, and a sheet of the rates applied. Numbers are number cells with formats
 * (#,##0.0 for m², #,##0 for đồng); every total is a FORMULA over the rows above it (SUM, and the
 * organisation cost, grand total and remaining budget from the cells they come from) with its value
 * cached beside it, so Excel recalculates after an edit and a viewer that does not calculate still
 * shows the figure. Areas are the stated 0.1 m² values, so the SUM of a column equals its total.
 * The wide parcel sheet prints on A4 landscape, one page wide, with its header row on every page.
 *
 * `recoveryWorkbook` builds the sheets as plain data (pure); `recoveryXlsxBlob` / `recoveryXlsxBytes`
 * write them with ExcelJS (recovery-workbook.exceljs.ts), loaded only when a workbook is written.
 */
import type { CompensationAmounts } from '../domain/land-recovery/compensation-amounts';
import { DEFAULT_COMPENSATION_RATES, ratesEqual } from '../domain/land-recovery/compensation-rates';
import type { CompensationEstimate, CompensationRow } from '../domain/land-recovery/estimate-compensation';
import type { LandUserSummary } from '../domain/land-recovery/recovery-summaries';
import { LAND_USE_CODES, landUseCodeInfo } from '../domain/land-use-codes';
import { landUserName } from '../domain/land-user-name';
import { DEFAULT_PLACE_NAMES, DEFAULT_SITE, placesForDocumentOn, sitePlacePhrase, type PlaceNames } from '../domain/place-names';
import { roundAreaM2 } from '../geo/plane-measure';
import { formatDate, formatPercent } from '../i18n/format';
import { recoveryMessages, type RecoveryMessageKey } from '../i18n/messages/recovery';
import { translate, type Language, type MessageParams } from '../i18n/translate';
import {
  cellAddress, columnLetter, formula, num, str, type SheetCell, type SheetRow, type WorkbookSheet,
} from './workbook-sheet';

export type { WorkbookSheet as RecoverySheet } from './workbook-sheet';

export interface RecoveryWorkbookSettings {
  /** The place-name setting; the plan's names by default. */
  readonly placeNames?: PlaceNames;
  /** Where in the commune the zone lies; default "khu Đồng Dọc, thôn Thượng Hải". */
  readonly site?: string;
  /** Default "Khu sản xuất tiểu thủ công nghiệp tập trung". */
  readonly projectName?: string;
  /** Date written under the title; none when absent (the function stays pure). */
  readonly date?: Date | string;
  /** Language of headers and labels; default 'vi'. */
  readonly language?: Language;
}

export { DEFAULT_SITE } from '../domain/place-names';
export const DEFAULT_PROJECT_NAME = 'Khu sản xuất tiểu thủ công nghiệp tập trung';

export const AREA_FORMAT = '#,##0.0';
export const MONEY_FORMAT = '#,##0';
const SHARE_FORMAT = '0.0%';
const INTEGER_FORMAT = '0';

interface Column<Row> {
  readonly header: RecoveryMessageKey;
  readonly width: number;
  readonly cell: (row: Row, index: number) => SheetCell;
  /** The column is summed in the totals row; the value is the cached result (the estimate's own total). */
  readonly total?: { readonly value: number; readonly format: string };
}

function titleRow(text: string, span: number, style: 'title' | 'subtitle' | 'note' = 'subtitle'): SheetRow {
  return [str(text, style, span)];
}

/**
 * Header, one row per item, and a totals row whose cells are SUM formulas over the rows above.
 * `firstRow` is the 1-based sheet row of the header.
 */
function table<Row>(columns: readonly Column<Row>[], rows: readonly Row[], t: (key: RecoveryMessageKey) => string, totalLabel: string, firstRow: number): SheetRow[] {
  const header: SheetRow = columns.map((column) => str(t(column.header), 'header'));
  const body = rows.map((row, index) => columns.map((column) => column.cell(row, index)));
  const [top, bottom] = [firstRow + 1, firstRow + rows.length];
  const totals: SheetRow = columns.map((column, position) => {
    if (position === 0) return str(totalLabel, 'total');
    if (!column.total) return str('', 'total');
    const letter = columnLetter(position);
    // SUM over no rows is 0 in every spreadsheet; the range still names the (empty) body.
    return formula(rows.length > 0 ? `SUM(${letter}${top}:${letter}${bottom})` : '0', column.total.value, column.total.format, 'total');
  });
  return [header, ...body, totals];
}

const moneyColumns = <Row extends CompensationAmounts>(totals: CompensationAmounts): Column<Row>[] => {
  const money = (header: RecoveryMessageKey, width: number, key: keyof CompensationAmounts): Column<Row> => ({
    header, width, cell: (row) => num(row[key], MONEY_FORMAT), total: { value: totals[key], format: MONEY_FORMAT },
  });
  return [
    money('recovery.column.land', 16, 'landVnd'),
    money('recovery.column.crops', 14, 'cropsVnd'),
    money('recovery.column.structures', 14, 'structuresVnd'),
    money('recovery.column.gravesAmount', 14, 'gravesVnd'),
    money('recovery.column.jobSupport', 16, 'jobSupportVnd'),
    money('recovery.column.lifeSupport', 14, 'lifeSupportVnd'),
    money('recovery.column.support', 16, 'supportVnd'),
    money('recovery.column.total', 18, 'totalVnd'),
  ];
};

/** The land user in the workbook's language: the People's Committee of public land in English too. */
type LandUserWords = (name: string) => string;

function parcelColumns(estimate: CompensationEstimate, t: (key: RecoveryMessageKey) => string, userWords: LandUserWords): Column<CompensationRow>[] {
  const { totals } = estimate;
  return [
    { header: 'recovery.column.index', width: 6, cell: (_row, index) => num(index + 1, INTEGER_FORMAT) },
    { header: 'recovery.column.sheetNo', width: 7, cell: (row) => num(row.sheetNo, INTEGER_FORMAT) },
    { header: 'recovery.column.parcelNo', width: 8, cell: (row) => num(row.parcelNo, INTEGER_FORMAT) },
    { header: 'recovery.column.landUseCode', width: 9, cell: (row) => str(row.landUseCode) },
    { header: 'recovery.column.landUser', width: 26, cell: (row) => str(userWords(row.landUserName)) },
    { header: 'recovery.column.parcelArea', width: 12, cell: (row) => num(roundAreaM2(row.parcelAreaM2), AREA_FORMAT) },
    {
      header: 'recovery.column.recoveredArea', width: 12,
      cell: (row) => num(row.recoveredAreaM2Stated, AREA_FORMAT), total: { value: totals.recoveredAreaM2Stated, format: AREA_FORMAT },
    },
    { header: 'recovery.column.recoveredShare', width: 9, cell: (row) => num(row.recoveredShare, SHARE_FORMAT) },
    { header: 'recovery.column.extent', width: 10, cell: (row) => str(t(`recovery.extent.${row.extent}`)) },
    {
      header: 'recovery.column.landPrice', width: 12,
      cell: (row) => (row.landPriceVndPerM2 === null ? str('') : num(row.landPriceVndPerM2, MONEY_FORMAT)),
    },
    ...moneyColumns<CompensationRow>(totals).slice(0, 3),
    { header: 'recovery.column.graves', width: 7, cell: (row) => num(row.graves, INTEGER_FORMAT), total: { value: totals.graves, format: INTEGER_FORMAT } },
    ...moneyColumns<CompensationRow>(totals).slice(3),
    { header: 'recovery.column.note', width: 24, cell: (row) => str(row.note) },
  ];
}

function landUserColumns(estimate: CompensationEstimate, userWords: LandUserWords): Column<LandUserSummary>[] {
  const { totals } = estimate;
  return [
    { header: 'recovery.column.index', width: 6, cell: (_row, index) => num(index + 1, INTEGER_FORMAT) },
    { header: 'recovery.column.landUser', width: 28, cell: (row) => str(userWords(row.landUser)) },
    {
      header: 'recovery.column.parcelCount', width: 9,
      cell: (row) => num(row.parcels, INTEGER_FORMAT), total: { value: totals.parcels, format: INTEGER_FORMAT },
    },
    {
      header: 'recovery.column.recoveredArea', width: 12,
      cell: (row) => num(row.recoveredAreaM2Stated, AREA_FORMAT), total: { value: totals.recoveredAreaM2Stated, format: AREA_FORMAT },
    },
    ...moneyColumns<LandUserSummary>(totals),
  ];
}

/** A label over the first `amountColumn` columns and an amount in the `amountColumn`-th (0-based). */
function labelledAmount(label: string, amount: SheetCell, amountColumn: number): SheetRow {
  const row: SheetCell[] = Array<SheetCell>(amountColumn + 1).fill(null);
  row[0] = str(label, 'label', amountColumn);
  row[amountColumn] = amount;
  return row;
}

/**
 * The workbook's sheets: "Thu hồi theo thửa" (parcels, totals, organisation cost, grand total, budget),
 * "Theo chủ sử dụng" (per land user) and "Đơn giá" (the rates applied). Pure.
 */
export function recoveryWorkbook(estimate: CompensationEstimate, settings: RecoveryWorkbookSettings = {}): WorkbookSheet[] {
  const language = settings.language ?? 'vi';
  const t = (key: RecoveryMessageKey, params?: MessageParams): string => translate(recoveryMessages, language, key, params);
  // The district only on a workbook dated before 1 July 2025 (an undated one is made today).
  const place = sitePlacePhrase(placesForDocumentOn(settings.placeNames ?? DEFAULT_PLACE_NAMES, settings.date), language, settings.site ?? DEFAULT_SITE);

  const head = (title: string, span: number): SheetRow[] => [
    titleRow(title, span, 'title'),
    titleRow(t('recovery.xlsx.project', { project: settings.projectName ?? DEFAULT_PROJECT_NAME }), span),
    titleRow(t('recovery.xlsx.location', { place }), span),
    ...(settings.date !== undefined ? [titleRow(t('recovery.xlsx.date', { date: formatDate(settings.date, language) }), span)] : []),
    ...(ratesEqual(estimate.rates, DEFAULT_COMPENSATION_RATES) ? [titleRow(t('recovery.illustrative'), span, 'note')] : []),
    [],
  ];

  const userWords: LandUserWords = (name) => landUserName(name, settings.placeNames ?? DEFAULT_PLACE_NAMES, language);
  const parcels = parcelColumns(estimate, t, userWords);
  const totalColumn = parcels.findIndex((column) => column.header === 'recovery.column.total');
  const { totals, budget, rates } = estimate;
  const parcelHead = head(t('recovery.xlsx.title'), parcels.length);
  const parcelTable = table(parcels, estimate.rows, t, t('recovery.totals.sum'), parcelHead.length + 1);
  // Sheet rows (1-based) of the closing block, for the formulas that refer to each other.
  const sumRow = parcelHead.length + parcelTable.length;
  const [organisationRow, grandTotalRow, budgetRow] = [sumRow + 1, sumRow + 2, sumRow + 3];
  const total = (row: number): string => cellAddress(row, totalColumn);
  const parcelData: SheetRow[] = [
    ...parcelHead,
    ...parcelTable,
    labelledAmount(
      t('recovery.totals.organisation', { share: formatPercent(rates.organisationShare, language) }),
      // Whole đồng, as the estimate rounds it (half up, like ROUND).
      formula(`ROUND(${total(sumRow)}*${rates.organisationShare},0)`, totals.organisationVnd, MONEY_FORMAT, 'total'),
      totalColumn,
    ),
    labelledAmount(t('recovery.totals.grandTotal'), formula(`${total(sumRow)}+${total(organisationRow)}`, totals.grandTotalVnd, MONEY_FORMAT, 'total'), totalColumn),
    labelledAmount(t('recovery.xlsx.budget'), num(budget.budgetVnd, MONEY_FORMAT, 'total'), totalColumn),
    labelledAmount(t('recovery.xlsx.remaining'), formula(`${total(budgetRow)}-${total(grandTotalRow)}`, budget.remainingVnd, MONEY_FORMAT, 'total'), totalColumn),
  ];

  const users = landUserColumns(estimate, userWords);
  const userHead = head(t('recovery.xlsx.landUsersTitle'), users.length);
  const userData: SheetRow[] = [...userHead, ...table(users, estimate.byLandUser, t, t('recovery.totals.sum'), userHead.length + 1)];

  const scalar = (label: RecoveryMessageKey, value: number, format: string): SheetRow => [str(t(label)), null, num(value, format), null];
  const knownCodes = new Set(LAND_USE_CODES.map((info) => info.code));
  const codes = [
    ...LAND_USE_CODES.map((info) => info.code),
    ...Object.keys(rates.landPriceVndPerM2).filter((code) => !knownCodes.has(code)).sort(),
  ];
  const rateData: SheetRow[] = [
    titleRow(t('recovery.xlsx.ratesTitle'), 4, 'title'),
    ...(ratesEqual(rates, DEFAULT_COMPENSATION_RATES) ? [titleRow(t('recovery.rates.illustrative'), 4, 'note')] : []),
    [],
    [str(t('recovery.xlsx.parameter'), 'header'), null, str(t('recovery.xlsx.value'), 'header'), null],
    scalar('recovery.rates.jobSupportMultiple', rates.jobSupportMultiple, '0.0#'),
    scalar('recovery.rates.stabilisingLife', rates.stabilisingLifeVndPerM2, MONEY_FORMAT),
    scalar('recovery.rates.grave', rates.graveVnd, MONEY_FORMAT),
    scalar('recovery.rates.organisationShare', rates.organisationShare, '0.0%'),
    [str(t('recovery.rates.compensatePublicLand')), null, { kind: 'boolean', value: rates.compensatePublicLand, style: 'body' }, null],
    [],
    (['recovery.column.landUseCode', 'recovery.column.landUseName', 'recovery.rates.landPrice', 'recovery.rates.cropRate'] as const)
      .map((key) => str(t(key), 'header')),
    ...codes.map((code): SheetRow => [
      str(code),
      str(landUseCodeInfo(code).name[language]),
      code in rates.landPriceVndPerM2 ? num(rates.landPriceVndPerM2[code], MONEY_FORMAT) : str(''),
      num(rates.cropVndPerM2[code] ?? 0, MONEY_FORMAT),
    ]),
  ];

  const print = (headerRow: number) => ({ landscape: true, fitToWidth: true, repeatRows: [headerRow, headerRow] as const });
  return [
    {
      name: t('recovery.xlsx.sheetParcels'), rows: parcelData, columnWidths: parcels.map((c) => c.width),
      frozenRows: parcelHead.length + 1, print: print(parcelHead.length + 1),
    },
    {
      name: t('recovery.xlsx.sheetLandUsers'), rows: userData, columnWidths: users.map((c) => c.width),
      frozenRows: userHead.length + 1, print: print(userHead.length + 1),
    },
    { name: t('recovery.xlsx.sheetRates'), rows: rateData, columnWidths: [14, 44, 16, 16] },
  ];
}

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The workbook as bytes (for the command line, tests, or storing). */
export async function recoveryXlsxBytes(estimate: CompensationEstimate, settings: RecoveryWorkbookSettings = {}): Promise<Uint8Array<ArrayBuffer>> {
  // ExcelJS is large: it is fetched only when someone asks for a spreadsheet.
  const { writeWorkbook } = await import('./workbook.exceljs');
  return writeWorkbook(recoveryWorkbook(estimate, settings));
}

/** The workbook as a Blob, in a browser or in Node 18+ (the UI downloads it). */
export async function recoveryXlsxBlob(estimate: CompensationEstimate, settings: RecoveryWorkbookSettings = {}): Promise<Blob> {
  return new Blob([await recoveryXlsxBytes(estimate, settings)], { type: XLSX_MIME_TYPE });
}
