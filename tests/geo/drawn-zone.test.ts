// A drawn zone measured in VN-2000 plane metres: the corners a planner clicks (WGS84 on the map) are
// converted by coordinates.ts and measured on the plane; the same corners converted by PROJ's cs2cs
// (an independent program) and measured with a shoelace written here give the same lengths and area.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { asPlane, planeProjection, type PlanePoint } from '../../src/geo/coordinates';
import { drawnZoneProblems, drawnZoneSite, measureDrawnZone, openCorners, setEdgeLength } from '../../src/geo/drawn-zone';
import { ringSignedAreaM2 } from '../../src/geo/plane-measure';

/** Corners near Đồng Dọc as a planner clicks them, [lng, lat]. */
const CLICKED: [number, number][] = [[106.3921, 20.8471], [106.3948, 20.8469], [106.3952, 20.8492], [106.3925, 20.8495]];

function cs2cs(points: readonly [number, number][]): [number, number][] {
  // EPSG:4326 reads latitude first; the output is easting, northing.
  const out = execFileSync('cs2cs', ['-f', '%.5f', 'EPSG:4326', 'EPSG:9209'], { input: points.map(([lng, lat]) => `${lat} ${lng}`).join('\n') + '\n', encoding: 'utf8' });
  return out.trim().split('\n').map((line) => line.trim().split(/\s+/).slice(0, 2).map(Number) as [number, number]);
}

describe('measureDrawnZone', () => {
  const projection = planeProjection('EPSG:9209');
  const corners = CLICKED.map((p) => projection.toPlane(p));
  const oracle = cs2cs(CLICKED);

  it('measures edges and area on the VN-2000 plane as PROJ converts the corners', () => {
    const measures = measureDrawnZone(corners, true);
    const lengths = oracle.map((p, i) => Math.hypot(oracle[(i + 1) % 4][0] - p[0], oracle[(i + 1) % 4][1] - p[1]));
    let twice = 0;
    for (let i = 0; i < 4; i++) twice += oracle[i][0] * oracle[(i + 1) % 4][1] - oracle[(i + 1) % 4][0] * oracle[i][1];
    expect(measures.edgeLengthsM).toHaveLength(4);
    measures.edgeLengthsM.forEach((length, i) => expect(Math.abs(length - lengths[i])).toBeLessThan(0.002));
    expect(Math.abs(measures.areaM2 - Math.abs(twice) / 2)).toBeLessThan(0.5);
    // Tens of thousands of m², not the 1e-6 of square degrees.
    expect(measures.areaM2).toBeGreaterThan(50_000);
  });

  it('measures an open line without a closing edge or area', () => {
    const measures = measureDrawnZone(corners.slice(0, 3), false);
    expect(measures.edgeLengthsM).toHaveLength(2);
    expect(measures.areaM2).toBe(0);
  });
});

describe('setEdgeLength', () => {
  const square = [asPlane([0, 0]), asPlane([100, 0]), asPlane([100, 100]), asPlane([0, 100])];

  it('moves the edge end along its bearing to the typed length', () => {
    const out = setEdgeLength(square, 0, 120.5)!;
    expect(out[1]).toEqual([120.5, 0]);
    expect(out[0]).toBe(square[0]);
    expect(square[1]).toEqual([100, 0]); // input untouched
  });

  it('moves corner 0 for the closing edge, and refuses a length of zero', () => {
    const out = setEdgeLength(square, 3, 50)!;
    expect(out[0][0]).toBeCloseTo(0);
    expect(out[0][1]).toBeCloseTo(50);
    expect(setEdgeLength(square, 0, 0)).toBeNull();
    expect(setEdgeLength(square, 9, 10)).toBeNull();
  });
});

describe('drawnZoneSite and its problems', () => {
  it('stores the zone counter-clockwise and closed, with no roles', () => {
    const clockwise: PlanePoint[] = [asPlane([0, 0]), asPlane([0, 100]), asPlane([100, 100]), asPlane([100, 0])];
    const site = drawnZoneSite(clockwise, 'EPSG:9209', 'Khu vẽ');
    expect(ringSignedAreaM2(site.zone[0])).toBeGreaterThan(0);
    expect(site.zone[0][0]).toEqual(site.zone[0][site.zone[0].length - 1]);
    expect(openCorners(site.zone[0])).toHaveLength(4);
    expect(site.accessRoads).toEqual([]);
    expect(site.residentialEdges).toEqual([]);
  });

  it('names crossing edges and too few corners', () => {
    const bowtie = [asPlane([0, 0]), asPlane([100, 100]), asPlane([100, 0]), asPlane([0, 100])];
    expect(drawnZoneProblems(bowtie).map((p) => p.kind)).toContain('self-intersection');
    expect(drawnZoneProblems(bowtie.slice(0, 2)).map((p) => p.kind)).toContain('too-few-corners');
    expect(drawnZoneProblems([asPlane([0, 0]), asPlane([100, 0]), asPlane([100, 100])])).toEqual([]);
  });
});
