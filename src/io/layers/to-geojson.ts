/**
 * Our layers back to GeoJSON: WGS84 for the map (MapLibre draws degrees), or plane metres with the
 * legacy `crs` member for files that QGIS and our own readers open again.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { parseCrs, planeProjection, type CrsId, type PlanePoint } from '../../geo/coordinates';
import type { PlaneGeometry } from '../../geo/plane-feature';
import { polygonAreaM2, roundAreaM2, type PlanePolygon } from '../../geo/plane-measure';
import type { ParcelLayer } from '../../domain/parcel';
import type { ZoneSite } from '../../domain/site';
import type { ContextFeature } from './context-layer';
import type { ZoneSiteRead } from './zone-site';

export interface ToGeoJsonOptions {
  /** 'wgs84': [lng, lat] degrees, no `crs` member; 'plane': the layer's VN-2000 metres with a `crs` member. */
  readonly crs: 'wgs84' | 'plane';
}

/** The legacy GeoJSON `crs` member as QGIS writes it. */
export interface NamedCrs {
  readonly type: 'name';
  readonly properties: { readonly name: string };
}

export type LayerCollection<P> = FeatureCollection<Geometry, P> & { name: string; source: string; crs?: NamedCrs };

export interface ParcelMapProperties {
  id: string;
  sheetNo: number;
  parcelNo: number;
  landUseCode: string;
  landUser: string;
  /** Plane area by the shoelace formula, to 0.1 m². */
  areaM2: number;
  registeredAreaM2: number | null;
}

/** The legacy `crs` member for a VN-2000 CRS: the EPSG URN where there is a code, else our own id. */
export function namedCrs(crs: CrsId): NamedCrs {
  const parsed = parseCrs(crs);
  const name = parsed.kind === 'vn2000' && parsed.epsg !== null ? `urn:ogc:def:crs:EPSG::${parsed.epsg}` : crs;
  return { type: 'name', properties: { name } };
}

/** 1e-9 degree is about 0.1 mm on the ground. */
const roundDegrees = (v: number): number => Math.round(v * 1e9) / 1e9;

function positionWriter(planeCrs: CrsId, options: ToGeoJsonOptions): (p: PlanePoint) => Position {
  if (options.crs === 'plane') return (p) => [p[0], p[1]];
  const projection = planeProjection(planeCrs);
  return (p) => {
    const [lng, lat] = projection.toLngLat(p);
    return [roundDegrees(lng), roundDegrees(lat)];
  };
}

function geometryOut(geometry: PlaneGeometry, write: (p: PlanePoint) => Position): Geometry {
  const ring = (r: readonly PlanePoint[]) => r.map(write);
  const polygon = (p: PlanePolygon) => p.map(ring);
  switch (geometry.type) {
    case 'Point': return { type: 'Point', coordinates: write(geometry.coordinates) };
    case 'LineString': return { type: 'LineString', coordinates: ring(geometry.coordinates) };
    case 'Polygon': return { type: 'Polygon', coordinates: polygon(geometry.coordinates) };
    case 'MultiPolygon': return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(polygon) };
  }
}

function collection<P>(
  layer: { name: string; source: string; crs: CrsId },
  features: Feature<Geometry, P>[],
  options: ToGeoJsonOptions,
): LayerCollection<P> {
  const out: LayerCollection<P> = { type: 'FeatureCollection', name: layer.name, source: layer.source, features };
  if (options.crs === 'plane') out.crs = namedCrs(layer.crs);
  return out;
}

