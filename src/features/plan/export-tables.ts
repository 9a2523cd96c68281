/**
 * The plot schedule and land-use balance workbook of the layout on screen (.xlsx): the same rows the
 * plot list and the balance panel show, with every rule's name in the reader's language. The writer
 * and ExcelJS are fetched only when the planner asks for the file.
 */
import type { ZoneSite } from '../../domain/site';
import type { LayoutResult } from '../../geo/layout';
import type { Translate } from '../../i18n/translate';
import type { PlanTablesInput } from '../../io/layout-output/plan-tables.xlsx';
import { fireChecks, planningChecks } from './balance-view';
import { fileSlug } from './export-layout';
import { ruleName } from './plan-text';
import { plotRows } from './plot-rows';

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the workbook shows, as plain rows (pure). */
export function planTablesInput(layout: LayoutResult, site: ZoneSite, variantName: string, t: Translate): PlanTablesInput {
  const checks = [...planningChecks(layout.landUse), ...fireChecks(layout.landUse, layout.parameters)];
  return {
    zoneName: site.name,
    variantName,
    plots: plotRows(layout),
    balance: layout.landUse.rows,
    zoneAreaM2: layout.landUse.zoneAreaM2,
    checks: checks.map((check) => ({ ...check, name: ruleName(check.rule, t) })),
  };
}

export async function exportPlanTables(layout: LayoutResult, site: ZoneSite, variantName: string, t: Translate): Promise<{ fileName: string; bytes: Uint8Array<ArrayBuffer> }> {
  const { planTablesXlsxBytes } = await import('../../io/layout-output/plan-tables.xlsx');
  return {
    fileName: `bang-thong-ke-${fileSlug(site.name)}.xlsx`,
    bytes: await planTablesXlsxBytes(planTablesInput(layout, site, variantName, t), t),
  };
}
