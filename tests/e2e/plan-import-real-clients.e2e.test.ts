// #/plan's zone import with files real clients write, of shapes that are not the demo
// (tests/fixtures/zone-import/real-clients/make-fixtures.sh: GDAL's GeoJSON with the crs member and in
// WGS84, QGIS's one-part MultiPolygon, Google Earth Pro's KML and KMZ with folders, styles and 3D
// coordinates, a zipped shapefile whose zone layer has no role, GDAL's DXF, a surveyor's CSV). Each
// file chosen in the `<input type="file">` opens as a new variant laid out at once, with the plot codes
// of `phanlo layout` (run as a process) on the zone-format file it was made from; the GeoJSON export is
// that command's output byte for byte and passes the independent layout checker; the DXF export, read
// back by GDAL, has the pond as a hole of the zone in VN-2000 metres.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLayoutRules } from '../geo/layout/checker';
import { loadSite } from '../geo/layout/load-site';
import { faults } from '../geo/layout/strict-rules';
import { AppSession, ROOT } from './harness';
import { dxfFeatures, layoutFromGeoJson, plotAreas } from './plan-data';
import { waitForLayout, layoutVersion, listCodes } from './plan-page';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'zone-import', 'real-clients');
const TEMP = mkdtempSync(join(tmpdir(), 'phanlo-real-zones-'));

/** `phanlo layout <file> --format geojson` as a user runs it: its stdout. */
function cliLayoutOf(zoneFile: string): string {
  return execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'src', 'cli', 'phanlo.ts'),
    'layout', zoneFile, '--format', 'geojson'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
}

/** The zone-format source of a shape; the command line needs `role: "zone"`, which the no-role file lacks. */
function sourceOf(shape: string): string {
  const path = join(FIXTURES, `${shape}.vn2000.geojson`);
  if (shape !== 'no-role') return path;
  const json = JSON.parse(readFileSync(path, 'utf8')) as { features: { properties: Record<string, unknown>; geometry: { type: string } }[] };
  for (const f of json.features) if (f.geometry.type === 'Polygon') f.properties.role = 'zone';
  const copy = join(TEMP, 'no-role-with-role.geojson');
  writeFileSync(copy, JSON.stringify(json));
  return copy;
}


