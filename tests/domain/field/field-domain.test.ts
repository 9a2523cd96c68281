// Field mode's pure rules, checked against values worked out by hand in this file (plane trigonometry on
// simple shapes), and the meridian convergence against PROJ (`cs2cs` run here when installed).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { asPlane, planeProjection, type PlanePoint } from '../../../src/geo/coordinates';
import type { PlanePolygon } from '../../../src/geo/plane-measure';
import {
  arrowAngleDeg, averageFixes, bearingDistance, checkBuilding, cornerOffset, gridConvergenceDeg, locatePosition, placeOfPoint,
} from '../../../src/domain/field';

const P = (e: number, n: number): PlanePoint => asPlane([e, n]);
const E0 = 592_700;
const N0 = 2_306_300;
/** A square of side `s` with its south-west corner at (e, n), counter-clockwise. */
const square = (e: number, n: number, s: number): PlanePolygon => [[P(e, n), P(e + s, n), P(e + s, n + s), P(e, n + s), P(e, n)]];

describe('placeOfPoint and locatePosition', () => {
  const a = square(E0, N0, 20);
  const b = square(E0 + 20, N0, 20); // shares the edge e = E0 + 20 with a
  const withHole: PlanePolygon = [square(E0, N0 + 40, 30)[0], square(E0 + 10, N0 + 50, 10)[0].slice().reverse()];
  const plots = [{ code: 'A-01', polygons: [a] }, { code: 'A-02', polygons: [b] }, { code: 'B-01', polygons: [withHole] }];
  const parcels = [{ id: '12/3', sheetNo: 12, parcelNo: 3, polygon: square(E0 - 5, N0 - 5, 30) }];

  it('names the plot a point is inside and its distance to the nearest edge', () => {
    const place = locatePosition(P(E0 + 5, N0 + 12), plots, parcels);
    expect(place.plotCode).toBe('A-01');
    expect(place.onBoundary).toBe(false);
    // Nearest edge: the west edge, 5 m away (north edge 8 m, east 15 m, south 12 m).
    expect(place.boundaryDistanceM).toBeCloseTo(5, 9);
    expect(place.parcelId).toBe('12/3');
  });

  it('moves to the next plot across the shared edge, and puts a point on it on the boundary', () => {
    expect(locatePosition(P(E0 + 25, N0 + 3), plots, parcels).plotCode).toBe('A-02');
    const on = locatePosition(P(E0 + 20, N0 + 10), plots, parcels);
    expect(on.plotCode).toBe('A-01');
    expect(on.onBoundary).toBe(true);
    expect(on.boundaryDistanceM).toBe(0);
  });

  it('says outside for a point in no plot, and in a hole', () => {
    const outside = locatePosition(P(E0 - 100, N0), plots, parcels);
    expect(outside).toMatchObject({ plotCode: null, onBoundary: false, boundaryDistanceM: null, parcelId: null, area: null });
    expect(placeOfPoint(P(E0 + 15, N0 + 55), withHole)).toBe('outside');
    const nearHole = locatePosition(P(E0 + 5, N0 + 55), plots, parcels);
    expect(nearHole.plotCode).toBe('B-01');
    expect(nearHole.boundaryDistanceM).toBeCloseTo(5, 9); // 5 m to the outer west edge and 5 m to the hole
  });
});

