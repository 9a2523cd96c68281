// #/plan's data safety (issue 8: "a write that fails tells the user"), in Chromium against the built app
// with a persistent profile: with IndexedDB full, a split and a duplicated variant each say in words that
// nothing was saved, and after a reload the stored plan is the command line's demo layout, one variant.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppSession } from './harness';
import { cliLayout, plotAreas } from './plan-data';
import { planEditPicks } from './plan-edit-picks';
import { listCodes, openPlanWorkspace, waitForLayout } from './plan-page';
import { storageIsFull, storageWorksAgain } from './storage-faults';

const CLI_CODES = plotAreas(cliLayout('geojson')).map(([code]) => code);
const FULL = 'Không lưu được: bộ nhớ của trình duyệt dành cho trang này đã đầy';

async function noticeSaysFull(page: Page): Promise<void> {
  const notice = page.getByTestId('notice');
  await expect.poll(() => notice.innerText(), { timeout: 20_000 }).toContain(FULL);
  expect(await notice.getAttribute('role')).toBe('alert');
}

describe('#/plan when storage is full', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    ({ session, page } = await openPlanWorkspace({ viewport: { width: 1366, height: 768 }, persistent: true }));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says a split and a duplicate were not saved, and a reload finds the plan as it was', async () => {
    const code = planEditPicks().wide; // a plot wide enough to split in two
    await page.getByTestId('plan-tab-plots').click();
    await page.locator(`tr[data-plot="${code}"] button.link`).click();
    await expect.poll(() => page.getByTestId('edit-selected').innerText()).toContain(code);
    await storageIsFull(page);
    await page.getByTestId('edit-split').click();
    await noticeSaysFull(page);
    // The screen does not show a split that was not stored.
    expect(await listCodes(page, { openTab: true })).toEqual(CLI_CODES);
    // Closed, so that the next notice is the duplicate's own.
    await page.getByTestId('notice').getByRole('button', { name: 'Đóng' }).click();
    await page.getByTestId('notice').waitFor({ state: 'detached' });
    await page.getByTestId('variant-duplicate').click();
    await noticeSaysFull(page);
    expect(await page.getByTestId('variant-select').locator('option').count()).toBe(1);

    await storageWorksAgain(page);
    await page.reload({ waitUntil: 'load' });
    await waitForLayout(page);
    expect(await listCodes(page, { openTab: true })).toEqual(CLI_CODES);
    expect(await page.getByTestId('variant-select').locator('option').count()).toBe(1);
    expect(await page.getByTestId('history-undo').isDisabled()).toBe(true);
  });
});
