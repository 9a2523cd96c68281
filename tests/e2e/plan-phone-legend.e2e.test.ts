/**
 * #/plan on a phone (360×740, 390×844): the legend opened is scrolled to its end, and its button is
 * still there to close it (it scrolled away with the list), and the open legend covers neither the zoom
 * buttons nor the north arrow (it covered the arrow's corner). Boxes are read from the page's layout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';

type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe.each([{ width: 360, height: 740 }, { width: 390, height: 844 }])('#/plan legend at $width×$height', (viewport) => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await openApp({ route: '#/plan', viewport, touch: true });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keeps its button in view when scrolled, and clear of the map controls', async () => {
    const summary = page.locator('[data-testid="plan-legend"] summary');
    await summary.tap();
    await page.waitForFunction(() => (document.querySelector('[data-testid="plan-legend"]') as HTMLDetailsElement).open);
    const state = await page.evaluate(() => {
      const legend = document.querySelector('[data-testid="plan-legend"]') as HTMLElement;
      legend.scrollTop = legend.scrollHeight;
      const box = (e: Element) => { const r = e.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; };
      const button = box(legend.querySelector('summary')!);
      const hit = document.elementFromPoint((button.left + button.right) / 2, (button.top + button.bottom) / 2);
      return {
        scrolled: legend.scrollTop > 0,
        buttonHit: !!hit && !!hit.closest('summary') && legend.contains(hit),
        legend: box(legend),
        controls: [...document.querySelectorAll('.map-wrap .maplibregl-ctrl-top-right .maplibregl-ctrl')].map(box),
      };
    });
    expect(state.scrolled, 'the open legend is longer than its pane here').toBe(true);
    expect(state.buttonHit).toBe(true);
    expect(state.controls.length).toBeGreaterThan(0);
    for (const control of state.controls) expect(overlaps(state.legend, control), JSON.stringify({ legend: state.legend, control })).toBe(false);
    await summary.tap();
    await page.waitForFunction(() => !(document.querySelector('[data-testid="plan-legend"]') as HTMLDetailsElement).open);
  });
});