describe('locatePosition outside every plot', () => {
  const a = square(E0, N0, 20);
  const b = square(E0 + 20, N0, 20);
  const plots = [{ code: 'A-01', polygons: [a] }, { code: 'A-02', polygons: [b] }];
  // A 10 m road north of both plots, and a green strip west of A-01.
  const road = { kind: 'road' as const, polygons: [[[P(E0, N0 + 20), P(E0 + 40, N0 + 20), P(E0 + 40, N0 + 30), P(E0, N0 + 30), P(E0, N0 + 20)]]] };
  const green = { kind: 'green' as const, polygons: [square(E0 - 10, N0, 10)] };

  it('names the nearest plot with its distance and grid bearing, 100 m west of the zone', () => {
    // Nearest boundary point of A-01 from (E0 - 100, N0 + 10) is (E0, N0 + 10): 100 m due east.
    const place = locatePosition(P(E0 - 100, N0 + 10), plots, [], [road, green]);
    expect(place.area).toBeNull();
    expect(place.nearestPlot?.code).toBe('A-01');
    expect(place.nearestPlot?.distanceM).toBeCloseTo(100, 9);
    expect(place.nearestPlot?.gridBearingDeg).toBeCloseTo(90, 9);
  });

  it('south-east of A-02: its corner is the nearest point, a 3-4-5 triangle away', () => {
    // From (E0 + 43, N0 - 4) to the corner (E0 + 40, N0): 3 m west, 4 m north = 5 m at 360° − atan(3/4) ≈ 323.13°.
    const place = locatePosition(P(E0 + 43, N0 - 4), plots, [], []);
    expect(place.nearestPlot?.code).toBe('A-02');
    expect(place.nearestPlot?.distanceM).toBeCloseTo(5, 9);
    expect(place.nearestPlot?.gridBearingDeg).toBeCloseTo(360 - (Math.atan(3 / 4) * 180) / Math.PI, 9);
  });

  it('on a road or in the green of the zone: in no plot, but inside the zone', () => {
    const onRoad = locatePosition(P(E0 + 30, N0 + 26), plots, [], [road, green]);
    expect(onRoad.plotCode).toBeNull();
    expect(onRoad.area).toBe('road');
    expect(onRoad.nearestPlot?.code).toBe('A-02');
    expect(onRoad.nearestPlot?.distanceM).toBeCloseTo(6, 9);
    expect(onRoad.nearestPlot?.gridBearingDeg).toBeCloseTo(180, 9);
    expect(locatePosition(P(E0 - 4, N0 + 5), plots, [], [road, green]).area).toBe('green');
  });

  it('inside a plot: no area and no nearest plot', () => {
    const place = locatePosition(P(E0 + 5, N0 + 5), plots, [], [road, green]);
    expect(place.plotCode).toBe('A-01');
    expect(place.area).toBeNull();
    expect(place.nearestPlot).toBeNull();
  });
});

describe('bearingDistance (grid bearing, plane distance)', () => {
  it('gives the 3-4-5 triangle and the four quadrants', () => {
    const from = P(E0, N0);
    const r = bearingDistance(from, P(E0 + 3, N0 + 4));
    expect(r.distanceM).toBeCloseTo(5, 12);
    // tan(bearing) = east / north = 3/4 → 36.86989765°.
    expect(r.gridBearingDeg).toBeCloseTo((Math.atan(3 / 4) * 180) / Math.PI, 9);
    expect(r.gridBearingDeg).toBeCloseTo(36.869897646, 8);
    expect(bearingDistance(from, P(E0 + 1, N0 - 1)).gridBearingDeg).toBeCloseTo(135, 9);
    expect(bearingDistance(from, P(E0 - 1, N0 - 1)).gridBearingDeg).toBeCloseTo(225, 9);
    expect(bearingDistance(from, P(E0 - 2, N0)).gridBearingDeg).toBeCloseTo(270, 9);
    expect(bearingDistance(from, P(E0, N0 + 7)).gridBearingDeg).toBe(0);
  });

  it('turns the arrow by the device heading on the grid', () => {
    expect(arrowAngleDeg(90, null)).toBe(90);
    expect(arrowAngleDeg(90, 90)).toBe(0); // facing east, the target east is straight ahead
    expect(arrowAngleDeg(10, 350)).toBeCloseTo(20, 9);
    // With +0.3° convergence a true heading of 0.3° is grid north.
    expect(arrowAngleDeg(45, 0.3, 0.3)).toBeCloseTo(45, 9);
  });

  it('measures the meridian convergence at Đồng Dọc as PROJ does', () => {
    const projection = planeProjection('EPSG:9209');
    const gamma = gridConvergenceDeg((p) => projection.toPlane(p), [106.3931924, 20.8479845]);
    // Textbook first term: (λ − λ0)·sin φ.
    expect(gamma).toBeCloseTo((106.3931924 - 105.5) * Math.sin((20.8479845 * Math.PI) / 180), 2);
    let proj: string | null = null;
    try {
      proj = execFileSync('cs2cs', ['-f', '%.6f', 'EPSG:4326', 'EPSG:9209'], { input: '20.8479845 106.3931924\n20.8482623 106.3931924\n', encoding: 'utf8' });
    } catch { proj = null; }
    if (proj) {
      const [a, b] = proj.trim().split('\n').map((line) => line.split(/\s+/).map(Number)); // easting northing, as cs2cs prints this CRS
      const fromProj = -(Math.atan2(b[0] - a[0], b[1] - a[1]) * 180) / Math.PI;
      expect(gamma).toBeCloseTo(fromProj, 3);
    }
  });
});

