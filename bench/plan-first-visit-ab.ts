/**
 * #/plan on a fresh profile (no storage, no cache, no service worker), A/B: this build (dist/) against
 * another one (`--against DIR`, e.g. main's dist/), their loads taking turns in the same browser, so
 * that both see the same load on a busy machine. Prints, per build, the median of navigation → first
 * layout frame (`phanlo:plan-layout-drawn`, when the frame is handed to the GPU), of navigation → the
 * next animation frame after it (`on screen`: what plan.bench.ts times, the software GPU's drawing of
 * that frame included) and of each phase mark; then, for both, the median of the pairs' ratios (one
 * pair: the two builds' loads of one round). Asserts nothing; absolute figures on a busy machine mean
 * little, the ratios are the point.
 *
 *   npx vite build && npx tsx bench/plan-first-visit-ab.ts --against /tmp/main-dist [--loads 15]
 */
import { AppSession, launchBrowser, PreviewServer } from '../tests/e2e/harness';
import { countOption, median, option } from './bench-kit';

const LOADS = countOption('--loads', 7);
const AGAINST = option('--against', '');
const drawn = 'window.__phanloPlanMap?.layoutDrawn === true && window.__phanloPlanMap.layoutVersion > 0';
const PHASES = [
  'demo-site-read', 'plan-demo-layout-fetched', 'plan-variants-primed', 'app-mounted', 'plan-workspace-made', 'plan-map-made', 'plan-variant-read',
  'plan-layout-received', 'plan-map-loaded', 'plan-run-sent', 'plan-layout-drawn',
];

const builds = [{ name: 'this build', server: await PreviewServer.start() }];
if (AGAINST) builds.push({ name: `--against ${AGAINST}`, server: await PreviewServer.start(undefined, AGAINST) });
const browser = await launchBrowser();
const marks = builds.map(() => [] as Record<string, number>[]);
try {
  for (let n = 0; n < LOADS + 1; n++) {
    for (const [b, build] of builds.entries()) {
      const session = await AppSession.launch({ viewport: { width: 1366, height: 768 } }, build.server, browser);
      try {
        await session.page.goto(session.appUrl('#/plan'), { waitUntil: 'commit' });
        const onScreen = (await (await session.page.waitForFunction(`${drawn} && performance.now()`, undefined, { timeout: 60_000, polling: 'raf' })).jsonValue()) as number;
        const got = (await session.page.evaluate(`Object.fromEntries(${JSON.stringify(PHASES)}.map((name) => [name, performance.getEntriesByName('phanlo:' + name)[0]?.startTime ?? NaN]))`)) as Record<string, number>;
        got['on-screen'] = onScreen;
        if (n > 0) marks[b].push(got); // the first round warms the browser up
      } finally {
        await session.close();
      }
    }
  }
  const medians = marks.map((loads) => Object.fromEntries(PHASES.map((name) => [name, median(loads.map((m) => m[name]).filter(Number.isFinite))])));
  for (const [b, build] of builds.entries()) {
    console.log(`${build.name}: layout drawn ${medians[b]['plan-layout-drawn'].toFixed(0)} ms (median of ${LOADS}; each: ${marks[b].map((m) => m['plan-layout-drawn'].toFixed(0)).join(', ')})`);
    console.log(`  on screen ${median(marks[b].map((m) => m['on-screen'])).toFixed(0)} ms (each: ${marks[b].map((m) => m['on-screen'].toFixed(0)).join(', ')})`);
    console.log(`  phases, median ms from navigation: ${PHASES.map((name) => `${name} ${Number.isFinite(medians[b][name]) ? medians[b][name].toFixed(0) : '–'}`).join(', ')}`);
  }
  if (builds.length > 1) {
    const pairRatio = (name: string) => median(marks[0].map((m, n) => m[name] / marks[1][n][name])).toFixed(2);
    console.log(`median pair ratio this / against (${LOADS} pairs): layout drawn ${pairRatio('plan-layout-drawn')}, on screen ${pairRatio('on-screen')}`);
  }
} finally {
  await browser.close();
  for (const build of builds) await build.server.close();
}
