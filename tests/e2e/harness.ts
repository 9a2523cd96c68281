/**
 * The browser-test harness: serves the built app (dist/) with `vite preview` on a free 127.0.0.1 port,
 * drives Debian's Chromium through playwright-core with the launch options known to give MapLibre a real
 * WebGL2 context here, and records every request the page makes.
 *
 * No vitest import here: bench/browser.bench.ts uses the same harness under tsx. Page-side code is passed
 * as strings, because tsx (esbuild, keepNames) would wrap serialised functions in a `__name` helper the
 * page does not have.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error: a plain .mjs script without type declarations; its exports are checked by tests.
import { ensureChromium } from '../../scripts/ensure-chromium.mjs';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');

/** The launch options checked in TOOLCHAIN.md: WebGL2 through SwiftShader, headless, as root, offline. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A 10-inch tablet held landscape, used by touch tests. */
export const TABLET_VIEWPORT = { width: 1280, height: 800 } as const;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

async function isServing(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * `vite preview` of dist/ on one fixed port, which can be stopped and started again on that port.
 * It serves a snapshot of dist/ taken at start, so a `vite build` run meanwhile (by a colleague in the
 * same work tree, or by `npm start`) cannot pull files from under a test.
 */
export class PreviewServer {
  private child: ChildProcess | null = null;
  private output = '';

  private constructor(
    readonly port: number,
    /** The snapshot of dist/ being served. */
    readonly root: string,
  ) {}

  /** The origin, e.g. http://127.0.0.1:41234 */
  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The app's index page, e.g. http://127.0.0.1:41234/ */
  get url(): string {
    return `${this.origin}/`;
  }

  get running(): boolean {
    return this.child !== null;
  }

  /**
   * Starts a server on a free port (or the one given). Fails clearly when dist/ has not been built.
   * `dist`: another build to serve (bench/browser.bench.ts --against), dist/ by default.
   */
  static async start(port?: number, dist: string = DIST): Promise<PreviewServer> {
    if (!existsSync(join(dist, 'index.html'))) {
      throw new Error(`${dist}/index.html is missing: build the app first (npx vite build).`);
    }
    const root = mkdtempSync(join(tmpdir(), 'phanlo-dist-'));
    cpSync(dist, root, { recursive: true });
    process.once('exit', () => rmSync(root, { recursive: true, force: true }));
    for (let attempt = 0; ; attempt++) {
      const server = new PreviewServer(port ?? (await freePort()), root);
      try {
        await server.start();
        return server;
      } catch (error) {
        // Another process may have taken the free port between our probe and vite's listen.
        if (port !== undefined || attempt >= 2) {
          rmSync(root, { recursive: true, force: true });
          throw error;
        }
      }
    }
  }

  /** Starts (again) on this server's port. */
  async start(timeoutMs = 30_000): Promise<void> {
    if (this.child) return;
    this.output = '';
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--outDir', this.root, '--host', '127.0.0.1', '--port', String(this.port), '--strictPort'],
      // Its own process group, so that stop() ends vite and anything it started.
      { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } },
    );
    this.child = child;
    // If the test process ends without stop() (a crash, a timeout), take vite down with it.
    const killOnExit = () => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } };
    process.once('exit', killOnExit);
    child.once('exit', () => process.removeListener('exit', killOnExit));
    child.stdout!.on('data', (d: Buffer) => { this.output += d.toString(); });
    child.stderr!.on('data', (d: Buffer) => { this.output += d.toString(); });
    let exited = false;
    child.once('exit', () => { exited = true; });
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (exited) {
        this.child = null;
        throw new Error(`vite preview on port ${this.port} exited before serving:\n${this.output}`);
      }
      if (await isServing(this.url)) return;
      await sleep(100);
    }
    await this.stop();
    throw new Error(`vite preview on port ${this.port} did not answer within ${timeoutMs} ms:\n${this.output}`);
  }

  /** Stops the server (its whole process group) and waits until the port no longer answers. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    const exited = new Promise<void>((r) => {
      if (child.exitCode !== null || child.signalCode !== null) r();
      else child.once('exit', () => r());
    });
    const kill = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        /* already gone */
      }
    };
    kill('SIGTERM');
    const timer = setTimeout(() => kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    for (let i = 0; i < 50 && (await isServing(this.url)); i++) await sleep(100);
  }

  /** Stops for good and removes the snapshot. */
  async close(): Promise<void> {
    await this.stop();
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** $CHROMIUM_PATH, or what scripts/ensure-chromium.mjs finds (it never installs from here). */
export const chromiumPath = (): string => ensureChromium({ install: false });

/** A headless Chromium with the TOOLCHAIN.md options, for sessions that share one browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/** One request the page (or its service worker) made. */
export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
}

