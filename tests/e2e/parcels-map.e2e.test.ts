// The cadastral map (#/parcels): the parcels are drawn, and a tap on a parcel (tablet, touch) opens its
// record with the numbers computed here from the demo file on VN-2000 plane coordinates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, renderedParcelIds, tapParcel, visibleText, waitForParcelsDrawn, type AppSession } from './harness';
import {
  edgeLengthsM, expectedParcels, formatViArea, normaliseSpaces, parseScreenNumber, pickTappableParcel, tapPointOf,
} from './site-data';

describe('cadastral map on a touch tablet', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await openApp({ route: '#/parcels', touch: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('loads the map and draws the demo parcels', async () => {
    await session.page.getByTestId('map').waitFor({ state: 'visible', timeout: 20_000 });
    await waitForParcelsDrawn(session.page);
    const rendered = await renderedParcelIds(session.page);
    const known = new Set(expectedParcels().map((p) => p.id));
    expect(rendered.length, 'parcels rendered on screen').toBeGreaterThan(0);
    expect(rendered.filter((id) => !known.has(id)), 'rendered ids that are not in the demo file').toEqual([]);
    expect(rendered, 'the parcel picked for the tap test is on screen').toContain(pickTappableParcel().id);
    expect(session.pageErrors).toEqual([]);
  });

  it('draws the zone and the roads, and the road names once the parcels are on screen', async () => {
    const { page } = session;
    await waitForParcelsDrawn(page);
    const drawn = (layer: string) => page.waitForFunction(`window.__phanloMap.renderedCount(${JSON.stringify(layer)}) > 0`, undefined, { timeout: 15_000 });
    await drawn('zone-line');
    await drawn('road-line');
    // Text comes after the first frame of the parcels (its layers are added then): it must still come.
    await drawn('road-label');
  });

  it('opens the record of a tapped parcel with the right numbers', async () => {
    const parcel = pickTappableParcel();
    const { page } = session;
    await waitForParcelsDrawn(page);
    await tapParcel(page, ...tapPointOf(parcel), { touch: true });

    await page.getByTestId('parcel-record').waitFor({ state: 'visible', timeout: 10_000 });
    expect(parseScreenNumber(await visibleText(page, 'record-sheet')), 'số tờ').toBe(parcel.sheetNo);
    expect(parseScreenNumber(await visibleText(page, 'record-parcel')), 'số thửa').toBe(parcel.parcelNo);
    expect(await visibleText(page, 'record-landuse')).toContain(parcel.landUseCode);
    expect(normaliseSpaces(await visibleText(page, 'record-area'))).toContain(`${formatViArea(parcel.areaM2)} m²`);
    expect(normaliseSpaces(await visibleText(page, 'record-user'))).toContain(normaliseSpaces(parcel.landUser));
    expect(
      Math.abs(parseScreenNumber(await visibleText(page, 'record-inside-zone')) - parcel.insideZoneM2),
      `area inside the zone ≈ ${formatViArea(parcel.insideZoneM2)} m²`,
    ).toBeLessThanOrEqual(0.051);
  });

  it('lists every corner in VN-2000 (X northing, Y easting) to the millimetre, with edge lengths', async () => {
    const parcel = pickTappableParcel();
    const rows = session.page.getByTestId('corner-table').locator('tbody tr');
    await rows.first().waitFor({ state: 'visible', timeout: 10_000 });
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td,th')].map((c) => (c as HTMLElement).innerText)));
    expect(cells.length, 'one row per corner').toBe(parcel.corners.length);

    const shown = cells.map((row) => ({ x: parseScreenNumber(row[1] ?? ''), y: parseScreenNumber(row[2] ?? ''), edge: parseScreenNumber(row[3] ?? '') }));
    // Every row is a distinct corner of the parcel (X = northing, Y = easting), within 1.5 mm.
    const matched = shown.map((row) =>
      parcel.corners.findIndex((c) => Math.abs(c[1] - row.x) <= 0.0015 && Math.abs(c[0] - row.y) <= 0.0015));
    expect(matched.filter((i) => i < 0).length, `rows that are not corners: ${JSON.stringify(shown)}`).toBe(0);
    expect(new Set(matched).size, 'each corner once').toBe(parcel.corners.length);

    // Edge lengths to 0.01 m, from each corner to the next row's (or from the previous row's).
    const rowCorners = matched.map((i) => parcel.corners[i]);
    const next = edgeLengthsM(rowCorners);
    const previous = next.map((_, i) => next[(i + next.length - 1) % next.length]);
    const fits = (lengths: number[]) => shown.every((row, i) => Math.abs(row.edge - lengths[i]) <= 0.0051);
    expect(fits(next) || fits(previous), `edge lengths ${JSON.stringify(shown.map((r) => r.edge))} vs ${JSON.stringify(next)}`).toBe(true);
  });
});
