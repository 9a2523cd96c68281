/**
 * Hand edits on a 75 ha layout (the zone of bench/layout.bench.ts and bench/plan-pan.bench.ts, seed
 * 7501): a split along the frontage, a merge of two neighbours and a moved dividing line, each timed as
 * the pure command (src/geo/layout-edits) and as the main thread's share in the app, where the command
 * runs in the hand-edit worker: the structured clone of the request and of the answer (timed here as a
 * whole copy each; the main thread pays one half of each, the worker the other).
 */
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../src/geo/layout';
import { dividerBetween, mergePlots, moveDivider, splitPlot, type EditOutcome } from '../src/geo/layout-edits';
import { randomZone } from '../tests/geo/layout/random-zones';

export interface EditTiming { readonly name: string; readonly plots: number; readonly commandMs: number; readonly cloneMs: number; readonly ok: boolean }

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** Times each edit `runs` times (after one warm-up), medians in ms. */
export function timeHandEdits(runs = 3): EditTiming[] {
  const site = randomZone(7501, { minHa: 75, maxHa: 75 });
  const layout = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS) as LayoutResult;
  if (!layout.ok) throw new Error('the 75 ha zone did not lay out');
  const plots = layout.features.filter((f) => f.properties.kind === 'plot');
  const codes = plots.map((f) => (f.properties.kind === 'plot' ? f.properties.code : ''));
  // Two neighbours with a dividing line between them, near the middle of the list (an ordinary row).
  const pair = codes.slice(codes.length >> 1).map((code, i, list) => [code, list[i + 1]] as [string, string])
    .find(([a, b]) => b && dividerBetween(layout, [a, b]) !== null)!;
  // The widest plots are the likeliest to split in two along their frontage and stay above the least one.
  const widest = [...plots].sort((a, b) => (b.properties.kind === 'plot' ? b.properties.frontageM : 0) - (a.properties.kind === 'plot' ? a.properties.frontageM : 0))
    .slice(0, 8).map((f) => (f.properties.kind === 'plot' ? f.properties.code : ''));
  const wide = widest.find((code) => splitPlot(layout, site, code, 'frontage', 2).ok) ?? widest[0];
  const edits: [string, () => EditOutcome][] = [
    ['split a plot in two (frontage)', () => splitPlot(layout, site, wide, 'frontage', 2)],
    ['merge two neighbours', () => mergePlots(layout, site, pair)],
    ['move a dividing line 1 m', () => moveDivider(layout, site, pair, 1)],
  ];
  return edits.map(([name, edit]) => {
    const commandMs: number[] = [];
    const cloneMs: number[] = [];
    let outcome = edit();
    for (let n = 0; n < runs; n++) {
      let t = performance.now();
      outcome = edit();
      commandMs.push(performance.now() - t);
      t = performance.now();
      structuredClone({ layout, site });
      if (outcome.ok) structuredClone(outcome.layout);
      cloneMs.push(performance.now() - t);
    }
    return { name, plots: plots.length, commandMs: median(commandMs), cloneMs: median(cloneMs), ok: outcome.ok };
  });
}

if (process.argv[1]?.endsWith('plan-edits-timing.ts')) {
  for (const row of timeHandEdits()) console.log(JSON.stringify(row));
}
