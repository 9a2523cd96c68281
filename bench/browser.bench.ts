/**
 * Time from navigation to the parcels drawn (`window.__phanloMap.parcelsDrawn`) in the built app, in
 * Chromium through the browser-test harness. Cold-ish loads: one browser, a fresh context per load (no
 * HTTP cache, no service worker, no storage); one warm-up load not counted, then the median of 5.
 * Measured in the page, from navigation start (performance.timeOrigin) to the first animation frame
 * that sees the parcels drawn; the time as the test driver sees it is printed beside. Asserts nothing.
 *
 * `--against DIR` also times another build (e.g. main's dist/), its loads taking turns with this
 * build's, so that both see the same machine: on a shared machine only such pairs compare.
 *
 *   npx vite build && npx tsx bench/browser.bench.ts [--loads 5] [--against /path/to/other/dist]
 */
import type { Browser } from 'playwright-core';
import { AppSession, PreviewServer, waitForParcelsDrawn } from '../tests/e2e/harness';
import { benchReporter, countOption, median, option, withBrowser } from './bench-kit';

const TARGET_MS = 1500;
const LOADS = countOption('--loads', 5);
const AGAINST = option('--against', '');
const report = benchReporter('browser');

/**
 * Where the time goes, from the page's own marks (ms from navigation start): the script evaluated
 * (DOMContentLoaded), the demo data read and validated, the map's style ready, the parcels handed to
 * the map, the shell mounted, the parcels drawn.
 */
const PHASES = [
  'domContentLoaded', 'phanlo:demo-site-read', 'phanlo:storage-read', 'phanlo:map-created', 'phanlo:style-loaded', 'phanlo:parcels-set',
  'phanlo:app-mounted', 'phanlo:parcels-drawn',
] as const;

/** One build's loads: in-page and driver times, and each phase's marks. */
class Loads {
  readonly inPage: number[] = [];
  readonly driver: number[] = [];
  readonly phases: Record<string, number[]> = Object.fromEntries(PHASES.map((p) => [p, []]));
  constructor(readonly name: string, readonly server: PreviewServer) {}

  print(): void {
    console.log(`${this.name}: navigation → parcels drawn, ${this.inPage.length} loads (in page): ${this.inPage.map((t) => `${t.toFixed(0)} ms`).join(', ')}`);
    console.log(`  as the test driver sees them (goto → predicate true): ${this.driver.map((t) => `${t.toFixed(0)} ms`).join(', ')}`);
    console.log('  where the time goes (median ms from navigation start):');
    for (const phase of PHASES) {
      if (this.phases[phase].length > 0) console.log(`    ${phase.replace('phanlo:', '').padEnd(18)} ${median(this.phases[phase]).toFixed(0).padStart(6)} ms`);
    }
  }

  row(name: string): void {
    const figure = median(this.inPage);
    report({
      name,
      figure: `${figure.toFixed(0)} ms`,
      target: `≤ ${TARGET_MS} ms`,
      ok: figure <= TARGET_MS,
      note: `median of ${this.inPage.length} fresh contexts, range ${Math.min(...this.inPage).toFixed(0)}–${Math.max(...this.inPage).toFixed(0)} ms; driver ${median(this.driver).toFixed(0)} ms`,
    });
  }
}

async function recordPhases(session: AppSession, loads: Loads): Promise<void> {
  const marks = (await session.page.evaluate(`(() => {
    const out = { domContentLoaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? NaN };
    for (const m of performance.getEntriesByType('mark')) if (!(m.name in out)) out[m.name] = m.startTime;
    return out;
  })()`)) as Record<string, number>;
  for (const phase of PHASES) if (Number.isFinite(marks[phase])) loads.phases[phase].push(marks[phase]);
}

/** One load in a fresh context, recorded in `loads` unless it is a warm-up. */
async function timeOneLoad(loads: Loads, browser: Browser, record = true): Promise<void> {
  const session = await AppSession.launch({}, loads.server, browser);
  try {
    const start = performance.now();
    await session.page.goto(session.appUrl('#/parcels'), { waitUntil: 'commit' });
    const drawnAt = await session.page.waitForFunction(
      'window.__phanloMap?.parcelsDrawn === true && performance.now()', undefined, { timeout: 15_000, polling: 'raf' },
    ).catch(async (error) => {
      await waitForParcelsDrawn(session.page, 1); // throws with the page's state
      throw error;
    });
    const driverMs = performance.now() - start;
    if (!record) return;
    loads.inPage.push((await drawnAt.jsonValue()) as number);
    loads.driver.push(driverMs);
    await recordPhases(session, loads);
  } finally {
    await session.close();
  }
}

const NAME = 'navigation → parcels drawn (Chromium)';
try {
  await withBrowser(async (server, browser) => {
    const other = AGAINST ? await PreviewServer.start(undefined, AGAINST) : null;
    try {
      const builds = [new Loads('this build (dist/)', server), ...(other ? [new Loads(`--against ${AGAINST}`, other)] : [])];
      // Warm-up: the OS file cache, SwiftShader's first compile.
      for (const build of builds) await timeOneLoad(build, browser, false);
      // Turns, the order swapped each round, so that neither build always runs first after the other.
      for (let n = 0; n < LOADS; n++) {
        for (const build of n % 2 ? [...builds].reverse() : builds) await timeOneLoad(build, browser);
      }
      for (const build of builds) build.print();
      builds[0].row(NAME);
      builds[1]?.row(`${NAME}, the --against build`);
    } finally {
      await other?.close();
    }
  });
} catch (error) {
  console.log(`Could not time the load: ${String(error).split('\n')[0]}`);
  report({ name: NAME, figure: 'n/a', target: `≤ ${TARGET_MS} ms`, note: 'parcels never drawn (UI not built yet?)' });
}
