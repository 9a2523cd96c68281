// #/plan in Chromium against the built app: the demo zone laid out in the worker with the command
// line's plots and codes, exports read back (GeoJSON byte for byte and through the layout checker,
// DXF through GDAL), a parameter change updating map, list and balance, a refused value with its
// reason, and selection between map and list.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../src/geo/layout';
import { planeProjection } from '../../src/geo/coordinates';
import { formatAreaM2, formatDecimal } from '../../src/i18n/format';
import { polygonLabelPoint } from '../../src/io/layout-output/label-point';
import { readPreviousLayout } from '../../src/io/layout-output/previous-layout';
import { checkLayoutRules } from '../geo/layout/checker';
import { faults } from '../geo/layout/strict-rules';
import { loadSite } from '../geo/layout/load-site';
import { AppSession } from './harness';
import { cliLayout, dxfFeatures, layoutFromGeoJson, plotAreas, ZONE_FILE } from './plan-data';
import { COUNT_LAYOUT_REQUESTS, layoutRequests, layoutVersion, waitForLayout } from './plan-page';

const site = loadSite(ZONE_FILE);

const mapPlotCodes = async (page: Page) => (await page.evaluate('window.__phanloPlanMap.plotCodes()')) as string[];

async function download(page: Page, menuText: RegExp): Promise<string> {
  await page.getByRole('button', { name: /^Xuất/ }).click();
  const item = page.getByRole('menuitem', { name: menuText });
  const [file] = await Promise.all([page.waitForEvent('download'), item.click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'phanlo-plan-')), file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

describe('#/plan, the planner workspace', () => {
  let session: AppSession;
  let page: Page;
  let cliText: string;
  let cliPlots: [string, number][];

  beforeAll(async () => {
    cliText = cliLayout('geojson');
    cliPlots = plotAreas(cliText);
    session = await AppSession.launch({ viewport: { width: 1366, height: 768 } });
    await session.context.addInitScript(COUNT_LAYOUT_REQUESTS);
    page = await session.openApp('#/plan');
    await waitForLayout(page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens with the demo zone laid out: the plots, codes and areas of `phanlo layout`', async () => {
    expect(cliPlots.length).toBeGreaterThan(10);
    const codes = cliPlots.map(([code]) => code);
    expect(await mapPlotCodes(page)).toEqual(codes);
    // Every plot is drawn in the first view.
    expect(await page.evaluate('window.__phanloPlanMap.renderedPlotCodes()')).toEqual([...codes].sort());

    await page.getByTestId('plan-tab-plots').click();
    const listCodes = await page.locator('[data-testid="plan-plot-row"] td:nth-child(1) button').allInnerTexts();
    const listAreas = await page.locator('[data-testid="plan-plot-row"] td:nth-child(2)').allInnerTexts();
    expect(listCodes).toEqual(codes);
    expect(listAreas).toEqual(cliPlots.map(([, area]) => formatDecimal(area, 'vi', 1)));

    await page.getByTestId('plan-tab-balance').click();
    const cli = JSON.parse(cliText) as { phanlo: LayoutResult };
    expect(await page.getByTestId('balance-area-total').innerText()).toBe(formatAreaM2(cli.phanlo.landUse.zoneAreaM2, 'vi'));
    const plotsRow = cli.phanlo.landUse.rows.find((r) => r.category === 'plots')!;
    expect(await page.getByTestId('balance-area-plots').innerText()).toBe(formatAreaM2(plotsRow.areaM2, 'vi'));
    // Every rule the demo layout breaks is shown failed, and named in words with its regulation; every
    // rule it keeps is shown kept.
    for (const check of cli.phanlo.landUse.checks) {
      const row = page.locator(`tr[data-rule="${check.rule}"]`);
      await expect.poll(() => row.innerText()).toContain('ĐẠT');
      if (check.pass) expect(await row.innerText()).not.toContain('KHÔNG ĐẠT');
      else expect(await row.innerText()).toContain('KHÔNG ĐẠT');
      if (!check.pass) expect(await page.getByTestId('plan-warnings').innerText()).toContain(check.reference);
    }
    expect(session.foreignRequests()).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('exports GeoJSON byte for byte as the command line does, and it passes the layout checks', async () => {
    const path = await download(page, /GeoJSON/);
    expect(path.endsWith('.geojson')).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect(text).toBe(cliText);
    const back = readPreviousLayout(JSON.parse(text), 'export.geojson');
    expect(back.ok && back.value.plots.map((p) => p.code)).toEqual(cliPlots.map(([code]) => code));
    const layout = layoutFromGeoJson(text);
    // The layout checker's strict rules hold; a strategy rule it breaks is reported by the layout itself.
    expect(faults(checkLayoutRules(site, layout.parameters, layout))).toEqual([]);
  });

  it('exports DXF that GDAL reads in VN-2000 metres: plots, labels, zone boundary on their layers', async () => {
    const path = await download(page, /DXF/);
    const features = dxfFeatures(path);
    const byLayer = (layer: string) => features.filter((f) => f.properties.Layer === layer);
    const key = (p: number[]) => `${p[0].toFixed(3)},${p[1].toFixed(3)}`;
    // Plot corners are the engine's plane corners (from the command line's file, back on the mm grid).
    const expectedCorners = new Set(layoutFromGeoJson(cliText).features
      .filter((f) => f.properties.kind === 'plot' && f.geometry.type === 'Polygon')
      .flatMap((f) => (f.geometry.coordinates as unknown as number[][][])[0].map(key)));
    const dxfCorners = new Set(byLayer('PLOT').flatMap((f) => (f.geometry.coordinates as number[][]).map(key)));
    expect(dxfCorners).toEqual(expectedCorners);
    // The zone boundary, holes as holes, as the zone file has it (VN-2000 EPSG:9209, easting ~592 km).
    const zoneCorners = new Set(site.zone.flatMap((ring) => ring.map((p) => key([p[0], p[1]]))));
    expect(site.zone.length).toBeGreaterThan(1);
    expect(byLayer('ZONE')).toHaveLength(site.zone.length);
    expect(new Set(byLayer('ZONE').flatMap((f) => (f.geometry.coordinates as number[][]).map(key)))).toEqual(zoneCorners);
    for (const [e, n] of site.zone[0]) {
      expect(e).toBeGreaterThan(500_000);
      expect(n).toBeGreaterThan(2_000_000);
    }
    expect(byLayer('ACCESS-ROAD').length).toBe(site.accessRoads.length);
    expect(byLayer('RESIDENTIAL').length).toBe(site.residentialEdges.length);
    const labels = byLayer('PLOT_LABEL').map((f) => f.properties.Text);
    for (const [code] of cliPlots) expect(labels).toContain(code);
  });

  it('exports KML that GDAL reads in WGS84, and a CSV corner table of every plot in VN-2000', async () => {
    const kml = await download(page, /KML/);
    const names = execFileSync('ogrinfo', ['-ro', '-al', '-q', kml], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    for (const [code] of cliPlots) expect(names).toContain(`Name (String) = ${code}`);
    const extent = /Extent: \(([\d.]+), ([\d.]+)\) - \(([\d.]+), ([\d.]+)\)/.exec(
      execFileSync('ogrinfo', ['-ro', '-al', '-so', kml], { encoding: 'utf8' }))!;
    expect(Number(extent[1])).toBeGreaterThan(106.38); // longitude, degrees
    expect(Number(extent[2])).toBeGreaterThan(20.83); // latitude

    const csv = readFileSync(await download(page, /CSV/), 'utf8').replace(/^\uFEFF/, '');
    const rows = csv.trim().split(/\r?\n/).map((line) => line.split(','));
    expect(rows[0]).toEqual(['plot_code', 'point_no', 'x', 'y', 'edge_length_m']);
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(cliPlots.map(([code]) => code)));
    // x is the northing, y the easting (VN-2000), each a corner of the engine's plot.
    const corners = new Set(layoutFromGeoJson(cliText).features.filter((f) => f.properties.kind === 'plot')
      .flatMap((f) => (f.geometry.coordinates as unknown as number[][][])[0].map((p) => `${p[1].toFixed(3)},${p[0].toFixed(3)}`)));
    for (const row of rows.slice(1)) expect(corners.has(`${Number(row[2]).toFixed(3)},${Number(row[3]).toFixed(3)}`), row.join(',')).toBe(true);
  });

  it('selects a plot clicked on the map in the list, and a plot chosen in the list on the map', async () => {
    await page.getByTestId('plan-tab-balance').click();
    const layout = layoutFromGeoJson(cliText);
    const projection = planeProjection(layout.crs);
    // The last plots in the list, so that the list has to scroll to show them.
    const plots = layout.features.filter((f) => f.properties.kind === 'plot').reverse();
    let clicked: string | null = null;
    for (const plot of plots) {
      const [lng, lat] = projection.toLngLat(polygonLabelPoint((plot.geometry as unknown as { coordinates: never }).coordinates));
      const { x, y } = (await page.evaluate(`window.__phanloPlanMap.screenPointOf(${lng}, ${lat})`)) as { x: number; y: number };
      const onMap = (await page.evaluate(`!!document.elementFromPoint(${x}, ${y})?.closest('[data-testid="map"]')`)) as boolean;
      if (!onMap) continue;
      await page.mouse.click(x, y);
      clicked = String((plot.properties as { code: string }).code);
      break;
    }
    expect(clicked).not.toBeNull();
    const row = page.locator(`tr[data-plot="${clicked}"]`);
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
    const box = (await row.boundingBox())!;
    const list = (await page.locator('.plan-tabpanel').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(list.y - 1);
    expect(box.y + box.height).toBeLessThanOrEqual(list.y + list.height + 1);
    await expect.poll(() => page.evaluate('window.__phanloPlanMap.renderedSelectedCodes()')).toEqual([clicked]);

    const other = cliPlots[0][0];
    await page.locator(`tr[data-plot="${other}"] button`).click();
    await expect.poll(() => page.evaluate('window.__phanloPlanMap.renderedSelectedCodes()')).toEqual([other]);
    // Sorting by area, largest first.
    await page.getByTestId('plan-sort-areaM2').click();
    await page.getByTestId('plan-sort-areaM2').click();
    const areas = cliPlots.map(([, a]) => a).sort((a, b) => b - a).map((a) => formatDecimal(a, 'vi', 1));
    expect(await page.locator('[data-testid="plan-plot-row"] td:nth-child(2)').allInnerTexts()).toEqual(areas);
  });

  it('lays out again when a parameter changes: map, list and balance follow; a refused value says why', async () => {
    await page.getByTestId('plan-tab-parameters').click();
    const before = await layoutVersion(page);
    await page.getByTestId('param-targetFrontageM').fill('25');
    await waitForLayout(page, before);

    const previous = { plots: layoutFromGeoJson(cliText).features.flatMap((f) =>
      f.properties.kind === 'plot' ? [{ code: String(f.properties.code), polygon: (f.geometry as unknown as { coordinates: never }).coordinates }] : []) };
    const expected = generateLayout(site, { ...DEFAULT_LAYOUT_PARAMETERS, targetFrontageM: 25 }, { previous }) as LayoutResult;
    expect(expected.ok).toBe(true);
    const expectedCodes = expected.features.flatMap((f) => (f.properties.kind === 'plot' ? [f.properties.code] : []));
    expect(expectedCodes).not.toEqual(cliPlots.map(([code]) => code));
    expect(await mapPlotCodes(page)).toEqual(expectedCodes);
    expect(await page.getByTestId('plan-summary').innerText()).toContain(`${expectedCodes.length} lô`);
    await page.getByTestId('plan-tab-balance').click();
    const plotsRow = expected.landUse.rows.find((r) => r.category === 'plots')!;
    expect(await page.getByTestId('balance-area-plots').innerText()).toBe(formatAreaM2(plotsRow.areaM2, 'vi'));

    // Over 5 m: refused beside the field, in words, and nothing runs; the layout stays.
    await page.getByTestId('plan-tab-parameters').click();
    const settled = await layoutVersion(page);
    const requested = await layoutRequests(page);
    await page.getByTestId('param-frontSetbackM').fill('7');
    const reason = await page.getByTestId('param-error').first().innerText();
    expect(reason).toContain('7 m');
    expect(reason).toContain('6.2.2.3');
    expect(await page.getByTestId('plan-refused-note').isVisible()).toBe(true); // in the header, whatever the tab
    // A change runs at once when the workspace is idle, else after its 60 ms pause (plan-workspace.ts):
    // past that pause, measured by the page's own clock, a run the value had started would be posted.
    await page.evaluate('new Promise((resolve) => setTimeout(resolve, 2 * 60))');
    expect(await layoutRequests(page), 'a refused value asks the worker nothing').toBe(requested);
    expect(await page.getByTestId('plan-running').count()).toBe(0);
    expect(await layoutVersion(page)).toBe(settled);
    expect(await mapPlotCodes(page)).toEqual(expectedCodes);

    // Back to the defaults: the field shows 3 again and a layout with the default parameters arrives.
    await page.getByTestId('params-reset').click();
    // The field follows the store after React has rendered the reset: wait for it, do not race it.
    await expect.poll(() => page.getByTestId('param-frontSetbackM').inputValue()).toBe('3');
    await waitForLayout(page, settled);
    expect(await layoutRequests(page), 'only the reset was laid out since the refused value').toBe(requested + 1);
    // The defaults give the reference layout again: the command line's codes, not codes carried over.
    expect(await mapPlotCodes(page)).toEqual(cliPlots.map(([code]) => code));
    expect(session.pageErrors).toEqual([]);
  });
});
