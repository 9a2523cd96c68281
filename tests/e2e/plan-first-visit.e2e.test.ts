// #/plan on a fresh profile, in Chromium against the built app: the demo variant's layout comes from the
// build (dist/geo/dong-doc-layout.json, scripts/demo-layout.ts) and is drawn before the engine answers,
// with the plots and codes `phanlo layout` gives; the engine then confirms it without a redraw and the
// variant keeps it (VariantRow.laidOut). A shipped file under another key, or none at all, is never
// drawn: the engine lays the demo out, with the same plots and codes.
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppSession } from './harness';
import { cliLayout, plotAreas } from './plan-data';
import { FIRST_LAYOUT_ENGINE_MS } from './plan-page';

const SHIPPED = '**/geo/dong-doc-layout.json';
const drawnAfter = (version: number) => `window.__phanloPlanMap?.layoutDrawn === true && window.__phanloPlanMap.layoutVersion > ${version}`;
const mapPlotCodes = async (page: Page) => ((await page.evaluate('window.__phanloPlanMap.plotCodes()')) as string[]).sort();
/** The first layout the page received: engine time 0 is a layout shown without a run (stored, kept or shipped). */
const DEMO_ROW = `new Promise((resolve, reject) => { const open = indexedDB.open('phanlo'); open.onerror = () => reject(open.error);
  open.onsuccess = () => { const get = open.result.transaction('variants').objectStore('variants').get('demo');
    get.onsuccess = () => { open.result.close(); resolve(get.result); }; get.onerror = () => reject(get.error); }; })`;

describe('#/plan, a first visit', () => {
  let cliCodes: string[];
  let session: AppSession | null = null;
  beforeAll(() => {
    cliCodes = plotAreas(cliLayout('geojson')).map(([code]) => code).sort();
  });
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('draws the demo layout the build shipped before the engine answers, with the plots and codes of `phanlo layout`', async () => {
    session = await AppSession.launch({ viewport: { width: 1366, height: 768 } });
    const page = await session.openApp('#/plan');
    await page.waitForFunction(drawnAfter(0), undefined, { timeout: 60_000 });
    expect(session.requests.some((r) => r.url.endsWith('/geo/dong-doc-layout.json'))).toBe(true);
    expect(await page.evaluate(FIRST_LAYOUT_ENGINE_MS)).toBe(0);
    expect(await mapPlotCodes(page)).toEqual(cliCodes);
    // The engine confirms it: the engine time shows, the map is not given the same plots again.
    await expect.poll(() => page.getByText(/Tính trong/).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.evaluate('window.__phanloPlanMap.layoutVersion')).toBe(1);
    expect(await mapPlotCodes(page)).toEqual(cliCodes);
    // Still the demo "as `phanlo layout` gives it": kept with the variant, no layout of its own.
    await expect.poll(async () => ((await page.evaluate(DEMO_ROW)) as { laidOut?: unknown }).laidOut !== undefined, { timeout: 20_000 }).toBe(true);
    expect(((await page.evaluate(DEMO_ROW)) as { layout: unknown }).layout).toBeNull();
  });

  it('never draws a shipped layout under another key (another engine build): the engine lays the demo out', async () => {
    session = await AppSession.launch({ viewport: { width: 1366, height: 768 } });
    await session.context.route(SHIPPED, async (route) => {
      const shipped = (await (await route.fetch()).json()) as { key: string; layout: { features: { properties: { kind: string; code?: string } }[] } };
      shipped.key = `another-build${shipped.key.slice(shipped.key.indexOf(':'))}`;
      for (const f of shipped.layout.features) if (f.properties.kind === 'plot') f.properties.code = `Z${f.properties.code}`;
      await route.fulfill({ json: shipped });
    });
    const page = await session.openApp('#/plan');
    await page.waitForFunction(drawnAfter(0), undefined, { timeout: 60_000 });
    expect(await page.evaluate(FIRST_LAYOUT_ENGINE_MS)).toBeGreaterThan(0);
    expect(await mapPlotCodes(page)).toEqual(cliCodes);
  });

  it('lays the demo out when the shipped file cannot be had', async () => {
    session = await AppSession.launch({ viewport: { width: 1366, height: 768 } });
    await session.context.route(SHIPPED, (route) => route.fulfill({ status: 404, body: 'not here' }));
    const page = await session.openApp('#/plan');
    await page.waitForFunction(drawnAfter(0), undefined, { timeout: 60_000 });
    expect(await page.evaluate(FIRST_LAYOUT_ENGINE_MS)).toBeGreaterThan(0);
    expect(await mapPlotCodes(page)).toEqual(cliCodes);
  });
});
