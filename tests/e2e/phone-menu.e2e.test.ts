// A phone held upright (360 × 640, touch): every screen can be reached from the main menu, visibly
// (QA: only the current item showed, with no sign the others existed), by finger and by keyboard, and
// every menu item is at least 44 × 44 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';

const PHONE = { width: 360, height: 640 };
const MENU = [
  { testId: 'nav-parcels', hash: '#/parcels' },
  { testId: 'nav-recovery', hash: '#/recovery' },
  { testId: 'nav-plan', hash: '#/plan' },
  { testId: 'nav-registry', hash: '#/registry' },
  { testId: 'nav-field', hash: '#/field' },
];

interface ItemView {
  box: { left: number; right: number; top: number; bottom: number; width: number; height: number };
  /** The item is what a finger at its centre hits (not clipped by the menu, not covered). */
  hit: boolean;
  /** Wholly inside the menu's visible part and the viewport. */
  inView: boolean;
  /** The menu says more lies that way (data-more-start / data-more-end, drawn as a fade). */
  moreStart: boolean;
  moreEnd: boolean;
}

async function itemView(page: Page, testId: string): Promise<ItemView> {
  return (await page.evaluate(`(() => {
    const item = document.querySelector('[data-testid="${testId}"]');
    const nav = item.closest('nav');
    const r = item.getBoundingClientRect();
    const n = nav.getBoundingClientRect();
    const x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
    const at = document.elementFromPoint(x, y);
    return {
      box: { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height },
      hit: !!at && item.contains(at),
      inView: r.left >= n.left - 0.5 && r.right <= n.right + 0.5 && r.left >= 0 && r.right <= innerWidth + 0.5 && r.bottom <= innerHeight,
      moreStart: nav.hasAttribute('data-more-start'),
      moreEnd: nav.hasAttribute('data-more-end'),
    };
  })()`)) as ItemView;
}

/** What a swipe on the menu does: scrolls it (and only it) until the item is in view. */
async function swipeMenuTo(page: Page, testId: string): Promise<void> {
  await page.evaluate(`(() => {
    const item = document.querySelector('[data-testid="${testId}"]');
    const nav = item.closest('nav');
    nav.scrollLeft += item.getBoundingClientRect().left - nav.getBoundingClientRect().left - 8;
  })()`);
}

describe('the main menu on a 360 × 640 phone', () => {
  let session: AppSession;
  beforeAll(async () => {
    session = await openApp({ route: '#/recovery', viewport: PHONE, touch: true });
  }, 90_000);
  afterAll(async () => { await session?.close(); });

  it('shows every item, or says where the hidden ones are, and each is ≥ 44 × 44 px', async () => {
    const { page } = session;
    for (const { testId } of MENU) {
      const view = await itemView(page, testId);
      expect(view.box.width, testId).toBeGreaterThanOrEqual(44 - 0.5);
      expect(view.box.height, testId).toBeGreaterThanOrEqual(44 - 0.5);
      if (view.inView) expect(view.hit, `${testId} in view but covered`).toBe(true);
      else {
        // Cut off: the menu must show that more lies on that side.
        const side = view.box.left < PHONE.width / 2 ? view.moreStart : view.moreEnd;
        expect(side, `${testId} is out of view with no sign of it`).toBe(true);
      }
    }
  });

  it('reaches every screen by tapping its menu item', async () => {
    const { page } = session;
    for (const { testId, hash } of MENU) {
      let view = await itemView(page, testId);
      if (!view.inView) { await swipeMenuTo(page, testId); view = await itemView(page, testId); }
      expect(view.hit, `${testId} cannot be tapped`).toBe(true);
      await page.touchscreen.tap((view.box.left + view.box.right) / 2, (view.box.top + view.box.bottom) / 2);
      await page.waitForFunction(`location.hash.startsWith(${JSON.stringify(hash)})`, null, { timeout: 10_000 });
      expect(await page.getByTestId(testId).getAttribute('aria-current')).toBe('page');
      // The current item is brought into view (a deep link to the last screen shows its item).
      expect((await itemView(page, testId)).inView, `${testId} current but out of view`).toBe(true);
    }
  }, 120_000);

  it('reaches every screen from the keyboard (Tab to the item, Enter)', async () => {
    const { page } = session;
    for (const { testId, hash } of [...MENU].reverse()) {
      await page.evaluate(`document.querySelector('.brand').focus()`);
      let focused = '';
      for (let presses = 0; presses < MENU.length + 1 && focused !== testId; presses++) {
        await page.keyboard.press('Tab');
        focused = (await page.evaluate(`document.activeElement?.getAttribute('data-testid') ?? ''`)) as string;
      }
      expect(focused).toBe(testId);
      // A focused item is scrolled into view by the browser, where a sighted keyboard user sees it.
      expect((await itemView(page, testId)).hit, `${testId} focused but not visible`).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForFunction(`location.hash.startsWith(${JSON.stringify(hash)})`, null, { timeout: 10_000 });
    }
    expect(session.pageErrors).toEqual([]);
  }, 120_000);
});
