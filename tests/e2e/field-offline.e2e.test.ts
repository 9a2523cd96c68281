// Field mode offline after one visit: the service worker holds the field screen's chunk and styles with
// the app and the geo data, so with the server stopped a reload of #/field lays the demo out again (layout
// worker from the cache), names the plot under the faked position, and says that the network is down.
// The app draws labels with the device's fonts (no glyph server), so there is no font file to hold.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedUrls, DIST, openApp, type AppSession } from './harness';
import { cliCorners, insidePoint, planeToWgs84 } from './field-data';

describe('#/field offline', () => {
  let session: AppSession;
  const code = [...cliCorners().keys()][5];

  beforeAll(async () => {
    session = await openApp({ route: '#/field', offline: true, touch: true, viewport: { width: 1280, height: 800 } });
    await session.context.grantPermissions(['geolocation'], { origin: session.server.origin });
    const [{ lat, lng }] = planeToWgs84([insidePoint(code)]);
    await session.context.setGeolocation({ latitude: lat, longitude: lng, accuracy: 0.03 });
  }, 180_000);
  afterAll(async () => { await session?.close(); });

  it("precaches field mode's chunk, its styles and the layout worker", async () => {
    const cached = (await cachedUrls(session.page)).map((url) => new URL(url).pathname);
    const assets = readdirSync(join(DIST, 'assets')).filter((f) => /^(FieldPage|layout\.worker).*\.(js|css)$/.test(f));
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const file of assets) expect(cached.some((path) => path.endsWith(`/assets/${file}`)), `${file} precached`).toBe(true);
  });

  it('reloads #/field with the server stopped and names the plot under the position', async () => {
    const { page } = session;
    await session.stopServer();
    await page.reload({ waitUntil: 'load' });
    await page.getByTestId('field-page').waitFor({ state: 'visible', timeout: 60_000 });
    await expect.poll(() => page.getByTestId('field-plot').innerText(), { timeout: 20_000 }).toBe(code);
    await session.context.setOffline(true);
    await page.getByTestId('field-offline').waitFor({ state: 'visible', timeout: 30_000 });
    expect(session.pageErrors).toEqual([]);
  });
});
