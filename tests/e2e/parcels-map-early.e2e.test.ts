// The parcels map is started before React and adopted by the screen (src/map/parcel-map-early.ts):
// whatever size the page guessed for it, the map drawn is the one on screen, at the size of its place
// in the shell, with the whole zone in view; no second map or hidden leftover stays in the page; a
// reader whose stored language is English gets a map of their language, not the one started in the
// default Vietnamese.
import { afterEach, describe, expect, it } from 'vitest';
import { planeProjection } from '../../src/geo/coordinates';
import { openApp, renderedParcelIds, screenPointOf, waitForParcelsDrawn, type AppSession } from './harness';
import { zonePolygon } from './site-data';

/** The maps in the page: each canvas, whether it lies inside the screen's map element, and both sizes. */
const MAPS_IN_PAGE = `(() => [...document.querySelectorAll('canvas.maplibregl-canvas')].map((canvas) => {
  const place = canvas.closest('[data-testid="map"]');
  const rect = canvas.getBoundingClientRect();
  const placeRect = place?.getBoundingClientRect();
  return {
    inScreen: place !== null,
    visible: canvas.checkVisibility({ visibilityProperty: true }),
    canvas: [Math.round(rect.width), Math.round(rect.height)],
    place: placeRect ? [Math.round(placeRect.width), Math.round(placeRect.height)] : null,
  };
}))()`;

describe('the parcels map started before the screen', () => {
  let session: AppSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  // A portrait window narrower than the side panel's breakpoint: the panel goes under the map and its
  // height depends on its content, which the early map can only guess.
  it.each([
    { width: 1366, height: 900 },
    { width: 700, height: 1000 },
  ])('is drawn in its place on screen at its real size, the whole zone in view ($width×$height)', async (viewport) => {
    session = await openApp({ route: '#/parcels', viewport, waitFor: 'parcels' });
    const { page } = session;
    const maps = (await page.evaluate(MAPS_IN_PAGE)) as { inScreen: boolean; visible: boolean; canvas: number[]; place: number[] | null }[];
    expect(maps, 'one map, inside the screen, visible, the size of its place').toEqual([
      { inScreen: true, visible: true, canvas: maps[0]?.place, place: maps[0]?.place },
    ]);
    expect(maps[0].place![0] * maps[0].place![1]).toBeGreaterThan(0);
    // Inside the map's place (panels over the map, such as the legend, may still hide a corner on a
    // narrow screen, as they did before the map was started early).
    const place = (await page.getByTestId('map').boundingBox())!;
    const projection = planeProjection('EPSG:9209');
    for (const corner of zonePolygon()[0]) {
      const [lng, lat] = projection.toLngLat(corner);
      const { x, y } = await screenPointOf(page, lng, lat);
      expect(x > place.x && x < place.x + place.width && y > place.y && y < place.y + place.height, `zone corner ${corner.join(', ')} in the map's place`).toBe(true);
    }
    expect((await renderedParcelIds(page)).length).toBeGreaterThan(0);
    expect(await page.evaluate('document.querySelectorAll(\'body > [aria-hidden="true"]\').length'), 'no hidden map left in the body').toBe(0);
    expect(session.pageErrors).toEqual([]);
  });

  it('is made again in the stored language when it is not the default', async () => {
    session = await openApp({ route: '#/parcels', persistent: true, waitFor: 'parcels' });
    const { page } = session;
    const northTitle = () => page.locator('[data-testid="map"] .north-arrow').getAttribute('title');
    const vietnameseTitle = await northTitle();
    await page.getByTestId('lang-switch').click();
    await expect.poll(northTitle).not.toBe(vietnameseTitle);
    const englishTitle = await northTitle();

    await page.reload({ waitUntil: 'commit' });
    await waitForParcelsDrawn(page);
    expect(await northTitle(), 'the map of the reload speaks English').toBe(englishTitle);
    const maps = (await page.evaluate(MAPS_IN_PAGE)) as { inScreen: boolean }[];
    expect(maps.map((m) => m.inScreen), 'only the screen\'s own map is left').toEqual([true]);
    expect(await page.evaluate('document.querySelectorAll(\'body > [aria-hidden="true"]\').length')).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});
