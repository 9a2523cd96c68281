import { describe, expect, it } from 'vitest';
import { asPlane } from '../../../src/geo/coordinates';
import type { PlanePolygon } from '../../../src/geo/plane-measure';
import { assignCodes, naturalCodes, rowLetter } from '../../../src/geo/layout/plot-codes';

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
