// Land recovery as an official uses it: exports for Excel and machines carrying the current place names,
// and rates that change the estimate and stay after a reload.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, visibleText, type AppSession } from './harness';
import { normaliseSpaces } from './site-data';

/** The digits of a money figure on screen ("12.729.406.608 đ" → 12729406608). */
const money = (text: string): number => Number(text.replace(/[^\d]/g, ''));

describe('land recovery: exports and rates', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await openApp({ route: '#/recovery', persistent: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  async function download(testId: string): Promise<{ name: string; bytes: Buffer }> {
    const [file] = await Promise.all([session.page.waitForEvent('download'), session.page.getByTestId(testId).click()]);
    const path = await file.path();
    return { name: file.suggestedFilename(), bytes: readFileSync(path) };
  }

  it('exports a machine CSV: UTF-8 with BOM, comma, decimal point, one line per recovered parcel', async () => {
    const rows = await session.page.getByTestId('recovery-table').locator('tbody tr').count();
    const csv = await download('export-csv');
    expect(csv.name).toMatch(/\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString('utf8').slice(1).trim().split(/\r?\n/);
    expect(lines[0].split(',')).toContain('recovered_area_m2');
    expect(lines).toHaveLength(rows + 1);
    expect(lines[1]).toMatch(/\d+\.\d/);
  });

  it('exports an .xlsx whose title carries the place names from Settings', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Cài đặt' }).click();
    const commune = page.getByLabel('Xã', { exact: true });
    await commune.fill('xã Thử Nghiệm');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.locator('dialog[open]').waitFor({ state: 'detached', timeout: 20_000 });

    const xlsx = await download('export-xlsx');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const entries = unzipSync(new Uint8Array(xlsx.bytes));
    const text = Object.entries(entries).filter(([name]) => name.endsWith('.xml')).map(([, data]) => strFromU8(data)).join('\n');
    expect(text).toContain('xã Thử Nghiệm');
    expect(text).toContain('Thu hồi theo thửa');
  });

  it('re-prices the recovery when a land price changes, and keeps the rate after a reload', async () => {
    const { page } = session;
    const before = money(await visibleText(page, 'recovery-total-compensation'));
    await page.getByRole('tab', { name: 'Đơn giá' }).click();
    const luc = page.getByLabel('LUC Giá đất (đ/m²)');
    await luc.fill('140.000');
    await page.getByRole('button', { name: 'Lưu đơn giá' }).click();
    await page.getByRole('tab', { name: 'Theo thửa' }).click();
    await page.waitForFunction(
      (old) => Number(document.querySelector('[data-testid=recovery-total-compensation]')?.textContent?.replace(/[^\d]/g, '')) !== old,
      before, { timeout: 10_000 },
    );
    const after = money(await visibleText(page, 'recovery-total-compensation'));
    expect(after).toBeGreaterThan(before);

    await page.reload({ waitUntil: 'load' });
    await page.getByTestId('recovery-table').locator('tbody tr').first().waitFor({ state: 'visible', timeout: 20_000 });
    expect(money(await visibleText(page, 'recovery-total-compensation'))).toBe(after);
    await page.getByRole('tab', { name: 'Đơn giá' }).click();
    expect(normaliseSpaces(await page.getByLabel('LUC Giá đất (đ/m²)').inputValue())).toBe('140.000');
  });

  it('refuses a rate that is not a number and says which field', async () => {
    const { page } = session;
    const luc = page.getByLabel('LUC Giá đất (đ/m²)');
    await luc.fill('bảy mươi');
    await page.getByRole('button', { name: 'Lưu đơn giá' }).click();
    expect(await luc.getAttribute('aria-invalid')).toBe('true');
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('tab', { name: 'Đơn giá' }).click();
    expect(normaliseSpaces(await page.getByLabel('LUC Giá đất (đ/m²)').inputValue())).toBe('140.000');
  });

  it('in English after a reload, shows and saves the same amounts (no 70.000 read as 70)', async () => {
    const { page } = session;
    await page.getByTestId('lang-switch').click();
    // The language is a stored setting: reload only once it is written and shown ("VI" on the switch).
    await page.getByTestId('lang-switch').filter({ hasText: 'VI' }).waitFor({ state: 'visible', timeout: 10_000 });
    await page.reload({ waitUntil: 'load' });
    await page.getByTestId('lang-switch').filter({ hasText: 'VI' }).waitFor({ state: 'visible', timeout: 20_000 });
    await page.getByTestId('recovery-table').locator('tbody tr').first().waitFor({ state: 'visible', timeout: 20_000 });
    const before = money(await visibleText(page, 'recovery-total-compensation'));
    await page.getByRole('tab', { name: 'Rates' }).click();
    const luc = page.getByLabel('LUC Land price (VND/m²)');
    expect(normaliseSpaces(await luc.inputValue())).toBe('140,000');
    await page.getByRole('button', { name: 'Save rates' }).click();
    await page.getByTestId('notice').waitFor({ state: 'visible', timeout: 20_000 });
    expect(money(await visibleText(page, 'recovery-total-compensation'))).toBe(before);
    await page.getByTestId('lang-switch').click();
  });
});
