/**
 * Dead ends (QCVN 06:2022 6.2.5) on the three zones of the 504-seed sweep whose dead ends the road
 * network had missed: each layout keeps dead-end-max in its own balance and the independent checker
 * finds no dead end without a real turning square. On the engine before the written-dead-end pass all
 * three failed (537 m behind a second gate; 122 m and 83 m; two of 51.3 m).
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../../src/geo/layout';
import { checkLayoutRules } from './checker';
import { faults } from './strict-rules';
import { loadSite } from './load-site';

vi.setConfig({ testTimeout: 60_000 });

const FIXTURES = [
  'bug-dead-end-pond-splits-branch', // random strip-end 154: a pond on the branch writes it as two lines
  'bug-dead-end-main-road-in-notch-strip', // random L 10: half the main road lane in a notch strip
  'bug-dead-end-branch-short-of-main-centre', // random triangle 67: the last branch ends 1.7 m short of the main road's centre
];

describe('dead ends the written roads have', () => {
  for (const name of FIXTURES) {
    it(name, () => {
      const site = loadSite(join(__dirname, '../../fixtures/layout/in', `${name}.geojson`));
      const r = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS) as LayoutResult;
      expect(r.ok).toBe(true);
      const findings = checkLayoutRules(site, DEFAULT_LAYOUT_PARAMETERS, r);
      expect(findings.filter((f) => f.rule === 'dead-end' || f.rule === 'turnaround-size').map((f) => f.message)).toEqual([]);
      expect(r.landUse.checks.find((c) => c.rule === 'dead-end-max')?.pass).toBe(true);
      expect(r.warnings.filter((w) => w.code === 'dead-end-needs-turnaround')).toEqual([]);
      expect(faults(findings)).toEqual([]);
    });
  }
});
