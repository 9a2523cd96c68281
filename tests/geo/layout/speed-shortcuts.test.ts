/**
 * The engine's speed shortcuts answer what the slow path answers: the slab-area estimate stays within
 * its slack of the clipped area (facilities.ts trusts it to settle bisection steps), the room test
 * says "surely" only where shrinking by clipping leaves something, and SegmentGrid.anyWithin agrees
 * with testing every segment. Seeded shapes, the clipping of polygon-clip.ts as the reference.
 */
import { describe, expect, it } from 'vitest';
import { asPlane } from '../../../src/geo/coordinates';
import { multiPolygonAreaM2, type PlanePolygon } from '../../../src/geo/plane-measure';
import { intersectPolygons, offsetPolygons } from '../../../src/geo/polygon-clip';
import { surelyKeepsInside } from '../../../src/geo/layout/clear-room';
import { localPolygon, makeFrame, sSlab, tSlab } from '../../../src/geo/layout/frame';
import { localRings, slabAreaM2, slabAreaSlackM2 } from '../../../src/geo/layout/slab-area';
import { segmentDistanceM, SegmentGrid, type Segment } from '../../../src/geo/layout/segments';
import { seededRandom } from './random-zones';

const E0 = 592700.123, N0 = 2306300.456;

describe('slab-area estimate', () => {
  it('is exact on a rectangle in a turned frame (3 m of a 20 m deep row: 60 m²)', () => {
    const f = makeFrame([E0, N0], [Math.cos(0.3), Math.sin(0.3)]);
    const rect = localPolygon(f, [[0, 0], [10, 0], [10, 20], [0, 20]]);
    expect(slabAreaM2(localRings(f, [rect]), 's', 2, 5)).toBeCloseTo(60, 6);
    expect(slabAreaM2(localRings(f, [rect]), 't', -100, 5)).toBeCloseTo(50, 6);
  });

  it('stays within its slack of the clipped area on 300 seeded concave shapes with holes', () => {
    const rnd = seededRandom(5);
    let worst = 0;
    for (let k = 0; k < 300; k++) {
      const f = makeFrame([E0, N0], [Math.cos(rnd() * 6), Math.sin(rnd() * 6)]);
      // A comb-like concave outline (teeth of random depth) with a hole, on the millimetre grid.
      const teeth = 2 + Math.floor(rnd() * 6);
      const outer: [number, number][] = [[0, 0], [teeth * 20, 0]];
      for (let i = teeth; i > 0; i--) outer.push([i * 20, 40 + rnd() * 30], [i * 20 - 10, 40 + rnd() * 30], [i * 20 - 10, 30], [(i - 1) * 20, 30]);
      const shape = localPolygon(f, outer);
      const hole = localPolygon(f, [[3, 3], [8 + rnd() * 5, 3], [8, 12], [3, 10]])[0];
      const polygon: PlanePolygon = [shape[0].map((q) => asPlane([Math.round(q[0] * 1000) / 1000, Math.round(q[1] * 1000) / 1000])), [...hole].reverse()];
      const rings = localRings(f, [polygon]);
      const lo = rnd() * 50, hi = lo + rnd() * 80;
      for (const [axis, slab] of [['s', sSlab(f, lo, hi)], ['t', tSlab(f, lo - 20, hi - 20)]] as const) {
        const [a, b] = axis === 's' ? [lo, hi] : [lo - 20, hi - 20];
        const clipped = multiPolygonAreaM2(intersectPolygons([polygon], [slab]));
        const diff = Math.abs(clipped - slabAreaM2(rings, axis, a, b));
        expect(diff).toBeLessThan(slabAreaSlackM2(rings));
        worst = Math.max(worst, diff);
      }
    }
    // Grid rounding does move the clipped area: the comparison is not between two equal computations.
    expect(worst).toBeGreaterThan(0);
  });
});

describe('surelyKeepsInside', () => {
  const f = makeFrame([E0, N0], [Math.cos(1.1), Math.sin(1.1)]);
  it('says yes for a 20 × 50 m plot shrunk 3.5 m, not for one shrunk 9.6 m (10 m from the middle)', () => {
    const plot = localPolygon(f, [[0, 0], [20, 0], [20, 50], [0, 50]]);
    expect(surelyKeepsInside(plot, 3.5)).toBe(true);
    expect(surelyKeepsInside(plot, 9.6)).toBe(false);
  });
  it('says yes for an L shrunk 1 m (its middle clear of the inner corner\'s mitre), no for a plot with a hole', () => {
    expect(surelyKeepsInside(localPolygon(f, [[0, 0], [40, 0], [40, 40], [20, 40], [20, 20], [0, 20]]), 1)).toBe(true);
    const withHole = [localPolygon(f, [[0, 0], [40, 0], [40, 40], [0, 40]])[0], [...localPolygon(f, [[19, 19], [21, 19], [21, 21], [19, 21]])[0]].reverse()];
    expect(surelyKeepsInside(withHole, 1)).toBe(false);
  });
  it('never says yes where shrinking by clipping leaves nothing (500 seeded quadrilaterals)', () => {
    const rnd = seededRandom(9);
    let yes = 0, empty = 0;
    for (let k = 0; k < 500; k++) {
      const w = 2 + rnd() * 30, d = 2 + rnd() * 60;
      const plot = localPolygon(f, [[0, 0], [w, rnd() * 3], [w + rnd() * 4 - 2, d], [rnd() * 4 - 2, d + rnd() * 3]]);
      const shrink = 0.5 + rnd() * 8;
      const kept = offsetPolygons([plot], -shrink).length > 0;
      if (surelyKeepsInside(plot, shrink)) { yes++; expect(kept).toBe(true); }
      if (!kept) empty++;
    }
    expect(yes).toBeGreaterThan(100);
    expect(empty).toBeGreaterThan(50);
  });
});

