// #/plan on a planner's second visit, in Chromium against the built app: the demo variant keeps the
// layout of its last run (VariantRow.laidOut), which the next open draws at once, before the engine
// answers, with the command line's plots and codes; a kept layout under another key is never shown;
// one under the right key whose plots the engine does not give again is replaced by the engine's. The
// build's own demo layout (plan-first-visit.e2e.test.ts) is kept out of reach of these pages, so that
// what is drawn comes from the kept layout or from the engine alone.
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppSession } from './harness';
import { cliLayout, plotAreas } from './plan-data';
import { FIRST_LAYOUT_ENGINE_MS } from './plan-page';

const drawnAfter = (version: number) => `window.__phanloPlanMap?.layoutDrawn === true && window.__phanloPlanMap.layoutVersion > ${version}`;
const mapPlotCodes = async (page: Page) => ((await page.evaluate('window.__phanloPlanMap.plotCodes()')) as string[]).sort();

/** The demo variant's stored row, straight from IndexedDB. */
const DEMO_ROW = `new Promise((resolve, reject) => { const open = indexedDB.open('phanlo'); open.onerror = () => reject(open.error);
  open.onsuccess = () => { const get = open.result.transaction('variants').objectStore('variants').get('demo');
    get.onsuccess = () => { open.result.close(); resolve(get.result); }; get.onerror = () => reject(get.error); }; })`;
/** Rewrites the demo row's kept layout in IndexedDB with `change(laidOut)` (page-side source). */
const rewriteKept = (change: string) => `new Promise((resolve, reject) => { const open = indexedDB.open('phanlo'); open.onerror = () => reject(open.error);
  open.onsuccess = () => { const store = open.result.transaction('variants', 'readwrite').objectStore('variants'); const get = store.get('demo');
    get.onsuccess = () => { const row = get.result; (${change})(row.laidOut); const put = store.put(row);
      put.onsuccess = () => { open.result.close(); resolve(true); }; put.onerror = () => reject(put.error); }; }; })`;
/** The first layout the page received: engine time 0 is a layout shown without a run (stored or kept). */
/** The page's fetch of the build's demo layout fails (whether the service worker would answer it or not). */
const WITHOUT_SHIPPED_LAYOUT = `{ const fetchFirst = window.fetch; window.fetch = (input, init) => String(input && input.url || input).includes('dong-doc-layout.json')
  ? Promise.reject(new TypeError('kept out by the test')) : fetchFirst(input, init); }`;

describe('#/plan, a second visit', () => {
  let cliCodes: string[];
  let session: AppSession | null = null;
  beforeAll(() => {
    cliCodes = plotAreas(cliLayout('geojson')).map(([code]) => code).sort();
  });
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  /** A first visit, until the demo variant has its kept layout. */
  async function firstVisit(): Promise<Page> {
    session = await AppSession.launch({ viewport: { width: 1366, height: 768 } });
    await session.context.addInitScript(WITHOUT_SHIPPED_LAYOUT);
    const page = await session.openApp('#/plan');
    await page.waitForFunction(drawnAfter(0), undefined, { timeout: 60_000 });
    expect(await page.evaluate(FIRST_LAYOUT_ENGINE_MS)).toBeGreaterThan(0); // a fresh profile runs the engine
    await expect.poll(async () => ((await page.evaluate(DEMO_ROW)) as { laidOut?: unknown }).laidOut !== undefined, { timeout: 20_000 }).toBe(true);
    return page;
  }

  it('draws the kept layout at once, before the engine answers, with the plots and codes of `phanlo layout`', async () => {
    const page = await firstVisit();
    const row = (await page.evaluate(DEMO_ROW)) as { layout: unknown; version: number; laidOut: { key: string } };
    expect(row.layout).toBeNull(); // still the demo "as `phanlo layout` gives it": the cache is no layout of its own
    await page.reload();
    await page.waitForFunction(drawnAfter(0), undefined, { timeout: 60_000 });
    expect(await page.evaluate(FIRST_LAYOUT_ENGINE_MS)).toBe(0);
    expect(await mapPlotCodes(page)).toEqual(cliCodes);
    // The engine confirms it and the map is not given another layout for the same plots.
    await expect.poll(() => page.getByText(/Tính trong/).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.evaluate('window.__phanloPlanMap.layoutVersion')).toBe(1);
    expect(await mapPlotCodes(page)).toEqual(cliCodes);
    expect(((await page.evaluate(DEMO_ROW)) as { version: number }).version).toBe(row.version);
  });

  it('never shows a kept layout under another key (another engine build)', async () => {
    const page = await firstVisit();
    await page.evaluate(rewriteKept(`(kept) => { kept.key = 'another-build' + kept.key.slice(kept.key.indexOf(':'));
      for (const f of kept.layout.features) if (f.properties.kind === 'plot') f.properties.code = 'Z' + f.properties.code; }`));
    await page.reload();
    await page.waitForFunction(drawnAfter(0), undefined, { timeout: 60_000 });
    expect(await page.evaluate(FIRST_LAYOUT_ENGINE_MS)).toBeGreaterThan(0);
    expect(await mapPlotCodes(page)).toEqual(cliCodes);
  });

  it('replaces a kept layout the engine does not give again with the engine\'s, and keeps that one', async () => {
    const page = await firstVisit();
    await page.evaluate(rewriteKept(`(kept) => { for (const f of kept.layout.features) if (f.properties.kind === 'plot') f.properties.code = 'Z' + f.properties.code; }`));
    await page.reload();
    await page.waitForFunction(drawnAfter(0), undefined, { timeout: 60_000 });
    // Shown first (without a run), then replaced: a second layout given to the map (how soon the engine's
    // answer comes is a race, so the first one's codes are not read here).
    expect(await page.evaluate(FIRST_LAYOUT_ENGINE_MS)).toBe(0);
    await page.waitForFunction(drawnAfter(1), undefined, { timeout: 60_000 });
    expect(await mapPlotCodes(page)).toEqual(cliCodes);
    await expect.poll(async () => {
      const kept = ((await page.evaluate(DEMO_ROW)) as { laidOut: { layout: { features: { properties: { kind: string; code?: string } }[] } } }).laidOut;
      return kept.layout.features.filter((f) => f.properties.kind === 'plot').map((f) => f.properties.code).sort();
    }, { timeout: 20_000 }).toEqual(cliCodes);
  });
});
