// The app works without internet: a full visit of every route asks nothing of any host but the local
// server (no fonts, tiles, glyphs or analytics from elsewhere). The opt-in basemap stays off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, waitForScreen, waitForServiceWorkerControl, type AppSession } from './harness';

const ROUTES = ['#/parcels', '#/recovery', '#/plan', '#/registry', '#/field', '#/present/A-01'];

describe('no request leaves 127.0.0.1', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await openApp({ route: '#/parcels', persistent: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('visits every route and requests only the local server', async () => {
    const { page } = session;
    // Each screen shown in full (data read, map drawn), then every request of the page and of the
    // service worker finished: only then is the record of requests complete.
    for (const route of ROUTES) {
      await page.goto(session.appUrl(route), { waitUntil: 'load' });
      await waitForScreen(page, route);
      await session.waitForRequestsSettled();
    }
    await waitForServiceWorkerControl(page);
    // A full reload of each route too: a fresh document may fetch what a hash change did not.
    for (const route of ROUTES) {
      await page.goto('about:blank');
      await page.goto(session.appUrl(route), { waitUntil: 'load' });
      await waitForScreen(page, route);
      await session.waitForRequestsSettled();
    }
    const foreign = session.foreignRequests().map((r) => `${r.method} ${r.url} (${r.resourceType})`);
    expect(foreign, `requests to hosts other than ${session.server.origin}`).toEqual([]);
    expect(session.requests.length, 'requests were recorded at all').toBeGreaterThan(0);
  });
});
