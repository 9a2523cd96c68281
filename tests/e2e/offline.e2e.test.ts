// Offline after one visit: the service worker precaches the app and the geo data, so with the server
// stopped (Playwright's offline switch does not stop a service worker's own requests) a reload still
// draws the parcels and opens a record; the opt-in basemap fails gracefully without network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cachedUrls, isOnMap, openApp, PRECACHED_FOR_OFFLINE, tapParcel, visibleText, waitForParcelsDrawn, type AppSession,
} from './harness';
import { parseScreenNumber, pickTappableParcel, tappableParcels, tapPointOf } from './site-data';

describe('offline after one visit', () => {
  let session: AppSession;

  beforeAll(async () => {
    // One visit: the service worker takes control and precaches the app and the geo data.
    session = await openApp({ route: '#/parcels', offline: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('precaches the app and the geo data on the first visit', async () => {
    const { page } = session;
    expect(await page.evaluate('!!navigator.serviceWorker.controller'), 'a service worker controls the page').toBe(true);
    const cached = await cachedUrls(page);
    for (const file of PRECACHED_FOR_OFFLINE) {
      expect(cached.some((url) => new URL(url).pathname.endsWith(`/${file}`)), `${file} precached`).toBe(true);
    }
  });

  it('reloads with the server stopped: parcels drawn, record opens', async () => {
    const { page } = session;
    await session.stopServer();
    await page.reload({ waitUntil: 'load' });
    await waitForParcelsDrawn(page);
    const parcel = pickTappableParcel();
    await tapParcel(page, ...tapPointOf(parcel));
    expect(parseScreenNumber(await visibleText(page, 'record-parcel'))).toBe(parcel.parcelNo);
    expect(session.pageErrors).toEqual([]);
  });

  it('shows the offline banner when the network is down', async () => {
    await session.context.setOffline(true);
    await session.page.getByTestId('offline-banner').waitFor({ state: 'visible', timeout: 20_000 });
  });

  it('does not break when the OSM basemap is switched on without network', async () => {
    const { page } = session;
    await session.context.setOffline(true);
    await page.getByTestId('basemap-toggle').click();
    // The tiles cannot come: the map reports it, and says so on screen.
    await page.getByTestId('basemap-failed').waitFor({ state: 'visible', timeout: 15_000 });
    expect(session.pageErrors, 'uncaught errors after switching the basemap on').toEqual([]);
    await waitForParcelsDrawn(page, 5_000);
    // Still usable: another parcel's record opens (one the record panel does not cover).
    const others = tappableParcels().slice(1);
    const onMap = await Promise.all(others.map((p) => isOnMap(page, ...tapPointOf(p))));
    const other = others[onMap.indexOf(true)];
    expect(other, 'another parcel visible on the map').toBeDefined();
    await tapParcel(page, ...tapPointOf(other));
    await expect.poll(async () => parseScreenNumber(await visibleText(page, 'record-parcel'))).toBe(other.parcelNo);
  });
});
