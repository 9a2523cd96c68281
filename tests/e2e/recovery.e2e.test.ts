// Land recovery (thu hồi đất, #/recovery): one row per parcel the zone takes, and the total area equal to
// the sum of the parcels' intersections with the zone computed here with Clipper2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, visibleText, type AppSession } from './harness';
import { formatViArea, normaliseSpaces, recoveredParcels } from './site-data';

describe('land recovery', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await openApp({ route: '#/recovery' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('lists the recovered parcels with the total area and a compensation estimate', async () => {
    const { page } = session;
    const rows = page.getByTestId('recovery-table').locator('tbody tr');
    await rows.first().waitFor({ state: 'visible', timeout: 20_000 });
    // Parcels that only touch the zone boundary may be listed with 0,0 m² or left out.
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(recoveredParcels(0.05).length);
    expect(count).toBeLessThanOrEqual(recoveredParcels(0).length);

    // The total may be summed before or after rounding each parcel to 0.1 m²: either is honest.
    const parcels = recoveredParcels(0);
    const exact = formatViArea(parcels.reduce((s, p) => s + p.insideZoneM2, 0));
    const ofRounded = formatViArea(parcels.reduce((s, p) => s + Math.round(p.insideZoneM2 * 10) / 10, 0));
    const total = normaliseSpaces(await visibleText(page, 'recovery-total-area'));
    expect([exact, ofRounded].some((t) => total.includes(t)), `total "${total}" should show ${exact} m²`).toBe(true);
    // The card says the area once, in its figure: the line under it gives hectares, parcels and land users.
    const card = normaliseSpaces(await page.locator('.summary-cards .card').first().innerText());
    const figure = total.replace(/\s*m²$/, '');
    expect(card.split(figure).length - 1, `the card "${card}" repeats ${figure}`).toBe(1);
    expect(card).toMatch(/\d+ thửa, \d+ chủ sử dụng/);

    expect(await visibleText(page, 'recovery-total-compensation')).toMatch(/\d/);
    expect(session.pageErrors).toEqual([]);
  });
});
