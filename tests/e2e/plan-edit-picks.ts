/**
 * Which demo plots the hand-edit browser test edits, chosen in Node by what each step tests (the demo's
 * plots change with the engine, so codes are never written into the test): the engine and the edit
 * commands run here on the demo zone, as `phanlo layout` lays it out.
 */
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../src/geo/layout';
import { mergePlots, splitPlot } from '../../src/geo/layout-edits';
import { demoLayout, demoSite, plainNeighbours } from '../geo/layout-edits/demo-layout';

export interface PlanEditPicks {
  /** A plot that splits in two along its frontage. */
  readonly wide: string;
  /** Two neighbours whose merge is allowed and larger than the area range (so it warns). */
  readonly merge: readonly [string, string];
  /** Two plain neighbours of a row, sharing a straight dividing line (drag it; split the first by depth: refused). */
  readonly divider: readonly [string, string];
  /** A plot a 25 m target frontage moves, not one of the above: the allocated, renamed and locked one. */
  readonly allocated: string;
}

const codesOf = (r: LayoutResult) => r.features.flatMap((f) => (f.properties.kind === 'plot' ? [f.properties.code] : []));
const ringOf = (r: LayoutResult, code: string) =>
  JSON.stringify(r.features.find((f) => f.properties.kind === 'plot' && f.properties.code === code)?.geometry ?? null);

export function planEditPicks(): PlanEditPicks {
  const before = demoLayout();
  const codes = codesOf(before);
  const wide = codes.find((code) => splitPlot(before, demoSite, code, 'frontage', 2).ok);
  if (!wide) throw new Error('no demo plot splits along its frontage');
  const area = new Map(before.features.flatMap((f) => (f.properties.kind === 'plot' ? [[f.properties.code, f.properties.areaM2] as const] : [])));
  let merge: [string, string] | null = null;
  for (let i = 0; i + 1 < codes.length && !merge; i++) {
    const pair: [string, string] = [codes[i], codes[i + 1]];
    // Not the plot split first: after that split its new half may lie where the pair is clicked.
    if (pair.includes(wide)) continue;
    if (area.get(pair[0])! + area.get(pair[1])! > DEFAULT_LAYOUT_PARAMETERS.maxPlotAreaM2 && mergePlots(before, demoSite, pair).ok) merge = pair;
  }
  if (!merge) throw new Error('no two demo neighbours merge beyond the area range');
  const divider = plainNeighbours(before);
  const wider = generateLayout(demoSite, { ...DEFAULT_LAYOUT_PARAMETERS, targetFrontageM: 25 });
  if (!wider.ok) throw new Error('the demo zone does not lay out with 25 m frontages');
  const taken = new Set([wide, ...merge, ...divider]);
  const allocated = codes.find((code) => !taken.has(code) && ringOf(before, code) !== ringOf(wider, code));
  if (!allocated) throw new Error('no other demo plot moves with 25 m frontages');
  return { wide, merge, divider, allocated };
}
