/**
 * Time from navigation to the parcels drawn (`window.__phanloMap.parcelsDrawn`) in the built app, in
 * Chromium through the browser-test harness: a fresh browser and profile per load (no HTTP cache, no
 * service worker), one warm-up load not counted, then the median of 5. Asserts nothing.
 *
 *   npx vite build && npx tsx bench/browser.bench.ts [--loads 5]
 */
import { AppSession, PreviewServer, waitForParcelsDrawn } from '../tests/e2e/harness';

const TARGET_MS = 1500;
const i = process.argv.indexOf('--loads');
const LOADS = i >= 0 ? Number(process.argv[i + 1]) : 5;

const report = (row: { name: string; figure: string; target?: string; ok?: boolean; note?: string }) =>
  console.log(`BENCH ${JSON.stringify({ group: 'browser', ...row })}`);

async function timeOneLoad(server: PreviewServer): Promise<number> {
  const session = await AppSession.launch({}, server);
  try {
    const start = performance.now();
    await session.page.goto(session.appUrl('#/parcels'), { waitUntil: 'commit' });
    await waitForParcelsDrawn(session.page, 15_000);
    return performance.now() - start;
  } finally {
    await session.close();
  }
}

const server = await PreviewServer.start();
try {
  await timeOneLoad(server); // warm-up: the OS file cache, SwiftShader's first compile
  const times: number[] = [];
  for (let n = 0; n < LOADS; n++) times.push(await timeOneLoad(server));
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[sorted.length >> 1] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  console.log(`Navigation → parcels drawn, ${LOADS} loads: ${times.map((t) => `${t.toFixed(0)} ms`).join(', ')}`);
  report({
    name: 'navigation → parcels drawn (Chromium)',
    figure: `${median.toFixed(0)} ms`,
    target: `≤ ${TARGET_MS} ms`,
    ok: median <= TARGET_MS,
    note: `median of ${LOADS}, range ${sorted[0].toFixed(0)}–${sorted[sorted.length - 1].toFixed(0)} ms`,
  });
} catch (error) {
  console.log(`Could not time the load: ${String(error).split('\n')[0]}`);
  report({ name: 'navigation → parcels drawn (Chromium)', figure: 'n/a', target: `≤ ${TARGET_MS} ms`, note: 'parcels never drawn (UI not built yet?)' });
} finally {
  await server.stop();
}