/** Parcels for the map: properties `id, sheetNo, parcelNo, landUseCode, landUser, areaM2, registeredAreaM2`. */
export function parcelLayerToGeoJson(layer: ParcelLayer, options: ToGeoJsonOptions): LayerCollection<ParcelMapProperties> {
  const write = positionWriter(layer.crs, options);
  return collection(layer, layer.parcels.map((parcel) => ({
    type: 'Feature' as const,
    id: parcel.id,
    geometry: geometryOut({ type: 'Polygon', coordinates: parcel.polygon }, write),
    properties: {
      id: parcel.id,
      sheetNo: parcel.sheetNo,
      parcelNo: parcel.parcelNo,
      landUseCode: parcel.landUseCode,
      landUser: parcel.landUser,
      areaM2: roundAreaM2(polygonAreaM2(parcel.polygon)),
      registeredAreaM2: parcel.registeredAreaM2,
    },
  })), options);
}

export interface SiteMapProperties {
  role: 'zone' | 'access-road' | 'residential' | 'separation' | 'entrance';
  widthM?: number;
  /** A separation line's strip width, m. */
  stripM?: number;
  name?: string;
  areaM2?: number;
}

const accessRoadOut = (road: ZoneSiteRead['accessRoadProperties'][number] | undefined) =>
  (road ? { ...(road.widthAssumed ? {} : { widthM: road.widthM }), name: road.name } : {});

const givenWidth = (widthM: number | null) => (widthM === null ? {} : { widthM });

/** The zone file's features again (`role` zone, access-road with widthM and name when known, residential, entrance). */
export function zoneSiteToGeoJson(site: ZoneSite | ZoneSiteRead, options: ToGeoJsonOptions): LayerCollection<SiteMapProperties> {
  const write = positionWriter(site.crs, options);
  const roadProperties = 'accessRoadProperties' in site ? site.accessRoadProperties : [];
  const features: Feature<Geometry, SiteMapProperties>[] = [];
  if (site.zone.length > 0) {
    features.push({
      type: 'Feature',
      geometry: geometryOut({ type: 'Polygon', coordinates: site.zone }, write),
      properties: { role: 'zone', areaM2: roundAreaM2(polygonAreaM2(site.zone)) },
    });
  }
  site.accessRoads.forEach((line, i) => {
    features.push({
      type: 'Feature',
      geometry: geometryOut({ type: 'LineString', coordinates: line }, write),
      // A width the reader assumed is not written back as if the file had given it.
      properties: { role: 'access-road', ...(roadProperties[i] ? accessRoadOut(roadProperties[i]) : givenWidth(site.accessRoadWidthsM?.[i] ?? null)) },
    });
  });
  for (const line of site.residentialEdges) {
    features.push({ type: 'Feature', geometry: geometryOut({ type: 'LineString', coordinates: line }, write), properties: { role: 'residential' } });
  }
  for (const mark of site.separationEdges ?? []) {
    features.push({ type: 'Feature', geometry: geometryOut({ type: 'LineString', coordinates: mark.line }, write), properties: { role: 'separation', stripM: mark.stripM } });
  }
  if (site.entrance) {
    features.push({ type: 'Feature', geometry: geometryOut({ type: 'Point', coordinates: site.entrance }, write), properties: { role: 'entrance' } });
  }
  return collection(site, features, options);
}

export interface ContextMapProperties {
  kind: 'road' | 'canal' | 'village';
  name: string;
  widthM: number | null;
}

/**
 * Context features for the map: properties `kind, name, widthM`. Context features carry no CRS of
 * their own: `planeCrs` is the plane readContextLayer read them into.
 */
export function contextLayerToGeoJson(
  features: readonly ContextFeature[],
  options: ToGeoJsonOptions & { readonly planeCrs: CrsId; readonly name?: string; readonly source?: string },
): LayerCollection<ContextMapProperties> {
  const write = positionWriter(options.planeCrs, options);
  const layer = { name: options.name ?? 'context', source: options.source ?? '', crs: options.planeCrs };
  return collection(layer, features.map((f) => ({
    type: 'Feature' as const,
    geometry: geometryOut(f.geometry, write),
    properties: { kind: f.properties.kind, name: f.properties.name, widthM: f.properties.widthM },
  })), options);
}