export interface LaunchOptions {
  /** Touch input on a 1280×800 tablet viewport. */
  touch?: boolean;
  viewport?: { width: number; height: number };
  /**
   * A persistent context with a fresh temporary user-data-dir (launchPersistentContext): IndexedDB,
   * caches and the service worker survive reloads as in a real profile.
   */
  persistent?: boolean;
  /** Browser locale; the app must default to Vietnamese whatever it is. */
  locale?: string;
  /**
   * Ask the app for its test hooks (`window.__phanloMap`), as every browser test does: the harness sets
   * `window.__phanloTestHooks = true` before any page script runs. False to see the page as shipped.
   */
  testHooks?: boolean;
}

/** The script that asks the app for its test hooks (src/map/test-hook.ts), run before the page's own. */
export const TEST_HOOKS_INIT_SCRIPT = 'window.__phanloTestHooks = true;';

/** A running app under test: server, browser context, page, and what the page requested. */
export class AppSession {
  readonly requests: RecordedRequest[] = [];
  /** Uncaught exceptions in the page. */
  readonly pageErrors: string[] = [];
  /** console.error messages from the page. */
  readonly consoleErrors: string[] = [];

  private constructor(
    readonly server: PreviewServer,
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly browser: Browser | null,
    private readonly userDataDir: string | null,
    private readonly ownsServer: boolean,
  ) {
    const record = (request: { url(): string; method(): string; resourceType(): string }) => {
      this.requests.push({ url: request.url(), method: request.method(), resourceType: request.resourceType() });
    };
    // Context-level: covers every page, and the service worker's own fetches.
    context.on('request', record);
    context.on('request', () => { this.inFlight++; });
    const settle = () => { this.inFlight = Math.max(0, this.inFlight - 1); this.lastSettledAt = Date.now(); };
    context.on('requestfinished', settle);
    context.on('requestfailed', settle);
    context.on('page', (p) => this.watchPage(p));
    this.watchPage(page);
  }

  /** Requests started and not yet finished or failed (page and service worker). */
  private inFlight = 0;
  private lastSettledAt = Date.now();

