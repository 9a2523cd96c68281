/**
 * The committed demo data (public/geo/dong-doc-*.geojson) is what scripts/make-demo-data.ts makes, and it
 * holds what the app and the layout engine rely on: valid parcels that tile without overlaps or gaps, a
 * ~4.5 ha zone with a kept hole, an access road along one zone edge, all near Đồng Dọc.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEMO_FILES, formatFeatureCollection, makeDemoData } from '../scripts/make-demo-data';
import { asPlane, planeProjection, type PlanePoint } from '../src/geo/coordinates';
import { distanceM, multiPolygonAreaM2, polygonAreaM2, ringCorners, type PlanePolygon } from '../src/geo/plane-measure';
import { intersectPolygons, unitePolygons } from '../src/geo/polygon-clip';
import { findPolygonProblems } from '../src/geo/polygon-validity';

type Position = [number, number];
interface RawFeature {
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown };
}
interface RawCollection { type: string; name: string; source: string; crs: unknown; features: RawFeature[] }

const root = fileURLToPath(new URL('..', import.meta.url));
const text = (key: keyof typeof DEMO_FILES): string => readFileSync(root + DEMO_FILES[key], 'utf8');
const files = {
  parcels: JSON.parse(text('parcels')) as RawCollection,
  zone: JSON.parse(text('zone')) as RawCollection,
  context: JSON.parse(text('context')) as RawCollection,
};

const toPolygon = (rings: Position[][]): PlanePolygon => rings.map((ring) => ring.map(asPlane));
const parcels = files.parcels.features.map((f) => ({
  id: `${f.properties.sheetNo}/${f.properties.parcelNo}`,
  properties: f.properties,
  polygon: toPolygon(f.geometry.coordinates as Position[][]),
}));
const zoneFeature = files.zone.features.filter((f) => f.properties.role === 'zone');
const zone = toPolygon(zoneFeature[0].geometry.coordinates as Position[][]);
const roadFeature = files.zone.features.find((f) => f.properties.role === 'access-road')!;

type Box = [number, number, number, number];
const boxOf = (polygon: PlanePolygon): Box => {
  const pts = polygon[0];
  return [Math.min(...pts.map((p) => p[0])), Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[1]))];
};
const boxesMeet = (a: Box, b: Box): boolean => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

function pointToRingDistanceM(p: readonly [number, number], ring: readonly PlanePoint[]): number {
  let best = Infinity;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [a, b] = [ring[i], ring[i + 1]];
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy));
  }
  return best;
}

describe('demo data files', () => {
  it('declare VN-2000 EPSG:9209, a name and an illustrative source', () => {
    for (const collection of Object.values(files)) {
      expect(collection.type).toBe('FeatureCollection');
      expect(collection.crs).toEqual({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::9209' } });
      expect(collection.name.length).toBeGreaterThan(0);
      expect(collection.source).toMatch(/minh họa/);
      expect(collection.source).toMatch(/illustrative/i);
      expect(collection.source).toMatch(/scripts\/make-demo-data\.ts/);
    }
  });

  it('are exactly what the generator makes', () => {
    const data = makeDemoData();
    for (const key of ['parcels', 'zone', 'context'] as const) {
      expect(formatFeatureCollection(data[key])).toBe(text(key));
    }
  });

  it('keep coordinates to the millimetre', () => {
    const numbers = JSON.stringify(Object.values(files).map((c) => c.features.map((f) => f.geometry.coordinates)))
      .match(/-?\d+(\.\d+)?/g)!;
    expect(numbers.every((n) => !/\.\d{4,}/.test(n))).toBe(true);
  });
});

describe('demo parcels', () => {
  it('have the contract properties, unique sheet and parcel numbers, and public land belongs to the commune', () => {
    expect(parcels.length).toBeGreaterThanOrEqual(150);
    expect(parcels.length).toBeLessThanOrEqual(250);
    expect(new Set(parcels.map((p) => p.id)).size).toBe(parcels.length);
    expect(new Set(parcels.map((p) => p.properties.sheetNo)).size).toBeGreaterThanOrEqual(2);
    for (const { properties: p } of parcels) {
      expect(Number.isInteger(p.sheetNo) && Number.isInteger(p.parcelNo)).toBe(true);
      expect(typeof p.landUseCode).toBe('string');
      expect(typeof p.landUser).toBe('string');
      expect(p.registeredAreaM2 === null || typeof p.registeredAreaM2 === 'number').toBe(true);
      if (p.landUseCode === 'DGT' || p.landUseCode === 'DTL') expect(p.landUser).toBe('UBND xã Bình Lăng');
    }
    const holdings = new Map<unknown, number>();
    for (const { properties: p } of parcels) if (p.landUseCode !== 'DGT' && p.landUseCode !== 'DTL') holdings.set(p.landUser, (holdings.get(p.landUser) ?? 0) + 1);
    expect([...holdings].filter(([user, n]) => user !== 'UBND xã Bình Lăng' && n >= 2).length).toBeGreaterThanOrEqual(10);
  });

  it('are valid polygons', () => {
    for (const parcel of parcels) expect({ id: parcel.id, problems: findPolygonProblems(parcel.polygon) }).toEqual({ id: parcel.id, problems: [] });
  });

  it('do not overlap', () => {
    const boxes = parcels.map((p) => boxOf(p.polygon));
    let overlapM2 = 0;
    for (let i = 0; i < parcels.length; i++) {
      for (let j = i + 1; j < parcels.length; j++) {
        if (boxesMeet(boxes[i], boxes[j])) overlapM2 += multiPolygonAreaM2(intersectPolygons([parcels[i].polygon], [parcels[j].polygon]));
      }
    }
    expect(overlapM2).toBeLessThan(0.01);
  });

  it('leave no gaps between them', () => {
    const union = unitePolygons(parcels.map((p) => p.polygon));
    expect(union).toHaveLength(1);
    expect(union[0]).toHaveLength(1); // no holes
    const total = parcels.reduce((sum, p) => sum + polygonAreaM2(p.polygon), 0);
    expect(polygonAreaM2(union[0])).toBeCloseTo(total, 1);
  });
});

describe('demo zone', () => {
  it('is one polygon of 44,000–46,000 m² with 5–9 corners', () => {
    expect(zoneFeature).toHaveLength(1);
    expect(polygonAreaM2(zone)).toBeGreaterThan(44_000);
    expect(polygonAreaM2(zone)).toBeLessThan(46_000);
    expect(ringCorners(zone[0]).length).toBeGreaterThanOrEqual(5);
    expect(ringCorners(zone[0]).length).toBeLessThanOrEqual(9);
  });

  it('has one hole of 300–800 m² lying inside it', () => {
    expect(zone).toHaveLength(2);
    const hole: PlanePolygon = [zone[1]];
    const holeM2 = polygonAreaM2(hole);
    expect(holeM2).toBeGreaterThan(300);
    expect(holeM2).toBeLessThan(800);
    expect(multiPolygonAreaM2(intersectPolygons([hole], [[zone[0]]]))).toBeCloseTo(holeM2, 2);
  });

  it('opens onto the access road: its centre line runs within half its width + 1 m of the boundary for ≥ 30 m', () => {
    const widthM = roadFeature.properties.widthM as number;
    expect(widthM).toBeGreaterThanOrEqual(7);
    expect(widthM).toBeLessThanOrEqual(9);
    const line = (roadFeature.geometry.coordinates as Position[]).map(asPlane);
    let alongM = 0;
    for (let i = 0; i + 1 < line.length; i++) {
      const steps = Math.ceil(distanceM(line[i], line[i + 1]) / 0.5);
      const stepM = distanceM(line[i], line[i + 1]) / steps;
      for (let k = 0; k < steps; k++) {
        const t = (k + 0.5) / steps;
        const p: Position = [line[i][0] + t * (line[i + 1][0] - line[i][0]), line[i][1] + t * (line[i + 1][1] - line[i][1])];
        if (pointToRingDistanceM(p, zone[0]) <= widthM / 2 + 1) alongM += stepM;
      }
    }
    expect(alongM).toBeGreaterThanOrEqual(30);
  });

  it('contains at least 10 parcels wholly and cuts at least 10 partly', () => {
    let whole = 0;
    let partly = 0;
    for (const parcel of parcels) {
      const areaM2 = polygonAreaM2(parcel.polygon);
      const insideM2 = multiPolygonAreaM2(intersectPolygons([parcel.polygon], [zone]));
      if (insideM2 > areaM2 - 0.01) whole++;
      else if (insideM2 > 0.01) partly++;
    }
    expect(whole).toBeGreaterThanOrEqual(10);
    expect(partly).toBeGreaterThanOrEqual(10);
  });

  it('lies within 2 km of 20.848 N 106.393 E', () => {
    const projection = planeProjection('EPSG:9209');
    const corners = ringCorners(zone[0]);
    const centroid = asPlane([corners.reduce((s, p) => s + p[0], 0) / corners.length, corners.reduce((s, p) => s + p[1], 0) / corners.length]);
    expect(distanceM(centroid, projection.toPlane([106.393, 20.848]))).toBeLessThan(2000);
  });
});

describe('demo context', () => {
  it('has the road, a canal and the village', () => {
    const kinds = files.context.features.map((f) => f.properties.kind);
    expect(kinds).toEqual(expect.arrayContaining(['road', 'canal', 'village']));
    const village = files.context.features.find((f) => f.properties.kind === 'village')!;
    expect(village.properties.name).toBe('Thôn Thượng Hải');
    expect(files.context.features.find((f) => f.properties.kind === 'road')!.geometry.coordinates).toEqual(roadFeature.geometry.coordinates);
  });
});