async function download(page: Page, menuText: RegExp): Promise<string> {
  await page.getByRole('button', { name: /^Xuất/ }).click();
  const item = page.getByRole('menuitem', { name: menuText });
  const [file] = await Promise.all([page.waitForEvent('download'), item.click()]);
  const path = join(mkdtempSync(join(TEMP, 'download-')), file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

describe('#/plan: zone files from real clients, shapes we have not seen', () => {
  let session: AppSession;
  let page: Page;
  const cli = new Map<string, string>();
  const codesOf = (shape: string) => plotAreas(cli.get(shape)!).map(([code]) => code);

  /** Chooses the file, waits for its new variant's layout, and gives the plot codes listed. */
  async function importFile(file: string, expectedCodes: string[]): Promise<void> {
    const variantsBefore = await page.getByTestId('variant-select').locator('option').count();
    const before = await layoutVersion(page);
    await page.getByTestId('plan-import-file').setInputFiles(join(FIXTURES, file));
    await waitForLayout(page, before, 60_000);
    await expect.poll(() => listCodes(page), { timeout: 60_000 }).toEqual(expectedCodes);
    // A new variant, opened; the demo stays the approved one.
    expect(await page.getByTestId('variant-select').locator('option').count()).toBe(variantsBefore + 1);
    expect(await page.getByTestId('variant-select').locator('option:checked').innerText()).toContain(file.replace(/\.[^.]+$/, '').split('.')[0].slice(0, 3));
    expect(await page.getByTestId('variant-approved').count()).toBe(0);
    expect(await page.getByTestId('zone-import-errors').count()).toBe(0);
    expect(await page.getByTestId('zone-marking').count()).toBe(0);
  }
  const warningsText = async () => ((await page.getByTestId('zone-import-warnings').count()) > 0 ? page.getByTestId('zone-import-warnings').innerText() : '');

  beforeAll(async () => {
    for (const shape of ['ninegon', 'ell', 'pond', 'strip70', 'no-role', 'road-bare']) cli.set(shape, cliLayoutOf(sourceOf(shape)));
    session = await AppSession.launch({ viewport: { width: 1280, height: 800 } });
    page = await session.openApp('#/plan');
    await waitForLayout(page, 0, 60_000);
  }, 180_000);
  afterAll(async () => {
    await session?.close();
  });

  it('lays out a 9-gon of ~6 ha from GDAL GeoJSON (crs member) and exports it byte for byte as the command line', async () => {
    expect(codesOf('ninegon').length).toBeGreaterThan(20);
    await importFile('ninegon.vn2000.geojson', codesOf('ninegon'));
    expect(await page.locator('body').innerText()).toContain(codesOf('ninegon').at(-1));
    const path = await download(page, /GeoJSON/);
    expect(path.endsWith('.geojson')).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect(text).toBe(cli.get('ninegon'));
    const layout = layoutFromGeoJson(text);
    expect(faults(checkLayoutRules(loadSite(join(FIXTURES, 'ninegon.vn2000.geojson')), layout.parameters, layout))).toEqual([]);
  });

  it("reads Google Earth Pro's KML (folders, styles, 3D coordinates, no attributes) as the same 9-gon", async () => {
    await importFile('ninegon.google-earth.kml', codesOf('ninegon'));
    const layout = layoutFromGeoJson(readFileSync(await download(page, /GeoJSON/), 'utf8'));
    expect(layout.features.flatMap((f) => (f.properties.kind === 'plot' ? [f.properties.code] : []))).toEqual(codesOf('ninegon'));
    expect(faults(checkLayoutRules(loadSite(join(FIXTURES, 'ninegon.vn2000.geojson')), layout.parameters, layout))).toEqual([]);
  });

  it("reads QGIS's one-part MultiPolygon / MultiLineString GeoJSON of an L, as the command line reads it", async () => {
    await importFile('ell.qgis-multi.geojson', codesOf('ell'));
    expect(readFileSync(await download(page, /GeoJSON/), 'utf8')).toBe(cliLayoutOf(join(FIXTURES, 'ell.qgis-multi.geojson')));
  });

  it("reads Google Earth's KMZ of a zone with a pond; the DXF export has the pond as a hole, in VN-2000 metres", async () => {
    await importFile('pond.google-earth.kmz', codesOf('pond'));
    const features = dxfFeatures(await download(page, /DXF/));
    const zone = features.filter((f) => f.properties.Layer === 'ZONE').map((f) => f.geometry.coordinates as number[][]);
    expect(zone).toHaveLength(2);
    const site = loadSite(join(FIXTURES, 'pond.vn2000.geojson'));
    const near = (a: number[], b: readonly number[]) => Math.abs(a[0] - b[0]) < 0.005 && Math.abs(a[1] - b[1]) < 0.005;
    // Each ring of the file's zone is one closed polyline of the export, corner for corner (within the
    // 1–2 mm the WGS84 round trip leaves), the pond's inside the outer ring.
    for (const ring of site.zone) {
      expect(zone.some((line) => ring.every((corner) => line.some((p) => near(p, corner)))), 'a ring of the zone').toBe(true);
    }
    const [pondMinE, pondMaxE] = [Math.min(...site.zone[1].map((p) => p[0])), Math.max(...site.zone[1].map((p) => p[0]))];
    const [pondMinN, pondMaxN] = [Math.min(...site.zone[1].map((p) => p[1])), Math.max(...site.zone[1].map((p) => p[1]))];
    // Nothing is drawn inside the pond: no plot, road, green or facility corner strictly inside it.
    const inside = (p: number[]) => p[0] > pondMinE + 0.01 && p[0] < pondMaxE - 0.01 && p[1] > pondMinN + 0.01 && p[1] < pondMaxN - 0.01;
    const drawnInside = features.filter((f) => !['ZONE', 'PLOT_LABEL'].includes(f.properties.Layer) && f.geometry.type === 'LineString'
      && (f.geometry.coordinates as number[][]).some(inside)).map((f) => f.properties.Layer);
    expect(drawnInside).toEqual([]);
    for (const [e, n] of zone.flat()) {
      expect(e).toBeGreaterThan(500_000);
      expect(n).toBeGreaterThan(2_000_000);
    }
  });

  it('reads a surveyor\'s CSV of corners of a 70 m strip, saying it took the meridian from Settings', async () => {
    await importFile('strip70.csv', codesOf('strip70'));
    expect(await warningsText()).toContain('VN-2000 kinh tuyến trục 105°30′ trong Cài đặt');
  });

  it('reads a zipped shapefile whose zone layer has no role attribute, laid out at once', async () => {
    await importFile('no-role-shp.zip', codesOf('no-role'));
  });

  it('reads a road with neither widthM nor name, assuming a width and saying so', async () => {
    await importFile('road-bare.wgs84.geojson', codesOf('road-bare'));
    const warnings = `${await warningsText()}\n${await page.getByTestId('plan-warnings').innerText().catch(() => '')}`;
    expect(warnings).toMatch(/7 m/);
    expect(session.pageErrors).toEqual([]);
    expect(session.foreignRequests()).toEqual([]);
  });
});