  /**
   * Waits until no request has been in flight for `quietMs` (page and service worker alike); fails
   * after `timeoutMs` with what is still pending, instead of carrying on as if all were done.
   */
  async waitForRequestsSettled(quietMs = 300, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.inFlight === 0 && Date.now() - this.lastSettledAt >= quietMs) return;
      await sleep(50);
    }
    throw new Error(`${this.inFlight} request(s) still in flight after ${timeoutMs} ms; last requests: ${this.requests.slice(-5).map((r) => r.url).join(', ')}`);
  }

  private watchPage(page: Page): void {
    page.on('pageerror', (error) => this.pageErrors.push(String(error?.stack ?? error)));
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
    });
  }

  /**
   * Starts a server (unless one is given) and a Chromium with the TOOLCHAIN.md options, or a new
   * context in `sharedBrowser` (left running on close). Not persistent contexts: those own a browser.
   */
  static async launch(options: LaunchOptions = {}, server?: PreviewServer, sharedBrowser?: Browser): Promise<AppSession> {
    const ownsServer = !server;
    const activeServer = server ?? (await PreviewServer.start());
    const contextOptions = {
      viewport: options.viewport ?? (options.touch ? TABLET_VIEWPORT : { width: 1366, height: 900 }),
      hasTouch: options.touch ?? false,
      locale: options.locale ?? 'vi-VN',
      serviceWorkers: 'allow' as const,
    };
    const askForHooks = async (context: BrowserContext) => {
      if (options.testHooks ?? true) await context.addInitScript(TEST_HOOKS_INIT_SCRIPT);
    };
    try {
      if (options.persistent) {
        const userDataDir = mkdtempSync(join(tmpdir(), 'phanlo-e2e-profile-'));
        const context = await chromium.launchPersistentContext(userDataDir, {
          executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS, ...contextOptions,
        });
        await askForHooks(context);
        const page = context.pages()[0] ?? (await context.newPage());
        return new AppSession(activeServer, context, page, null, userDataDir, ownsServer);
      }
      const browser = sharedBrowser ?? (await launchBrowser());
      const context = await browser.newContext(contextOptions);
      await askForHooks(context);
      const page = await context.newPage();
      return new AppSession(activeServer, context, page, sharedBrowser ? null : browser, null, ownsServer);
    } catch (error) {
      if (ownsServer) await activeServer.close();
      throw error;
    }
  }

  /** The URL of a hash route: appUrl('#/parcels') → http://127.0.0.1:<port>/#/parcels */
  appUrl(route = '#/parcels'): string {
    return `${this.server.url}${route.startsWith('#') ? route : `#${route.replace(/^\/?/, '/')}`}`;
  }

  /** Navigates to a hash route of the built app and waits for the document to load. */
  async openApp(route = '#/parcels'): Promise<Page> {
    await this.page.goto(this.appUrl(route), { waitUntil: 'load' });
    return this.page;
  }

  /** Requests to any host other than the local server (data:, blob: and the like are not requests). */
  foreignRequests(): RecordedRequest[] {
    return this.requests.filter((r) => {
      let url: URL;
      try {
        url = new URL(r.url);
      } catch {
        return true;
      }
      if (!/^(https?|wss?):$/.test(url.protocol)) return false;
      return url.host !== new URL(this.server.origin).host;
    });
  }

  /** Stops the local server: the network as the app knows it is gone (service worker included). */
  stopServer(): Promise<void> {
    return this.server.stop();
  }

  /** Starts the local server again on the same port. */
  startServer(): Promise<void> {
    return this.server.start();
  }

  /** A summary of what went wrong in the page, for failure messages. */
  diagnostics(): string {
    const lines = [
      ...this.pageErrors.map((e) => `page error: ${e}`),
      ...this.consoleErrors.slice(-10).map((e) => `console.error: ${e}`),
    ];
    return lines.length ? `\n${lines.join('\n')}` : '';
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => {});
    await this.browser?.close().catch(() => {});
    if (this.userDataDir) rmSync(this.userDataDir, { recursive: true, force: true });
    if (this.ownsServer) await this.server.close();
  }
}

/** What `openApp({...})` waits for once the document has loaded. */
export type OpenWaitFor = 'parcels' | 'recovery' | 'screen' | 'load';

export interface OpenAppOptions extends LaunchOptions {
  /** Hash route, '#/parcels' by default. */
  route?: string;
  /**
   * 'parcels': the map has drawn the parcels; 'recovery': the recovery table has rows; 'screen': what
   * the route shows (see waitForScreen); 'load': only the document. Default 'screen'.
   */
  waitFor?: OpenWaitFor;
  /**
   * Ready to be used offline: a service worker controls the page and its precache (app and geo data)
   * is complete, so a test can then stop the server or cut the network. Implies `persistent`.
   */
  offline?: boolean;
}

/** Files the service worker must hold for the app to start and draw the map offline. */
export const PRECACHED_FOR_OFFLINE = ['index.html', 'geo/dong-doc-parcels.geojson', 'geo/dong-doc-zone.geojson', 'geo/dong-doc-context.geojson'];

