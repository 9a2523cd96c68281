// A plot with two parts, one of them with a hole: field mode's stake-out corners must be every ring's
// corners numbered as the CSV corner table numbers them (the table's writer is the oracle here), and
// the values below are worked out by hand from the squares.
import { describe, expect, it } from 'vitest';
import { asPlane, type PlanePoint } from '../../../src/geo/coordinates';
import type { PlanePolygon } from '../../../src/geo/plane-measure';
import type { LayoutResult } from '../../../src/geo/layout';
import type { ParcelLayer } from '../../../src/domain/parcel';
import { plotCornersInSheetOrder } from '../../../src/domain/field';
import { plotCornerRows } from '../../../src/io/layout-output/corner-table.csv';
import { fieldData } from '../../../src/features/field/field-data';

const P = (e: number, n: number): PlanePoint => asPlane([e, n]);
const E0 = 592_700;
const N0 = 2_306_300;
/** A square ring of side `s`, south-west corner at (e, n), counter-clockwise, closed. */
const ring = (e: number, n: number, s: number): PlanePoint[] => [P(e, n), P(e + s, n), P(e + s, n + s), P(e, n + s), P(e, n)];

// Part 1: a 30 m square with a 10 m hole; part 2: a 10 m square 50 m to the east (smaller, listed second).
const part1: PlanePolygon = [ring(E0, N0, 30), ring(E0 + 10, N0 + 10, 10).reverse()];
const part2: PlanePolygon = [ring(E0 + 50, N0, 10)];
const polygons = [part1, part2];

const layout = {
  ok: true, crs: 'EPSG:9209', parameters: {}, landUse: {}, warnings: [],
  features: [
    { type: 'Feature', properties: { kind: 'plot', code: 'C-01', areaM2: 900 }, geometry: { type: 'Polygon', coordinates: [ring(E0 - 40, N0, 20)] } },
    { type: 'Feature', properties: { kind: 'plot', code: 'C-02', areaM2: 900 }, geometry: { type: 'MultiPolygon', coordinates: polygons } },
  ],
} as unknown as LayoutResult;

describe('plotCornersInSheetOrder', () => {
  it('steps through every ring: outer, hole, next part, each clockwise from its north-west corner', () => {
    const corners = plotCornersInSheetOrder(polygons).map((p) => [p[0] - E0, p[1] - N0]);
    expect(corners).toEqual([
      [0, 30], [30, 30], [30, 0], [0, 0], // outer ring of part 1
      [10, 20], [20, 20], [20, 10], [10, 10], // its hole
      [50, 10], [60, 10], [60, 0], [50, 0], // part 2
    ]);
  });

  it('numbers each corner as the CSV corner table does, so "mốc 7" is the same marker', () => {
    const rows = plotCornerRows(layout).filter((r) => r.plotCode === 'C-02');
    const corners = plotCornersInSheetOrder(polygons);
    expect(rows).toHaveLength(corners.length);
    rows.forEach((row) => {
      const corner = corners[row.pointNo - 1];
      expect([corner[1], corner[0]]).toEqual([row.x, row.y]);
    });
  });

  it('is what field mode stakes out for a plot with several parts', () => {
    const data = fieldData(layout, { parcels: [] } as unknown as ParcelLayer);
    const rows = plotCornerRows(layout).filter((r) => r.plotCode === 'C-02');
    expect(data.corners.get('C-02')?.map((p) => [p[1], p[0]])).toEqual(rows.map((r) => [r.x, r.y]));
    expect(data.corners.get('C-01')).toHaveLength(4);
  });
});
