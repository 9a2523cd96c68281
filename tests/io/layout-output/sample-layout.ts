/**
 * A small hand-made layout near Đồng Dọc in VN-2000 EPSG:9209 (easting, northing), for the writer
 * tests: two plots (one counter-clockwise rectangle, one clockwise pentagon), an envelope, a road, a
 * green strip with a hole, a facility whose name needs escaping in every format, and a centre line.
 */
import { asPlane, type PlanePoint } from '../../../src/geo/coordinates';
import type { PlaneFeature } from '../../../src/geo/plane-feature';
import type { LayoutDocument } from '../../../src/io/layout-output/layout-document';

const E0 = 592700;
const N0 = 2306300;
/** A closed ring from [east, north] offsets in metres from (E0, N0). */
export const ring = (...offsets: [number, number][]): PlanePoint[] => {
  const points = offsets.map(([e, n]) => asPlane([E0 + e, N0 + n]));
  return [...points, points[0]];
};

export const SAMPLE_FEATURES: PlaneFeature[] = [
  {
    properties: { kind: 'plot', code: 'A-01', areaM2: 800, frontageM: 20, depthM: 40 },
    geometry: { type: 'Polygon', coordinates: [ring([0, 0], [20, 0], [20, 40], [0, 40])] },
  },
  {
    // Clockwise on purpose; the corner table must still start north-west and run clockwise.
    properties: { kind: 'plot', code: 'A-02', areaM2: 812.5, frontageM: 20.25, depthM: 40 },
    geometry: { type: 'Polygon', coordinates: [ring([20, 0], [20, 40], [32.5, 42.5], [40.25, 40], [40.25, 0])] },
  },
  {
    properties: { kind: 'buildable', plotCode: 'A-01', areaM2: 336 },
    geometry: { type: 'Polygon', coordinates: [ring([4.5, 3], [15.5, 3], [15.5, 37], [4.5, 37])] },
  },
  {
    properties: { kind: 'road', role: 'main', widthM: 13, areaM2: 526.5 },
    geometry: { type: 'Polygon', coordinates: [ring([0, -13], [40.5, -13], [40.5, 0], [0, 0])] },
  },
  {
    properties: { kind: 'green', role: 'kept', areaM2: 1116 },
    geometry: {
      type: 'Polygon',
      coordinates: [
        ring([-40, 0], [-10, 0], [-10, 40], [-40, 40]),
        ring([-30, 10], [-30, 30], [-20, 30], [-20, 10]),
      ],
    },
  },
  {
    properties: { kind: 'facility', use: 'Xử lý nước thải & "bể" <A>', areaM2: 300 },
    geometry: { type: 'Polygon', coordinates: [ring([-40, -13], [-10, -13], [-10, -3], [-40, -3])] },
  },
  {
    properties: { kind: 'road-centreline', role: 'main', widthM: 13, lengthM: 80.5 },
    geometry: { type: 'LineString', coordinates: ring([-40, -6.5], [40.5, -6.5]).slice(0, 2) },
  },
];

export const SAMPLE_LAYOUT: LayoutDocument = {
  crs: 'EPSG:9209',
  parameters: { mainRoadWidthM: 13, facilities: [{ use: 'wastewater', areaM2: 300 }] },
  landUse: { zoneAreaM2: 4862.5, rows: [{ category: 'plots', areaM2: 1612.5, sharePercent: 33.16 }], checks: [] },
  warnings: [{ code: 'perimeter-green-below-2-5-2', params: { widthM: 0, requiredM: 10 } }],
  features: SAMPLE_FEATURES,
};
