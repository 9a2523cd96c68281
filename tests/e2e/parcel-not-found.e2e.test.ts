// A link to a parcel the layer does not have (#/parcels/99/999: stale, or mistyped) says so plainly,
// with a way back, instead of an empty panel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, visibleText, type AppSession } from './harness';

describe('a link to a parcel that does not exist', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await openApp('#/parcels/99/999');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says "Không có thửa đất tờ 99 / thửa 999" and leads back to the map', async () => {
    const { page } = session;
    const text = await visibleText(page, 'parcel-not-found', 20_000);
    expect(text).toContain('Không có thửa đất tờ 99 / thửa 999');
    expect(await page.getByTestId('parcel-record').count()).toBe(0);
    await page.screenshot({ path: '/tmp/phanlo-parcel-not-found.png' });

    await page.getByTestId('parcel-not-found-back').click();
    await page.waitForFunction('location.hash === "#/parcels"');
    expect(await page.getByTestId('parcel-not-found').count()).toBe(0);
    expect(await page.locator('.empty-state').innerText()).toMatch(/tìm theo tờ\/thửa/);
  });

  it('a parcel that exists still opens its record', async () => {
    const { page } = session;
    await session.openApp('#/parcels/12/43');
    expect(await visibleText(page, 'parcel-record', 20_000)).toContain('tờ bản đồ số 12');
    expect(await page.getByTestId('parcel-not-found').count()).toBe(0);
  });
});
