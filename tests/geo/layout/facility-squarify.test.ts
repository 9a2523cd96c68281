/**
 * The gate block's small lots cut as a squarified treemap (facility-squarify.ts): each at its exact
 * area, together tiling the piece, none a sliver, the first in the corner the cuts start from. Judged
 * in local metres on a frame skewed to the plane, and the tiling by area sums, not by the cutter.
 */
import { describe, expect, it } from 'vitest';
import { multiPolygonAreaM2, type PlanePolygon } from '../../../src/geo/plane-measure';
import { localExtent, localRect, makeFrame } from '../../../src/geo/layout/frame';
import { squarifiedLots } from '../../../src/geo/layout/facility-squarify';
import { unitePolygons } from '../../../src/geo/layout/clip';

const f = makeFrame([592700, 2306300], [3, 1]);
const aspectOf = (polygons: PlanePolygon[]) => {
  const [s0, s1, t0, t1] = localExtent(f, polygons);
  return Math.max(s1 - s0, t1 - t0) / Math.min(s1 - s0, t1 - t0);
};

describe('squarifiedLots', () => {
  // What is left of a 14.7 m gate block across a 45 m row once parking took 28.6 m of it.
  const piece: PlanePolygon[] = [localRect(f, 6.5, 21.2, 28.6, 45)];
  const requests = [{ use: 'waste-collection', areaM2: 100 }, { use: 'power-substation', areaM2: 70 }, { use: 'water-supply', areaM2: 71.08 }];

  it('cuts each lot at its area, the lots tiling the piece', () => {
    const lots = squarifiedLots(f, piece, requests, { sHigh: false, tHigh: false });
    expect(lots.map((l) => l.use)).toEqual(requests.map((r) => r.use));
    lots.forEach((lot, i) => expect(multiPolygonAreaM2(lot.polygons)).toBeCloseTo(requests[i].areaM2, 1));
    expect(multiPolygonAreaM2(unitePolygons(lots.flatMap((l) => l.polygons)))).toBeCloseTo(multiPolygonAreaM2(piece), 1);
  });

  it('keeps every lot under 2.5 times as long as wide where one after another they were 3 to 4.8', () => {
    const lots = squarifiedLots(f, piece, requests, { sHigh: false, tHigh: false });
    for (const lot of lots) expect(aspectOf(lot.polygons)).toBeLessThan(2.5);
    // Sliced across the 14.7 m block, the 70 m² lots were 14.7 × 4.8 m.
    expect(14.7 / (70 / 14.7)).toBeGreaterThan(3);
  });

  it('puts the first lot in the corner the cuts start from (beside the main road at s = 6.5)', () => {
    const [first] = squarifiedLots(f, piece, requests, { sHigh: false, tHigh: false });
    const [s0, , t0] = localExtent(f, first.polygons);
    expect(s0).toBeCloseTo(6.5, 2);
    expect(t0).toBeCloseTo(28.6, 2);
    const [mirrored] = squarifiedLots(f, piece, requests, { sHigh: true, tHigh: true });
    const [, s1, , t1] = localExtent(f, mirrored.polygons);
    expect(s1).toBeCloseTo(21.2, 2);
    expect(t1).toBeCloseTo(45, 2);
  });

  it('cuts lots of very different sizes in bands along the piece\'s shorter side', () => {
    const deep: PlanePolygon[] = [localRect(f, 0, 8, 0, 60)];
    const lots = squarifiedLots(f, deep, [{ use: 'a', areaM2: 200 }, { use: 'b', areaM2: 40 }, { use: 'c', areaM2: 40 }, { use: 'd', areaM2: 200 }], { sHigh: false, tHigh: false });
    lots.forEach((lot, i) => expect(multiPolygonAreaM2(lot.polygons)).toBeCloseTo([200, 40, 40, 200][i], 1));
    for (const lot of lots) expect(aspectOf(lot.polygons)).toBeLessThan(3.2);
  });

  it('tiles ten lots (past the groupings it tries, the greedy bands) at their areas', () => {
    const big: PlanePolygon[] = [localRect(f, 0, 30, 0, 40)];
    const areas = [300, 200, 150, 120, 100, 100, 90, 80, 40, 20];
    const lots = squarifiedLots(f, big, areas.map((a, i) => ({ use: `lot ${i}`, areaM2: a })), { sHigh: false, tHigh: false });
    lots.forEach((lot, i) => expect(multiPolygonAreaM2(lot.polygons)).toBeCloseTo(areas[i], 1));
  });

  it('gives one lot the whole piece', () => {
    const [only] = squarifiedLots(f, piece, [{ use: 'water-supply', areaM2: 241.08 }], { sHigh: false, tHigh: false });
    expect(multiPolygonAreaM2(only.polygons)).toBeCloseTo(multiPolygonAreaM2(piece), 3);
  });
});
