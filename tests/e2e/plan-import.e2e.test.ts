// #/plan's zone import in Chromium against the built app: a KML and a DXF written by GDAL
// (tests/fixtures/zone-import/make-fixtures.sh) are laid out at once, their plot codes in the page
// the same as the engine gives in Node for the GeoJSON they were made from (read by the tests' own
// loader, not by the readers under test); a broken file shows its error and changes nothing.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout } from '../../src/geo/layout';
import { loadSite } from '../geo/layout/load-site';
import { AppSession, ROOT } from './harness';
import { cliLayout, plotAreas } from './plan-data';
import { waitForLayout, layoutVersion, listCodes } from './plan-page';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'zone-import');

function engineCodes(zoneFile: string): string[] {
  const result = generateLayout(loadSite(zoneFile), DEFAULT_LAYOUT_PARAMETERS);
  if (!result.ok) throw new Error(`the engine refused ${zoneFile}`);
  return result.features.flatMap((f) => (f.properties.kind === 'plot' ? [f.properties.code] : []));
}


describe('#/plan: bringing a zone in', () => {
  let session: AppSession;
  let page: Page;
  let demoCodes: string[];
  let smallCodes: string[];

  beforeAll(async () => {
    demoCodes = plotAreas(cliLayout('geojson')).map(([code]) => code);
    smallCodes = engineCodes(join(FIXTURES, 'zone-small.geojson'));
    session = await AppSession.launch({ viewport: { width: 1366, height: 768 } });
    page = await session.openApp('#/plan');
    await waitForLayout(page, 0);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('offers one import control whose text does not say GeoJSON', async () => {
    const button = page.getByTestId('plan-import');
    expect(await button.innerText()).toBe('Mở khu quy hoạch…');
    expect(await page.getByTestId('plan-import-file').getAttribute('accept')).toBe('.geojson,.json,.kml,.kmz,.dxf,.zip,.csv');
    // The check is only meaningful if the two layouts differ.
    expect(smallCodes.length).toBeGreaterThan(0);
    expect(smallCodes).not.toEqual(demoCodes);
  });

  it('lays out a KML written by GDAL at once: its plot codes in the list', async () => {
    const before = await layoutVersion(page);
    await page.getByTestId('plan-import-file').setInputFiles(join(FIXTURES, 'zone-small.kml'));
    await waitForLayout(page, before);
    await expect.poll(() => listCodes(page), { timeout: 30_000 }).toEqual(smallCodes);
    expect(await page.locator('body').innerText()).toContain(smallCodes[smallCodes.length - 1]);
    expect(await page.getByTestId('zone-import-warnings').count()).toBe(0);
    // It opened as a new variant beside the demo, which stays approved and as it was.
    const options = page.getByTestId('variant-select').locator('option');
    expect(await options.count()).toBe(2);
    expect(await page.getByTestId('variant-select').locator('option:checked').innerText()).toContain('zone-small.kml');
    expect(await page.getByTestId('variant-approved').count()).toBe(0);
  });

  it('lays out a DXF written by GDAL, saying it took the meridian from Settings', async () => {
    await page.getByTestId('plan-import-file').setInputFiles(join(FIXTURES, 'zone.dxf'));
    await expect.poll(() => listCodes(page), { timeout: 30_000 }).toEqual(demoCodes);
    expect(await page.getByTestId('zone-import-warnings').innerText()).toContain('VN-2000 kinh tuyến trục 105°30′ trong Cài đặt');
    await page.getByTestId('plan-import-file').setInputFiles(join(FIXTURES, 'zone-small.dxf'));
    await expect.poll(() => listCodes(page), { timeout: 30_000 }).toEqual(smallCodes);
  });

  it('asks the planner to mark lines a file gives no role, then lays the zone out', async () => {
    await page.getByTestId('plan-import-file').setInputFiles(join(FIXTURES, 'zone-unmarked.kml'));
    const dialog = page.getByTestId('zone-marking');
    await dialog.waitFor({ timeout: 10_000 });
    const lines = dialog.getByTestId('zone-marking-line');
    expect(await lines.count()).toBe(2);
    const apply = dialog.getByRole('button', { name: 'Bố trí lô đất' });
    expect(await apply.isDisabled()).toBe(true);
    // GDAL keeps the features' order: the road, then the edge facing the village.
    await lines.nth(0).getByRole('button', { name: 'Đường công cộng' }).click();
    await lines.nth(1).getByRole('button', { name: 'Giáp khu dân cư' }).click();
    await apply.click();
    await expect.poll(() => listCodes(page), { timeout: 30_000 }).toEqual(demoCodes);
  });

  it('refuses a broken file, shows why and where, and changes nothing', async () => {
    // What a refused file must not change: the variants and the plots shown. (Not the map's draw count:
    // the previous import's variant may still be drawn again from its stored row meanwhile.)
    const variantsBefore = await page.getByTestId('variant-select').locator('option').allInnerTexts();
    const codesBefore = await listCodes(page);
    await page.getByTestId('plan-import-file').setInputFiles(join(FIXTURES, 'zone-self-intersecting.dxf'));
    const dialog = page.getByTestId('zone-import-errors');
    await dialog.waitFor({ timeout: 10_000 });
    const text = await dialog.innerText();
    expect(text).toContain('zone-self-intersecting.dxf');
    expect(text).toMatch(/cạnh \d+ cắt cạnh \d+/);
    expect(text).toMatch(/đối tượng số 0/);
    await dialog.getByRole('button', { name: 'Đóng' }).click();
    await page.getByTestId('plan-import-file').setInputFiles(join(FIXTURES, 'zone-broken.kml'));
    expect(await page.getByTestId('zone-import-errors').innerText()).toContain('XML');
    await page.getByTestId('zone-import-errors').getByRole('button', { name: 'Đóng' }).click();
    expect(await page.getByTestId('variant-select').locator('option').allInnerTexts()).toEqual(variantsBefore);
    expect(await listCodes(page)).toEqual(codesBefore);
    expect(session.pageErrors).toEqual([]);
    expect(session.foreignRequests()).toEqual([]);
  });
});
