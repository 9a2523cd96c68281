// #/plan's "turn a plot into a facility" (issue 8), in Chromium against the built app: no browser test
// did it (only green). The plot leaves the list, its area moves from the plots row of the balance to the
// technical-infrastructure row, and Hoàn tác gives it back. Expected areas come from the command line's
// layout file (`phanlo layout` on the demo zone), not from the page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppSession } from './harness';
import { cliLayout, plotAreas } from './plan-data';
import { layoutVersion, listCodes, openPlanWorkspace, waitForLayout } from './plan-page';

const CLI = cliLayout('geojson');
const ROWS = new Map((JSON.parse(CLI) as { phanlo: { landUse: { rows: { category: string; areaM2: number }[] } } })
  .phanlo.landUse.rows.map((r) => [r.category, r.areaM2]));
const AREAS = new Map(plotAreas(CLI));
/** A balance row's area as the planner reads it (vi-VN "1.250,3 m²"). */
const balanceArea = async (page: Page, category: string): Promise<number> =>
  Number((await page.getByTestId(`balance-area-${category}`).innerText()).replace(/[^\d,]/g, '').replace(',', '.'));

describe('#/plan: a plot made a facility', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    ({ session, page } = await openPlanWorkspace({ viewport: { width: 1366, height: 768 } }));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('moves the plot\'s area from plots to technical infrastructure, and undo gives the plot back', async () => {
    const code = [...AREAS.keys()][0];
    const area = AREAS.get(code)!;
    await page.getByTestId('plan-tab-plots').click();
    await page.locator(`tr[data-plot="${code}"] button.link`).click();
    await expect.poll(() => page.getByTestId('edit-selected').innerText()).toContain(code);
    expect(await page.getByTestId('edit-facility-use').inputValue()).toBe('wastewater');
    const before = await layoutVersion(page);
    await page.getByTestId('edit-to-facility').click();
    await waitForLayout(page, before);
    expect(await listCodes(page, { openTab: true })).not.toContain(code);

    await page.getByTestId('plan-tab-balance').click();
    expect(await balanceArea(page, 'technical')).toBeCloseTo(ROWS.get('technical')! + area, 0);
    expect(await balanceArea(page, 'plots')).toBeCloseTo(ROWS.get('plots')! - area, 0);
    expect(await page.getByTestId('history-undo').getAttribute('title')).toContain(code);

    const after = await layoutVersion(page);
    await page.getByTestId('history-undo').click();
    await waitForLayout(page, after);
    expect(await listCodes(page, { openTab: true })).toContain(code);
    await page.getByTestId('plan-tab-balance').click();
    expect(await balanceArea(page, 'technical')).toBeCloseTo(ROWS.get('technical')!, 0);
  });
});
