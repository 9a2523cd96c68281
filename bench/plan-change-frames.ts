/**
 * How many MapLibre frames a parameter change on #/plan draws, and how long the main thread is
 * blocked: per change, the frames rendered once the new layout was given to the map (the test hook's
 * `detailFrames`, one entry per MapLibre `render` event) and the main thread's long tasks (over 50 ms,
 * the browser's `longtask` entries) from the change until the map settles. On software WebGL each
 * drawn frame of the demo zone is one such block of 0.2–0.4 s, so the blocks say how many frames were
 * drawn and what they cost. This build (dist/), and another beside it with `--against DIR`, their
 * changes taking turns. Prints medians; asserts nothing.
 *
 *   npx vite build && npx tsx bench/plan-change-frames.ts [--against /tmp/base-dist] [--changes 8]
 */
import { AppSession, launchBrowser, PreviewServer } from '../tests/e2e/harness';
import { changeFrontageAndWait, countOption, median, option, planLayoutDrawn } from './bench-kit';

const CHANGES = countOption('--changes', 8);
const AGAINST = option('--against', '');
/** Long tasks at least this long count as a big draw block, ms. */
const BIG_BLOCK_MS = 100;

const LONG_TASKS_INIT_SCRIPT = `
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
`;


interface ChangeFrames { readonly frames: number; readonly bigBlocks: number; readonly blockedMs: number }

const dirs = [['this build', undefined], ...(AGAINST ? [[`--against ${AGAINST}`, AGAINST]] : [])] as const;
const servers = await Promise.all(dirs.map(([, dir]) => PreviewServer.start(undefined, dir)));
const browser = await launchBrowser();
const results = dirs.map(() => [] as ChangeFrames[]);
try {
  const sessions = [];
  for (const server of servers) {
    const session = await AppSession.launch({ viewport: { width: 1366, height: 768 } }, server, browser);
    await session.context.addInitScript(LONG_TASKS_INIT_SCRIPT);
    await session.page.goto(session.appUrl('#/plan'), { waitUntil: 'commit' });
    await session.page.waitForFunction(planLayoutDrawn(0), undefined, { timeout: 60_000, polling: 'raf' });
    await session.page.getByTestId('plan-tab-parameters').click();
    sessions.push(session);
  }
  for (let n = 0; n < CHANGES + 1; n++) {
    for (const [b, { page }] of sessions.entries()) {
      const startedAt = (await page.evaluate('performance.now()')) as number;
      const before = await changeFrontageAndWait(page, n);
      // Long enough for any follow-up frame (placement, a paint change) to be drawn and counted.
      await page.waitForTimeout(1200);
      const [frames, tasks] = (await page.evaluate(`[
        window.__phanloPlanMap.detailFrames().filter((f) => f.layout > ${before}).length,
        window.__benchLongTasks.filter(([at]) => at >= ${startedAt}),
      ]`)) as [number, [number, number][]];
      if (n === 0) continue; // warm-up
      const big = tasks.filter(([, ms]) => ms >= BIG_BLOCK_MS);
      results[b].push({ frames, bigBlocks: big.length, blockedMs: tasks.reduce((sum, [, ms]) => sum + ms, 0) });
    }
  }
  for (const [b, [name]] of dirs.entries()) {
    const r = results[b];
    console.log(`${name}: frames per change ${median(r.map((x) => x.frames))} (${r.map((x) => x.frames).join(', ')}), `
      + `long tasks ≥ ${BIG_BLOCK_MS} ms per change ${median(r.map((x) => x.bigBlocks))} (${r.map((x) => x.bigBlocks).join(', ')}), `
      + `main thread in long tasks ${median(r.map((x) => x.blockedMs)).toFixed(0)} ms per change (medians of ${CHANGES})`);
  }
  for (const session of sessions) await session.close();
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