describe('surelyKeepsInside on rings that are not convex', () => {
  const f = makeFrame([E0, N0], [Math.cos(0.7), Math.sin(0.7)]);
  it('says yes for a 20 × 50 m plot with a corner 1 mm inside its long edge, shrunk 4.5 m (the demo\'s plots)', () => {
    const plot = localPolygon(f, [[0, 0], [20, 0], [20, 50], [0, 50], [0.001, 25]]);
    expect(surelyKeepsInside(plot, 4.5)).toBe(true);
    expect(surelyKeepsInside(plot, 9.6)).toBe(false);
  });
  it('says no for an L with 12 m arms shrunk 5 m (the points it tries stand too near an edge)', () => {
    expect(surelyKeepsInside(localPolygon(f, [[0, 0], [30, 0], [30, 12], [12, 12], [12, 30], [0, 30]]), 5)).toBe(false);
  });
  it('never says yes where shrinking by clipping leaves nothing (1500 seeded star-shaped rings, jittered edges)', () => {
    const rnd = seededRandom(11);
    let yes = 0, empty = 0, notConvex = 0;
    for (let k = 0; k < 1500; k++) {
      // A ring around the origin at random radii (concave where a radius dips), some corners a few
      // millimetres off the line of their neighbours, on the millimetre grid.
      const n = 4 + Math.floor(rnd() * 9);
      const base = 8 + rnd() * 25, dip = rnd() < 0.5 ? rnd() * 0.9 : rnd() * 0.05;
      const local: [number, number][] = [];
      for (let i = 0; i < n; i++) {
        const a = (2 * Math.PI * (i + rnd() * 0.4)) / n, r = base * (1 - dip * rnd());
        local.push([r * Math.cos(a) * (1 + rnd()), r * Math.sin(a)]);
        if (rnd() < 0.3) {
          const b = (2 * Math.PI * (i + 0.7)) / n, jitter = (rnd() - 0.5) * 0.01;
          local.push([(r + jitter) * Math.cos(b) * (1 + rnd() * 0.01), (r + jitter) * Math.sin(b)]);
        }
      }
      const ring = localPolygon(f, local)[0].map((q) => asPlane([Math.round(q[0] * 1000) / 1000, Math.round(q[1] * 1000) / 1000]));
      const plot: PlanePolygon = [ring];
      const shrink = 0.5 + rnd() * base * 0.8;
      const kept = offsetPolygons([plot], -shrink).length > 0;
      if (surelyKeepsInside(plot, shrink)) {
        yes++;
        expect(kept).toBe(true);
        if (!isConvex(ring)) notConvex++;
      }
      if (!kept) empty++;
    }
    expect(yes).toBeGreaterThan(200);
    expect(notConvex).toBeGreaterThan(100);
    expect(empty).toBeGreaterThan(100);
  });
});

/** Whether every turn of the ring goes one way (collinear corners aside). */
function isConvex(ring: readonly (readonly number[])[]): boolean {
  let sign = 0;
  for (let i = 0; i + 2 < ring.length + 1; i++) {
    const a = ring[i], b = ring[(i + 1) % (ring.length - 1)], c = ring[(i + 2) % (ring.length - 1)];
    const turn = Math.sign((b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]));
    if (turn === 0) continue;
    if (sign === 0) sign = turn; else if (turn !== sign) return false;
  }
  return true;
}

describe('SegmentGrid.anyWithin', () => {
  it('agrees with testing every segment (2000 seeded queries, cells of 20 m)', () => {
    const rnd = seededRandom(3);
    const seg = (len: number): Segment => {
      const x = E0 + rnd() * 300, y = N0 + rnd() * 300, a = rnd() * 6.3, l = rnd() * len;
      return [x, y, x + l * Math.cos(a), y + l * Math.sin(a)];
    };
    const grid = new SegmentGrid(20);
    const all = Array.from({ length: 300 }, () => seg(rnd() < 0.1 ? 400 : 15));
    all.forEach((s) => grid.add(s, 0));
    let hits = 0;
    for (let k = 0; k < 2000; k++) {
      const q = seg(13);
      const d = rnd() < 0.5 ? 0.0005 : rnd() * 5;
      const brute = all.some((s) => segmentDistanceM(q, s) <= d);
      expect(grid.anyWithin(q, d)).toBe(brute);
      if (brute) hits++;
    }
    expect(hits).toBeGreaterThan(200);
  });
});
