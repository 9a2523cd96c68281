/**
 * Source records (attributes under the file's own names + plane geometry) to a validated ParcelLayer,
 * through a field mapping. Our own GeoJSON, user GeoJSON, shapefiles and corner CSVs all end here, so a
 * parcel is judged the same way whatever it came from.
 *
 * Multipart parcels: a thửa is one closed boundary in the cadastre. A MultiPolygon whose extra parts
 * are digitising slivers (together under 1 m² and under 1 % of the largest part) keeps its largest part,
 * with the warning `multipart-slivers-dropped`. Any other MultiPolygon is the error `parcel-multipart`:
 * dropping real land silently would understate what must be recovered and compensated.
 */
import type { CrsId } from '../../geo/coordinates';
import { polygonAreaM2, roundAreaM2, type PlanePolygon } from '../../geo/plane-measure';
import { parcelId, type Parcel, type ParcelLayer } from '../../domain/parcel';
import { checkPolygon } from './geometry-issues';
import {
  issue, resultOf, type IssueLocation, type ReadError, type ReadIssue, type ReadResult, type ReadWarning,
} from './read-result';
import { orientPolygon } from './to-plane';
import {
  coerceLandUseCode, coerceOptionalNonNegative, coercePositiveInteger, coerceText, displayValue,
  type Coerced, type DecimalMark,
} from './value-coercion';

/** Our parcel fields (src/domain/parcel.ts), the targets of a field mapping. */
export const PARCEL_TARGET_FIELDS = ['sheetNo', 'parcelNo', 'landUseCode', 'landUser', 'registeredAreaM2'] as const;
export type ParcelTargetField = (typeof PARCEL_TARGET_FIELDS)[number];
/** A parcel cannot be identified or classified without these. */
export const REQUIRED_PARCEL_FIELDS: readonly ParcelTargetField[] = ['sheetNo', 'parcelNo', 'landUseCode'];

/** For each of our fields, the name of the source field that holds it, or null when the source has none. */
export type ParcelFieldMapping = { readonly [K in ParcelTargetField]: string | null };

/**
 * The mapping for a source that names fields as we do: required fields always (a feature without one
 * is `value-missing`), optional ones only when some record has them (absent means blank, not an error).
 */
export function ownFieldMapping(fieldNames: Iterable<string>): ParcelFieldMapping {
  const names = new Set(fieldNames);
  const entries = PARCEL_TARGET_FIELDS.map((t) => [t, REQUIRED_PARCEL_FIELDS.includes(t) || names.has(t) ? t : null]);
  return Object.fromEntries(entries) as ParcelFieldMapping;
}

/** Extra parts of a multipolygon smaller than this, together, are slivers (m²)… */
export const SLIVER_MAX_AREA_M2 = 1;
/** …as long as they are also under this share of the largest part. */
export const SLIVER_MAX_SHARE = 0.01;

/** One parcel as the source holds it. */
export interface SourceParcel {
  /** Where it is in the file: `feature` (its fid) or `row` (1-based, CSV: the parcel's first row). */
  readonly location: IssueLocation;
  /** Every row the parcel is read from (corner tables, one row per corner). */
  readonly rows?: readonly number[];
  /** Attributes under the source's own field names. */
  readonly properties: Readonly<Record<string, unknown>>;
  /**
   * Polygon parts in the target plane, in the file's corner order; null when its coordinates have
   * already been reported (out of range, missing), so that only its attributes are checked.
   */
  readonly parts: readonly PlanePolygon[] | null;
}

export interface ParcelLayerMeta {
  readonly file: string;
  readonly name: string;
  readonly source: string;
  /** The plane CRS the parts are in. */
  readonly crs: CrsId;
  /** How numbers written as text write their decimal mark. */
  readonly decimalMark?: DecimalMark;
}

/** Problems of the mapping itself: a required field not mapped, a mapped field the source lacks. */
export function checkParcelMapping(
  mapping: ParcelFieldMapping,
  sourceFields: ReadonlySet<string>,
  file: string,
): ReadError[] {
  const errors: ReadError[] = [];
  for (const target of PARCEL_TARGET_FIELDS) {
    const sourceField = mapping[target];
    if (sourceField === null) {
      if (REQUIRED_PARCEL_FIELDS.includes(target)) errors.push(issue(file, 'mapping-field-required', {}, { target }));
    } else if (!sourceFields.has(sourceField)) {
      errors.push(issue(file, 'mapping-field-unknown', { field: sourceField }, { target, source: sourceField }));
    }
  }
  return errors;
}

const placeKey = (at: IssueLocation): string | null =>
  at.feature !== undefined ? `feature ${at.feature}` : at.row !== undefined ? `row ${at.row}` : null;

/**
 * The issues with `parcelId` (tờ/thửa) added wherever the feature or row they point at has sheet and
 * parcel numbers that read, so that a message says "đối tượng số 42 (tờ 12 / thửa 43)", not a bare
 * number the user must look up. Issues of the file as a whole are left as they are.
 */
