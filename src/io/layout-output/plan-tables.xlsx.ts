/**
 * The plot schedule and the land-use balance of a layout as an Excel workbook (.xlsx), for the
 * district's file: sheet 1 one row per plot (code, area, frontage, depth, buildable envelope, an empty
 * status column the register fills later) with SUM totals; sheet 2 the balance by category with SUM
 * totals and every rule check with its threshold and PASS/FAIL. Numbers are number cells with formats,
 * totals are formulas with their cached values (the writer of the recovery table, workbook.exceljs.ts,
 * loaded only when a file is written), A4 portrait, one page wide, header rows repeated.
 *
 * `planTablesWorkbook` is pure (plain rows in, sheets out); `planTablesXlsxBytes` writes them.
 */
import type { LandUseCategory, RuleCheck } from '../../geo/layout';
import { regulationReference } from '../../i18n/regulation-reference';
import type { Translate } from '../../i18n/translate';
import { columnLetter, formula, num, str, type SheetRow, type WorkbookSheet } from '../workbook-sheet';

export interface PlotScheduleRow {
  readonly code: string;
  readonly areaM2: number;
  readonly frontageM: number;
  readonly depthM: number;
  /** Null when the plot has no buildable envelope. */
  readonly envelopeAreaM2: number | null;
}

export interface BalanceRow {
  readonly category: LandUseCategory;
  readonly areaM2: number;
  /** Percent of the gross zone area. */
  readonly sharePercent: number;
}

export interface PlanTablesInput {
  readonly zoneName: string;
  readonly variantName: string;
  readonly plots: readonly PlotScheduleRow[];
  readonly balance: readonly BalanceRow[];
  /** Gross zone area, m²: the balance's total. */
  readonly zoneAreaM2: number;
  /** Planning and fire rules, each with its name in words. */
  readonly checks: readonly (RuleCheck & { readonly name: string })[];
}

const AREA = '#,##0.0';
const LENGTH = '#,##0.00';
const SHARE = '0.00';
const INTEGER = '0';
const round1 = (value: number): number => Math.round(value * 10) / 10;
const round2 = (value: number): number => Math.round(value * 100) / 100;

/** The two sheets as plain data; `t` gives the words (Vietnamese by default in the UI). */
export function planTablesWorkbook(input: PlanTablesInput, t: Translate): WorkbookSheet[] {
  const subtitle = t('planXlsx.subtitle', { zone: input.zoneName, variant: input.variantName });

  // Plot schedule: title, subtitle, note, blank, header at row 5, plots from row 6, totals after.
  const plotHeader = ['planXlsx.index', 'planXlsx.code', 'planXlsx.area', 'planXlsx.frontage', 'planXlsx.depth', 'planXlsx.envelope', 'planXlsx.status'];
  const headRow = 5;
  const [top, bottom] = [headRow + 1, headRow + input.plots.length];
  const sum = (column: number, value: number, format: string) => {
    const letter = columnLetter(column);
    return formula(input.plots.length > 0 ? `SUM(${letter}${top}:${letter}${bottom})` : '0', value, format, 'total');
  };
  const plotRows: SheetRow[] = [
    [str(t('planXlsx.plotsTitle'), 'title', plotHeader.length)],
    [str(subtitle, 'subtitle', plotHeader.length)],
    [str(t('planXlsx.crs'), 'note', plotHeader.length)],
    [],
    plotHeader.map((key) => str(t(key), 'header')),
    ...input.plots.map((plot, index): SheetRow => [
      num(index + 1, INTEGER), str(plot.code), num(round1(plot.areaM2), AREA), num(round2(plot.frontageM), LENGTH),
      num(round2(plot.depthM), LENGTH), plot.envelopeAreaM2 === null ? str('') : num(round1(plot.envelopeAreaM2), AREA),
      str(''),
    ]),
    [
      str(t('planXlsx.total'), 'total'), str(String(input.plots.length), 'total'),
      sum(2, round1(input.plots.reduce((s, p) => s + round1(p.areaM2), 0)), AREA), str('', 'total'), str('', 'total'),
      sum(5, round1(input.plots.reduce((s, p) => s + (p.envelopeAreaM2 === null ? 0 : round1(p.envelopeAreaM2)), 0)), AREA),
      str('', 'total'),
    ],
  ];

  // Balance: header at row 5, categories, totals; then the rule checks two rows below.
  const balanceHeader = ['planXlsx.category', 'planXlsx.area', 'planXlsx.share'];
  const [bTop, bBottom] = [headRow + 1, headRow + input.balance.length];
  const balanceSum = (column: number, value: number, format: string) => {
    const letter = columnLetter(column);
    return formula(input.balance.length > 0 ? `SUM(${letter}${bTop}:${letter}${bBottom})` : '0', value, format, 'total');
  };
  const checksHeader = ['planXlsx.rule', 'planXlsx.reference', 'planXlsx.comparison', 'planXlsx.required', 'planXlsx.actual', 'planXlsx.unit', 'planXlsx.result'];
  const balanceRows: SheetRow[] = [
    [str(t('planXlsx.balanceTitle'), 'title', checksHeader.length)],
    [str(subtitle, 'subtitle', checksHeader.length)],
    [str(t('planXlsx.crs'), 'note', checksHeader.length)],
    [],
    balanceHeader.map((key) => str(t(key), 'header')),
    ...input.balance.map((row): SheetRow => [
      str(t(`layout.category.${row.category}`)), num(round1(row.areaM2), AREA), num(round2(row.sharePercent), SHARE),
    ]),
    [
      str(t('planXlsx.total'), 'total'),
      balanceSum(1, round1(input.balance.reduce((s, r) => s + round1(r.areaM2), 0)), AREA),
      balanceSum(2, round2(input.balance.reduce((s, r) => s + round2(r.sharePercent), 0)), SHARE),
    ],
    [],
    [str(t('planXlsx.rulesTitle'), 'label', checksHeader.length)],
    checksHeader.map((key) => str(t(key), 'header')),
    ...input.checks.map((check): SheetRow => [
      str(check.name), str(regulationReference(check.reference, t)), str(t(check.comparison === 'min' ? 'planXlsx.min' : 'planXlsx.max')),
      num(check.required, LENGTH), num(round2(check.actual), LENGTH), str(check.unit),
      str(t(check.pass ? 'plan.pass' : 'plan.fail')),
    ]),
  ];

  const print = { landscape: false, fitToWidth: true, repeatRows: [headRow, headRow] as const };
  return [
    { name: t('planXlsx.sheetPlots'), rows: plotRows, columnWidths: [6, 10, 14, 12, 12, 16, 16], frozenRows: headRow, print },
    { name: t('planXlsx.sheetBalance'), rows: balanceRows, columnWidths: [40, 24, 10, 10, 10, 8, 12], print: { ...print, repeatRows: undefined } },
  ];
}

/** The workbook's bytes; ExcelJS is fetched only now. */
export async function planTablesXlsxBytes(input: PlanTablesInput, t: Translate): Promise<Uint8Array<ArrayBuffer>> {
  const { writeWorkbook } = await import('../workbook.exceljs');
  return writeWorkbook(planTablesWorkbook(input, t));
}
