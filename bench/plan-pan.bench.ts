/**
 * Panning a large layout against panning the bare parcel map, in the built app in Chromium, in the same
 * run (absolute frame times mean little on software WebGL; the ratio is the figure). The large layout is
 * the 75 ha synthetic zone of bench/layout.bench.ts (seed 7501), imported through #/plan's file control
 * as a GeoJSON in WGS84 with its roles, laid out with the defaults, drawn with its labels. Both maps one
 * zoom step out from where they open (plot labels still shown). A pan is a mouse drag of 40 steps; the
 * frame time is the median gap between animation frames during the drag.
 * Asserts nothing.
 *
 *   npx vite build && npx tsx bench/plan-pan.bench.ts [--pans 3]
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { zoneSiteToGeoJson } from '../src/io/layers';
import { AppSession, launchBrowser, PreviewServer } from '../tests/e2e/harness';
import { randomZone } from '../tests/geo/layout/random-zones';
import { benchReporter, countOption, median } from './bench-kit';

const PANS = countOption('--pans', 3);
const report = benchReporter('plan');
const drawn = (after: number) => `window.__phanloPlanMap?.layoutDrawn === true && window.__phanloPlanMap.layoutVersion > ${after}`;

/** One zoom step out (the map's own − button), so that more of the layout is in view, labels still on. */
async function zoomOut(page: Page): Promise<void> {
  await page.locator('.maplibregl-ctrl-zoom-out').first().click();
  await page.waitForTimeout(2000);
}

/** Median animation-frame gap (ms) over `PANS` drags across the map, left and right in turn. */
async function panFrameMs(page: Page): Promise<number> {
  const box = (await page.getByTestId('map').boundingBox()) ?? (await page.locator('.map').first().boundingBox());
  if (!box) throw new Error('no map on the page');
  const gaps: number[] = [];
  for (let pan = 0; pan < PANS; pan++) {
    const direction = pan % 2 ? 1 : -1;
    const x = box.x + box.width / 2 - direction * 160;
    const y = box.y + box.height / 2;
    await page.evaluate(`(() => { window.__panFrames = []; window.__panOn = true;
      const tick = (t) => { if (!window.__panOn) return; window.__panFrames.push(t); requestAnimationFrame(tick); };
      requestAnimationFrame(tick); })()`);
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let step = 1; step <= 40; step++) await page.mouse.move(x + direction * step * 8, y);
    await page.mouse.up();
    const frames = (await page.evaluate('(() => { window.__panOn = false; return window.__panFrames; })()')) as number[];
    for (let f = 1; f < frames.length; f++) gaps.push(frames[f] - frames[f - 1]);
    await page.waitForTimeout(500);
  }
  return median(gaps);
}

const server = await PreviewServer.start();
const browser = await launchBrowser();
try {
  const viewport = { width: 1366, height: 768 };
  // The bare parcel map.
  const parcels = await AppSession.launch({ viewport }, server, browser);
  await parcels.page.goto(parcels.appUrl('#/parcels'), { waitUntil: 'commit' });
  await parcels.page.waitForFunction('window.__phanloMap?.parcelsDrawn === true', undefined, { timeout: 60_000 });
  await parcels.page.waitForTimeout(1500); // labels placed when idle
  await zoomOut(parcels.page);
  const bareMs = await panFrameMs(parcels.page);
  await parcels.close();

  // The 75 ha layout on #/plan.
  const site = randomZone(7501, { minHa: 75, maxHa: 75 });
  const file = join(mkdtempSync(join(tmpdir(), 'phanlo-pan-')), 'zone-75ha.geojson');
  writeFileSync(file, JSON.stringify(zoneSiteToGeoJson(site, { crs: 'wgs84' })));
  const plan = await AppSession.launch({ viewport }, server, browser);
  await plan.page.goto(plan.appUrl('#/plan'), { waitUntil: 'commit' });
  await plan.page.waitForFunction(drawn(0), undefined, { timeout: 60_000 });
  const before = (await plan.page.evaluate('window.__phanloPlanMap.layoutVersion')) as number;
  await plan.page.getByTestId('plan-import-file').setInputFiles(file);
  await plan.page.waitForFunction(drawn(before), undefined, { timeout: 180_000, polling: 500 });
  await plan.page.waitForTimeout(1500);
  await zoomOut(plan.page);
  const plots = (await plan.page.evaluate('window.__phanloPlanMap.plotCodes().length')) as number;
  const inView = (await plan.page.evaluate('window.__phanloPlanMap.renderedPlotCodes().length')) as number;
  const layoutMs = await panFrameMs(plan.page);
  await plan.close();

  const ratio = layoutMs / bareMs;
  console.log(`Panning, median frame: bare parcel map ${bareMs.toFixed(0)} ms; ${site.kind} layout, ${plots} plots (${inView} in view) ${layoutMs.toFixed(0)} ms; ratio ${ratio.toFixed(2)}`);
  report({
    name: `panning a 75 ha layout (${plots} plots, labels) vs the bare parcel map`, figure: `${ratio.toFixed(2)}×`, target: '≤ 1.5×', ok: ratio <= 1.5,
    note: `median frame ${layoutMs.toFixed(0)} vs ${bareMs.toFixed(0)} ms, ${PANS} drags each, same run`,
  });
} catch (error) {
  console.log(`Could not time panning: ${String(error).split('\n')[0]}`);
  report({ name: 'panning a 75 ha layout vs the bare parcel map', figure: 'n/a', target: '≤ 1.5×' });
} finally {
  await browser.close();
  await server.close();
}
