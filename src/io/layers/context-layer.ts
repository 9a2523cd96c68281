/**
 * Reads the context file (public/geo/dong-doc-context.geojson): what surrounds the zone, drawn for
 * orientation only. `kind` is `road` (LineString, `widthM`, `name`), `canal` (LineString or Polygon,
 * `name`) or `village` (Polygon, `name`).
 */
import type { PlaneFeature, PlaneGeometry } from '../../geo/plane-feature';
import type { ContextKind } from '../../domain/site';
import { checkLine, checkPolygon } from './geometry-issues';
import { openPlaneCollection, planeGeometryOf, type GeometryType } from './geojson-features';
import type { ReadLayerOptions } from './parcel-layer';
import { issue, resultOf, type ReadError, type ReadResult } from './read-result';
import { orientPolygon } from './to-plane';
import { coerceOptionalNonNegative, coerceText, displayValue } from './value-coercion';

/** The properties of a context feature. */
export interface ContextProperties extends Record<string, unknown> {
  readonly kind: ContextKind;
  readonly name: string;
  /** Road width in metres when the file gives one (roads only). */
  readonly widthM: number | null;
}

/** A road or canal (LineString), a canal or village (Polygon), in plane metres. */
export type ContextFeature = PlaneFeature<ContextProperties>;

const GEOMETRY_OF_KIND: Record<ContextKind, readonly GeometryType[]> = {
  road: ['LineString'],
  canal: ['LineString', 'Polygon'],
  village: ['Polygon'],
};

/** The context file → typed features in `options.planeCrs`, with every problem found. */
export function readContextLayer(json: unknown, fileName: string, options: ReadLayerOptions = {}): ReadResult<ContextFeature[]> {
  const errors: ReadError[] = [];
  const opened = openPlaneCollection(json, fileName, options.planeCrs, errors);
  if (opened === null) return { ok: false, errors, warnings: [] };
  const { collection, converter } = opened;

  const features: ContextFeature[] = [];
  for (const feature of collection.features) {
    const at = { feature: feature.index };
    const kind = feature.properties.kind;
    if (typeof kind !== 'string' || !(kind in GEOMETRY_OF_KIND)) {
      errors.push(issue(fileName, 'context-kind-unknown', { ...at, field: 'kind' }, { kind: displayValue(kind) }));
      continue;
    }
    const contextKind = kind as ContextKind;
    const name = coerceText(feature.properties.name);
    if (!name.ok) errors.push(issue(fileName, name.problem, { ...at, field: 'name' }, { target: 'name', value: displayValue(feature.properties.name) }));
    const width = contextKind === 'road' ? coerceOptionalNonNegative(feature.properties.widthM) : { ok: true as const, value: null };
    if (!width.ok) {
      errors.push(issue(fileName, width.problem, { ...at, field: 'widthM' }, { target: 'widthM', value: displayValue(feature.properties.widthM) }));
    }
    const geometry = planeGeometryOf(feature, GEOMETRY_OF_KIND[contextKind], converter, fileName, errors);
    if (geometry === null) continue;
    let usable: PlaneGeometry | null = null;
    if (geometry.type === 'LineString') usable = checkLine(geometry.coordinates, fileName, at, errors) ? geometry : null;
    else if (geometry.type === 'Polygon') {
      usable = checkPolygon(geometry.coordinates, fileName, at, errors)
        ? { type: 'Polygon', coordinates: orientPolygon(geometry.coordinates) }
        : null;
    }
    if (usable === null || !name.ok || !width.ok) continue;
    features.push({ geometry: usable, properties: { kind: contextKind, name: name.value, widthM: width.value } });
  }
  return resultOf(features, errors, []);
}
