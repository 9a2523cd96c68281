/** Unit tests of single steps: the entrance, the row plan, plot shapes, envelopes. */
import { describe, expect, it } from 'vitest';
import { asPlane, type PlanePoint } from '../../../src/geo/coordinates';
import type { PlanePolygon } from '../../../src/geo/plane-measure';
import { DEFAULT_LAYOUT_PARAMETERS } from '../../../src/geo/layout';
import { findEntrance } from '../../../src/geo/layout/entrance';
import { buildEnvelopes } from '../../../src/geo/layout/envelopes';
import { significantCorners } from '../../../src/geo/layout/plot-shape';
import { planRows } from '../../../src/geo/layout/row-plan';
import { ringSegments, SegmentGrid } from '../../../src/geo/layout/segments';
import { boundaryDistance } from './checker-measure';

const E0 = 592700, N0 = 2306300;
const P = (x: number, y: number): PlanePoint => asPlane([E0 + x, N0 + y]);
const ring = (pts: [number, number][]) => [...pts, pts[0]].map(([x, y]) => P(x, y));
const rect = (x: number, y: number, w: number, h: number): PlanePolygon => [ring([[x, y], [x + w, y], [x + w, y + h], [x, y + h]])];

describe('entrance', () => {
  const zone = ring([[0, 0], [200, 0], [200, 150], [0, 150]]);
  it('is the middle of the zone edge along the public road, with v pointing into the zone', () => {
    const e = findEntrance(zone, [[P(-30, -7), P(230, -7)]], null)!;
    expect(e.point[0] - E0).toBeCloseTo(100, 6);
    expect(e.point[1] - N0).toBeCloseTo(0, 6);
    expect(e.frame.v[1]).toBeCloseTo(1, 9);
    expect(e.sharedLengthM).toBeCloseTo(200, 0);
  });
  it('ignores the neighbouring edges the road comes near at the corners', () => {
    const e = findEntrance(zone, [[P(-30, -7), P(100, -7)]], null)!;
    expect(e.point[1] - N0).toBeCloseTo(0, 6);
  });
  it('takes a given entrance point onto the boundary', () => {
    const e = findEntrance(zone, [[P(-30, -7), P(230, -7)]], P(40, -3))!;
    expect([e.point[0] - E0, e.point[1] - N0]).toEqual([40, 0]);
  });
  it('finds none when the road runs far from the zone', () => {
    expect(findEntrance(zone, [[P(-30, -60), P(230, -60)]], null)).toBeNull();
  });
});

describe('row plan', () => {
  it('puts branches at a fixed pitch from the entrance with two rows back to back between them', () => {
    const plan = planRows(0, 200, 45, 15, 60, 10);
    expect(plan.branchT).toEqual([50, 150]);
    expect(plan.rows.map((r) => [r.tLow, r.tHigh, r.front])).toEqual([[0, 50, 'high'], [50, 100, 'low'], [100, 150, 'high'], [150, 200, 'low']]);
  });
  it('closes the comb with a branch along the far edge when a row still fits', () => {
    const plan = planRows(0, 250, 45, 15, 60, 10);
    expect(plan.branchT.at(-1)).toBe(245);
    expect(plan.rows.at(-1)).toMatchObject({ tHigh: 245, front: 'high' });
  });
  it('plans nothing when the zone is too shallow for a road and a row', () => {
    expect(planRows(0, 20, 45, 15, 60, 10).rows).toEqual([]);
  });
});

describe('plot shape', () => {
  it('does not count a corner within 1 cm of the line through its neighbours', () => {
    const q: PlanePolygon = [ring([[0, 0], [10, 0.004], [20, 0], [20, 40], [0, 40]])];
    expect(significantCorners(q[0])).toHaveLength(4);
  });
});

describe('envelopes', () => {
  it('keep the front setback from the road, half the fire separation from each other, the rear setback at the back', () => {
    const road = rect(0, -10, 60, 10);
    const plots = [rect(0, 0, 20, 45), rect(20, 0, 20, 45), rect(40, 0, 20, 45)];
    const grid = new SegmentGrid(50);
    for (const s of ringSegments(road[0])) grid.add(s, 0);
    const envelopes = buildEnvelopes(plots, grid, DEFAULT_LAYOUT_PARAMETERS);
    expect(envelopes.every((e) => e !== null)).toBe(true);
    expect(boundaryDistance(envelopes[0]!, envelopes[1]!)).toBeGreaterThanOrEqual(9);
    const ys = envelopes[1]![0].map((q) => q[1] - N0);
    expect(Math.min(...ys)).toBeCloseTo(3, 2); // front setback from the road edge y = 0
    expect(Math.max(...ys)).toBeCloseTo(42, 2); // rear setback from the back y = 45
    const xs = envelopes[1]![0].map((q) => q[0] - E0);
    expect(Math.min(...xs)).toBeCloseTo(24.5, 2);
    expect(Math.max(...xs)).toBeCloseTo(35.5, 2);
  });
});
