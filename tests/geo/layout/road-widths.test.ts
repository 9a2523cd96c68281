/**
 * Roads as wide as they say between junctions (issue 7): a pond biting into a branch between its ends
 * used to leave the road narrower than its `widthM` there (reported, `road-narrower-than-width`). The
 * branch is now shifted clear of the bite, or split at it where every part is still reached
 * (branch-connections.ts); the bite finder itself is checked on hand-made pieces.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../../src/geo/layout';
import { bitesBetweenEnds } from '../../../src/geo/layout/branch-whole-width';
import { makeFrame } from '../../../src/geo/layout/frame';
import type { PlanePolygon } from '../../../src/geo/plane-measure';
import { checkLayoutRules } from './checker';
import { loadSite } from './load-site';
import { faults } from './strict-rules';

vi.setConfig({ testTimeout: 60_000 });

const ring = (pts: [number, number][]): PlanePolygon => [[...pts, pts[0]]] as unknown as PlanePolygon;
const f = makeFrame([0, 0], [1, 0]);

describe('bitesBetweenEnds', () => {
  it('finds a bite into a branch between its ends, from either side, and merges its edges', () => {
    // A 10 m branch (t 0…10) from s 0 to 100, a pond notch 3 m deep from s 40 to 55 on the far side.
    const piece = ring([[0, 0], [100, 0], [100, 10], [55, 10], [50, 7], [45, 7], [40, 10], [0, 10]]);
    expect(bitesBetweenEnds(f, piece, 5, 5, 0, 100)).toEqual([[40, 55]]);
    const below = ring([[0, 0], [20, 0], [25, 2], [30, 0], [100, 0], [100, 10], [0, 10]]);
    expect(bitesBetweenEnds(f, below, 5, 5, 0, 100)).toEqual([[20, 30]]);
  });

  it('leaves the end tapers of a slanted edge alone (no bite there)', () => {
    const slanted = ring([[0, 0], [95, 0], [100, 10], [5, 10]]);
    expect(bitesBetweenEnds(f, slanted, 5, 5, 0, 100)).toEqual([]);
    const whole = ring([[0, 0], [100, 0], [100, 10], [0, 10]]);
    expect(bitesBetweenEnds(f, whole, 5, 5, 0, 100)).toEqual([]);
  });
});

const FIXTURES = [
  'bug-road-width-pond-bites-branch', // random rectangle 11 (CI seeds): a pond takes 4 m of a branch over 14 m
  'bug-road-width-pond-bites-branch-trapezoid-1', // random trapezoid 1 (CI seeds): 6 m of a branch narrowed by a pond
];

describe('branches a pond bites into between junctions', () => {
  for (const name of FIXTURES) {
    it(name, () => {
      const site = loadSite(join(__dirname, '../../fixtures/layout/in', `${name}.geojson`));
      const r = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS) as LayoutResult;
      expect(r.ok).toBe(true);
      const findings = checkLayoutRules(site, DEFAULT_LAYOUT_PARAMETERS, r);
      expect(findings.filter((q) => q.rule === 'road-width' || q.rule === 'dead-end').map((q) => q.message)).toEqual([]);
      expect(r.warnings.filter((w) => w.code === 'road-narrower-than-width')).toEqual([]);
      expect(faults(findings)).toEqual([]);
    });
  }
});