describe('averageFixes', () => {
  it('averages four fixes on a 2 cm square around a point, spread = half the diagonal', () => {
    const c = P(E0 + 0.5, N0 + 0.5);
    const fixes = [[-0.01, -0.01], [0.01, -0.01], [0.01, 0.01], [-0.01, 0.01]].map(([de, dn], i) => ({ point: P(c[0] + de, c[1] + dn), accuracyM: 0.02, at: i }));
    const avg = averageFixes(fixes)!;
    expect(avg.fixes).toBe(4);
    expect(avg.point[0]).toBeCloseTo(c[0], 9);
    expect(avg.point[1]).toBeCloseTo(c[1], 9);
    expect(avg.spreadM).toBeCloseTo(Math.SQRT2 * 0.01, 9);
    expect(avg.maxDeviationM).toBeCloseTo(Math.SQRT2 * 0.01, 9);
    expect(avg.accuracyM).toBeCloseTo(0.02, 9);
    expect(averageFixes([])).toBeNull();
  });
});

describe('cornerOffset', () => {
  it('states centimetres at 5 cm accuracy or better, indicative otherwise', () => {
    const planned = P(E0, N0);
    const precise = cornerOffset(P(E0 + 0.03, N0 + 0.04), planned, 0.05);
    expect(precise.distanceCm).toBe(5);
    expect(precise.indicative).toBe(false);
    expect(cornerOffset(P(E0 + 0.03, N0 + 0.04), planned, 0.051).indicative).toBe(true);
    expect(cornerOffset(P(E0 + 3, N0), planned, null).indicative).toBe(true);
  });
});

describe('checkBuilding', () => {
  const envelope = square(E0, N0, 20);
  it('says a building inside the envelope is within it', () => {
    const r = checkBuilding([P(E0 + 2, N0 + 2), P(E0 + 18, N0 + 2), P(E0 + 18, N0 + 18), P(E0 + 2, N0 + 18)], [envelope]);
    expect(r.withinEnvelope).toBe(true);
    expect(r.outsideAreaM2).toBe(0);
  });
  it('measures corners and area outside: a 10 × 10 m building 1.5 m past the east side', () => {
    const r = checkBuilding([P(E0 + 11.5, N0 + 5), P(E0 + 21.5, N0 + 5), P(E0 + 21.5, N0 + 15), P(E0 + 11.5, N0 + 15)], [envelope]);
    expect(r.withinEnvelope).toBe(false);
    expect(r.corners.map((c) => c.outsideM)).toEqual([0, 1.5, 1.5, 0].map((v) => expect.closeTo(v, 6)));
    expect(r.maxOutsideM).toBeCloseTo(1.5, 6);
    expect(r.outsideAreaM2).toBeCloseTo(15, 1); // 1.5 m × 10 m
  });
});
