// A user opens their own parcel layer in place of the demo: a ViLIS-style shapefile .zip with its own
// field names goes through the mapping step, replaces the demo, survives a reload, and its mapping is
// remembered; a broken file writes nothing; "back to demo" restores the illustrative layer.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importParcelFile } from '../../src/io/parcel-import';
import { openApp, renderedParcelIds, ROOT, waitForParcelsDrawn, type AppSession } from './harness';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'import');
const SHAPEFILE = join(FIXTURES, 'shp-vilis-vn2000.zip');
const BOW_TIE = join(FIXTURES, 'parcels-bow-tie.geojson');
const CORNER_CSV = join(FIXTURES, 'corners-vn2000-semicolon.csv');
// Written by ogr2ogr -f CSV -lco GEOMETRY=AS_WKT (tests/fixtures/import/gdal/make-gdal-fixtures.sh, step 6).
const WKT_CSV = join(FIXTURES, 'gdal', 'parcels-vn2000-gdal-wkt.csv');

/** What the importer makes of the fixture in Node, with the mapping it suggests. */
function expectedImport() {
  const file = { name: 'shp-vilis-vn2000.zip', bytes: new Uint8Array(readFileSync(SHAPEFILE)) };
  const first = importParcelFile(file, { planeCrs: 'EPSG:9209' });
  if (first.kind !== 'needs-mapping') throw new Error(`fixture should need a mapping, got ${first.kind}`);
  const done = importParcelFile(file, { planeCrs: 'EPSG:9209', sourceCrs: first.sourceCrs, mapping: first.suggestion });
  if (done.kind !== 'ok') throw new Error(`fixture should import with the suggested mapping, got ${done.kind}`);
  return { suggestion: first.suggestion, ids: done.layer.parcels.map((p) => p.id).sort() };
}

