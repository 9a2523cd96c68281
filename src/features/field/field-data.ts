/**
 * What field mode derives from the approved layout and the cadastral layer, once per layout: the plots
 * and parcels for "where am I", each plot's corners numbered as on the plot sheet, the buildable
 * envelopes, and the WGS84 copies the map draws (plots with their code labels). Plane metres stay the truth.
 */
import type { Feature, FeatureCollection, Position } from 'geojson';
import { planeProjection, type PlanePoint, type PlaneProjection } from '../../geo/coordinates';
import type { PlaneGeometry } from '../../geo/plane-feature';
import { planeGeometryToWgs84 } from '../../geo/plane-geometry-wgs84';
import type { PlanePolygon } from '../../geo/plane-measure';
import type { LayoutResult } from '../../geo/layout';
import { plotCornersInSheetOrder, type FieldArea, type FieldParcel, type FieldPlot } from '../../domain/field';
import type { ParcelLayer } from '../../domain/parcel';
import { polygonLabelPoint } from '../../io/layout-output/label-point';

export interface FieldData {
  readonly crs: string;
  readonly projection: PlaneProjection;
  readonly plots: readonly FieldPlot[];
  readonly parcels: readonly FieldParcel[];
  /** The layout's roads, green and facility lots: with the plots they cover the zone. */
  readonly areas: readonly FieldArea[];
  /** Corners numbered as on the plot sheet (every ring in turn, each clockwise from its north-west one), by plot code. */
  readonly corners: ReadonlyMap<string, readonly PlanePoint[]>;
  /** Buildable envelopes by plot code (none: the plot cannot be built on). */
  readonly envelopes: ReadonlyMap<string, readonly PlanePolygon[]>;
  /** Plot codes in the layout's order, for the stake-out picker. */
  readonly codes: readonly string[];
  /** The layout in WGS84 for the map (features and plot label points in one collection). */
  readonly mapLayout: FeatureCollection;
  /** Centre of the plan in plane metres, to tell a typing mistake (50 km off) from a real position. */
  readonly centre: PlanePoint;
}

const polygonsOf = (geometry: PlaneGeometry): PlanePolygon[] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? [...geometry.coordinates] : [];

const largest = (polygons: readonly PlanePolygon[]): PlanePolygon | undefined =>
  [...polygons].sort((a, b) => b[0].length - a[0].length)[0];

export function fieldData(layout: LayoutResult, layer: ParcelLayer): FieldData {
  const projection = planeProjection(layout.crs);
  const toLngLat = (p: readonly [number, number]): Position => { const [lng, lat] = projection.toLngLat(p); return [lng, lat]; };
  const plots: FieldPlot[] = [];
  const corners = new Map<string, PlanePoint[]>();
  const envelopes = new Map<string, PlanePolygon[]>();
  const areas: FieldArea[] = [];
  const features: Feature[] = [];
  let sumE = 0;
  let sumN = 0;
  layout.features.forEach((feature, index) => {
    const p = feature.properties;
    const polygons = polygonsOf(feature.geometry);
    const geometry = planeGeometryToWgs84(feature.geometry, toLngLat);
    if (p.kind === 'plot') {
      plots.push({ code: p.code, polygons });
      corners.set(p.code, plotCornersInSheetOrder(polygons));
      const main = largest(polygons);
      if (main) {
        const label = polygonLabelPoint(main);
        sumE += label[0];
        sumN += label[1];
        features.push({ type: 'Feature', id: `${index}-label`, properties: { kind: 'plot-label', id: p.code, code: p.code, areaM2: p.areaM2 }, geometry: { type: 'Point', coordinates: toLngLat(label) } });
      }
      features.push({ type: 'Feature', id: index, properties: { ...p, id: p.code }, geometry });
    } else {
      if (p.kind === 'road' || p.kind === 'green' || p.kind === 'facility') areas.push({ kind: p.kind, polygons });
      if (p.kind === 'buildable') envelopes.set(p.plotCode, [...(envelopes.get(p.plotCode) ?? []), ...polygons]);
      features.push({ type: 'Feature', id: index, properties: { ...p, id: `${p.kind}-${index}` }, geometry });
    }
  });
  const parcels: FieldParcel[] = layer.parcels.map((parcel) => ({ id: parcel.id, sheetNo: parcel.sheetNo, parcelNo: parcel.parcelNo, polygon: parcel.polygon }));
  const count = Math.max(1, plots.length);
  return {
    crs: layout.crs, projection, plots, parcels, areas, corners, envelopes, codes: plots.map((plot) => plot.code),
    mapLayout: { type: 'FeatureCollection', features },
    centre: [sumE / count, sumN / count] as unknown as PlanePoint,
  };
}

/** The dot and a 64-sided accuracy circle drawn in plane metres (never a radius in degrees). */
export function positionMapData(point: PlanePoint, accuracyM: number | null, poor: boolean, projection: PlaneProjection): FeatureCollection {
  const toLngLat = (p: readonly [number, number]): Position => { const [lng, lat] = projection.toLngLat(p); return [lng, lat]; };
  const features: Feature[] = [{ type: 'Feature', properties: { kind: 'dot', poor }, geometry: { type: 'Point', coordinates: toLngLat(point) } }];
  if (accuracyM !== null && accuracyM > 0) {
    const ring: Position[] = [];
    for (let i = 0; i <= 64; i++) {
      const a = (i / 64) * 2 * Math.PI;
      ring.push(toLngLat([point[0] + accuracyM * Math.sin(a), point[1] + accuracyM * Math.cos(a)]));
    }
    features.unshift({ type: 'Feature', properties: { kind: 'accuracy', poor }, geometry: { type: 'Polygon', coordinates: [ring] } });
  }
  return { type: 'FeatureCollection', features };
}

/** The chosen plot's corners as numbered points (the current one marked). */
export function cornersMapData(corners: readonly PlanePoint[], current: number, projection: PlaneProjection): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: corners.map((corner, i) => {
      const [lng, lat] = projection.toLngLat(corner);
      return { type: 'Feature', properties: { number: i + 1, current: i === current }, geometry: { type: 'Point', coordinates: [lng, lat] } };
    }),
  };
}

export function targetLineData(from: PlanePoint, to: PlanePoint, projection: PlaneProjection): FeatureCollection {
  const a = projection.toLngLat(from);
  const b = projection.toLngLat(to);
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[a[0], a[1]], [b[0], b[1]]] } }] };
}

export const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Recorded checks for the map: a point where measured, a workshop's outline from its corners. */
export function checksMapData(
  checks: readonly { kind: string; position: { easting: number; northing: number } | null; buildingCorners?: { easting: number; northing: number }[] }[],
  projection: PlaneProjection,
): FeatureCollection {
  const at = (p: { easting: number; northing: number }): Position => { const [lng, lat] = projection.toLngLat([p.easting, p.northing]); return [lng, lat]; };
  const features: Feature[] = [];
  for (const check of checks) {
    const corners = check.buildingCorners ?? [];
    if (check.kind === 'building' && corners.length >= 3) {
      features.push({ type: 'Feature', properties: { kind: check.kind }, geometry: { type: 'Polygon', coordinates: [[...corners.map(at), at(corners[0])]] } });
    } else if (check.position) {
      features.push({ type: 'Feature', properties: { kind: check.kind }, geometry: { type: 'Point', coordinates: at(check.position) } });
    }
  }
  return { type: 'FeatureCollection', features };
}
