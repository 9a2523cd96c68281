// #/field on a tablet (800×1280 upright, touch), the position faked with Playwright's geolocation
// override (context permission 'geolocation' + context.setGeolocation, which headless Chromium honours
// for watchPosition; each new override reaches the running watch). Expected plots and corners come from
// the command line's corner table (`phanlo layout --format csv`), points inside/outside from Turf, every
// plane → WGS84 conversion from PROJ (cs2cs), and stake-out distance and bearing from plane formulas
// written in tests/e2e/field-data.ts.
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppSession } from './harness';
import { cliCorners, cliRoadPoint, gotoField, insidePoint, openField, outsideDistanceM, planeBearingDistance, planeToWgs84, plotsContaining, plotsTouching, ringOf } from './field-data';

const SHOTS = process.env.FIELD_SHOTS ?? '';

async function fakePosition(session: AppSession, p: { e: number; n: number }, accuracy: number): Promise<void> {
  const [{ lat, lng }] = planeToWgs84([p]);
  await session.context.setGeolocation({ latitude: lat, longitude: lng, accuracy });
}

const plotText = (page: Page) => page.getByTestId('field-plot').innerText();

describe('#/field: where am I', () => {
  let session: AppSession;
  let page: Page;
  const codes = [...cliCorners().keys()];
  const first = codes[0];
  const other = codes[Math.floor(codes.length / 2)];

  beforeAll(async () => {
    session = await openField();
    page = session.page;
    await fakePosition(session, insidePoint(first), 1.5);
    await gotoField(session);
  }, 120_000);
  afterAll(async () => { await session?.close(); });

  it('names the plot a position is inside, and follows the position into another plot', async () => {
    await expect.poll(() => plotText(page), { timeout: 20_000 }).toBe(first);
    expect(await page.getByTestId('field-accuracy').getAttribute('data-poor')).toBe('false');
    await fakePosition(session, insidePoint(other), 1.5);
    await expect.poll(() => plotText(page), { timeout: 10_000 }).toBe(other);
    // The VN-2000 position shown is the one faked (PROJ there, proj4 back) to the millimetre.
    const { e, n } = insidePoint(other);
    const shownX = Number((await page.getByTestId('field-x').innerText()).replace(/\./g, '').replace(',', '.'));
    const shownY = Number((await page.getByTestId('field-y').innerText()).replace(/\./g, '').replace(',', '.'));
    expect(Math.abs(shownX - n)).toBeLessThan(0.002);
    expect(Math.abs(shownY - e)).toBeLessThan(0.002);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/field-where-800x1280.png` });
  });

  it('puts a position on a shared plot edge on the boundary, distance 0', async () => {
    // The midpoint of the first plot's edge 1→2, in plane metres.
    const [a, b] = cliCorners().get(first)!;
    const mid = { e: (a.y + b.y) / 2, n: (a.x + b.x) / 2 };
    const touching = plotsTouching(mid.e, mid.n);
    expect(touching).toContain(first);
    await fakePosition(session, mid, 0.02);
    await page.getByTestId('field-on-boundary').waitFor({ state: 'visible', timeout: 10_000 });
    expect(touching).toContain(await plotText(page));
    expect(Number(await page.getByTestId('field-boundary-distance').getAttribute('data-value'))).toBeLessThan(0.001);
  });

  it('says "outside the zone" for a position 300 m south of every plot', async () => {
    const south = Math.min(...[...cliCorners().values()].flat().map((c) => c.x)) - 300;
    const { e } = insidePoint(first);
    expect(plotsContaining(e, south, { ignoreBoundary: false })).toEqual([]);
    await fakePosition(session, { e, n: south }, 2);
    await expect.poll(() => plotText(page), { timeout: 10_000 }).toBe('Ngoài khu quy hoạch');
    // The nearest plot by the hand-written point-to-ring distance over the command line's corner table.
    const distances = [...cliCorners()].map(([code, corners]) => ({ code, d: outsideDistanceM({ e, n: south }, ringOf(corners).map(([ce, cn]) => ({ e: ce, n: cn }))) }));
    const nearest = distances.sort((a, b) => a.d - b.d)[0];
    const shown = page.getByTestId('field-nearest-plot');
    await expect.poll(() => shown.getAttribute('data-plot'), { timeout: 10_000 }).toBe(nearest.code);
    expect(Math.abs(Number(await shown.getAttribute('data-distance')) - nearest.d)).toBeLessThan(0.01);
    // Due south of the plots: the way to go is roughly north.
    const bearing = Number(await shown.getAttribute('data-bearing'));
    expect(Math.min(bearing, 360 - bearing)).toBeLessThan(45);
    // No "distance to the plot's boundary: —" row beside it: in no plot, the nearest plot says it.
    expect(await page.getByTestId('field-boundary-distance').count()).toBe(0);
    expect(await shown.innerText()).toMatch(new RegExp(`^${nearest.code} — cách [\\d.]+,\\d{2} m, hướng (Bắc|Đông Bắc|Tây Bắc) \\(\\d+°\\)$`));
  });

  it('on a road of the zone: in no plot, but not "outside the zone", with the nearest plot', async () => {
    const road = cliRoadPoint();
    expect(plotsContaining(road.e, road.n, { ignoreBoundary: false })).toEqual([]);
    await fakePosition(session, road, 2);
    await expect.poll(() => plotText(page), { timeout: 10_000 }).toBe('Không thuộc lô nào');
    expect(await page.getByTestId('field-area').getAttribute('data-area')).toBe('road');
    const nearest = [...cliCorners()].map(([code, corners]) => ({ code, d: outsideDistanceM(road, ringOf(corners).map(([ce, cn]) => ({ e: ce, n: cn }))) }))
      .sort((a, b) => a.d - b.d)[0];
    await expect.poll(() => page.getByTestId('field-nearest-plot').getAttribute('data-plot')).toBe(nearest.code);
  });

  it('greys a poor fix and still names its plot, marked uncertain', async () => {
    await fakePosition(session, insidePoint(first), 12);
    await expect.poll(() => plotText(page), { timeout: 10_000 }).toBe(first);
    await expect.poll(() => page.getByTestId('field-accuracy').getAttribute('data-poor')).toBe('true');
    await page.getByTestId('field-plot-uncertain').waitFor({ state: 'visible' });
    expect(await page.getByTestId('field-accuracy').innerText()).toMatch(/kém/);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/field-poor-800x1280.png` });
  });

  it('stakes out a corner: number and coordinates as the corner table, distance and grid bearing by plane formulas', async () => {
    const from = insidePoint(other);
    await fakePosition(session, from, 0.02);
    await page.getByTestId('field-tab-stake').tap();
    await page.getByTestId('stake-plot').selectOption(other);
    const table = cliCorners().get(other)!;
    for (const corner of table.slice(0, 3)) {
      await expect.poll(() => page.getByTestId('stake-corner-no').getAttribute('data-no')).toBe(String(corner.no));
      expect(Number(await page.getByTestId('stake-corner-x').getAttribute('data-value'))).toBeCloseTo(corner.x, 3);
      expect(Number(await page.getByTestId('stake-corner-y').getAttribute('data-value'))).toBeCloseTo(corner.y, 3);
      const expected = planeBearingDistance(from, { e: corner.y, n: corner.x });
      await expect.poll(async () => Math.abs(Number(await page.getByTestId('stake-distance').getAttribute('data-value')) - expected.distanceM)).toBeLessThan(0.003);
      const bearing = Number(await page.getByTestId('stake-bearing').getAttribute('data-value'));
      expect(Math.abs(bearing - expected.bearingDeg)).toBeLessThan(0.01);
      // North up: the arrow is drawn at the grid bearing.
      expect(Number(await page.getByTestId('stake-arrow').getAttribute('data-angle'))).toBeCloseTo(bearing, 6);
      await page.getByTestId('stake-next').tap();
    }
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/field-stake-800x1280.png` });
  });

  it('shows the close-range view within 2 m of the corner', async () => {
    await page.getByTestId('stake-prev').tap(); // back to the third corner
    const corner = cliCorners().get(other)![2];
    await fakePosition(session, { e: corner.y + 1.2, n: corner.x - 0.9 }, 0.02); // 1.5 m away
    await page.getByTestId('stake-close-range').waitFor({ state: 'visible', timeout: 10_000 });
    expect(Number(await page.getByTestId('stake-distance').getAttribute('data-value'))).toBeCloseTo(1.5, 2);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/field-close-800x1280.png` });
    expect(session.pageErrors).toEqual([]);
  });

  it('turns the map and the arrow with the device heading when asked (heading against grid north via PROJ convergence)', async () => {
    await page.getByTestId('field-turn').check();
    // A compass reading of 90° (facing east): alpha counts anticlockwise from north.
    await page.evaluate("window.dispatchEvent(Object.assign(new Event('deviceorientationabsolute'), { alpha: 270, beta: 0, gamma: 0, absolute: true }))");
    await expect.poll(() => page.evaluate('Math.round(window.__phanloFieldMap.bearing)')).toBe(90);
    const bearing = Number(await page.getByTestId('stake-bearing').getAttribute('data-value'));
    // Meridian convergence at the corner from PROJ: the grid bearing of a step due north.
    const corner = cliCorners().get(other)![2];
    const [here] = planeToWgs84([{ e: corner.y, n: corner.x }]);
    const north = execFileSync('cs2cs', ['-f', '%.6f', 'EPSG:4326', 'EPSG:9209'], { input: `${here.lat} ${here.lng}\n${here.lat + 1 / 3600} ${here.lng}\n`, encoding: 'utf8' })
      .trim().split('\n').map((line) => line.trim().split(/\s+/).map(Number));
    const gammaDeg = -(Math.atan2(north[1][0] - north[0][0], north[1][1] - north[0][1]) * 180) / Math.PI;
    const expected = (((bearing - (90 - gammaDeg)) % 360) + 360) % 360;
    expect(Number(await page.getByTestId('stake-arrow').getAttribute('data-angle'))).toBeCloseTo(expected, 2);
    await page.getByTestId('field-turn').uncheck();
    await expect.poll(() => page.evaluate('Math.round(window.__phanloFieldMap.bearing)')).toBe(0);
  });

  it('keeps every control at least 44 px and in view when the tablet turns to landscape', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByTestId('field-tab-where').tap();
    await fakePosition(session, insidePoint(first), 12);
    await expect.poll(() => plotText(page)).toBe(first);
    const small = await page.evaluate(`[...document.querySelectorAll('.field-page button, .field-page select, .field-page .toggle, .field-page .field-choice label')]
      .filter((el) => el.offsetParent !== null && !el.closest('.maplibregl-ctrl-attrib'))
      .map((el) => ({ text: el.textContent.trim().slice(0, 30), h: el.getBoundingClientRect().height, w: el.getBoundingClientRect().width }))
      .filter((r) => r.h < 44 || r.w < 44)`);
    expect(small).toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/field-where-1280x800.png` });
  });
});

/** Register entries and allocations put straight into the app's IndexedDB (the register's commands are another part). */
async function seedRegister(page: Page, tables: { registerEntries: unknown[]; allocations: unknown[] }): Promise<void> {
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('phanlo');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['registerEntries', 'allocations'], 'readwrite');
      for (const [table, items] of Object.entries(rows)) for (const item of items) tx.objectStore(table).put(item);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, tables);
}

const registerEntry = (id: string, name: string) => ({
  id, kind: 'household', name, representative: null, phone: null, idNumber: null, trade: null, address: null, areaNeededM2: null,
  workers: null, emissions: [], fireHazard: null, needsLoan: false, loanMillionVnd: null, notes: null, registeredOn: null, wishes: [],
  createdAt: '2024-03-01T00:00:00.000Z', version: 1, updatedAt: '2024-03-01T00:00:00.000Z',
});
const allocation = (id: string, entryId: string, code: string, status: string) => ({
  id, entryId, variantId: 'demo', plotCodes: [code], plotKeys: [`demo|${code}`], status, priceVndPerM2: null,
  createdAt: '2024-03-02T00:00:00.000Z', version: 1, updatedAt: '2024-03-02T00:00:00.000Z',
});

describe('#/field: who holds the plot, and the stake-out kept over a reload', () => {
  let session: AppSession;
  let page: Page;
  const codes = [...cliCorners().keys()];
  const [held, offered, free] = [codes[1], codes[3], codes[5]];

  beforeAll(async () => {
    session = await openField();
    page = session.page;
    await fakePosition(session, insidePoint(held), 1);
    await gotoField(session);
    await seedRegister(page, {
      registerEntries: [registerEntry('e1', 'Hộ Nguyễn Văn An'), registerEntry('e2', 'Xưởng mộc <b>Hải Đăng</b>')],
      allocations: [allocation('a1', 'e1', held, 'paid'), allocation('a2', 'e2', offered, 'offered'), allocation('a3', 'e1', free, 'withdrawn')],
    });
    await page.reload({ waitUntil: 'load' });
    await page.getByTestId('field-page').waitFor({ state: 'visible', timeout: 60_000 });
  }, 120_000);
  afterAll(async () => { await session?.close(); });

  it('names the household a plot is allocated or offered to and its status, and a free plot as free', async () => {
    await expect.poll(() => plotText(page), { timeout: 20_000 }).toBe(held);
    await expect.poll(() => page.getByTestId('field-holder').innerText(), { timeout: 20_000 }).toBe('Hộ Nguyễn Văn An — Đã nộp tiền');
    await fakePosition(session, insidePoint(offered), 1);
    await expect.poll(() => plotText(page), { timeout: 10_000 }).toBe(offered);
    // The name is shown as text, never as HTML. (The register is read after the plot changes: a busy machine needs a moment.)
    await expect.poll(() => page.getByTestId('field-holder-name').innerText(), { timeout: 10_000 }).toBe('Xưởng mộc <b>Hải Đăng</b>');
    expect(await page.getByTestId('field-holder').getAttribute('data-status')).toBe('offered');
    expect(await page.getByTestId('field-holder-status').innerText()).toBe('Đề xuất');
    await fakePosition(session, insidePoint(free), 1); // its only allocation was withdrawn
    await expect.poll(() => plotText(page), { timeout: 10_000 }).toBe(free);
    await expect.poll(() => page.getByTestId('field-holder').innerText(), { timeout: 10_000 }).toBe('Chưa giao — lô còn trống');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/field-holder-800x1280.png` });
  });

  it('keeps the stake-out plot and corner over a reload', async () => {
    await page.getByTestId('field-tab-stake').tap();
    await page.getByTestId('stake-plot').selectOption(offered);
    await page.getByTestId('stake-next').tap();
    await page.getByTestId('stake-next').tap();
    await expect.poll(() => page.getByTestId('stake-corner-no').getAttribute('data-no')).toBe('3');
    await page.reload({ waitUntil: 'load' });
    await page.getByTestId('field-page').waitFor({ state: 'visible', timeout: 60_000 });
    await page.getByTestId('field-tab-stake').tap();
    await expect.poll(() => page.getByTestId('stake-plot').inputValue(), { timeout: 20_000 }).toBe(offered);
    expect(await page.getByTestId('stake-corner-no').getAttribute('data-no')).toBe('3');
    const third = cliCorners().get(offered)![2];
    expect(Number(await page.getByTestId('stake-corner-x').getAttribute('data-value'))).toBeCloseTo(third.x, 3);
  });

  it('drops a kept plot the approved layout no longer has', async () => {
    await page.evaluate(() => {
      const saved = JSON.parse(localStorage.getItem('phanlo.field.preferences') ?? '{}');
      localStorage.setItem('phanlo.field.preferences', JSON.stringify({ ...saved, state: { ...saved.state, stakeOutPlot: 'Z-99', cornerIndex: 2 } }));
    });
    await page.reload({ waitUntil: 'load' });
    await page.getByTestId('field-page').waitFor({ state: 'visible', timeout: 60_000 });
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('phanlo.field.preferences') ?? '{}').state?.stakeOutPlot), { timeout: 20_000 }).toBeNull();
    await page.getByTestId('field-tab-stake').tap();
    expect(await page.getByTestId('stake-plot').inputValue()).toBe('');
    expect(session.pageErrors).toEqual([]);
  });
});
