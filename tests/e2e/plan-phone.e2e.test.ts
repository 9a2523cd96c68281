// #/plan on a phone held upright (360 × 640, touch): the map tools sit behind one "Công cụ" toggle
// (QA: six tools covered most of the map), at least 44 px high, which shows and hides them all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';
import { waitForLayout } from './plan-page';

describe('#/plan on a phone', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await openApp({ route: '#/plan', viewport: { width: 360, height: 640 }, touch: true, waitFor: 'load' });
    await waitForLayout(session.page, 0, 60_000);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keeps the map clear until the tools are asked for, then shows them all, and hides them again', async () => {
    const { page } = session;
    const toggle = page.getByTestId('plan-tools-toggle');
    const area = async (selector: string) => page.locator(selector).first().evaluate((el) => { const r = el.getBoundingClientRect(); return r.width * r.height; });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const box = (await toggle.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    for (const id of ['plan-draw', 'plan-mark-edges', 'plan-export', 'plan-colour-kind']) expect(await page.getByTestId(id).isVisible(), id).toBe(false);
    expect(await area('.plan-map-tools')).toBeLessThan((await area('[data-testid="map"]')) / 10);

    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    for (const id of ['plan-draw', 'plan-mark-edges', 'plan-export', 'plan-colour-kind']) expect(await page.getByTestId(id).isVisible(), id).toBe(true);
    await toggle.click();
    await expect.poll(() => page.getByTestId('plan-draw').isVisible()).toBe(false);
  });

  it('shows no toggle on a tablet, where the tools fit beside the map', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 800, height: 1280 });
    await expect.poll(() => page.getByTestId('plan-tools-toggle').isVisible()).toBe(false);
    expect(await page.getByTestId('plan-draw').isVisible()).toBe(true);
  });
});
