import { describe, expect, it } from 'vitest';
import { asPlane } from '../../src/geo/coordinates';
import { bufferPolyline, intersectPolygons, offsetPolygons, subtractPolygons, unitePolygons } from '../../src/geo/polygon-clip';
import { multiPolygonAreaM2, type PlanePolygon } from '../../src/geo/plane-measure';

const E0 = 592700;
const N0 = 2306300;
const rect = (e: number, n: number, w: number, h: number): PlanePolygon => [
  [[e, n], [e + w, n], [e + w, n + h], [e, n + h], [e, n]].map((p) => asPlane([E0 + p[0], N0 + p[1]])),
];

describe('polygon clipping in plane metres', () => {
  it('intersects two overlapping rectangles', () => {
    const out = intersectPolygons([rect(0, 0, 50, 40)], [rect(30, 10, 50, 50)]);
    expect(multiPolygonAreaM2(out)).toBeCloseTo(20 * 30, 6);
  });

  it('subtracting an inner rectangle leaves a polygon with a hole', () => {
    const out = subtractPolygons([rect(0, 0, 50, 40)], [rect(10, 10, 10, 10)]);
    expect(out).toHaveLength(1);
    expect(out[0]).toHaveLength(2);
    expect(multiPolygonAreaM2(out)).toBeCloseTo(1900, 6);
  });

  it('keeps a hole open whichever way its ring is wound (user files wind rings every which way)', () => {
    const outer = rect(0, 0, 50, 40)[0];
    const holeSameWinding = rect(10, 10, 10, 10)[0];
    const out = intersectPolygons([[outer, holeSameWinding]], [rect(-5, -5, 100, 100)]);
    expect(multiPolygonAreaM2(out)).toBeCloseTo(1900, 6);
    const reversedOuter = [[...outer].reverse(), [...holeSameWinding].reverse()];
    expect(multiPolygonAreaM2(intersectPolygons([reversedOuter], [rect(-5, -5, 100, 100)]))).toBeCloseTo(1900, 6);
  });

  it('unites touching rectangles into one', () => {
    const out = unitePolygons([rect(0, 0, 10, 10)], [rect(10, 0, 10, 10)]);
    expect(out).toHaveLength(1);
    expect(multiPolygonAreaM2(out)).toBeCloseTo(200, 6);
  });

  it('offsets inward by a setback', () => {
    const out = offsetPolygons([rect(0, 0, 50, 40)], -3);
    expect(multiPolygonAreaM2(out)).toBeCloseTo(44 * 34, 3);
  });

  it('buffers a road centre line to its right of way', () => {
    const out = bufferPolyline([[E0, N0], [E0 + 100, N0]], 13);
    expect(multiPolygonAreaM2(out)).toBeCloseTo(1300, 3);
  });
});
