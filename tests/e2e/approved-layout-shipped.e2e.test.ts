/**
 * On a fresh profile, the screens that draw the approved variant (the register's plot map, the household
 * view, field mode) draw the demo's plots from the layout the build ships (dist/geo/dong-doc-layout.json)
 * and never ask the layout engine for a run. Runs are seen by wrapping the page's Worker before any app
 * script runs: every message posted to a layout worker is a request to it (a worker the shell starts
 * idle for the planner, App.tsx's prefetch, is asked nothing). The plots expected come from
 * `phanlo layout` run as a process.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AppSession, launchBrowser, PreviewServer, waitForScreen } from './harness';
import { cliLayout } from './plan-data';

/**
 * Records the script URL of every Worker the page constructs (window.__phanloWorkerUrls) and of every
 * message posted to one (window.__phanloWorkerPosts).
 */
const RECORD_WORKERS = `(() => {
  const Original = window.Worker;
  const urls = [];
  const posts = [];
  window.__phanloWorkerUrls = urls;
  window.__phanloWorkerPosts = posts;
  window.Worker = class extends Original {
    constructor(url, options) { urls.push(String(url)); super(url, options); this.__url = String(url); }
    postMessage(...args) { posts.push(this.__url); return super.postMessage(...args); }
  };
})();`;

const cliCodes = (JSON.parse(cliLayout()) as { features: { properties: { kind: string; code: string } }[] }).features
  .filter((f) => f.properties.kind === 'plot').map((f) => f.properties.code).sort();

const layoutWorkers = (urls: string[]) => urls.filter((url) => /\/layout\.worker[-.]/.test(url));

describe('the approved variant on a fresh profile, without the layout engine', () => {
  let server: PreviewServer;
  let browser: Browser;
  let session: AppSession | null = null;

  beforeAll(async () => {
    server = await PreviewServer.start();
    browser = await launchBrowser();
  });
  afterEach(async () => { await session?.close(); session = null; });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(route: string): Promise<AppSession> {
    session = await AppSession.launch({}, server, browser);
    await session.context.addInitScript(RECORD_WORKERS);
    await session.openApp(route);
    await waitForScreen(session.page, route);
    return session;
  }
  const workerUrls = (app: AppSession) => app.page.evaluate('window.__phanloWorkerUrls') as Promise<string[]>;
  const workerPosts = (app: AppSession) => app.page.evaluate('window.__phanloWorkerPosts') as Promise<string[]>;

  it('the register draws every plot of the demo layout by status, with no layout run asked for', async () => {
    const app = await open('#/registry');
    await app.page.waitForFunction(() => window.__phanloPlotStatusMap?.drawn === true, undefined, { timeout: 60_000 });
    const statuses = await app.page.evaluate(() => window.__phanloPlotStatusMap!.statuses());
    expect(Object.keys(statuses).sort()).toEqual(cliCodes);
    expect(new Set(Object.values(statuses))).toEqual(new Set(['free']));
    // The recorder works: MapLibre's own worker is there, and was asked for tiles.
    expect((await workerUrls(app)).some((url) => /maplibre/.test(url))).toBe(true);
    expect((await workerPosts(app)).some((url) => /maplibre/.test(url))).toBe(true);
    expect(layoutWorkers(await workerPosts(app)), app.diagnostics()).toEqual([]);
  });

  it('the household view draws its plot with no layout run asked for', async () => {
    const code = cliCodes[0];
    const app = await open(`#/present/${encodeURIComponent(code)}`);
    expect(await app.page.evaluate(() => window.__phanloPresentMap?.drawnCode ?? null)).toBe(code);
    expect(layoutWorkers(await workerPosts(app)), app.diagnostics()).toEqual([]);
  });

  it('field mode draws the plots with no layout run asked for', async () => {
    const app = await open('#/field');
    await app.page.waitForFunction(() => (window.__phanloFieldMap?.renderedPlotCodes().length ?? 0) > 0, undefined, { timeout: 60_000 });
    expect(layoutWorkers(await workerPosts(app)), app.diagnostics()).toEqual([]);
  });
});
