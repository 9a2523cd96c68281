/**
 * The land-recovery table as an Excel workbook (.xlsx), for the commune's office: a sheet per parcel
 * with title rows (project, place, date), a totals block (sum, organisation cost, grand total, budget),
 * a sheet per land user, and a sheet of the rates applied. Numbers are number cells with formats
 * (#,##0.0 for m², #,##0 for đồng), so Excel can sum and re-check them; areas are the stated 0.1 m²
 * values, so a SUM over a column equals its totals row.
 *
 * `recoveryWorkbook` builds the sheet data (pure); `recoveryXlsxBlob` / `recoveryXlsxBytes` write it with
 * write-excel-file's universal entry, which runs in browsers and in Node (no node:stream in the bundle).
 */
import writeExcelFile from 'write-excel-file/universal';
import type { Cell, SheetData } from 'write-excel-file/universal';
import type { CompensationAmounts } from '../domain/land-recovery/compensation-amounts';
import { DEFAULT_COMPENSATION_RATES, ratesEqual } from '../domain/land-recovery/compensation-rates';
import type { CompensationEstimate, CompensationRow } from '../domain/land-recovery/estimate-compensation';
import type { LandUserSummary } from '../domain/land-recovery/recovery-summaries';
import { LAND_USE_CODES, landUseCodeInfo } from '../domain/land-use-codes';
import { roundAreaM2 } from '../geo/plane-measure';
import { formatDate, formatPercent } from '../i18n/format';
import { recoveryMessages, type RecoveryMessageKey } from '../i18n/messages/recovery';
import { translate, type Language, type MessageParams } from '../i18n/translate';

/** Place names are settings (they changed in the 2025 reorganisation); same shape as the app's setting. */
export interface RecoveryPlaceNames {
  readonly commune: string;
  readonly district: string;
  readonly province: string;
}

export interface RecoveryWorkbookSettings {
  readonly placeNames?: RecoveryPlaceNames;
  /** Where in the commune the zone lies; default "khu Đồng Dọc, thôn Thượng Hải". */
  readonly site?: string;
  /** Default "Khu sản xuất tiểu thủ công nghiệp tập trung". */
  readonly projectName?: string;
  /** Date written under the title; none when absent (the function stays pure). */
  readonly date?: Date | string;
  /** Language of headers and labels; default 'vi'. */
  readonly language?: Language;
}

export const DEFAULT_PLACE_NAMES: RecoveryPlaceNames = { commune: 'xã Bình Lăng', district: 'huyện Tứ Kỳ', province: 'tỉnh Hải Dương' };
export const DEFAULT_SITE = 'khu Đồng Dọc, thôn Thượng Hải';
export const DEFAULT_PROJECT_NAME = 'Khu sản xuất tiểu thủ công nghiệp tập trung';

/** One sheet as write-excel-file takes it. */
export interface RecoverySheet {
  readonly sheet: string;
  readonly data: SheetData;
  readonly columns: { width: number }[];
  readonly stickyRowsCount?: number;
}

export const AREA_FORMAT = '#,##0.0';
export const MONEY_FORMAT = '#,##0';
const SHARE_FORMAT = '0.0%';
const INTEGER_FORMAT = '0';

const HEADER_STYLE = {
  fontWeight: 'bold', wrap: true, align: 'center', alignVertical: 'center', backgroundColor: '#E8EEF4', borderStyle: 'thin',
} as const;
const BODY_STYLE = { borderStyle: 'thin' } as const;
const TOTAL_STYLE = { fontWeight: 'bold', borderStyle: 'thin' } as const;

interface Column<Row> {
  readonly header: RecoveryMessageKey;
  readonly width: number;
  readonly cell: (row: Row, index: number) => Cell;
  /** The cell of the totals row, if the column has one. */
  readonly total?: Cell;
}

const num = (value: number, format: string): Cell => ({ value, type: Number, format, ...BODY_STYLE });
const str = (value: string): Cell => ({ value, type: String, ...BODY_STYLE });
const bold = (cell: Cell): Cell => (cell && typeof cell === 'object' && !(cell instanceof Date) ? { ...cell, ...TOTAL_STYLE } : cell);

