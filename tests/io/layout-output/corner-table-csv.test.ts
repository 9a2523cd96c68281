import { describe, expect, it } from 'vitest';
import { asPlane } from '../../../src/geo/coordinates';
import type { PlanePolygon } from '../../../src/geo/plane-measure';
import { cornersClockwiseFromNorthWest, plotCornerRows, writeCornerTableCsv } from '../../../src/io/layout-output/corner-table.csv';
import { expectGolden } from './golden';
import { ring, SAMPLE_LAYOUT } from './sample-layout';

describe('writeCornerTableCsv', () => {
  const text = writeCornerTableCsv(SAMPLE_LAYOUT);

  it('matches the golden file tests/fixtures/cli/sample-layout.csv byte for byte', () => {
    expectGolden('sample-layout.csv', text);
  });

  it('writes a header and one row per corner of every plot, X = northing, Y = easting', () => {
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('plot_code,point_no,x,y,edge_length_m');
    expect(lines.slice(1, 5)).toEqual([
      'A-01,1,2306340.000,592700.000,20.00',
      'A-01,2,2306340.000,592720.000,40.00',
      'A-01,3,2306300.000,592720.000,20.00',
      'A-01,4,2306300.000,592700.000,40.00',
    ]);
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(1 + 4 + 5 + 1);
  });

  it('starts a clockwise pentagon at its north-western corner, whatever the ring\'s own start and turn', () => {
    const rows = plotCornerRows(SAMPLE_LAYOUT).filter((r) => r.plotCode === 'A-02');
    expect(rows.map((r) => [r.pointNo, r.x - 2306300, r.y - 592700])).toEqual([
      [1, 40, 20], [2, 42.5, 32.5], [3, 40, 40.25], [4, 0, 40.25], [5, 0, 20],
    ]);
    expect(rows[0].edgeLengthM).toBeCloseTo(Math.hypot(12.5, 2.5), 9);
  });

  it('numbers the same plot the same way from either orientation and any start', () => {
    const points = [[0, 0], [30, 5], [28, 35], [3, 33]] as [number, number][];
    const ccw = ring(...points);
    const cw = ring(...[...points].reverse());
    const rotated = ring(...points.slice(2), ...points.slice(0, 2));
    const expected = cornersClockwiseFromNorthWest(ccw);
    expect(cornersClockwiseFromNorthWest(cw)).toEqual(expected);
    expect(cornersClockwiseFromNorthWest(rotated)).toEqual(expected);
    // North-west: nearest to the bounding box's (min easting, max northing) corner.
    expect(expected[0]).toEqual(asPlane([592703, 2306333]));
  });

  it('quotes codes that need it and skips other kinds', () => {
    const polygon = SAMPLE_LAYOUT.features[0].geometry.coordinates as PlanePolygon;
    const table = writeCornerTableCsv({
      ...SAMPLE_LAYOUT,
      features: [
        { properties: { kind: 'plot', code: 'B,1' }, geometry: { type: 'Polygon', coordinates: polygon } },
        { properties: { kind: 'green' }, geometry: { type: 'Polygon', coordinates: polygon } },
      ],
    });
    expect(table.split('\r\n').slice(1, -1).every((line) => line.startsWith('"B,1",'))).toBe(true);
    expect(table.split('\r\n')).toHaveLength(6);
  });
});