/** Waits for what a route shows: parcels drawn, recovery rows, the plan's layout drawn, the register, field mode, or the household view. */
export async function waitForScreen(page: Page, route: string, timeoutMs = 20_000): Promise<void> {
  const name = route.replace(/^#?\/?/, '').split(/[/?]/)[0] || 'parcels';
  if (name === 'parcels' || !['recovery', 'plan', 'registry', 'field', 'present'].includes(name)) {
    await waitForParcelsDrawn(page, timeoutMs);
  } else if (name === 'recovery') {
    await page.getByTestId('recovery-table').locator('tbody tr').first().waitFor({ state: 'visible', timeout: timeoutMs });
  } else if (name === 'plan') {
    // The planner workspace: its layout drawn on the plan map (src/map/plan-map.ts test hook).
    await page.waitForFunction(() => (window as { __phanloPlanMap?: { layoutDrawn: boolean } }).__phanloPlanMap?.layoutDrawn === true, null, { timeout: timeoutMs * 2 });
  } else if (name === 'field') {
    // Field mode: its screen once the approved layout is ready (src/features/field/FieldPage.tsx).
    await page.getByTestId('field-page').waitFor({ state: 'visible', timeout: timeoutMs * 2 });
  } else if (name === 'registry') {
    await page.getByTestId('registry-page').waitFor({ state: 'visible', timeout: timeoutMs });
  } else if (name === 'present') {
    // The household view: its plot's scene rendered on the map, or the notice that the code does not exist.
    await page.waitForFunction(() => (window as { __phanloPresentMap?: { drawnCode: string | null } }).__phanloPresentMap?.drawnCode != null ||
      document.querySelector('[data-testid="present-not-found"]') !== null, null, { timeout: timeoutMs * 2 });
  }
}

/**
 * The one way a browser test opens the app: a server, a Chromium context (desktop 1366×900 unless
 * `viewport`/`touch` say otherwise), the route, and a wait on a condition (never on a clock).
 * Returns the session (`page`, `context`, `close()`, request records).
 *
 *   const app = await openApp({ route: '#/recovery', viewport: { width: 800, height: 1280 }, touch: true });
 *
 * The older form `openApp(route, launchOptions)` still works and only waits for the document to load.
 */
export async function openApp(routeOrOptions: string | OpenAppOptions = '#/parcels', legacyOptions: LaunchOptions = {}): Promise<AppSession> {
  const options: OpenAppOptions = typeof routeOrOptions === 'string'
    ? { ...legacyOptions, route: routeOrOptions, waitFor: 'load' }
    : routeOrOptions;
  const route = options.route ?? '#/parcels';
  const session = await AppSession.launch({ ...options, persistent: options.persistent || options.offline });
  try {
    await session.openApp(route);
    const waitFor = options.waitFor ?? 'screen';
    if (waitFor === 'parcels') await waitForParcelsDrawn(session.page);
    else if (waitFor === 'recovery') await waitForScreen(session.page, '#/recovery');
    else if (waitFor === 'screen') await waitForScreen(session.page, route);
    if (options.offline) {
      await waitForServiceWorkerControl(session.page);
      await waitForPrecache(session.page, PRECACHED_FOR_OFFLINE);
      if (waitFor !== 'load') await waitForScreen(session.page, route);
    }
    return session;
  } catch (error) {
    const detail = session.diagnostics();
    await session.close();
    if (detail && error instanceof Error) error.message += detail;
    throw error;
  }
}

/** Waits until Cache Storage holds every file given (paths relative to the app, e.g. 'geo/x.geojson'). */
export async function waitForPrecache(page: Page, paths: readonly string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let missing: string[] = [...paths];
  while (Date.now() < deadline) {
    const cached = (await cachedUrls(page)).map((url) => new URL(url).pathname);
    missing = paths.filter((path) => !cached.some((p) => p.endsWith(`/${path}`)));
    if (missing.length === 0) return;
    await sleep(100);
  }
  throw new Error(`Not precached after ${timeoutMs} ms: ${missing.join(', ')}`);
}

/** Waits until the map says the parcels are drawn (`window.__phanloMap.parcelsDrawn === true`). */
export async function waitForParcelsDrawn(page: Page, timeoutMs = 20_000): Promise<void> {
  try {
    await page.waitForFunction('window.__phanloMap?.parcelsDrawn === true', undefined, { timeout: timeoutMs });
  } catch (error) {
    const state = await page
      .evaluate(`({ hook: typeof window.__phanloMap, drawn: window.__phanloMap?.parcelsDrawn, body: document.body?.innerText?.slice(0, 300) })`)
      .catch(() => null);
    throw new Error(
      `The parcels were not drawn within ${timeoutMs} ms (window.__phanloMap.parcelsDrawn never became true). ` +
        `Page state: ${JSON.stringify(state)}\n${String(error)}`,
    );
  }
}

/**
 * Opens the parcel import dialog on #/parcels with `file` and takes it to its summary (through the field
 * mapping step, with the mapping suggested, where the file asks for one); "Thay lớp thửa đất" is next.
 */
export async function previewParcelImport(page: Page, file: string): Promise<void> {
  await page.getByTestId('import-open').click();
  await page.getByTestId('import-file').setInputFiles(file);
  const summary = page.getByTestId('import-summary');
  const mapping = page.getByTestId('import-mapping');
  await summary.or(mapping).first().waitFor({ state: 'visible', timeout: 15_000 });
  if (await mapping.isVisible()) await page.getByTestId('import-continue').click();
  await summary.waitFor({ state: 'visible', timeout: 15_000 });
}

/** Parcel ids ("<sheetNo>/<parcelNo>") the map has rendered on screen. */
export async function renderedParcelIds(page: Page): Promise<string[]> {
  return (await page.evaluate('window.__phanloMap.renderedParcelIds()')) as string[];
}

/** Where a WGS84 point is on the page, in CSS pixels of the viewport. */
export async function screenPointOf(page: Page, lng: number, lat: number): Promise<{ x: number; y: number }> {
  return (await page.evaluate(`window.__phanloMap.screenPointOf(${Number(lng)}, ${Number(lat)})`)) as { x: number; y: number };
}

/** What covers a viewport point when it is not the map: null when the map is there. */
async function coverAt(page: Page, x: number, y: number): Promise<string | null> {
  return (await page.evaluate(
    `(() => { const e = document.elementFromPoint(${x}, ${y}); return e && e.closest('[data-testid="map"]') ? null : (e ? e.outerHTML.slice(0, 120) : 'nothing'); })()`,
  )) as string | null;
}

/** Is the WGS84 point on screen, with the map (not a panel) under it? */
export async function isOnMap(page: Page, lng: number, lat: number): Promise<boolean> {
  const { x, y } = await screenPointOf(page, lng, lat);
  const viewport = page.viewportSize();
  if (!viewport || !(x >= 0 && y >= 0 && x < viewport.width && y < viewport.height)) return false;
  return (await coverAt(page, x, y)) === null;
}

/**
 * Taps (touch contexts) or clicks (others) the map at a WGS84 point, with real input events.
 * Fails when the point is off screen or covered by a panel.
 */
export async function tapParcel(page: Page, lng: number, lat: number, options: { touch?: boolean } = {}): Promise<void> {
  const { x, y } = await screenPointOf(page, lng, lat);
  const viewport = page.viewportSize();
  if (!viewport || !(x >= 0 && y >= 0 && x < viewport.width && y < viewport.height)) {
    throw new Error(`The point ${lng}, ${lat} is off screen at (${x}, ${y}) in a ${JSON.stringify(viewport)} viewport.`);
  }
  const cover = await coverAt(page, x, y);
  if (cover !== null) {
    throw new Error(`The point ${lng}, ${lat} at (${x}, ${y}) is covered by something other than the map: ${cover}`);
  }
  const touch = options.touch ?? (await page.evaluate('navigator.maxTouchPoints > 0'));
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

/** Does this page have WebGL2 (what MapLibre GL needs)? */
export async function hasWebGL2(page: Page): Promise<boolean> {
  return (await page.evaluate(`!!document.createElement('canvas').getContext('webgl2')`)) as boolean;
}

/**
 * Waits until a service worker controls the page and its precache is complete: `ready` resolves once
 * a worker is active (Workbox activates only after precaching everything), then one reload puts the
 * page under its control.
 */
export async function waitForServiceWorkerControl(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.evaluate(
    `Promise.race([
      navigator.serviceWorker.ready.then(() => true),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no service worker became active')), ${timeoutMs})),
    ])`,
  );
  if (!(await page.evaluate('!!navigator.serviceWorker.controller'))) {
    await page.reload({ waitUntil: 'load' });
  }
  await page.waitForFunction('!!navigator.serviceWorker.controller', undefined, { timeout: timeoutMs });
}

/** URLs held by the page's Cache Storage (what the service worker can serve offline). */
export async function cachedUrls(page: Page): Promise<string[]> {
  return (await page.evaluate(`(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) urls.push(request.url);
    }
    return urls;
  })()`)) as string[];
}

/** Waits for the element with this data-testid to be visible and returns its text (innerText). */
export async function visibleText(page: Page, testId: string, timeoutMs = 10_000): Promise<string> {
  const locator = page.getByTestId(testId).first();
  await locator.waitFor({ state: 'visible', timeout: timeoutMs });
  return locator.innerText();
}
