// Stored variants (phương án) in #/plan, in Chromium against the built app with a persistent profile
// (IndexedDB survives the reloads): the demo variant is there and approved; a duplicate opens, a
// parameter change is stored with it and found again after a reload, Ctrl+Z after the reload gives the
// previous value back, the duplicate is approved, deleted and brought back with Hoàn tác.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS } from '../../src/geo/layout';
import type { AppSession } from './harness';
import { openPlanWorkspace, waitForLayout, layoutVersion } from './plan-page';

const shownVariant = (page: Page) => page.getByTestId('variant-select').evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '');
const variantNames = (page: Page) => page.getByTestId('variant-select').locator('option').allInnerTexts();
const frontage = (page: Page) => page.getByTestId('param-targetFrontageM').inputValue();
const DEFAULT_FRONTAGE = String(DEFAULT_LAYOUT_PARAMETERS.targetFrontageM);

async function reload(page: Page): Promise<void> {
  await page.reload({ waitUntil: 'load' });
  await waitForLayout(page);
  await page.getByTestId('variant-select').waitFor();
}

describe('#/plan variants, stored', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    ({ session, page } = await openPlanWorkspace({ persistent: true, viewport: { width: 1366, height: 768 } }));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a fresh profile has the demo variant alone, approved', async () => {
    await page.getByTestId('variant-select').waitFor();
    expect(await variantNames(page)).toEqual(['Phương án 1 (mẫu) — Đã duyệt']);
    expect(await page.getByTestId('variant-approved').innerText()).toBe('Đã duyệt');
  });

  it('duplicates the demo, changes a parameter of the copy, and finds both after a reload', async () => {
    await page.getByTestId('variant-duplicate').click();
    await expect.poll(() => shownVariant(page)).toBe('Phương án 1 (mẫu) (bản sao)');
    expect(await page.getByTestId('variant-approved').count()).toBe(0);

    await page.getByTestId('plan-tab-parameters').click();
    expect(await frontage(page)).toBe(DEFAULT_FRONTAGE);
    const before = await layoutVersion(page);
    await page.getByTestId('param-targetFrontageM').fill('25');
    await waitForLayout(page, before);
    // Stored once settled: the notice says so (the history button's title says it too, once it updates).
    await page.getByTestId('notice').getByText('Đã đổi tham số phương án Phương án 1 (mẫu) (bản sao).').waitFor({ timeout: 10_000 });

    await reload(page);
    expect(await shownVariant(page)).toBe('Phương án 1 (mẫu) (bản sao)');
    await page.getByTestId('plan-tab-parameters').click();
    expect(await frontage(page)).toBe('25');
  });

  it('Ctrl+Z after the reload gives the previous value back, Ctrl+Shift+Z the new one', async () => {
    await page.locator('.plan-panel-head h1').click(); // out of any text field: the shortcut is the app's
    await page.keyboard.press('Control+z');
    await expect.poll(() => frontage(page), { timeout: 10_000 }).toBe(DEFAULT_FRONTAGE);
    await page.locator('.plan-panel-head h1').click();
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => frontage(page), { timeout: 10_000 }).toBe('25');
    await reload(page);
    await page.getByTestId('plan-tab-parameters').click();
    expect(await frontage(page)).toBe('25');
  });

  it('approves the copy: it alone carries the badge, after a reload too', async () => {
    await page.getByTestId('variant-approve').click();
    await page.getByTestId('variant-approved').waitFor();
    expect(await variantNames(page)).toEqual(['Phương án 1 (mẫu)', 'Phương án 1 (mẫu) (bản sao) — Đã duyệt']);
    await reload(page);
    expect(await variantNames(page)).toEqual(['Phương án 1 (mẫu)', 'Phương án 1 (mẫu) (bản sao) — Đã duyệt']);
  });

  it('compares the two variants side by side', async () => {
    await page.getByTestId('variant-compare').click();
    const table = page.getByTestId('variant-compare-table');
    await table.locator('tr[data-figure="plots"] td:nth-child(3)').filter({ hasNotText: 'chưa bố trí' }).waitFor({ timeout: 30_000 });
    const plots = await table.locator('tr[data-figure="plots"] td.num').allInnerTexts();
    expect(plots.every((text) => /^\d+$/.test(text))).toBe(true);
    expect(plots[0]).not.toBe(plots[1]); // 25 m frontage gives another plot count than 20 m
    expect(await table.locator('tr[data-rule]').count()).toBeGreaterThan(2);
    if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT });
    await table.getByRole('button', { name: 'Đóng' }).click();
  });

  it('deletes the copy (the approval goes back to the demo) and Hoàn tác brings it back, approved', async () => {
    await page.getByTestId('variant-delete').click();
    await expect.poll(() => variantNames(page)).toEqual(['Phương án 1 (mẫu) — Đã duyệt']);
    await page.getByTestId('notice').getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(() => variantNames(page)).toEqual(['Phương án 1 (mẫu)', 'Phương án 1 (mẫu) (bản sao) — Đã duyệt']);
    await reload(page);
    expect(await variantNames(page)).toEqual(['Phương án 1 (mẫu)', 'Phương án 1 (mẫu) (bản sao) — Đã duyệt']);
  });

  it('renames the open variant: Escape keeps the old name, OK stores the new one over a reload', async () => {
    await page.getByTestId('variant-select').selectOption({ label: 'Phương án 1 (mẫu) (bản sao) — Đã duyệt' });
    await expect.poll(() => shownVariant(page)).toBe('Phương án 1 (mẫu) (bản sao) — Đã duyệt');
    await page.getByTestId('variant-rename').click();
    await page.getByTestId('variant-name').fill('bỏ đi');
    await page.getByTestId('variant-name').press('Escape');
    expect(await variantNames(page)).toEqual(['Phương án 1 (mẫu)', 'Phương án 1 (mẫu) (bản sao) — Đã duyệt']);
    await page.getByTestId('variant-rename').click();
    await page.getByTestId('variant-name').fill('Phương án B — mặt tiền 25 m');
    await page.getByTestId('variant-rename-save').click();
    await expect.poll(() => variantNames(page)).toEqual(['Phương án 1 (mẫu)', 'Phương án B — mặt tiền 25 m — Đã duyệt']);
    await reload(page);
    expect(await variantNames(page)).toEqual(['Phương án 1 (mẫu)', 'Phương án B — mặt tiền 25 m — Đã duyệt']);
  });
});
