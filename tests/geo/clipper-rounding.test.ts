/**
 * New crossing points land on the nearest 1 mm grid point (clipper-rounding.ts), not truncated toward
 * zero: the oracle is the crossing worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { asPlane } from '../../src/geo/coordinates';
import { intersectPolygons, subtractPolygons } from '../../src/geo/polygon-clip';
import type { PlanePolygon } from '../../src/geo/plane-measure';

const E0 = 600000;
const N0 = 2300000;
const ring = (points: [number, number][]): PlanePolygon => [[...points, points[0]].map((p) => asPlane([E0 + p[0], N0 + p[1]]))];
// The square 0–10 m, and a slanted cut from (4, 5) to (13, 5.010): it crosses x = 10 at
// y = 5 + 6 × 0.010 / 9 = 5.006667 m, which the 1 mm grid holds as 5.007 (truncation gave 5.006).
const square = ring([[0, 0], [10, 0], [10, 10], [0, 10]]);
const below = ring([[4, 5], [13, 5.01], [13, -1], [4, -1]]);
const CROSSING_N = N0 + 5 + (6 * 0.01) / 9;

const cornerOnEast = (out: PlanePolygon[]) =>
  out.flatMap((polygon) => polygon[0]).filter((p) => Math.abs(p[0] - (E0 + 10)) < 0.002 && Math.abs(p[1] - (N0 + 5)) < 0.1);

describe('crossing points on the 1 mm grid', () => {
  for (const [name, op] of [['intersection', intersectPolygons], ['difference', subtractPolygons]] as const) {
    it(`the ${name} puts the new corner on the grid point nearest the true crossing`, () => {
      const corners = cornerOnEast(op([square], [below]));
      expect(corners.length).toBeGreaterThan(0);
      for (const p of corners) {
        expect(Math.abs(p[0] - (E0 + 10))).toBeLessThan(1e-9);
        // Within half a grid step (a truncated crossing lies 0.67 mm off).
        expect(Math.abs(p[1] - CROSSING_N)).toBeLessThan(0.0005);
      }
    });
  }
});
