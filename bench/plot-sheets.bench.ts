/**
 * Plot sheets (sơ đồ lô đất): one sheet and 50 sheets as one PDF, in Node (the `phanlo sheets` path)
 * and in the built app in Chromium (the household view's code, yielding between sheets), with the
 * longest the page went without running a timer while they were made. Targets (issue 10): one sheet
 * ≤ 1 s; 50 sheets ≤ 15 s in the browser without freezing the page. Asserts nothing.
 *
 *   npx vite build && npx tsx bench/plot-sheets.bench.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { DEFAULT_PLACE_NAMES } from '../src/domain/place-names';
import { plotCodesOf } from '../src/domain/plot-sheet/plot-facts';
import { layoutSheetsPdf } from '../src/io/plot-sheet/layout-sheets';
import { readLayoutFile } from '../src/io/plot-sheet/read-layout-file';
import { AppSession, launchBrowser, PreviewServer, ROOT } from '../tests/e2e/harness';
import { benchReporter } from './bench-kit';

const report = benchReporter('plot sheets');

const layoutText = execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'src', 'cli', 'phanlo.ts'),
  'layout', join(ROOT, 'public', 'geo', 'dong-doc-zone.geojson')], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 });
const read = readLayoutFile(JSON.parse(layoutText), 'layout.geojson');
if (!read.ok) throw new Error('layout file not read');
const layout = read.value;
const fonts = {
  regular: new Uint8Array(readFileSync(join(ROOT, 'assets', 'fonts', 'PhanloSheet.ttf'))),
  bold: new Uint8Array(readFileSync(join(ROOT, 'assets', 'fonts', 'PhanloSheet-Bold.ttf'))),
};
const codes = plotCodesOf(layout.features);

async function nodeRun(count: number): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const chosen = Array.from({ length: count }, (_, i) => codes[i % codes.length]);
  const bytes = await layoutSheetsPdf({
    features: layout.features, parameters: layout, crs: layout.crs, codes: chosen, places: DEFAULT_PLACE_NAMES, households: {}, zone: null, date: new Date(),
  }, { fonts });
  return { ms: performance.now() - start, bytes: bytes.length };
}

await nodeRun(1); // warm-up: module and font parsing
for (const count of [1, 50]) {
  const { ms, bytes } = await nodeRun(count);
  const target = count === 1 ? 1000 : 15_000;
  console.log(`Node, ${count} sheet(s): ${ms.toFixed(0)} ms, ${(bytes / 1024).toFixed(0)} KiB`);
  report({ name: `${count} sheet(s), Node (phanlo sheets)`, figure: `${ms.toFixed(0)} ms`, target: `≤ ${target} ms`, ok: ms <= target, note: `${(bytes / 1024).toFixed(0)} KiB` });
}

const server = await PreviewServer.start();
const browser = await launchBrowser();
try {
  const session = await AppSession.launch({ viewport: { width: 1280, height: 800 } }, server, browser);
  const page = session.page;
  await page.goto(session.appUrl(`#/present/${codes[0]}`), { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.__phanloPresentSheets === 'function', undefined, { timeout: 60_000 });
  await page.evaluate(() => window.__phanloPresentSheets!(1)); // warm-up: pdf-lib chunk and fonts fetched
  for (const count of [1, 50]) {
    const run = await page.evaluate((n) => window.__phanloPresentSheets!(n), count);
    const target = count === 1 ? 1000 : 15_000;
    console.log(`Browser, ${count} sheet(s): ${run.ms.toFixed(0)} ms, ${(run.bytes / 1024).toFixed(0)} KiB, longest freeze ${run.longestFreezeMs.toFixed(0)} ms`);
    report({
      name: `${count} sheet(s), browser`, figure: `${run.ms.toFixed(0)} ms`, target: `≤ ${target} ms`, ok: run.ms <= target,
      note: `longest freeze ${run.longestFreezeMs.toFixed(0)} ms; ${(run.bytes / 1024).toFixed(0)} KiB`,
    });
  }
  await session.close();
} catch (error) {
  console.log(`Could not time sheets in the browser: ${String(error).split('\n')[0]}`);
  report({ name: '50 sheets, browser', figure: 'n/a', target: '≤ 15000 ms' });
} finally {
  await browser.close();
  await server.close();
}
