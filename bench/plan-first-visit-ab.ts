/**
 * #/plan on a fresh profile (no storage, no cache, no service worker), A/B: this build (dist/) against
 * another one (`--against DIR`, e.g. main's dist/), their loads taking turns in the same browser, so
 * that both see the same load on a busy machine. Prints, per build, the median of navigation → first
 * layout frame (`phanlo:plan-layout-drawn`) and of each phase mark, and the ratio of the medians.
 * Asserts nothing; absolute figures on a busy machine mean little, the ratio is the point.
 *
 *   npx vite build && npx tsx bench/plan-first-visit-ab.ts --against /tmp/main-dist [--loads 7]
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
        await session.page.waitForFunction(drawn, undefined, { timeout: 60_000, polling: 100 });
        const got = (await session.page.evaluate(`Object.fromEntries(${JSON.stringify(PHASES)}.map((name) => [name, performance.getEntriesByName('phanlo:' + name)[0]?.startTime ?? NaN]))`)) as Record<string, number>;
        if (n > 0) marks[b].push(got); // the first round warms the browser up
      } finally {
        await session.close();
      }
    }
  }
  const medians = marks.map((loads) => Object.fromEntries(PHASES.map((name) => [name, median(loads.map((m) => m[name]).filter(Number.isFinite))])));
  for (const [b, build] of builds.entries()) {
    console.log(`${build.name}: layout drawn ${medians[b]['plan-layout-drawn'].toFixed(0)} ms (median of ${LOADS}; each: ${marks[b].map((m) => m['plan-layout-drawn'].toFixed(0)).join(', ')})`);
    console.log(`  phases, median ms from navigation: ${PHASES.map((name) => `${name} ${Number.isFinite(medians[b][name]) ? medians[b][name].toFixed(0) : '–'}`).join(', ')}`);
  }
  if (builds.length > 1) console.log(`ratio this / against: ${(medians[0]['plan-layout-drawn'] / medians[1]['plan-layout-drawn']).toFixed(2)}`);
} finally {
  await browser.close();
  for (const build of builds) await build.server.close();
}
