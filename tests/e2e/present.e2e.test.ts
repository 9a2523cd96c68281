/**
 * #/present/<code>, the household view, against the built app in Chromium. What is expected comes
 * from outside the browser: the plots of `phanlo layout` for the demo zone (run as a process), their
 * corners converted to VN-2000 by PROJ's cs2cs, numbers written with the platform's own vi-VN format.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, waitForScreen, type AppSession } from './harness';
import { cliLayout } from './plan-data';

interface PlotFeature { properties: { kind: string; code: string; areaM2: number }; geometry: { coordinates: number[][][] } }

const plots = (JSON.parse(cliLayout()) as { features: PlotFeature[] }).features.filter((f) => f.properties.kind === 'plot');
const vi = (value: number, digits: number) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value).replace(/\s/g, ' ');

/** Edge lengths of a plot (PROJ's plane metres), written as the view writes them: "12,00 m". */
function edgeTexts(plot: PlotFeature): string[] {
  const input = plot.geometry.coordinates[0].map(([lon, lat]) => `${lat} ${lon}`).join('\n');
  const ring = execFileSync('cs2cs', ['-f', '%.4f', 'EPSG:4326', 'EPSG:9209'], { input, encoding: 'utf8' })
    .trim().split('\n').map((line) => line.trim().split(/\s+/).slice(0, 2).map(Number));
  return [...new Set(ring.slice(0, -1).map((p, i) => `${vi(Math.hypot(ring[i + 1][0] - p[0], ring[i + 1][1] - p[1]), 2)} m`))].sort();
}

async function seedRegister(session: AppSession, rows: { entries: unknown[]; allocations: unknown[] }): Promise<void> {
  await session.page.evaluate((data) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('phanlo');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['registerEntries', 'allocations'], 'readwrite');
      for (const row of data.entries) tx.objectStore('registerEntries').put(row);
      for (const row of data.allocations) tx.objectStore('allocations').put(row);
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), rows);
}

const drawnCode = (session: AppSession) => session.page.evaluate(() => window.__phanloPresentMap?.drawnCode ?? null);
async function waitForDrawn(session: AppSession, code: string) {
  await session.page.waitForFunction((c) => window.__phanloPresentMap?.drawnCode === c, code, { timeout: 30_000 });
}

