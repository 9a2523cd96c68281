// Field checks on a tablet (touch, 1280×800 landscape): hold-to-average over fixes the test feeds
// (Playwright geolocation override), a corner check with a photo from the file picker, the check still
// listed after a reload, typed-in VN-2000 coordinates naming their plot, and the tablet's export merged
// into another browser profile (adds what is new, says so, and adds nothing the second time).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppSession } from './harness';
import { cliCorners, cliEnvelope, gotoField, insidePoint, openField, outsideDistanceM, planeToWgs84 } from './field-data';

const SHOTS = process.env.FIELD_SHOTS ?? '';
const LANDSCAPE = { width: 1280, height: 800 };

async function fake(session: AppSession, p: { e: number; n: number }, accuracy: number) {
  const [{ lat, lng }] = planeToWgs84([p]);
  await session.context.setGeolocation({ latitude: lat, longitude: lng, accuracy });
}

const rows = (page: Page) => page.getByTestId('check-row');

describe('#/field: checks recorded, kept, exported and merged', () => {
  const sessions: AppSession[] = [];
  afterAll(async () => { for (const s of sessions) await s.close(); });
  const code = [...cliCorners().keys()][3];
  const corner1 = cliCorners().get(code)![0];
  const at = (de: number, dn: number) => ({ e: corner1.y + de, n: corner1.x + dn });
  let exported = '';

  it('averages the fixes held over, records a check of corner 1 with a photo, and keeps it after a reload', async () => {
    const tablet = await openField({ persistent: true, viewport: LANDSCAPE });
    sessions.push(tablet);
    const { page } = tablet;
    await fake(tablet, at(0.01, 0), 0.02);
    await gotoField(tablet);
    await page.getByTestId('field-tab-data').tap();
    await page.getByTestId('field-seconds').fill('30');
    await page.getByTestId('field-tab-stake').tap();
    await page.getByTestId('stake-plot').selectOption(code);
    await expect.poll(() => page.getByTestId('stake-corner-no').getAttribute('data-no')).toBe('1');
    await expect.poll(async () => Number(await page.getByTestId('stake-distance').getAttribute('data-value'))).toBeLessThan(0.02);

    // Hold: four fixes symmetric about the corner (the one in hand, then three more), then let go.
    await page.getByTestId('stake-average').scrollIntoViewIfNeeded();
    const box = (await page.getByTestId('stake-average').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    const more = [[-0.01, 0], [0, 0.01], [0, -0.01]] as const;
    for (const [i, [de, dn]] of more.entries()) {
      await fake(tablet, at(de, dn), 0.02);
      await expect.poll(() => page.getByTestId('stake-average').innerText()).toMatch(new RegExp(`${i + 2} lần đo`));
    }
    await page.mouse.up();
    const result = page.getByTestId('average-result');
    await result.waitFor({ state: 'visible' });
    expect(await result.getAttribute('data-fixes')).toBe('4');
    // Spread (RMS distance from the mean): every fix is 1 cm from the corner, the mean.
    expect(Number(await result.getAttribute('data-spread'))).toBeCloseTo(0.01, 4);

    await page.getByTestId('check-open').tap();
    await page.getByTestId('check-kind-marker-found').check();
    await page.getByTestId('check-source-averaged').check();
    const offset = page.getByTestId('check-offset');
    expect(await offset.getAttribute('data-indicative')).toBe('false');
    expect(Number(await offset.getAttribute('data-cm'))).toBe(0);
    await page.getByTestId('check-note').fill('Mốc bê tông còn nguyên, sơn đỏ');
    // A camera-sized photo (4000 × 3000 JPEG, made by the browser's own encoder): stored resized to 1600 px.
    const photo = await page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 4000;
      canvas.height = 3000;
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#6a8f5a';
      g.fillRect(0, 0, 4000, 3000);
      g.fillStyle = '#c0392b';
      g.fillRect(1000, 1000, 2000, 1000);
      const blob = await new Promise<Blob>((done) => canvas.toBlob((b) => done(b!), 'image/jpeg', 0.9));
      let text = '';
      for (const byte of new Uint8Array(await blob.arrayBuffer())) text += String.fromCharCode(byte);
      return btoa(text);
    });
    await page.getByTestId('check-photo').setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(photo, 'base64') });
    await page.getByTestId('check-photo-count').waitFor({ state: 'visible', timeout: 10_000 });
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/field-check-1280x800.png` });
    await page.getByTestId('check-save').tap();
    await page.getByTestId('check-form').waitFor({ state: 'detached' });

    await page.reload({ waitUntil: 'load' });
    await page.getByTestId('field-page').waitFor({ state: 'visible', timeout: 60_000 });
    await page.getByTestId('field-tab-checks').tap();
    await expect.poll(() => rows(page).count()).toBe(1);
    const row = rows(page).first();
    expect(await row.getAttribute('data-kind')).toBe('marker-found');
    expect(await row.getAttribute('data-corner')).toBe('1');
    expect(await row.innerText()).toMatch(/Mốc bê tông còn nguyên, sơn đỏ/);
    expect(await row.innerText()).toMatch(/1 ảnh/);
    // The photo comes back from IndexedDB and is drawn.
    const size = () => row.getByTestId('check-photo-thumb').locator('img').evaluate((img) => [(img as HTMLImageElement).naturalWidth, (img as HTMLImageElement).naturalHeight]);
    await expect.poll(size).toEqual([1600, 1200]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/field-list-1280x800.png` });

    await page.getByTestId('field-tab-data').tap();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('field-export-backup').tap()]);
    exported = join(mkdtempSync(join(tmpdir(), 'phanlo-field-')), 'phanlo-hien-truong.json');
    await download.saveAs(exported);
    const file = JSON.parse(readFileSync(exported, 'utf8'));
    expect(file.format).toBe('phanlo-backup');
    expect(file.tables.fieldChecks).toHaveLength(1);
    expect(file.tables.photos).toHaveLength(1);
  }, 180_000);

  it('takes typed-in VN-2000 coordinates and names their plot', async () => {
    const { page } = sessions[0];
    const other = [...cliCorners().keys()][7];
    const p = insidePoint(other);
    await fake(sessions[0], insidePoint(code), 0.02);
    await page.getByTestId('field-tab-where').tap();
    await page.getByTestId('typed-open').tap();
    await page.getByTestId('typed-first').fill(p.n.toFixed(3)); // X = northing, as an instrument writes it
    await page.getByTestId('typed-second').fill(p.e.toFixed(3));
    await page.getByTestId('typed-accuracy').fill('0,01');
    await page.getByTestId('typed-apply').tap();
    await expect.poll(() => page.getByTestId('field-plot').innerText()).toBe(other);
    await page.getByTestId('typed-clear').tap();
    await expect.poll(() => page.getByTestId('field-plot').innerText()).toBe(code);
  });

  it("measures a built workshop's corners against the plot's buildable envelope, in metres", async () => {
    const { page } = sessions[0];
    const envelope = cliEnvelope(code);
    // The workshop built out to the plot's own corners: past the envelope by the setbacks.
    const corners = cliCorners().get(code)!.map((c) => ({ e: c.y, n: c.x }));
    const expected = Math.max(...corners.map((c) => outsideDistanceM(c, envelope)));
    expect(expected).toBeGreaterThan(1);
    await page.getByTestId('field-tab-stake').tap();
    // The notice of the last save (with its undo) stays until closed: close it, as a user would.
    if (await page.getByTestId('notice').isVisible()) await page.getByTestId('notice').getByRole('button', { name: /Đóng|×/ }).last().tap();
    await page.getByTestId('stake-plot').selectOption(code); // the stake-out is not kept across the reload
    await page.getByTestId('check-open-plot').tap();
    await page.getByTestId('check-kind-building').check();
    for (const corner of corners) {
      const before = Number(await page.evaluate('window.__phanloFieldMap.positionVersion'));
      await fake(sessions[0], corner, 0.03);
      await expect.poll(() => page.evaluate('window.__phanloFieldMap.positionVersion')).toBeGreaterThan(before);
      await page.getByTestId('building-add-corner').tap();
    }
    const result = page.getByTestId('building-result');
    await result.waitFor({ state: 'visible' });
    expect(Math.abs(Number(await result.getAttribute('data-outside')) - expected)).toBeLessThan(0.01);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/field-building-1280x800.png` });
    await page.getByTestId('check-save').tap();
    await page.getByTestId('check-form').waitFor({ state: 'detached' });
    await page.getByTestId('field-tab-checks').tap();
    await expect.poll(() => page.locator('[data-testid="check-row"][data-kind="building"]').count()).toBe(1);
    // CSV export: one row per check and one per workshop corner, X northing / Y easting as tables write them.
    await page.getByTestId('field-tab-data').tap();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('field-export-csv').tap()]);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(csv[0].split(',').slice(0, 8)).toEqual(['check_id', 'variant_id', 'plot_code', 'corner_no', 'building_corner', 'kind', 'x_vn2000', 'y_vn2000']);
    expect(csv).toHaveLength(1 + 2 + corners.length);
  }, 120_000);

  it("merges the tablet's export into another profile, once", async () => {
    const office = await openField({ persistent: true, viewport: LANDSCAPE });
    sessions.push(office);
    const { page } = office;
    await gotoField(office);
    await page.getByTestId('field-tab-checks').tap();
    await page.getByTestId('check-list-empty').waitFor({ state: 'visible' });
    await page.getByTestId('field-tab-data').tap();
    await page.getByTestId('field-merge-file').setInputFiles(exported);
    const report = page.getByTestId('field-merge-report');
    await expect.poll(() => report.innerText()).toMatch(/Đã thêm 1 kiểm tra và 1 ảnh/);
    expect(await report.locator('li').allInnerTexts()).toEqual([`${code} · Mốc 1 · Còn mốc · Cán bộ xã`]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/field-merge-1280x800.png` });
    await page.getByTestId('field-tab-checks').tap();
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(await rows(page).first().innerText()).toMatch(/Mốc bê tông còn nguyên, sơn đỏ/);
    await page.getByTestId('field-tab-data').tap();
    await page.getByTestId('field-merge-file').setInputFiles(exported);
    await expect.poll(() => page.getByTestId('field-merge-report').innerText()).toMatch(/không có kiểm tra mới \(1 kiểm tra đã có\)/);
    expect(office.pageErrors).toEqual([]);
  }, 120_000);
});
