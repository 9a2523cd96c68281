/**
 * What every benchmark starts with: its figures as `BENCH {json}` rows for scripts/bench.mjs, the
 * median, its command-line options, and (for those in Chromium) the built app's server and a browser
 * that are closed whatever happens. Benchmarks inform; nothing here asserts.
 */
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from '../tests/e2e/harness';

/** One row of the `npm run bench` table: a figure beside its target. */
export interface BenchRow {
  readonly name: string;
  readonly figure: string;
  readonly target?: string;
  readonly ok?: boolean;
  readonly note?: string;
}

/** Prints rows of one group of the table, as scripts/bench.mjs reads them. */
export function benchReporter(group: string): (row: BenchRow) => void {
  return (row) => console.log(`BENCH ${JSON.stringify({ group, ...row })}`);
}

/** The median (the mean of the middle two for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The value after `--name` on the command line, or `fallback`. */
export function option(name: string, fallback: string, argv: readonly string[] = process.argv): string {
  const i = argv.indexOf(name);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
}

/** A whole-number option (`--loads 5`), or `fallback` when absent or not a positive number. */
export function countOption(name: string, fallback: number, argv: readonly string[] = process.argv): number {
  const value = Number(option(name, String(fallback), argv));
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/**
 * Runs `work` with the built app served (a snapshot of dist/) and one headless Chromium, and stops
 * both afterwards, also when `work` throws.
 */
export async function withBrowser<T>(work: (server: PreviewServer, browser: Browser) => Promise<T>): Promise<T> {
  // Loaded here, not at the top: the benchmarks in Node alone need no browser harness.
  const { launchBrowser, PreviewServer: Server } = await import('../tests/e2e/harness');
  const server = await Server.start();
  try {
    const browser = await launchBrowser();
    try {
      return await work(server, browser);
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

/** Whether #/plan's map has drawn a layout newer than `after` (its test hook, plan-map-test-hook.ts). */
export const planLayoutDrawn = (after: number) => `window.__phanloPlanMap?.layoutDrawn === true && window.__phanloPlanMap.layoutVersion > ${after}`;

/**
 * The parameter-change benches' step: the n-th change of the target frontage on #/plan's parameters
 * tab (20,5 / 21 / 21,5 m in turn), waited for until the new layout is drawn and then its labels and
 * envelopes (not a fixed wait: they came 0.6–1.7 s after the plots before issue #8).
 * @returns the layout version before the change
 */
export async function changeFrontageAndWait(page: Page, n: number): Promise<number> {
  const before = (await page.evaluate('window.__phanloPlanMap.layoutVersion')) as number;
  await page.getByTestId('param-targetFrontageM').fill(String(20 + ((n % 3) + 1) * 0.5).replace('.', ','));
  await page.waitForFunction(planLayoutDrawn(before), undefined, { timeout: 30_000, polling: 'raf' });
  await page.waitForFunction(`(() => {
    const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? -1;
    return at('phanlo:plan-layout-details-drawn') > at('phanlo:plan-parameters-changed');
  })()`, undefined, { timeout: 30_000, polling: 100 });
  return before;
}
