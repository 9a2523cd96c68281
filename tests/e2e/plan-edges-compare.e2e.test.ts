// Marking a zone edge, the compare map and the plot schedule workbook, in Chromium against the built
// app. Expected plots come from the engine in Node on sites built here from the zone file; the compare
// map's classes from the two layouts' code sets; the workbook is read back by openpyxl.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asPlane, planeProjection } from '../../src/geo/coordinates';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutParameters } from '../../src/geo/layout';
import type { ZoneSite } from '../../src/geo/zone-site';
import { loadSite } from '../geo/layout/load-site';
import type { AppSession } from './harness';
import { ZONE_FILE } from './plan-data';
import { openPlanWorkspace, screenshotIfAsked, waitForLayout, layoutVersion, listCodes } from './plan-page';

const demo = loadSite(ZONE_FILE);
const corners = demo.zone[0];
function engineLayout(site: ZoneSite, parameters: LayoutParameters = DEFAULT_LAYOUT_PARAMETERS) {
  const result = generateLayout(site, parameters);
  if (!result.ok) throw new Error('engine refused');
  return result;
}
const engineCodes = (site: ZoneSite, parameters?: LayoutParameters): string[] =>
  engineLayout(site, parameters).features.flatMap((f) => (f.properties.kind === 'plot' ? [f.properties.code] : []));
const areaOf = (layout: ReturnType<typeof engineLayout>, category: string) => layout.landUse.rows.find((r) => r.category === category)?.areaM2 ?? 0;
/** "1.250,3 m²" → 1250.3 */
const readArea = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.'));
const shownArea = async (page: Page, category: string) => {
  await page.getByTestId('plan-tab-balance').click();
  return readArea(await page.getByTestId(`balance-area-${category}`).innerText());
};