describe('#/present/<code>, the household view', () => {
  let session: AppSession;
  const [first, second, third] = [plots[0], plots[3], plots[plots.length - 1]];

  beforeAll(async () => {
    session = await openApp({ route: `#/present/${encodeURIComponent(second.properties.code)}`, persistent: true });
  }, 60_000);
  afterAll(async () => { await session?.close(); });

  it("shows the plot's code, its area in vi-VN form and every edge length on the map, as the layout gives them", async () => {
    const { page } = session;
    await waitForDrawn(session, second.properties.code);
    expect(await page.getByTestId('present-code').innerText()).toBe(`Lô ${second.properties.code}`);
    expect(await page.getByTestId('present-area').innerText()).toBe(`${vi(second.properties.areaM2, 1)} m²`);
    expect(await page.getByTestId('present-legend').evaluate((el) => (el as HTMLDetailsElement).open), 'legend open on a wide screen').toBe(true);
    const edges = await page.evaluate(() => window.__phanloPresentMap!.renderedLabels('edge'));
    expect(edges.sort()).toEqual(edgeTexts(second));
    const focus = await page.evaluate(() => window.__phanloPresentMap!.renderedLabels('focus'));
    // The focus label is the code, and its area where that fits without covering an edge length
    // (present-focus-label.ts chooses; tests/features/present-focus-label.test.ts covers the choice).
    expect(focus).toHaveLength(1);
    const [codeLine, ...areaLine] = focus[0].split('\n');
    expect(codeLine).toBe(second.properties.code);
    if (areaLine.length > 0) expect(areaLine).toEqual([`${vi(second.properties.areaM2, 1)} m²`]);
    expect(await page.evaluate(() => window.__phanloPresentMap!.renderedFocusCount())).toBeGreaterThan(0);
    // The road it fronts, with its width, on the map and in the panel alike.
    const road = await page.evaluate(() => window.__phanloPresentMap!.renderedLabels('road'));
    expect(road).toHaveLength(1);
    expect(road[0]).toMatch(/lộ giới \d+,\d{2} m$/);
    expect(await page.getByTestId('present-road').innerText()).toContain(road[0]);
    expect(await page.getByTestId('present-status').innerText()).toContain('Còn trống');
    expect(await page.getByTestId('present-inset-zone').isVisible()).toBe(true);
    expect(session.pageErrors).toEqual([]);
  }, 60_000);

  it('steps through one household’s candidate plots with the buttons, the keys and a swipe, naming the holder', async () => {
    const { page } = session;
    const codes = [first, second, third].map((p) => p.properties.code);
    await seedRegister(session, {
      entries: [{ id: 'e-hung', kind: 'household', name: 'Hộ ông Nguyễn Văn Hùng', wishes: [codes[2]], emissions: [], needsLoan: false,
        createdAt: '2026-01-01T00:00:00.000Z', version: 1 }],
      allocations: [
        { id: 'a1', entryId: 'e-hung', variantId: 'demo', plotCodes: [codes[0]], plotKeys: [`demo|${codes[0]}`], status: 'accepted',
          priceVndPerM2: 2_000_000, createdAt: '2026-01-02T00:00:00.000Z', version: 1 },
        { id: 'a2', entryId: 'e-hung', variantId: 'demo', plotCodes: [codes[1]], plotKeys: [`demo|${codes[1]}`], status: 'offered',
          priceVndPerM2: null, createdAt: '2026-01-02T00:00:00.000Z', version: 1 },
      ],
    });
    await page.goto(page.url().replace(/#.*$/, `#/present/${encodeURIComponent(codes[0])}?entry=e-hung`), { waitUntil: 'load' });
    await page.reload({ waitUntil: 'load' });
    await waitForScreen(page, '#/present');
    await waitForDrawn(session, codes[0]);
    const nav = page.getByTestId('present-candidates');
    await expect.poll(() => nav.innerText()).toContain('Lô 1/3 của Hộ ông Nguyễn Văn Hùng');
    expect(await page.getByTestId('present-status').innerText()).toContain('Đã nhận: Hộ ông Nguyễn Văn Hùng');
    // The price: area × the agreed price per m², to the đồng.
    const price = `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(Math.round(first.properties.areaM2 * 10) / 10 * 2_000_000)} đ`;
    expect((await page.getByTestId('present-price').innerText()).replace(/\s/g, ' ')).toContain(price);

    await page.getByTestId('present-next').click();
    await waitForDrawn(session, codes[1]);
    expect(await page.getByTestId('present-area').innerText()).toBe(`${vi(second.properties.areaM2, 1)} m²`);
    expect(await page.getByTestId('present-status').innerText()).toContain('Đang giới thiệu cho Hộ ông Nguyễn Văn Hùng');
    expect(await page.getByTestId('present-price').count()).toBe(0); // no price agreed: none shown

    await page.keyboard.press('ArrowRight');
    await waitForDrawn(session, codes[2]);
    expect(await nav.innerText()).toContain('Lô 3/3');
    expect(await page.getByTestId('present-code').innerText()).toBe(`Lô ${codes[2]}`);

    // A swipe to the right on the panel goes back.
    const box = (await page.locator('.present-panel').boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 60, y);
    await page.mouse.down();
    await page.mouse.move(box.x + 260, y + 10, { steps: 5 });
    await page.mouse.up();
    await waitForDrawn(session, codes[1]);
    await page.getByTestId('present-previous').click();
    await waitForDrawn(session, codes[0]);
    expect(await drawnCode(session)).toBe(codes[0]);
  }, 90_000);

  it('makes the plot sheet from the view: a PDF whose text names the plot and its area', async () => {
    const { page } = session;
    const code = (await page.getByTestId('present-code').innerText()).replace(/^Lô /, '');
    const plot = plots.find((p) => p.properties.code === code)!;
    expect(plot).toBeDefined();
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('present-sheet').click()]);
    const path = await file.path();
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain(`Lô ${plot.properties.code} —`);
    expect(text).toContain(`Diện tích: ${vi(plot.properties.areaM2, 1)} m²`);
    expect(text).toContain('Hộ/doanh nghiệp được giao: Hộ ông Nguyễn Văn Hùng');
  }, 60_000);

  it('speaks English on the switch', async () => {
    const { page } = session;
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('present-code').innerText()).toMatch(/^Plot /);
    expect(await page.getByTestId('present-frontage').innerText()).toContain('Frontage');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('present-code').innerText()).toMatch(/^Lô /);
  }, 30_000);

  it('says so when the code is not a plot of the approved variant', async () => {
    const { page } = session;
    await page.goto(page.url().replace(/#.*$/, '#/present/Z-99'), { waitUntil: 'load' });
    const notice = page.getByTestId('present-not-found');
    await notice.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await notice.innerText()).toContain('Không có lô mã “Z-99”');
    expect(plots.some((p) => p.properties.code === 'Z-99')).toBe(false);
  }, 30_000);
});

describe('#/present/<code> on a phone (360 × 640, touch)', () => {
  let phone: AppSession;
  const plot = plots[3];

  beforeAll(async () => {
    phone = await openApp({ route: `#/present/${encodeURIComponent(plot.properties.code)}`, viewport: { width: 360, height: 640 }, touch: true });
  }, 60_000);
  afterAll(async () => { await phone?.close(); });

  it('keeps the legend one tap away instead of over a third of the map, and still writes every edge length', async () => {
    const { page } = phone;
    await waitForDrawn(phone, plot.properties.code);
    const legend = page.getByTestId('present-legend');
    expect(await legend.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    const [box, map] = [await legend.boundingBox(), await page.locator('.present-map-wrap').boundingBox()];
    expect((box!.width * box!.height) / (map!.width * map!.height), 'share of the map the closed legend covers').toBeLessThan(0.06);
    expect(box!.height).toBeGreaterThanOrEqual(44); // a finger's target
    expect((await page.evaluate(() => window.__phanloPresentMap!.renderedLabels('edge'))).sort()).toEqual(edgeTexts(plot));
    // The road's name is longer than the phone's pane: left off the map rather than over the front edge's length,
    // and written in the panel.
    expect(await page.evaluate(() => window.__phanloPresentMap!.renderedLabels('road'))).toEqual([]);
    expect(await page.getByTestId('present-road').innerText()).toMatch(/lộ giới \d+,\d{2} m/);
    await legend.locator('summary').tap();
    await expect.poll(() => legend.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await legend.locator('li').first().isVisible()).toBe(true);
  }, 60_000);
});
