/**
 * A parameter change on #/plan, A/B: this build (dist/) against another (`--against DIR`), one page of
 * each open side by side, their changes taking turns so that both see the same machine. Per change, from
 * the in-page marks of plan.bench.ts: change → layout drawn, map data made → drawn (the main thread's
 * and the map's share, the engine's time excluded), the engine's own time in the worker, the hop from the
 * worker's answer to the workspace receiving it (the clone back, the allocation guard's read), the map's
 * share split where its new plots are on every tile in view (`tiled`, cut by MapLibre's worker), and all
 * but the engine (change → drawn less the engine's time: what the page adds to it, less swayed by a
 * busy machine than the total), and when the labels and envelopes are drawn (after the change, and
 * after the plots: 0 when one frame draws both). Prints each build's medians and the median of the pairs' ratios.
 * Asserts nothing; absolute figures on a busy machine mean little.
 *
 * `--large`: on the 75 ha zone of bench/plan-pan.bench.ts (seed 7501, imported) instead of the demo zone.
 * `--settle MS`: the pause after a change's labels are drawn before the next change (400 ms by default);
 * 0 types the next value as soon as the last one is on the map, as a planner trying values does, so that
 * whatever the map still draws after its frame (a follow-up frame) delays the next change.
 *
 *   npx vite build && npx tsx bench/plan-change-ab.ts --against /tmp/base-dist [--changes 12] [--large] [--settle 0]
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zoneSiteToGeoJson } from '../src/io/layers';
import { AppSession, launchBrowser, PreviewServer } from '../tests/e2e/harness';
import { randomZone } from '../tests/geo/layout/random-zones';
import { changeFrontageAndWait, countOption, median, option, planLayoutDrawn } from './bench-kit';

const CHANGES = countOption('--changes', 12);
const AGAINST = option('--against', '');
if (!AGAINST) throw new Error('--against DIR: the build to compare with');
const LARGE = process.argv.includes('--large');
const SETTLE_MS = Math.max(0, Number(option('--settle', '400')) || 0);

const servers = [await PreviewServer.start(), await PreviewServer.start(undefined, AGAINST)];
const browser = await launchBrowser();
const times = servers.map(() => ({ afterPlots: [] as number[], total: [] as number[], map: [] as number[], details: [] as number[], engine: [] as number[], back: [] as number[], rest: [] as number[], tiling: [] as number[], frame: [] as number[] }));
try {
  const sessions = [];
  for (const server of servers) {
    const session = await AppSession.launch({ viewport: { width: 1366, height: 768 } }, server, browser);
    await session.page.goto(session.appUrl('#/plan'), { waitUntil: 'commit' });
    await session.page.waitForFunction(planLayoutDrawn(0), undefined, { timeout: 60_000, polling: 'raf' });
    if (LARGE) {
      const file = join(mkdtempSync(join(tmpdir(), 'phanlo-change-')), 'zone-75ha.geojson');
      writeFileSync(file, JSON.stringify(zoneSiteToGeoJson(randomZone(7501, { minHa: 75, maxHa: 75 }), { crs: 'wgs84' })));
      const before = (await session.page.evaluate('window.__phanloPlanMap.layoutVersion')) as number;
      await session.page.getByTestId('plan-import-file').setInputFiles(file);
      await session.page.waitForFunction(planLayoutDrawn(before), undefined, { timeout: 180_000, polling: 500 });
      await session.page.waitForTimeout(1500);
    }
    await session.page.getByTestId('plan-tab-parameters').click();
    sessions.push(session);
  }
  for (let n = 0; n < CHANGES + 1; n++) {
    for (const [b, { page }] of sessions.entries()) {
      // Until the labels and envelopes of this layout are drawn, then a moment for the machine to settle.
      await changeFrontageAndWait(page, n);
      if (SETTLE_MS > 0) await page.waitForTimeout(SETTLE_MS);
      const [total, made, details, engine, back, tiled] = (await page.evaluate(`(() => {
        const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
        const start = at('phanlo:plan-parameters-changed');
        const details = at('phanlo:plan-layout-details-drawn');
        const engineMs = performance.getEntriesByName('phanlo:plan-layout-received').at(-1)?.detail?.engineMs ?? NaN;
        return [at('phanlo:plan-layout-drawn') - start, at('phanlo:plan-map-data-made') - start, details > start ? details - start : NaN, engineMs,
          at('phanlo:plan-layout-received') - at('phanlo:layout-worker-answered'), at('phanlo:plan-layout-tiled') - start];
      })()`)) as number[];
      if (n === 0) continue; // warm-up
      times[b].total.push(total);
      times[b].map.push(total - made);
      times[b].details.push(details);
      times[b].afterPlots.push(details - total);
      times[b].engine.push(engine);
      times[b].back.push(back);
      times[b].rest.push(total - engine);
      times[b].tiling.push(tiled - made);
      times[b].frame.push(total - tiled);
    }
  }
  for (const [b, name] of ['this build', `--against ${AGAINST}`].entries()) {
    const t = times[b];
    console.log(`${name}: change → drawn ${median(t.total).toFixed(0)} ms, map data made → drawn ${median(t.map).toFixed(0)} ms (→ tiled ${median(t.tiling).toFixed(0)}, tiled → drawn ${median(t.frame).toFixed(0)}), details (labels, envelopes) drawn ${median(t.details).toFixed(0)} ms (${median(t.afterPlots).toFixed(0)} ms after the plots), engine ${median(t.engine).toFixed(0)} ms, answered → received ${median(t.back).toFixed(1)} ms, all but the engine ${median(t.rest).toFixed(0)} ms (medians of ${CHANGES}; map: ${t.map.map((x) => x.toFixed(0)).join(', ')})`);
  }
  const ratio = (key: 'total' | 'map' | 'details' | 'engine' | 'back' | 'rest' | 'tiling' | 'frame') => median(times[0][key].map((x, n) => x / times[1][key][n])).toFixed(2);
  console.log(`median pair ratio this / against (${CHANGES} pairs): change → drawn ${ratio('total')}, map data made → drawn ${ratio('map')} (→ tiled ${ratio('tiling')}, tiled → drawn ${ratio('frame')}), details ${ratio('details')}, engine ${ratio('engine')}, answered → received ${ratio('back')}, all but the engine ${ratio('rest')}`);
  for (const session of sessions) await session.close();
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
