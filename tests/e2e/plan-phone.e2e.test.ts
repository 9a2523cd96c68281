// #/plan on a phone held upright (360 × 640, touch): the map tools sit behind one "Công cụ" toggle
// (QA: six tools covered most of the map), at least 44 px high, which shows and hides them all.
// The panel under the map shows only the controls that can act (audit s7: a fresh #/plan on a phone
// showed nine greyed buttons — undo, redo, delete, compare and every edit — before anything was chosen).
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

  it('shows no greyed button in the panel until something can be done, then the edits that fit the selection', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    const panel = page.locator('.plan-panel');
    const greyed = () => panel.locator('button:disabled:visible').allInnerTexts();
    const visible = (id: string) => page.getByTestId(id).isVisible();
    expect(await greyed()).toEqual([]);
    for (const id of ['history-undo', 'variant-delete', 'variant-compare', 'edit-split', 'edit-merge', 'edit-lock']) expect(await visible(id), id).toBe(false);
    expect(await visible('edit-multi-select')).toBe(true);
    expect(await visible('variant-duplicate')).toBe(true);
    // A touch screen has no Shift: the hint names "Chọn nhiều" alone.
    expect(await page.getByTestId('edit-selected').innerText()).toBe('Chạm vào một lô trên bản đồ để chọn; bật “Chọn nhiều” để chọn thêm lô.');

    // One plot chosen from the list: its edits appear (split, green, facility, lock, rename), not merge.
    await page.getByTestId('plan-tab-plots').click();
    const code = (await page.getByTestId('plan-plot-row').first().getAttribute('data-plot'))!;
    const codeButton = page.locator(`tr[data-plot="${code}"] button.link`);
    await codeButton.scrollIntoViewIfNeeded();
    const before = (await codeButton.boundingBox())!;
    await codeButton.click();
    await expect.poll(() => page.getByTestId('edit-selected').innerText()).toContain(code);
    // Its edits appear above the list, in the same scrolling panel: the row stays where the finger was.
    expect(Math.abs((await codeButton.boundingBox())!.y - before.y), 'px the row moved').toBeLessThan(1);
    for (const id of ['edit-split', 'edit-split-depth', 'edit-to-green', 'edit-to-facility', 'edit-lock', 'edit-rename-apply']) expect(await visible(id), id).toBe(true);
    expect(await visible('edit-merge')).toBe(false);
    expect(await greyed()).toEqual([]);
  });

  it('shows no toggle on a tablet, where the tools fit beside the map', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 800, height: 1280 });
    await expect.poll(() => page.getByTestId('plan-tools-toggle').isVisible()).toBe(false);
    expect(await page.getByTestId('plan-draw').isVisible()).toBe(true);
  });
});
