/**
 * Layout engine benchmark (issue 3): median times for the demo zone (~4.5 ha), a 75 ha and a 300 ha
 * synthetic zone (seeded), heap growth, and beside each the time of one plain polygon-clipping pass over
 * the same pieces (all result pieces intersected with the zone once) — the floor no layout can beat.
 * Prints figures; asserts nothing. Run: npx tsx bench/layout.bench.ts
 */
import { existsSync } from 'node:fs';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../src/geo/layout';
import type { PlanePolygon } from '../src/geo/plane-measure';
import { intersectPolygons } from '../src/geo/polygon-clip';
import type { ZoneSite } from '../src/domain/site';
import { loadSite } from '../tests/geo/layout/load-site';
import { randomZone } from '../tests/geo/layout/random-zones';
import { median } from './bench-kit';

const gc = (globalThis as { gc?: () => void }).gc;

const TARGET_MS: Record<string, number> = { 'demo zone (Đồng Dọc)': 50, 'rectangle 4.5 ha': 50, 'synthetic 75 ha': 1000, 'synthetic 300 ha': 5000 };

function measure(name: string, site: ZoneSite, runs: number): void {
  const once = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS); // warm-up
  if (!once.ok) { console.log(`${name}: layout failed ${JSON.stringify(once.errors)}`); return; }
  const r = once as LayoutResult;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  const times: number[] = [];
  // CPU time of this process beside the wall clock: on a shared machine the wall clock also counts the
  // time other work held the cores, the CPU time only what the layout took.
  const cpuTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    generateLayout(site, DEFAULT_LAYOUT_PARAMETERS);
    const c1 = process.cpuUsage(c0);
    times.push(performance.now() - t0);
    cpuTimes.push((c1.user + c1.system) / 1000);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }
  const pieces = r.features.filter((f) => f.geometry.type === 'Polygon' && f.properties.kind !== 'buildable')
    .map((f) => (f.geometry as { coordinates: PlanePolygon }).coordinates);
  const floor: number[] = [];
  for (let i = 0; i < Math.max(5, runs); i++) {
    const t0 = performance.now();
    intersectPolygons(pieces, [site.zone]);
    floor.push(performance.now() - t0);
  }
  const plots = r.features.filter((f) => f.properties.kind === 'plot').length;
  const areaHa = r.landUse.zoneAreaM2 / 10000;
  console.log(
    `${name.padEnd(24)} ${areaHa.toFixed(1).padStart(6)} ha ${String(plots).padStart(5)} plots ` +
    `median ${median(times).toFixed(1).padStart(8)} ms (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, ${runs} runs; ` +
    `CPU median ${median(cpuTimes).toFixed(1)} ms)  ` +
    `clip floor ${median(floor).toFixed(1).padStart(6)} ms  heap +${((heapPeak - heapBefore) / 1048576).toFixed(1)} MB`,
  );
  // One row each for the summary table of scripts/bench.mjs.
  const target = TARGET_MS[name];
  const row = (fields: Record<string, unknown>) => console.log(`BENCH ${JSON.stringify({ group: 'layout', ...fields })}`);
  row({
    name: `${name}, ${plots} plots (median)`, figure: `${median(times).toFixed(1)} ms`, target: `≤ ${target} ms`, ok: median(times) <= target,
    note: `CPU median ${median(cpuTimes).toFixed(1)} ms; heap +${((heapPeak - heapBefore) / 1048576).toFixed(1)} MB; ${runs} runs`,
  });
  row({ name: `${name}: one plain clipping pass (floor)`, figure: `${median(floor).toFixed(1)} ms`, note: 'intersect all pieces with the zone once' });
}

const demoPath = 'public/geo/dong-doc-zone.geojson';
const demo = existsSync(demoPath) ? loadSite(demoPath) : loadSite('tests/fixtures/layout/in/rectangle-4.5ha.geojson');
console.log(`phanlo layout benchmark — node ${process.version}${gc ? '' : ' (run with --expose-gc for steadier heap figures)'}`);
measure(existsSync(demoPath) ? 'demo zone (Đồng Dọc)' : 'rectangle 4.5 ha', demo, 31);
measure('synthetic 75 ha', randomZone(7501, { minHa: 75, maxHa: 75 }), 7);
measure('synthetic 300 ha', randomZone(30001, { minHa: 300, maxHa: 300 }), 3);
console.log('targets: demo ≤ 50 ms, 75 ha ≤ 1 s, 300 ha ≤ 5 s (printed, not asserted)');