describe('#/plan: zone edges, compare map, plot schedule workbook', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    ({ session, page } = await openPlanWorkspace());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the demo zone\'s edges with the homes edge the file marks', async () => {
    await page.getByTestId('plan-mark-edges').click();
    await page.getByTestId('edge-marking').waitFor();
    // The file's residential line runs from corner 6 to corner 1 of the zone ring: edge 6 of 6.
    expect(await page.getByTestId('edge-role-5').getAttribute('data-role')).toBe('residential');
    expect(await page.getByTestId('edge-role-2').getAttribute('data-role')).toBe('none');
    // The district road's centre line runs along edge 1, as the engine takes it: said beside the edge.
    expect(await page.getByTestId('edge-file-role-0').innerText()).toContain('đường công cộng');
    expect(await page.getByTestId('edge-file-role-2').count()).toBe(0);
    await expect.poll(async () => ((await page.evaluate('window.__phanloPlanTools.renderedEdges()')) as unknown[]).length).toBe(6);
  });

  it('marks an edge clicked on the map as the public road, lays the zone out again, and undoes it', async () => {
    const before = await layoutVersion(page);
    const original = await listCodes(page, { openTab: true });
    expect(original).toEqual(engineCodes(demo));
    // Click the middle of edge 6 (corner 6 → corner 1, the homes edge) on the map: it is chosen in the list.
    const [a, b] = [corners[5], corners[0]];
    const [lng, lat] = planeProjection('EPSG:9209').toLngLat([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]);
    const point = await page.evaluate(([x, y]) => window.__phanloPlanMap!.screenPointOf(x, y), [lng, lat] as const);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.getByTestId('edge-role-5').getAttribute('class')).toBe('chosen');
    await page.getByTestId('edge-5-access-road').click();
    await waitForLayout(page, before);
    // The site as built here: that edge is a second public road and no longer faces homes (one role per edge).
    const marked: ZoneSite = { ...demo, residentialEdges: [], accessRoads: [...demo.accessRoads, [asPlane([a[0], a[1]]), asPlane([b[0], b[1]])]] };
    const expected = engineLayout(marked);
    const greenBefore = areaOf(engineLayout(demo), 'green');
    // The marked layout's green differs measurably (83 m² on the demo), so the figure polled below tells
    // the new layout from the old one.
    expect(Math.abs(areaOf(expected, 'green') - greenBefore)).toBeGreaterThan(1);
    await expect.poll(() => shownArea(page, 'green'), { timeout: 30_000 }).toBeCloseTo(areaOf(expected, 'green'), 1);
    await expect.poll(() => listCodes(page, { openTab: true }), { timeout: 30_000 }).toEqual(engineCodes(marked));
    expect(await page.getByTestId('edge-role-5').getAttribute('data-role')).toBe('access-road');
    await screenshotIfAsked(page, 'plan-edge-marked');
    const again = await layoutVersion(page);
    await page.locator('.map').click({ position: { x: 5, y: 400 } }); // focus out of the panel, then undo
    await page.keyboard.press('Control+z');
    await waitForLayout(page, again);
    await expect.poll(() => shownArea(page, 'green'), { timeout: 30_000 }).toBeCloseTo(greenBefore, 1);
    await expect.poll(() => listCodes(page, { openTab: true }), { timeout: 30_000 }).toEqual(original);
    await page.getByTestId('plan-mark-edges').click();
  });

  it('maps what differs between the demo and a copy with wider plots, with a legend', async () => {
    await page.getByTestId('variant-duplicate').click();
    await page.getByTestId('plan-tab-parameters').click();
    const before = await layoutVersion(page);
    await page.getByTestId('param-targetFrontageM').fill('25');
    await waitForLayout(page, before);
    await page.getByTestId('notice').getByText(/Đã đổi tham số phương án/).waitFor({ timeout: 10_000 });
    // The copy's codes as its plot list shows them (kept stable from the demo's where plots stay); the demo's from the engine.
    const base = engineCodes(demo);
    await expect.poll(async () => (await listCodes(page, { openTab: true })).length, { timeout: 30_000 }).toBeGreaterThan(0);
    const wide = await listCodes(page, { openTab: true });
    expect(wide).not.toEqual(base);

    await page.getByTestId('variant-compare').click();
    const legend = page.getByTestId('variant-diff-legend');
    await legend.waitFor({ timeout: 30_000 });
    const count = async (status: string) => Number(await legend.locator(`li[data-status="${status}"]`).getAttribute('data-count'));
    const onlyA = wide.filter((c) => !base.includes(c));
    const onlyB = base.filter((c) => !wide.includes(c));
    expect(onlyA.length + onlyB.length).toBeGreaterThan(0);
    expect(await count('only-a')).toBe(onlyA.length);
    expect(await count('only-b')).toBe(onlyB.length);
    expect((await count('changed')) + (await count('same'))).toBe(wide.filter((c) => base.includes(c)).length);
    // Drawn on the map: every plot of the open variant and those only in the other, each with its class.
    await expect.poll(async () => {
      const rendered = (await page.evaluate('window.__phanloPlanTools.renderedDifferences()')) as { code: string; status: string }[];
      return [rendered.filter((r) => r.status === 'only-a').map((r) => r.code).sort(), rendered.filter((r) => r.status === 'only-b').map((r) => r.code).sort()];
    }, { timeout: 10_000 }).toEqual([[...onlyA].sort(), [...onlyB].sort()]);
    await screenshotIfAsked(page, 'plan-compare-map');
    await page.setViewportSize({ width: 800, height: 1280 });
    await screenshotIfAsked(page, 'plan-compare-map-portrait');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Đóng' }).first().click();
    await expect.poll(async () => ((await page.evaluate('window.__phanloPlanTools.renderedDifferences()')) as unknown[]).length).toBe(0);
  });

  it('exports the plot schedule and balance as .xlsx that openpyxl reads: the codes and areas of the list', async () => {
    await page.getByRole('button', { name: /^Xuất/ }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-export-xlsx').click()]);
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const dir = mkdtempSync(join(tmpdir(), 'phanlo-plan-xlsx-'));
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    const script = join(dir, 'read.py');
    writeFileSync(script, [
      'import json, sys, openpyxl',
      'wb = openpyxl.load_workbook(sys.argv[1], data_only=True)',
      'ws = wb.worksheets[0]',
      'rows = [[c.value for c in r] for r in ws.iter_rows(min_row=5)]',
      'print(json.dumps({"sheets": wb.sheetnames, "header": rows[0], "rows": rows[1:], "paper": ws.page_setup.paperSize}))',
    ].join('\n'));
    const book = JSON.parse(execFileSync('/usr/bin/python3', [script, path], { encoding: 'utf8' })) as { sheets: string[]; header: unknown[]; rows: unknown[][]; paper: string };
    expect(book.sheets).toEqual(['Thống kê lô', 'Cân bằng đất']);
    expect(book.header.slice(0, 3)).toEqual(['STT', 'Mã lô', 'Diện tích (m²)']);
    const plots = book.rows.slice(0, -1);
    const listed = await listCodes(page, { openTab: true });
    expect([...plots.map((r) => r[1])].sort()).toEqual([...listed].sort());
    const total = book.rows[book.rows.length - 1];
    expect(total[2] as number).toBeCloseTo(plots.reduce((s, r) => s + (r[2] as number), 0), 6);
    expect(Number(book.paper)).toBe(9);
  });
});
