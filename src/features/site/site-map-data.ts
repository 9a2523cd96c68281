/**
 * Plain WGS84 GeoJSON for the map, derived from the plane-metre domain objects through the layer
 * writers of src/io/layers. Never stored: the plane coordinates are the truth, these are for drawing.
 * Derived once per domain object (they are immutable) and kept while it lives: the parcels'
 * conversion is the costliest step of the first render of #/parcels (a Chromium trace: ~60–150 ms of
 * inverse projections), so main.tsx has it done for the demo while IndexedDB opens, before React.
 */
import type { FeatureCollection } from 'geojson';
import { planeProjection, type CrsId } from '../../geo/coordinates';
import type { PlanePolygon } from '../../geo/plane-measure';
import { landUseCodeInfo } from '../../domain/land-use-codes';
import type { Parcel, ParcelLayer } from '../../domain/parcel';
import type { ZoneSite } from '../../domain/site';
import { contextLayerToGeoJson, parcelLayerToGeoJson, zoneSiteToGeoJson, type ContextFeature } from '../../io/layers';

export type Wgs84Bounds = [[number, number], [number, number]];

/** `derive(key)` once per key object (and extra key), kept while the key object lives. */
function derivedOnce<K extends object, V>(derive: (key: K, extra: string) => V): (key: K, extra?: string) => V {
  const cache = new WeakMap<K, Map<string, V>>();
  return (key, extra = '') => {
    let byExtra = cache.get(key);
    if (!byExtra) cache.set(key, (byExtra = new Map()));
    if (!byExtra.has(extra)) byExtra.set(extra, derive(key, extra));
    return byExtra.get(extra)!;
  };
}

const parcelsOnce = derivedOnce((layer: ParcelLayer): FeatureCollection => {
  const collection = parcelLayerToGeoJson(layer, { crs: 'wgs84' });
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f) => ({ ...f, properties: { ...f.properties, color: landUseCodeInfo(f.properties.landUseCode).color } })),
  };
});

/** Parcels in WGS84 with their cadastral fill colour as a property, for a data-driven style. */
export const parcelsToMapData = (layer: ParcelLayer): FeatureCollection => parcelsOnce(layer);

const zoneOnce = derivedOnce((site: ZoneSite): FeatureCollection => zoneSiteToGeoJson(site, { crs: 'wgs84' }));
export const zoneToMapData = (site: ZoneSite): FeatureCollection => zoneOnce(site);

const contextOnce = derivedOnce((features: readonly ContextFeature[], planeCrs: string): FeatureCollection =>
  contextLayerToGeoJson(features, { crs: 'wgs84', planeCrs: planeCrs as CrsId }));
export const contextToMapData = (features: readonly ContextFeature[], planeCrs: CrsId): FeatureCollection => contextOnce(features, planeCrs);

/** WGS84 bounds of a plane polygon's outer ring. */
export function polygonBoundsWgs84(polygon: PlanePolygon, crs: CrsId): Wgs84Bounds {
  const projection = planeProjection(crs);
  const corners = polygon[0].map((p) => projection.toLngLat(p));
  const lngs = corners.map((p) => p[0]);
  const lats = corners.map((p) => p[1]);
  return [[Math.min(...lngs), Math.min(...lats)], [Math.max(...lngs), Math.max(...lats)]];
}

export const parcelBoundsWgs84 = (parcel: Parcel, crs: CrsId): Wgs84Bounds => polygonBoundsWgs84(parcel.polygon, crs);
