import { describe, expect, it } from 'vitest';
import { asPlane } from '../../../src/geo/coordinates';
import type { PlanePolygon } from '../../../src/geo/plane-measure';
import { assignCodes, naturalCodes, rowLetter } from '../../../src/geo/layout/plot-codes';
import { makeFrame, toPlane } from '../../../src/geo/layout/frame';
import { onPhaseGrid, phaseShift, previousCutLines } from '../../../src/geo/layout/previous-cuts';

const E0 = 592700, N0 = 2306300;
const rect = (x: number, y: number, w: number, h: number): PlanePolygon => [
  [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]].map(([a, b]) => asPlane([E0 + a, N0 + b])),
];

describe('plot codes', () => {
  it('letters rows A…Z then AA, and numbers along each row', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(rowLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
    expect(naturalCodes([0, 0, 0, 3, 3, 5])).toEqual(['A-01', 'A-02', 'A-03', 'B-01', 'B-02', 'C-01']);
  });

  it('keeps codes of unmoved plots and of plots moved a little, and never reuses an old code', () => {
    const previous = { plots: [
      { code: 'A-01', polygon: rect(0, 0, 20, 45) },
      { code: 'A-02', polygon: rect(20, 0, 20, 45) },
      { code: 'A-03', polygon: rect(40, 0, 20, 45) },
    ] };
    const now = [
      rect(0, 0, 20, 45), // unmoved
      rect(20.5, 0, 19.5, 45), // moved a little: 97.5 % overlap
      rect(60, 0, 20, 45), // new (A-03 is gone: its code must not come back)
      rect(80, 0, 20, 45), // new
    ];
    expect(assignCodes(now, ['A-01', 'A-02', 'A-03', 'A-04'], previous)).toEqual(['A-01', 'A-02', 'A-04', 'A-05']);
  });

  it('gives a plot that overlaps an old one by less than 90 % a new code', () => {
    const previous = { plots: [{ code: 'B-01', polygon: rect(0, 0, 20, 45) }] };
    expect(assignCodes([rect(5, 0, 20, 45)], ['B-01'], previous)).toEqual(['B-02']);
  });
});

describe('cut phase on a re-run (previous-cuts.ts)', () => {
  // Cut lines as read from plots: a line between two plots is listed once per plot edge on it.
  const between = (...xs: number[]) => xs.flatMap((x) => [x, x]);
  // A side starting at 21.21 m, cut every 20 m; the previous layout's cuts were every 20 m from 20.99.
  it('takes the phase of the first regular previous cut', () => {
    expect(phaseShift(21.21, 1, 20, [20.99, ...between(40.99, 60.99, 80.99)])).toBeCloseTo(-0.22, 9);
    expect(phaseShift(-21.21, -1, 20, [-20.99, ...between(-40.99, -60.99)])).toBeCloseTo(-0.22, 9);
    // Shrunk block: the cuts move outward to meet the old ones.
    expect(phaseShift(20.77, 1, 20, [20.99, ...between(40.99), 63.4])).toBeCloseTo(0.22, 9);
  });
  it('keeps today\'s phase on an unchanged re-run, and moves for no odd line', () => {
    expect(phaseShift(21.21, 1, 20, [21.21, ...between(41.21, 61.212), 83.5])).toBe(0);
    expect(phaseShift(21.21, 1, 20, [21.21, 45.21])).toBe(0); // a plot grown 4 m into green: its outer edge
    expect(phaseShift(21.21, 1, 20, [21.21, ...between(44.9), 68.59])).toBe(0); // two end plots halved: no line a pitch away
    expect(phaseShift(21.21, 1, 20, [...between(49, 69)])).toBe(0); // 7.8 m off: more than a quarter frontage
    expect(phaseShift(21.21, 1, 20, [...between(-40, -60)])).toBe(0); // the other side
  });
  it('reads cut lines as plot edges square to the road across the row', () => {
    const f = makeFrame([E0, N0], [1, 0]);
    const plot = (s0: number, s1: number): PlanePolygon => [[[s0, 10], [s1, 10], [s1, 55], [s0, 55], [s0, 10]].map(([s, t]) => toPlane(f, s, t))];
    const lines = previousCutLines(f, [plot(20.99, 40.99), plot(40.99, 60.99)], 10, 55).sort((a, b) => a - b);
    expect(lines.map((x) => Math.round(x * 1000) / 1000)).toEqual([20.99, 40.99, 40.99, 60.99]);
    expect(previousCutLines(f, [plot(20.99, 40.99)], 60, 105)).toEqual([]); // another row's band
    expect(onPhaseGrid(21.2149)).toBeCloseTo(21.21, 9);
  });
});