function titleRow(text: string, span: number, style: Record<string, unknown> = {}): Cell[] {
  return [{ value: text, type: String, columnSpan: span, ...style }, ...Array<Cell>(span - 1).fill(null)];
}

function table<Row>(columns: readonly Column<Row>[], rows: readonly Row[], t: (key: RecoveryMessageKey) => string, totalLabel: string): SheetData {
  const header: Cell[] = columns.map((column) => ({ value: t(column.header), type: String, ...HEADER_STYLE }));
  const body = rows.map((row, index) => columns.map((column) => column.cell(row, index)));
  const totals: Cell[] = columns.map((column, position) =>
    position === 0 ? { value: totalLabel, type: String, ...TOTAL_STYLE } : bold(column.total ?? str('')),
  );
  return [header, ...body, totals];
}

const moneyColumns = <Row extends CompensationAmounts>(totals: CompensationAmounts): Column<Row>[] => [
  { header: 'recovery.column.land', width: 16, cell: (row) => num(row.landVnd, MONEY_FORMAT), total: num(totals.landVnd, MONEY_FORMAT) },
  { header: 'recovery.column.crops', width: 14, cell: (row) => num(row.cropsVnd, MONEY_FORMAT), total: num(totals.cropsVnd, MONEY_FORMAT) },
  { header: 'recovery.column.structures', width: 14, cell: (row) => num(row.structuresVnd, MONEY_FORMAT), total: num(totals.structuresVnd, MONEY_FORMAT) },
  { header: 'recovery.column.gravesAmount', width: 14, cell: (row) => num(row.gravesVnd, MONEY_FORMAT), total: num(totals.gravesVnd, MONEY_FORMAT) },
  { header: 'recovery.column.jobSupport', width: 16, cell: (row) => num(row.jobSupportVnd, MONEY_FORMAT), total: num(totals.jobSupportVnd, MONEY_FORMAT) },
  { header: 'recovery.column.lifeSupport', width: 14, cell: (row) => num(row.lifeSupportVnd, MONEY_FORMAT), total: num(totals.lifeSupportVnd, MONEY_FORMAT) },
  { header: 'recovery.column.support', width: 16, cell: (row) => num(row.supportVnd, MONEY_FORMAT), total: num(totals.supportVnd, MONEY_FORMAT) },
  { header: 'recovery.column.total', width: 18, cell: (row) => num(row.totalVnd, MONEY_FORMAT), total: num(totals.totalVnd, MONEY_FORMAT) },
];

function parcelColumns(estimate: CompensationEstimate, t: (key: RecoveryMessageKey) => string): Column<CompensationRow>[] {
  const { totals } = estimate;
  return [
    { header: 'recovery.column.index', width: 6, cell: (_row, index) => num(index + 1, INTEGER_FORMAT) },
    { header: 'recovery.column.sheetNo', width: 7, cell: (row) => num(row.sheetNo, INTEGER_FORMAT) },
    { header: 'recovery.column.parcelNo', width: 8, cell: (row) => num(row.parcelNo, INTEGER_FORMAT) },
    { header: 'recovery.column.landUseCode', width: 9, cell: (row) => str(row.landUseCode) },
    { header: 'recovery.column.landUser', width: 26, cell: (row) => str(row.publicLand ? t('recovery.publicLand') : row.landUser) },
    { header: 'recovery.column.parcelArea', width: 12, cell: (row) => num(roundAreaM2(row.parcelAreaM2), AREA_FORMAT) },
    {
      header: 'recovery.column.recoveredArea', width: 12,
      cell: (row) => num(row.recoveredAreaM2Stated, AREA_FORMAT), total: num(totals.recoveredAreaM2Stated, AREA_FORMAT),
    },
    { header: 'recovery.column.recoveredShare', width: 9, cell: (row) => num(row.recoveredShare, SHARE_FORMAT) },
    { header: 'recovery.column.extent', width: 10, cell: (row) => str(t(`recovery.extent.${row.extent}`)) },
    {
      header: 'recovery.column.landPrice', width: 12,
      cell: (row) => (row.landPriceVndPerM2 === null ? str('') : num(row.landPriceVndPerM2, MONEY_FORMAT)),
    },
    ...moneyColumns<CompensationRow>(totals).slice(0, 3),
    { header: 'recovery.column.graves', width: 7, cell: (row) => num(row.graves, INTEGER_FORMAT), total: num(totals.graves, INTEGER_FORMAT) },
    ...moneyColumns<CompensationRow>(totals).slice(3),
    { header: 'recovery.column.note', width: 24, cell: (row) => str(row.note) },
  ];
}