export function withParcelIds<T extends ReadIssue>(
  issues: readonly T[],
  records: readonly SourceParcel[],
  mapping: ParcelFieldMapping,
  decimalMark: DecimalMark = 'auto',
): T[] {
  const ids = new Map<string, string>();
  for (const record of records) {
    const sheetField = mapping.sheetNo;
    const parcelField = mapping.parcelNo;
    if (sheetField === null || parcelField === null) break;
    const sheet = coercePositiveInteger(record.properties[sheetField], decimalMark);
    const parcel = coercePositiveInteger(record.properties[parcelField], decimalMark);
    if (!sheet.ok || !parcel.ok) continue;
    const id = parcelId(sheet.value, parcel.value);
    const places = [record.location, ...(record.rows ?? []).map((row) => ({ row }))];
    for (const place of places) {
      const key = placeKey(place);
      if (key !== null) ids.set(key, id);
    }
  }
  return issues.map((item) => {
    const key = placeKey(item);
    const id = key === null || item.parcelId !== undefined ? undefined : ids.get(key);
    return id === undefined ? item : { ...item, parcelId: id };
  });
}

/** The parts of a multipart parcel reduced to one polygon, or null when it cannot be. */
function singlePolygon(
  parts: readonly PlanePolygon[],
  file: string,
  at: IssueLocation,
  errors: ReadError[],
  warnings: ReadWarning[],
): PlanePolygon | null {
  if (parts.length === 0) {
    errors.push(issue(file, 'geometry-missing', at));
    return null;
  }
  const multipart = parts.length > 1;
  const valid = parts.map((part, i) => checkPolygon(part, file, at, errors, multipart ? i : null));
  if (!valid.every(Boolean)) return null;
  if (!multipart) return parts[0];
  const areas = parts.map((part) => polygonAreaM2(part));
  const largest = areas.indexOf(Math.max(...areas));
  const restM2 = areas.reduce((sum, a, i) => (i === largest ? sum : sum + a), 0);
  if (restM2 < SLIVER_MAX_AREA_M2 && restM2 < SLIVER_MAX_SHARE * areas[largest]) {
    warnings.push(issue(file, 'multipart-slivers-dropped', at, { parts: parts.length, droppedAreaM2: roundAreaM2(restM2) }));
    return parts[largest];
  }
  errors.push(issue(file, 'parcel-multipart', at, {
    parts: parts.length,
    areasM2: areas.map((a) => roundAreaM2(a).toFixed(1)).join(' + '),
  }));
  return null;
}

/**
 * Builds a ParcelLayer from source records: the mapped attributes coerced and checked (integer
 * sheetNo/parcelNo, a land-use code that looks like one), geometry checked part by part (validity
 * via findPolygonProblems), duplicate sheet/parcel pairs reported at the later feature with the
 * earlier one in `params.first`, outer rings turned counter-clockwise. Every problem is collected.
 */
export function buildParcelLayer(
  records: readonly SourceParcel[],
  mapping: ParcelFieldMapping,
  meta: ParcelLayerMeta,
): ReadResult<ParcelLayer> {
  const { file } = meta;
  const decimalMark = meta.decimalMark ?? 'auto';
  if (records.length === 0) return { ok: false, errors: [issue(file, 'layer-empty')], warnings: [] };
  const fieldsSeen = new Set(records.flatMap((r) => Object.keys(r.properties)));
  const mappingErrors = checkParcelMapping(mapping, fieldsSeen, file);
  if (mappingErrors.length > 0) return { ok: false, errors: mappingErrors, warnings: [] };

  const errors: ReadError[] = [];
  const warnings: ReadWarning[] = [];
  const parcels: Parcel[] = [];
  const firstById = new Map<string, IssueLocation>();

  for (const record of records) {
    const at = record.location;
    const field = <T>(target: ParcelTargetField, coerce: (v: unknown) => Coerced<T>, fallback: T): T => {
      const sourceField = mapping[target];
      if (sourceField === null) return fallback;
      const raw = record.properties[sourceField];
      const result = coerce(raw);
      if (result.ok) return result.value;
      errors.push(issue(file, result.problem, { ...at, field: sourceField }, { target, value: displayValue(raw) }));
      return fallback;
    };
    const sheetNo = field('sheetNo', (v) => coercePositiveInteger(v, decimalMark), NaN);
    const parcelNo = field('parcelNo', (v) => coercePositiveInteger(v, decimalMark), NaN);
    const landUseCode = field('landUseCode', coerceLandUseCode, '');
    const landUser = field('landUser', coerceText, '');
    const registeredAreaM2 = field('registeredAreaM2', (v) => coerceOptionalNonNegative(v, decimalMark), null);
    const polygon = record.parts === null ? null : singlePolygon(record.parts, file, at, errors, warnings);

    if (Number.isNaN(sheetNo) || Number.isNaN(parcelNo)) continue;
    const id = parcelId(sheetNo, parcelNo);
    const first = firstById.get(id);
    if (first) {
      errors.push(issue(file, 'duplicate-parcel', at, { id, first: first.feature ?? first.row ?? 0 }));
      continue;
    }
    firstById.set(id, at);
    if (polygon === null || landUseCode === '') continue;
    parcels.push({ id, sheetNo, parcelNo, landUseCode, landUser, registeredAreaM2, polygon: orientPolygon(polygon) });
  }
  return resultOf<ParcelLayer>({ name: meta.name, source: meta.source, crs: meta.crs, parcels }, errors, warnings);
}
