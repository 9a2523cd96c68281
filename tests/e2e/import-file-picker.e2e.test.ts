// The import dialog as a new user meets it: a labelled file button reachable by keyboard that shows
// the chosen file; a GDAL shapefile with NULL numbers accepted with samples in vi-VN form; a file
// too coarse for cadastral areas imported with a warning; errors in English with right plurals,
// naming the feature by number and tờ/thửa, and a broken zip in our own words.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, ROOT, visibleText, waitForParcelsDrawn, type AppSession } from './harness';

const GDAL = join(ROOT, 'tests', 'fixtures', 'import', 'gdal');
const scratch = mkdtempSync(join(tmpdir(), 'phanlo-import-e2e-'));

describe('the import dialog', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await openApp('#/parcels');
    await waitForParcelsDrawn(session.page);
  });
  afterAll(async () => {
    await session?.close();
  });

  async function openDialog() {
    await session.page.getByTestId('import-open').click();
    await session.page.getByTestId('import-file-name').waitFor({ state: 'visible' });
  }
  async function closeDialog() {
    await session.page.keyboard.press('Escape');
    await session.page.getByTestId('import-file-name').waitFor({ state: 'detached' });
  }

  it('has a labelled button, not the bare "Choose File", reachable by Tab, with its focus shown', async () => {
    const { page } = session;
    await openDialog();
    const button = page.locator('label.file-picker-button');
    expect((await button.innerText()).trim()).toBe('Chọn tệp…');
    expect(await visibleText(page, 'import-file-name')).toBe('Chưa chọn tệp nào');
    const box = await page.getByTestId('import-file').boundingBox();
    expect(box === null || (box.width <= 1 && box.height <= 1)).toBe(true);
    const buttonBox = (await button.boundingBox())!;
    expect(buttonBox.height).toBeGreaterThanOrEqual(44);

    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate('document.activeElement?.getAttribute("data-testid") === "import-file"');
    }
    expect(reached, 'the file input is in the tab order').toBe(true);
    expect(await button.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.screenshot({ path: '/tmp/phanlo-import-picker.png' });
    await closeDialog();
  });

  it('takes a GDAL shapefile with NULL numbers, shows the file name and samples with a decimal comma', async () => {
    const { page } = session;
    await openDialog();
    await page.getByTestId('import-file').setInputFiles(join(GDAL, 'shp-gdal-null-numbers.zip'));
    expect(await visibleText(page, 'import-file-name')).toBe('shp-gdal-null-numbers.zip');
    await page.getByTestId('import-mapping').waitFor({ state: 'visible', timeout: 10_000 });
    expect((await page.locator('label.file-picker-button').innerText()).trim()).toBe('Chọn tệp khác…');
    const areaOption = await page.getByTestId('import-map-registeredAreaM2').locator('option:checked').innerText();
    expect(areaOption).toContain('DIENTICH');
    expect(areaOption).toContain('592,4');
    expect(areaOption).not.toContain('592.4');
    expect(await page.locator('.mapping-table th').allInnerTexts()).toContain('Diện tích theo hồ sơ (m²)');
    await page.getByTestId('import-continue').click();
    expect(await visibleText(page, 'import-summary')).toContain('5 thửa đất');
    expect(await page.getByTestId('import-errors').count()).toBe(0);
    expect(await page.getByTestId('import-replace').isDisabled()).toBe(false);
    await closeDialog();
  });

  it('imports GDAL’s 7-decimal WGS84 GeoJSON but warns how much the areas may be off', async () => {
    const { page } = session;
    await openDialog();
    await page.getByTestId('import-file').setInputFiles(join(GDAL, 'parcels-wgs84-gdal-7-decimals.geojson'));
    await page.getByTestId('import-mapping').waitFor({ state: 'visible', timeout: 10_000 });
    await page.getByTestId('import-continue').click();
    await page.getByTestId('import-summary').waitFor({ state: 'visible', timeout: 10_000 });
    // Shown without a click: it concerns every area of the layer.
    const warnings = page.locator('details.import-warnings[open]');
    const text = await warnings.innerText();
    expect(text).toContain('7 chữ số thập phân');
    expect(text).toMatch(/±0,\d m²/);
    expect(text).toContain('COORDINATE_PRECISION=9');
    expect(await page.getByTestId('import-replace').isDisabled()).toBe(false);
    await page.screenshot({ path: '/tmp/phanlo-import-precision.png' });
    await closeDialog();
  });

  it('in English: "1 error", the feature by number and sheet/parcel, a broken zip in our words', async () => {
    const { page } = session;
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction('document.querySelector("[data-testid=lang-switch]")?.textContent?.trim() === "VI"');

    const oneBad = JSON.parse(await (await import('node:fs/promises')).readFile(join(GDAL, 'parcels-wgs84-gdal-9-decimals.geojson'), 'utf8'));
    oneBad.features[1].properties.KHLOAIDAT = 'lúa nước'; // not a code: RICE would pass as one
    const oneBadPath = join(scratch, 'one-bad.geojson');
    writeFileSync(oneBadPath, JSON.stringify(oneBad));
    await openDialog();
    expect((await page.locator('label.file-picker-button').innerText()).trim()).toBe('Choose a file…');
    await page.getByTestId('import-file').setInputFiles(oneBadPath);
    await page.getByTestId('import-mapping').waitFor({ state: 'visible', timeout: 10_000 });
    await page.getByTestId('import-continue').click();
    const errors = await visibleText(page, 'import-errors');
    expect(errors).toContain('The file has 1 error; nothing was written');
    expect(errors).toContain('feature 1 (sheet 12 / parcel 44)');

    const notZip = join(scratch, 'thua-dat.zip');
    writeFileSync(notZip, 'Rar!\x1a\x07\x00 this is a RAR archive renamed');
    await page.getByTestId('import-file').setInputFiles(notZip);
    await page.waitForFunction('document.querySelector("[data-testid=import-errors]")?.innerText.includes("thua-dat.zip")');
    const zipError = await visibleText(page, 'import-errors');
    expect(zipError).toContain('not a .zip archive');
    expect(zipError).not.toMatch(/invalid zip data|unexpected EOF/);
    await page.screenshot({ path: '/tmp/phanlo-import-errors-en.png' });
    await closeDialog();
  });
});
