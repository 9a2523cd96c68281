// The plot schedule and balance workbook, read back by an independent reader (openpyxl, Debian's
// python3-openpyxl, run by /usr/bin/python3; scripts/ensure-oracles.mjs installs it): Vietnamese headers, numbers as numbers, SUM formulas whose cached values equal
// the sum of the cells they name, A4 one page wide; each figure compared with the layout itself.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../../src/geo/layout';
import { catalogue } from '../../../src/i18n/catalogue';
import '../../../src/i18n/plan-messages';
import '../../../src/i18n/plan-draw-messages';
import { planDrawMessages } from '../../../src/i18n/messages/plan-draw';
import { translate, type MessageParams } from '../../../src/i18n/translate';
import { exportPlanTables } from '../../../src/features/plan/export-tables';
import { demoSite } from './fakes';

const site = demoSite();
const layout = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS) as LayoutResult;
const t = (key: string, params?: MessageParams) => translate(catalogue, 'vi', key, params);

// Dumps every cell twice (formulas, and the cached values as a non-calculating viewer sees them) and the print setup.
const READER = `
import json, sys, openpyxl
out = {}
wf = openpyxl.load_workbook(sys.argv[1])
wv = openpyxl.load_workbook(sys.argv[1], data_only=True)
for ws in wf.worksheets:
    vs = wv[ws.title]
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is None: continue
            cells[c.coordinate] = {"value": c.value if not isinstance(c.value, str) or not c.value.startswith("=") else None,
                                   "formula": c.value if isinstance(c.value, str) and c.value.startswith("=") else None,
                                   "cached": vs[c.coordinate].value, "format": c.number_format,
                                   "type": type(vs[c.coordinate].value).__name__}
    out[ws.title] = {"cells": cells, "paper": ws.page_setup.paperSize, "fitWidth": ws.page_setup.fitToWidth,
                     "fitToPage": ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
                     "orientation": ws.page_setup.orientation}
print(json.dumps(out))
`;

interface Cell { value: unknown; formula: string | null; cached: unknown; format: string; type: string }
let book: Record<string, { cells: Record<string, Cell>; paper: number | string; fitWidth: number; fitToPage: boolean | null; orientation: string }>;

beforeAll(async () => {
  const { fileName, bytes } = await exportPlanTables(layout, site, 'Phương án 1 (mẫu)', t);
  expect(fileName).toMatch(/^bang-thong-ke-.*\.xlsx$/);
  const dir = mkdtempSync(join(tmpdir(), 'plan-xlsx-'));
  writeFileSync(join(dir, 'reader.py'), READER);
  writeFileSync(join(dir, fileName), bytes);
  book = JSON.parse(execFileSync('/usr/bin/python3', [join(dir, 'reader.py'), join(dir, fileName)], { encoding: 'utf8' }));
}, 60_000);

const plots = () => layout.features.filter((f) => f.properties.kind === 'plot').map((f) => f.properties as { code: string; areaM2: number; frontageM: number; depthM: number });
const sumRange = (cells: Record<string, Cell>, formula: string): number => {
  const [, col, from, to] = /^=SUM\(([A-Z]+)(\d+):\1(\d+)\)$/.exec(formula)!;
  let total = 0;
  for (let r = Number(from); r <= Number(to); r++) total += Number(cells[`${col}${r}`]?.value ?? 0);
  return total;
};

describe('plot schedule and balance workbook', () => {
  it('has the same words in Vietnamese and English', () => {
    expect(Object.keys(planDrawMessages.en).sort()).toEqual(Object.keys(planDrawMessages.vi).sort());
  });

  it('lists every plot with its figures as number cells, under Vietnamese headers', () => {
    const sheet = book['Thống kê lô'];
    expect(sheet).toBeDefined();
    const header = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c) => sheet.cells[`${c}5`].value);
    expect(header).toEqual(['STT', 'Mã lô', 'Diện tích (m²)', 'Mặt tiền (m)', 'Chiều sâu (m)', 'Diện tích xây dựng được (m²)', 'Tình trạng']);
    const expected = plots();
    expect(expected.length).toBeGreaterThan(10);
    expected.forEach((plot, index) => {
      const row = 6 + index;
      expect(sheet.cells[`B${row}`].value).toBe(plot.code);
      expect(['int', 'float']).toContain(sheet.cells[`C${row}`].type);
      expect(sheet.cells[`C${row}`].value as number).toBeCloseTo(plot.areaM2, 1);
      expect(sheet.cells[`D${row}`].value as number).toBeCloseTo(plot.frontageM, 2);
      expect(sheet.cells[`E${row}`].value as number).toBeCloseTo(plot.depthM, 2);
      expect(sheet.cells[`G${row}`]?.value ?? '').toBe(''); // the status column waits for the register
    });
    const envelopes = layout.features.filter((f) => f.properties.kind === 'buildable')
      .reduce((s, f) => s + (f.properties as { areaM2: number }).areaM2, 0);
    const totalRow = 6 + expected.length;
    const area = sheet.cells[`C${totalRow}`];
    expect(area.formula).toBe(`=SUM(C6:C${totalRow - 1})`);
    expect(area.cached as number).toBeCloseTo(sumRange(sheet.cells, area.formula!), 6);
    expect(area.cached as number).toBeCloseTo(expected.reduce((s, p) => s + p.areaM2, 0), 0);
    const envelope = sheet.cells[`F${totalRow}`];
    expect(envelope.cached as number).toBeCloseTo(sumRange(sheet.cells, envelope.formula!), 6);
    expect(Math.abs((envelope.cached as number) - envelopes)).toBeLessThan(0.1 * expected.length);
    expect(sheet.cells.C6.format).toBe('#,##0.0');
  });

  it('gives the balance by category with its total and every rule PASS/FAIL', () => {
    const sheet = book['Cân bằng đất'];
    const rows = layout.landUse.rows;
    rows.forEach((row, index) => {
      expect(sheet.cells[`A${6 + index}`].value).toBe(t(`layout.category.${row.category}`));
      expect(sheet.cells[`B${6 + index}`].value as number).toBeCloseTo(row.areaM2, 1);
    });
    const total = sheet.cells[`B${6 + rows.length}`];
    expect(total.formula).toBe(`=SUM(B6:B${5 + rows.length})`);
    expect(total.cached as number).toBeCloseTo(sumRange(sheet.cells, total.formula!), 6);
    expect(Math.abs((total.cached as number) - layout.landUse.zoneAreaM2)).toBeLessThan(1);
    const results = Object.entries(sheet.cells).filter(([address]) => address.startsWith('G')).map(([, c]) => c.value);
    const expectedRules = layout.landUse.checks.length;
    expect(results.filter((v) => v === 'ĐẠT' || v === 'KHÔNG ĐẠT').length).toBeGreaterThanOrEqual(expectedRules);
    for (const check of layout.landUse.checks) {
      const name = t(`layout.rule.${check.rule}`);
      const address = Object.entries(sheet.cells).find(([a, c]) => a.startsWith('A') && c.value === name)?.[0];
      expect(address, check.rule).toBeDefined();
      const row = address!.slice(1);
      expect(sheet.cells[`G${row}`].value).toBe(check.pass ? 'ĐẠT' : 'KHÔNG ĐẠT');
      expect(sheet.cells[`D${row}`].value as number).toBeCloseTo(check.required, 6);
    }
  });

  it('prints on A4, one page wide', () => {
    for (const sheet of Object.values(book)) {
      expect(Number(sheet.paper)).toBe(9);
      expect(sheet.fitToPage).toBe(true);
      expect(sheet.fitWidth).toBe(1);
    }
  });
});