function landUserColumns(estimate: CompensationEstimate, t: (key: RecoveryMessageKey) => string): Column<LandUserSummary>[] {
  const { totals } = estimate;
  return [
    { header: 'recovery.column.index', width: 6, cell: (_row, index) => num(index + 1, INTEGER_FORMAT) },
    { header: 'recovery.column.landUser', width: 28, cell: (row) => str(row.landUser === '' ? t('recovery.publicLand') : row.landUser) },
    { header: 'recovery.column.parcelCount', width: 9, cell: (row) => num(row.parcels, INTEGER_FORMAT), total: num(totals.parcels, INTEGER_FORMAT) },
    {
      header: 'recovery.column.recoveredArea', width: 12,
      cell: (row) => num(row.recoveredAreaM2Stated, AREA_FORMAT), total: num(totals.recoveredAreaM2Stated, AREA_FORMAT),
    },
    ...moneyColumns<LandUserSummary>(totals),
  ];
}

/** A label in the first column and an amount in the `amountColumn`-th, as the closing rows of a table. */
function labelledAmount(label: string, amount: Cell, width: number, amountColumn: number): Cell[] {
  const row: Cell[] = Array<Cell>(width).fill(null);
  row[0] = { value: label, type: String, columnSpan: amountColumn, fontWeight: 'bold' };
  row[amountColumn] = bold(amount);
  return row;
}

/**
 * The workbook's sheets: "Thu hồi theo thửa" (parcels, totals, organisation cost, grand total, budget),
 * "Theo chủ sử dụng" (per land user) and "Đơn giá" (the rates applied). Pure.
 */