describe('opening your own parcel layer', () => {
  let session: AppSession;
  const expected = expectedImport();

  beforeAll(async () => {
    session = await openApp({ route: '#/parcels', persistent: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  async function openDialogWith(path: string) {
    const { page } = session;
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-file').setInputFiles(path);
  }

  async function waitForIds(ids: string[]) {
    await session.page.waitForFunction(
      (want) => JSON.stringify(window.__phanloMap?.renderedParcelIds().filter((id) => want.includes(id)).sort()) === JSON.stringify(want),
      ids, { timeout: 15_000 },
    );
  }

  it('refuses a file with a self-intersecting parcel, says where, and writes nothing', async () => {
    const { page } = session;
    const before = await renderedParcelIds(page);
    await openDialogWith(BOW_TIE);
    const errors = page.getByTestId('import-errors');
    await errors.waitFor({ state: 'visible', timeout: 10_000 });
    const text = await errors.innerText();
    expect(text).toContain('parcels-bow-tie.geojson');
    expect(text).toMatch(/tự cắt|cắt nhau/);
    expect(await page.getByTestId('import-replace').isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await renderedParcelIds(page)).toEqual(before);
    expect(await page.getByTestId('demo-notice').isVisible()).toBe(true);
  });

  it('maps ViLIS field names, replaces the demo and keeps the layer after a reload', async () => {
    const { page } = session;
    await openDialogWith(SHAPEFILE);
    await page.getByTestId('import-mapping').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.getByTestId('import-map-sheetNo').inputValue()).toBe(expected.suggestion.sheetNo);
    expect(await page.getByTestId('import-map-parcelNo').inputValue()).toBe(expected.suggestion.parcelNo);
    // The user decides the land-user column is not to be used: the choice must be remembered.
    await page.getByTestId('import-map-landUser').selectOption('');
    await page.getByTestId('import-continue').click();
    await page.getByTestId('import-summary').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.getByTestId('import-summary').innerText()).toContain(`${expected.ids.length} thửa`);
    await page.getByTestId('import-replace').click();

    await waitForIds(expected.ids);
    expect(await page.getByTestId('demo-notice').count()).toBe(0);
    expect(await page.getByTestId('notice').innerText()).toContain('Hoàn tác');

    await page.reload({ waitUntil: 'load' });
    await waitForParcelsDrawn(page);
    await waitForIds(expected.ids);
    expect(await page.getByTestId('demo-notice').count()).toBe(0);
  });

  it('remembers the mapping confirmed for files with the same fields', async () => {
    const { page } = session;
    await openDialogWith(SHAPEFILE);
    await page.getByTestId('import-mapping').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.getByTestId('import-map-landUser').inputValue()).toBe('');
    expect(await page.getByTestId('import-map-sheetNo').inputValue()).toBe(expected.suggestion.sheetNo);
    await page.keyboard.press('Escape');
  });

  it('reads a corner table from Vietnamese Excel after asking its coordinate system, and undoes the replace', async () => {
    const { page } = session;
    await openDialogWith(CORNER_CSV);
    await page.getByTestId('import-crs').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.getByTestId('import-crs').locator('select').inputValue()).toBe('EPSG:9209');
    await page.getByTestId('import-continue').click();
    await page.getByTestId('import-mapping').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.getByTestId('import-map-x').inputValue()).toBe('X (m)');
    expect(await page.getByTestId('import-map-cornerNo').inputValue()).toBe('Điểm');
    await page.getByTestId('import-continue').click();
    await page.getByTestId('import-summary').waitFor({ state: 'visible', timeout: 10_000 });
    await page.getByTestId('import-replace').click();
    // The table holds parcels 12/101 and 12/102 only; the shapefile's other parcels go.
    const onlyCsv = ['12/101', '12/102'];
    const otherShapefileIds = expected.ids.filter((id) => !onlyCsv.includes(id));
    expect(otherShapefileIds.length).toBeGreaterThan(0);
    await page.waitForFunction(
      (gone) => { const ids = window.__phanloMap?.renderedParcelIds() ?? []; return ids.includes('12/101') && gone.every((id) => !ids.includes(id)); },
      otherShapefileIds, { timeout: 15_000 },
    );

    // Undo brings back the shapefile layer this one replaced.
    await page.getByTestId('notice-undo').click();
    await waitForIds(expected.ids);
  });

  it('reads a CSV of WKT polygons written by GDAL: asks the CRS, maps without corner columns, and undoes the replace', async () => {
    const { page } = session;
    // The parcels the file holds, read by GDAL itself (ogrinfo), not by our reader.
    const ids = execFileSync('ogrinfo', ['-al', '-q', WKT_CSV], { encoding: 'utf8' }).split('OGRFeature').slice(1)
      .map((block) => `${/SHBANDO \(String\) = (\d+)/.exec(block)![1]}/${/SHTHUA \(String\) = (\d+)/.exec(block)![1]}`).sort();
    expect(ids).toHaveLength(5);
    await openDialogWith(WKT_CSV);
    await page.getByTestId('import-crs').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.getByTestId('import-crs').locator('select').inputValue()).toBe('EPSG:9209');
    await page.getByTestId('import-continue').click();
    await page.getByTestId('import-mapping').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.getByTestId('import-map-sheetNo').inputValue()).toBe('SHBANDO');
    expect(await page.getByTestId('import-map-registeredAreaM2').inputValue()).toBe('DIENTICH');
    expect(await page.getByTestId('import-map-x').count()).toBe(0);
    await page.getByTestId('import-continue').click();
    await page.getByTestId('import-summary').waitFor({ state: 'visible', timeout: 10_000 });
    await page.getByTestId('import-replace').click();
    await waitForIds(ids);
    await page.getByTestId('notice-undo').click();
    await waitForIds(expected.ids);
  });

  it('goes back to the illustrative demo layer, and can undo that', async () => {
    const { page } = session;
    await page.getByTestId('import-back-to-demo').click();
    await page.getByTestId('demo-notice').waitFor({ state: 'visible', timeout: 10_000 });
    await page.waitForFunction(() => (window.__phanloMap?.renderedParcelIds().length ?? 0) > 50, null, { timeout: 15_000 });

    await page.getByTestId('notice-undo').click();
    await waitForIds(expected.ids);
    await page.getByTestId('demo-notice').waitFor({ state: 'detached', timeout: 10_000 });
    await page.getByTestId('import-back-to-demo').click();
    await page.getByTestId('demo-notice').waitFor({ state: 'visible', timeout: 10_000 });
  });
});
