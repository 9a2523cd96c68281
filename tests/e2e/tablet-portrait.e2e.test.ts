// A 10-inch tablet held upright (800 × 1280, touch): every control a finger can hit is at least
// 44 × 44 px (map, recovery, the register with its backup row), the menu stays on one
// row, and the recovery tables fit without sideways scrolling.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { openApp, ROOT, waitForScreen, type AppSession } from './harness';
import { screenshotIfAsked } from './plan-page';
import { smallTargets } from './touch-targets';

const PORTRAIT_TABLET = { width: 800, height: 1280 };
/** Tables (and the page) that scroll sideways: scrollWidth beyond clientWidth. */
async function sidewaysScrollers(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const out = [];
    for (const el of [document.scrollingElement, ...document.querySelectorAll('.table-scroll, .app-main, .recovery-page')]) {
      if (el && el.getClientRects().length && el.scrollWidth > el.clientWidth + 1) out.push((el.className || el.tagName) + ': ' + el.scrollWidth + ' > ' + el.clientWidth);
    }
    return out;
  })()`)) as string[];
}

describe('portrait tablet (800 × 1280, touch)', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await openApp({ route: '#/parcels/12/69', viewport: PORTRAIT_TABLET, touch: true });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('keeps the menu on one row', async () => {
    const rows = await app.page.evaluate(`[...document.querySelectorAll('.main-nav a')].map((a) => Math.round(a.getBoundingClientRect().top))`) as number[];
    expect(rows).toHaveLength(5);
    expect(new Set(rows).size, `menu item tops ${JSON.stringify(rows)}`).toBe(1);
    const header = await app.page.locator('.app-header').boundingBox();
    expect(header!.height, 'header is one row high').toBeLessThanOrEqual(64);
    expect(await app.page.evaluate(`(() => { const n = document.querySelector('.main-nav'); return n.scrollWidth <= n.clientWidth + 1; })()`), 'menu fits without scrolling').toBe(true);
  });

  it('gives every control on the map screen a 44 × 44 px target, legend open or closed', async () => {
    const { page } = app;
    await page.getByTestId('parcel-record').waitFor({ state: 'visible' });
    expect(await smallTargets(page)).toEqual([]);
    await page.getByTestId('map-legend').locator('summary').tap();
    expect(await smallTargets(page)).toEqual([]);
  });

  it('gives every control of the recovery screen 44 × 44 px, on every tab, with no sideways scrolling', async () => {
    const { page } = app;
    await page.getByTestId('nav-recovery').tap();
    await waitForScreen(page, '#/recovery');
    expect(await smallTargets(page), 'by parcel').toEqual([]);
    expect(await sidewaysScrollers(page), 'by parcel').toEqual([]);
    // A parcel link's text starts where its row's other texts start (a 44 px target, not a lower line).
    const offsets = (await page.evaluate(`[...document.querySelectorAll('[data-testid="recovery-table"] tbody tr')].slice(0, 8).map((row) => {
      const link = row.querySelector('td > a');
      const text = [...row.cells].find((cell) => cell.getClientRects().length && !cell.querySelector('a, button') && cell.textContent.trim());
      const top = (node) => { const range = document.createRange(); range.selectNodeContents(node); return range.getClientRects()[0].top; };
      return link && text ? Math.abs(top(link) - top(text)) : -1;
    })`)) as number[];
    expect(offsets.length).toBeGreaterThan(0);
    for (const offset of offsets) expect(offset, `link text offsets ${JSON.stringify(offsets)}`).toBeGreaterThanOrEqual(0);
    expect(Math.max(...offsets), `link text offsets ${JSON.stringify(offsets)}`).toBeLessThanOrEqual(2);
    for (const tab of await page.getByRole('tab').all()) {
      const name = await tab.innerText();
      await tab.tap();
      await page.waitForFunction((el) => el?.getAttribute('aria-selected') === 'true' || el?.classList.contains('active'), await tab.elementHandle());
      expect(await smallTargets(page), name).toEqual([]);
      expect(await sidewaysScrollers(page), name).toEqual([]);
    }
  });
  it('gives every control of the register 44 × 44 px, the backup and storage rows included, empty and with rows', async () => {
    const { page } = app;
    await page.getByTestId('nav-registry').tap();
    await waitForScreen(page, '#/registry');
    expect(await smallTargets(page), 'empty register').toEqual([]);
    await page.getByTestId('registry-import-file').setInputFiles(join(ROOT, 'tests/fixtures/register-import/utf8.csv'));
    await page.getByTestId('registry-import-confirm').waitFor({ state: 'visible', timeout: 20_000 });
    expect(await smallTargets(page), 'import review').toEqual([]);
    await page.getByTestId('registry-import-confirm').tap();
    await page.getByTestId('registry-row').nth(2).waitFor({ state: 'visible', timeout: 20_000 });
    await screenshotIfAsked(page, 'registry-tablet');
    expect(await smallTargets(page), 'register with rows').toEqual([]);
    for (const tab of await page.locator('.registry-page [role="tab"]').all()) {
      const name = await tab.innerText();
      await tab.tap();
      await page.waitForFunction((el) => el?.getAttribute('aria-selected') === 'true', await tab.elementHandle());
      expect(await smallTargets(page), name).toEqual([]);
    }
  });
});
