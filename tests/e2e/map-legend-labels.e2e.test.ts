// What the map says about itself: a legend key for every land-use colour drawn (with the code table's
// Vietnamese names), for the zone's kept-free holes and for the village edge, in the colours the map
// uses; one label per parcel reading "tờ/thửa" at every zoom; and no test hook in a page as shipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { landUseCodeInfo } from '../../src/domain/land-use-codes';
import { openApp, type AppSession } from './harness';
import { expectedParcels, recoveredParcels, tapPointOf } from './site-data';

describe('map legend and labels', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await openApp({ route: '#/parcels' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('keys every land-use code of the layer, with its name and the colour the parcels are filled with', async () => {
    const { page } = app;
    await page.getByTestId('map-legend').locator('summary').click();
    const entries = await page.getByTestId('legend-land-use').evaluateAll((items) =>
      items.map((li) => ({ code: li.getAttribute('data-code'), color: li.getAttribute('data-color'), text: (li as HTMLElement).innerText })));
    const codes = [...new Set(expectedParcels().map((p) => p.landUseCode))];
    expect(entries.map((e) => e.code).sort()).toEqual(codes.sort());
    for (const entry of entries) {
      const info = landUseCodeInfo(entry.code!);
      expect(entry.color, entry.code!).toBe(info.color);
      expect(entry.text).toContain(info.name.vi);
      const swatch = page.locator(`[data-testid="legend-land-use"][data-code="${entry.code}"] .swatch`);
      expect(await swatch.isVisible(), `${entry.code} swatch shown`).toBe(true);
    }
    // Every fill colour the map has drawn on screen has its key.
    const drawnIds = (await page.evaluate('window.__phanloMap.renderedParcelIds()')) as string[];
    expect(drawnIds.length).toBeGreaterThan(50);
    const keyed = new Set(entries.map((e) => e.color));
    const colourOf = new Map(expectedParcels().map((p) => [p.id, landUseCodeInfo(p.landUseCode).color]));
    const unkeyed = drawnIds.filter((id) => !keyed.has(colourOf.get(id)!));
    expect(unkeyed, 'parcels on screen whose colour has no key').toEqual([]);
  });

  it('keys the kept-free hole and the village edge in the colours the map draws them with', async () => {
    const { page } = app;
    const keptFree = page.getByTestId('legend-kept-free');
    expect(await keptFree.isVisible()).toBe(true);
    expect(await keptFree.getAttribute('data-color')).toBe(await page.evaluate(`window.__phanloMap.paintProperty('zone-hole-fill', 'fill-color')`));
    expect(await page.evaluate(`window.__phanloMap.renderedCount('zone-hole-fill')`), 'the hole is drawn').toBeGreaterThan(0);
    const village = page.getByTestId('legend-village');
    expect(await village.isVisible()).toBe(true);
    expect(await village.getAttribute('data-color')).toBe(await page.evaluate(`window.__phanloMap.paintProperty('village-line', 'line-color')`));
    expect(await page.getByTestId('legend-residential-edge').getAttribute('data-color'))
      .toBe(await page.evaluate(`window.__phanloMap.paintProperty('residential-edge', 'line-color')`));
  });

  it('labels each parcel once, as tờ/thửa, zoomed out and zoomed in', async () => {
    const { page } = app;
    const parcels = recoveredParcels(1);
    const centres = [parcels[0], parcels[Math.floor(parcels.length / 2)], parcels[parcels.length - 1]].map(tapPointOf);
    const views: [number, number, number][] = [];
    for (const zoom of [16.8, 18.4, 20]) for (const [lng, lat] of centres) views.push([lng, lat, zoom]);
    let labelsSeen = 0;
    for (const [lng, lat, zoom] of views) {
      await page.evaluate(`window.__phanloMap.jumpTo(${lng}, ${lat}, ${zoom})`);
      const labels = (await page.evaluate('window.__phanloMap.renderedLabels()')) as { id: string; label: string }[];
      const counts = new Map<string, number>();
      for (const l of labels) counts.set(l.id, (counts.get(l.id) ?? 0) + 1);
      const twice = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
      expect(twice, `parcels labelled more than once at zoom ${zoom} around ${lng}, ${lat}`).toEqual([]);
      expect(labels.filter((l) => l.label !== l.id), 'labels without their sheet (the layer has sheets 12, 13, 18)').toEqual([]);
      labelsSeen += labels.length;
    }
    expect(labelsSeen, 'labels were placed at all').toBeGreaterThan(views.length * 3);
  });
});

describe('the page as shipped', () => {
  it('has no test hook when no test asked for one', async () => {
    const app = await openApp({ route: '#/parcels', testHooks: false, waitFor: 'load' });
    try {
      await app.page.waitForFunction(`performance.getEntriesByName('phanlo:parcels-drawn').length > 0`, undefined, { timeout: 20_000 });
      expect(await app.page.evaluate('typeof window.__phanloMap')).toBe('undefined');
    } finally {
      await app.close();
    }
  });
});
