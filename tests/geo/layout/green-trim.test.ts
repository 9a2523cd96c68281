/**
 * The green top-up takes no more plot land than Table 2.6's 10 % asks (green-trim.ts): where whole
 * plots overshot (a 1,400 m² plot for 760 m² missing), one of them is kept cut back from its rear.
 * Judged on the written balance and by the independent checker, not by the engine's own sums.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../../src/geo/layout';
import { stripZones } from '../../../bench/bench-zones';
import { checkLayoutRules } from './checker';
import { faults } from './strict-rules';

const p = { ...DEFAULT_LAYOUT_PARAMETERS, perimeterGreenM: 0 };
const share = (r: LayoutResult, category: string) => r.landUse.rows.find((row) => row.category === category)?.sharePercent ?? 0;

describe('the green top-up stops at what Table 2.6 asks', () => {
  // (The 100 × 300 m strip entered from its side needs no top-up since s12: the land kept clear beside
  // its compact tank and plant lots is green, 10.9 %.)
  for (const name of ['strip 80 × 300 m, end', 'strip 100 × 300 m, end', 'strip 70 × 500 m, end']) {
    it(`${name}, strip along the homes side only`, () => {
      const zone = stripZones().find((z) => z.name === name)!;
      const r = generateLayout(zone.site, p);
      expect(r.ok).toBe(true);
      const result = r as LayoutResult;
      expect(result.warnings.some((w) => w.code === 'plots-to-green')).toBe(true);
      // 10 % and the engine's 0.05-point margin for rounding; whole plots had left 11.7–12.8 % here.
      const green = share(result, 'green') + share(result, 'kept');
      expect(green).toBeGreaterThanOrEqual(10);
      expect(green).toBeLessThan(10.1);
      expect(result.landUse.checks.find((c) => c.rule === 'green-min')!.pass).toBe(true);
      expect(faults(checkLayoutRules(zone.site, p, result))).toEqual([]);
    });
  }
});