export function recoveryWorkbook(estimate: CompensationEstimate, settings: RecoveryWorkbookSettings = {}): RecoverySheet[] {
  const language = settings.language ?? 'vi';
  const t = (key: RecoveryMessageKey, params?: MessageParams): string => translate(recoveryMessages, language, key, params);
  const places = settings.placeNames ?? DEFAULT_PLACE_NAMES;
  const place = [settings.site ?? DEFAULT_SITE, places.commune, places.district, places.province].filter((part) => part.trim() !== '').join(', ');

  const head = (title: string, span: number): SheetData => [
    titleRow(title, span, { fontWeight: 'bold', fontSize: 13, align: 'center' }),
    titleRow(t('recovery.xlsx.project', { project: settings.projectName ?? DEFAULT_PROJECT_NAME }), span),
    titleRow(t('recovery.xlsx.location', { place }), span),
    ...(settings.date !== undefined ? [titleRow(t('recovery.xlsx.date', { date: formatDate(settings.date, language) }), span)] : []),
    ...(ratesEqual(estimate.rates, DEFAULT_COMPENSATION_RATES) ? [titleRow(t('recovery.illustrative'), span, { fontStyle: 'italic', textColor: '#A04000' })] : []),
    [],
  ];

  const parcels = parcelColumns(estimate, t);
  const totalColumn = parcels.findIndex((column) => column.header === 'recovery.column.total');
  const { totals, budget } = estimate;
  const parcelHead = head(t('recovery.xlsx.title'), parcels.length);
  const parcelData: SheetData = [
    ...parcelHead,
    ...table(parcels, estimate.rows, t, t('recovery.totals.sum')),
    labelledAmount(
      t('recovery.totals.organisation', { share: formatPercent(estimate.rates.organisationShare, language) }),
      num(totals.organisationVnd, MONEY_FORMAT), parcels.length, totalColumn,
    ),
    labelledAmount(t('recovery.totals.grandTotal'), num(totals.grandTotalVnd, MONEY_FORMAT), parcels.length, totalColumn),
    labelledAmount(t('recovery.xlsx.budget'), num(budget.budgetVnd, MONEY_FORMAT), parcels.length, totalColumn),
    labelledAmount(t('recovery.xlsx.remaining'), num(budget.remainingVnd, MONEY_FORMAT), parcels.length, totalColumn),
  ];

  const users = landUserColumns(estimate, t);
  const userHead = head(t('recovery.xlsx.landUsersTitle'), users.length);
  const userData: SheetData = [
    ...userHead,
    ...table(users, estimate.byLandUser, t, t('recovery.totals.sum')),
  ];

  const { rates } = estimate;
  const scalar = (label: RecoveryMessageKey, value: number, format: string): Cell[] => [str(t(label)), null, num(value, format), null];
  const knownCodes = new Set(LAND_USE_CODES.map((info) => info.code));
  const codes = [
    ...LAND_USE_CODES.map((info) => info.code),
    ...Object.keys(rates.landPriceVndPerM2).filter((code) => !knownCodes.has(code)).sort(),
  ];
  const rateData: SheetData = [
    titleRow(t('recovery.xlsx.ratesTitle'), 4, { fontWeight: 'bold', fontSize: 13 }),
    ...(ratesEqual(rates, DEFAULT_COMPENSATION_RATES) ? [titleRow(t('recovery.rates.illustrative'), 4, { fontStyle: 'italic' })] : []),
    [],
    [t('recovery.xlsx.parameter'), null, t('recovery.xlsx.value'), null].map((value) => (value === null ? null : { value, type: String, ...HEADER_STYLE })),
    scalar('recovery.rates.jobSupportMultiple', rates.jobSupportMultiple, '0.0#'),
    scalar('recovery.rates.stabilisingLife', rates.stabilisingLifeVndPerM2, MONEY_FORMAT),
    scalar('recovery.rates.grave', rates.graveVnd, MONEY_FORMAT),
    scalar('recovery.rates.organisationShare', rates.organisationShare, '0.0%'),
    [str(t('recovery.rates.compensatePublicLand')), null, { value: rates.compensatePublicLand, type: Boolean, ...BODY_STYLE }, null],
    [],
    ['recovery.column.landUseCode', 'recovery.column.landUseName', 'recovery.rates.landPrice', 'recovery.rates.cropRate']
      .map((key) => ({ value: t(key as RecoveryMessageKey), type: String, ...HEADER_STYLE })),
    ...codes.map((code): Cell[] => [
      str(code),
      str(landUseCodeInfo(code).name[language]),
      code in rates.landPriceVndPerM2 ? num(rates.landPriceVndPerM2[code], MONEY_FORMAT) : str(''),
      num(rates.cropVndPerM2[code] ?? 0, MONEY_FORMAT),
    ]),
  ];

  return [
    { sheet: t('recovery.xlsx.sheetParcels'), data: parcelData, columns: parcels.map((c) => ({ width: c.width })), stickyRowsCount: parcelHead.length + 1 },
    { sheet: t('recovery.xlsx.sheetLandUsers'), data: userData, columns: users.map((c) => ({ width: c.width })), stickyRowsCount: userHead.length + 1 },
    { sheet: t('recovery.xlsx.sheetRates'), data: rateData, columns: [{ width: 14 }, { width: 44 }, { width: 16 }, { width: 16 }] },
  ];
}

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The workbook as a Blob, in a browser or in Node 18+ (the UI downloads it). */
export function recoveryXlsxBlob(estimate: CompensationEstimate, settings: RecoveryWorkbookSettings = {}): Promise<Blob> {
  return writeExcelFile(recoveryWorkbook(estimate, settings)).toBlob();
}

/** The workbook as bytes (for the command line, tests, or storing). */
export async function recoveryXlsxBytes(estimate: CompensationEstimate, settings: RecoveryWorkbookSettings = {}): Promise<Uint8Array> {
  return new Uint8Array(await (await recoveryXlsxBlob(estimate, settings)).arrayBuffer());
}
