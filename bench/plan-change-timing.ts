/**
 * The engine's share of a parameter change, in Node, as the layout worker runs it: the request a
 * planner's change sends (the bench's targetFrontageM values, the plots on screen as `previous`),
 * structured-cloned as postMessage does, through the worker's handler with and without its stage memo;
 * beside it the defaults with no previous layout, which is what bench/layout.bench.ts times. CPU time
 * of this process (the wall clock on a shared machine also counts others' work), medians, ms.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, StageMemo, type LayoutResult } from '../src/geo/layout';
import type { ZoneSite } from '../src/domain/site';
import { readZoneSite } from '../src/io/layers';
import { handleLayoutRequest, type LayoutRequest, type LayoutResponse } from '../src/workers/layout-protocol';
import { previousOf } from '../src/features/plan/plan-workspace';
import { median } from './bench-kit';

export interface ChangeTiming { readonly defaultsMs: number; readonly freshMs: number; readonly memoMs: number; readonly changes: number }

const cpuMs = (run: () => unknown): number => {
  const before = process.cpuUsage();
  run();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
};

export function timeParameterChanges(changes = 12): ChangeTiming {
  const read = readZoneSite(JSON.parse(readFileSync('public/geo/dong-doc-zone.geojson', 'utf8')), 'dong-doc-zone.geojson', { planeCrs: 'EPSG:9209' });
  if (!read.ok) throw new Error('the demo zone did not read');
  const site: ZoneSite = read.value;
  const memo = new StageMemo();
  const first = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS) as LayoutResult;
  for (let n = 0; n < 3; n++) generateLayout(site, DEFAULT_LAYOUT_PARAMETERS); // warm-up
  const defaults: number[] = [], fresh: number[] = [], memoised: number[] = [];
  let shownFresh = first, shownMemo = first;
  for (let n = 0; n < changes; n++) {
    const parameters = { ...DEFAULT_LAYOUT_PARAMETERS, targetFrontageM: 20 + ((n % 3) + 1) * 0.5 };
    const request = (shown: LayoutResult): LayoutRequest => structuredClone({ id: n, site, parameters, previous: previousOf(shown), givenParameters: ['targetFrontageM'] });
    defaults.push(cpuMs(() => generateLayout(site, DEFAULT_LAYOUT_PARAMETERS)));
    const a = request(shownFresh), b = request(shownMemo);
    const answers: LayoutResponse[] = [];
    fresh.push(cpuMs(() => answers.push(handleLayoutRequest(a))));
    memoised.push(cpuMs(() => answers.push(handleLayoutRequest(b, undefined, undefined, memo))));
    const [outA, outB] = answers as { outcome?: LayoutResult }[];
    if (JSON.stringify(outA.outcome) !== JSON.stringify(outB.outcome)) throw new Error('the memo changed a layout');
    if (outA.outcome?.ok) shownFresh = outA.outcome;
    if (outB.outcome?.ok) shownMemo = outB.outcome;
  }
  return { defaultsMs: median(defaults), freshMs: median(fresh), memoMs: median(memoised), changes };
}
