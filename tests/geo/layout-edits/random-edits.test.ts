/**
 * Hand edits on seeded random zones (not the demo): plots chosen by the seed are split, merged with a
 * neighbour, have their boundary moved, or are made green. Every edit is either refused with a worded
 * rule, or gives a layout the independent checker passes (a merge's area above the range aside), with
 * the plots' areas summing as before and the codes unique.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../../src/geo/layout';
import { convertPlots, mergePlots, moveDivider, splitPlot, type EditOutcome } from '../../../src/geo/layout-edits';
import { sharedEdge } from '../../../src/geo/layout-edits/plane-lines';
import { catalogue } from '../../../src/i18n/catalogue';
import '../../../src/i18n/plan-messages';
import { checkLayoutRules } from '../layout/checker';
import { shoelace } from '../layout/checker-measure';
import { randomZone, seededRandom } from '../layout/random-zones';
import { faults } from '../layout/strict-rules';
import { plotsOf } from './demo-layout';

const SEEDS = [3, 11, 27];

describe('hand edits on random zones', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: each edit is refused in words or keeps every rule`, () => {
      const site = randomZone(seed, { maxHa: 3 });
      const laid = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS);
      if (!laid.ok) return; // a zone the engine itself refuses has nothing to edit
      expect(faults(checkLayoutRules(site, laid.parameters, laid))).toEqual([]);
      const random = seededRandom(seed);
      const plots = [...plotsOf(laid).entries()];
      const pick = () => plots[Math.floor(random() * plots.length)];
      const neighbourOf = (code: string) => plots.find(([other, q]) => other !== code && sharedEdge(plotsOf(laid).get(code)!, q))?.[0];
      const total = (r: LayoutResult) => [...plotsOf(r).values()].reduce((s, q) => s + shoelace(q), 0);
      let applied = 0;
      for (let k = 0; k < 6; k++) {
        const [code] = pick();
        const other = neighbourOf(code);
        const edits: [string, () => EditOutcome][] = [
          ['split', () => splitPlot(laid, site, code, 'frontage', 2)],
          ['to-green', () => convertPlots(laid, site, [code], { to: 'green' })],
          ...(other ? [['merge', () => mergePlots(laid, site, [code, other])] as [string, () => EditOutcome], ['move', () => moveDivider(laid, site, [code, other], 1 + 2 * random())] as [string, () => EditOutcome]] : []),
        ];
        for (const [name, edit] of edits) {
          const out = edit();
          if (!out.ok) {
            expect(catalogue.vi[out.refusal.key], `${name} ${code}: ${out.refusal.key}`).toBeTruthy();
            continue;
          }
          applied++;
          const found = faults(checkLayoutRules(site, out.layout.parameters, out.layout))
            .filter((f) => !(name === 'merge' && /^plot-shape: plot \S+ area .* out of range$/.test(f)));
          expect(found, `${name} ${code}`).toEqual([]);
          const codes = [...plotsOf(out.layout).keys()];
          expect(new Set(codes).size).toBe(codes.length);
          if (name !== 'to-green') expect(total(out.layout)).toBeCloseTo(total(laid), 0);
        }
      }
      expect(applied).toBeGreaterThan(0);
    }, 120_000);
  }
});
