/**
 * The one entry point of "open your own parcel layer": a file's bytes in, and either a validated
 * ParcelLayer, every error, or the question the user must answer first (which CRS? which field is
 * which?). Pure and repeatable: the dialog calls it again with the same bytes and the answers in
 * `options` until it gets `ok` or `error`. Nothing is written anywhere; the caller stores only an `ok`.
 *
 * Steps: format (by extension, then content) → structure (zip, dbf, JSON, CSV) → CRS (declared,
 * `options.sourceCrs`, or `needs-crs`) → mapping (own names, `options.mapping`, or `needs-mapping`)
 * → parcels validated whole → a warning when the coordinates are too coarse for areas to 0.1 m²
 * (coordinate-precision.ts).
 */
import { DEFAULT_PLANE_CRS, vn2000CrsId, vn2000Meridians, WGS84, type CrsId } from '../../geo/coordinates';
import type { ParcelLayer } from '../../domain/parcel';
import { canonicalCrs, hasCrsMember, readGeoJsonCrs } from '../layers/geojson-crs';
import { readFeatureCollection, parseJsonText, type RawCollection } from '../layers/geojson-features';
import { sourceParcelsOf } from '../layers/parcel-layer';
import { checkParcelMapping, withParcelIds, type SourceParcel } from '../layers/parcel-records';
import { baseName, issue, sortIssues, type ReadError, type ReadWarning } from '../layers/read-result';
import type { DecimalMark } from '../layers/value-coercion';
import { decimalsOf, decimalsOfText, precisionShortfall } from '../layers/coordinate-precision';
import { crsSpace, geometryPositions, guessSpace, planeConverter, type SourceGeometry } from '../layers/to-plane';
import { checkCornerMapping, cornerParcels, readCsvTable, samplePositions, type CsvTable } from './corner-csv';
import {
  applyFieldMapping, isOwnFieldNaming, listSourceFields, ownFieldMapping, suggestFieldMapping,
  type FieldMapping, type SourceField,
} from './field-mapping';
import { GEOGRAPHIC_COLUMN_NAMES, normaliseFieldName } from './field-names';
import { crsOfPrj } from './prj-crs';
import { readShapefileZip } from './shapefile-zip';
import { decodeText, type TextEncoding } from './text-encoding';
import { wktCollection, wktColumnOf } from './wkt-csv';

export interface ImportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ImportParcelOptions {
  /** The VN-2000 plane of the project; EPSG:9209 by default. */
  readonly planeCrs?: CrsId;
  /** The user's answer to `needs-crs`; also overrides a CRS the file declares. */
  readonly sourceCrs?: CrsId;
  /** The user's answer to `needs-mapping`. */
  readonly mapping?: FieldMapping;
  /** Overrides the text encoding of a .dbf or CSV (when the guess was wrong). */
  readonly textEncoding?: TextEncoding;
}

export type ImportFormat = 'geojson' | 'shapefile' | 'csv';

export type ImportParcelResult =
  | {
    readonly kind: 'needs-crs';
    readonly format: ImportFormat;
    /** What the coordinates look like: WGS84, the project plane, or null when unclear. */
    readonly suggestion: CrsId | null;
    /** What the user can choose from: WGS84 and every VN-2000 TM-3 meridian. */
    readonly choices: readonly CrsId[];
    readonly warnings: readonly ReadWarning[];
  }
  | {
    readonly kind: 'needs-mapping';
    readonly format: ImportFormat;
    readonly fields: readonly SourceField[];
    readonly suggestion: FieldMapping;
    readonly sourceCrs: CrsId;
    readonly warnings: readonly ReadWarning[];
  }
  | { readonly kind: 'error'; readonly ok: false; readonly errors: readonly ReadError[]; readonly warnings: readonly ReadWarning[] }
  | {
    readonly kind: 'ok';
    readonly ok: true;
    readonly layer: ParcelLayer;
    readonly warnings: readonly ReadWarning[];
    readonly format: ImportFormat;
    /** The CRS the file was read in, and the mapping used: worth remembering for the next file. */
    readonly sourceCrs: CrsId;
    readonly mapping: FieldMapping;
  };

/** WGS84 and every VN-2000 TM-3 zone, for a CRS picker. */
export const SOURCE_CRS_CHOICES: readonly CrsId[] = [WGS84, ...vn2000Meridians().map(vn2000CrsId)];

const failed = (errors: readonly ReadError[], warnings: readonly ReadWarning[]): ImportParcelResult =>
  ({ kind: 'error', ok: false, errors: sortIssues(errors), warnings });

function extensionOf(name: string): string {
  const leaf = name.split(/[\\/]/).pop() ?? name;
  const dot = leaf.lastIndexOf('.');
  return dot > 0 ? leaf.slice(dot + 1).toLowerCase() : '';
}

type Detected = { format: ImportFormat } | { error: 'dgn-not-supported' | 'shapefile-not-zipped' | 'format-unknown' | 'file-empty' };

/** The format by extension, then by content (zip signature, a JSON object, delimited text). */
export function detectFormat(file: ImportFile): Detected {
  const ext = extensionOf(file.name);
  if (file.bytes.length === 0) return { error: 'file-empty' };
  if (ext === 'dgn') return { error: 'dgn-not-supported' };
  if (['shp', 'shx', 'dbf', 'prj', 'cpg'].includes(ext)) return { error: 'shapefile-not-zipped' };
  if (ext === 'zip') return { format: 'shapefile' };
  if (ext === 'geojson' || ext === 'json') return { format: 'geojson' };
  if (ext === 'csv' || ext === 'txt') return { format: 'csv' };
  const b = file.bytes;
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return { format: 'shapefile' };
  const head = new TextDecoder().decode(b.subarray(0, 200)).replace(/^\ufeff/, '').trimStart();
  if (head.startsWith('{')) return { format: 'geojson' };
  if (ext === '' && /^[^\0]*[;,\t][^\0]*\n/.test(head)) return { format: 'csv' };
  return { error: 'format-unknown' };
}

/**
 * Opens a user's parcel file: GeoJSON (WGS84, or VN-2000 with a `crs` member), a zipped shapefile
 * (CRS from its .prj), or a CSV corner table. See ImportParcelResult for the four answers.
 */
export function importParcelFile(file: ImportFile, options: ImportParcelOptions = {}): ImportParcelResult {
  const fileName = file.name;
  const detected = detectFormat(file);
  if ('error' in detected) {
    const params = detected.error === 'format-unknown' ? { extension: extensionOf(fileName) } : undefined;
    return failed([issue(fileName, detected.error, {}, params)], []);
  }
  const errors: ReadError[] = [];
  const warnings: ReadWarning[] = [];

  let chosenCrs: CrsId | null = null;
  if (options.sourceCrs !== undefined) {
    chosenCrs = canonicalCrs(options.sourceCrs);
    if (chosenCrs === null) return failed([issue(fileName, 'unknown-crs', {}, { crs: options.sourceCrs })], warnings);
  }
  const context: Context = { fileName, planeCrs: options.planeCrs ?? DEFAULT_PLANE_CRS, chosenCrs, options, errors, warnings };
  switch (detected.format) {
    case 'geojson': return importGeoJson(file, context);
    case 'shapefile': return importShapefile(file, context);
    case 'csv': return importCsv(file, context);
  }
}

interface Context {
  readonly fileName: string;
  readonly planeCrs: CrsId;
  readonly chosenCrs: CrsId | null;
  readonly options: ImportParcelOptions;
  readonly errors: ReadError[];
  readonly warnings: ReadWarning[];
}

function needsCrs(format: ImportFormat, space: ReturnType<typeof guessSpace>, context: Context): ImportParcelResult {
  const suggestion = space === 'geographic' ? WGS84 : space === 'plane' ? canonicalCrs(context.planeCrs) : null;
  return { kind: 'needs-crs', format, suggestion, choices: SOURCE_CRS_CHOICES, warnings: context.warnings };
}

function positionsOf(collection: RawCollection): (readonly number[])[] {
  const out: (readonly number[])[] = [];
  for (const f of collection.features) {
    try {
      out.push(...geometryPositions(f.geometry as SourceGeometry).filter((p) => Array.isArray(p) && p.length >= 2));
    } catch {
      // A malformed geometry is reported later, with its feature; it just gives no sample here.
    }
    if (out.length > 200) break;
  }
  return out;
}

/** The mapping to use: the user's, our own names, or null when the user must be asked. */
function mappingFor(fields: readonly SourceField[], context: Context): FieldMapping | null {
  if (context.options.mapping) return context.options.mapping;
  return isOwnFieldNaming(fields) ? ownFieldMapping(fields.map((f) => f.name)) : null;
}

/** Maps and validates the features of a GeoJSON or shapefile collection once the CRS is known. */
function finishFeatures(format: ImportFormat, collection: RawCollection, sourceCrs: CrsId, context: Context): ImportParcelResult {
  const { fileName, errors, warnings } = context;
  const fields = listSourceFields(collection.features.map((f) => f.properties));
  const mapping = mappingFor(fields, context);
  if (mapping === null) {
    return { kind: 'needs-mapping', format, fields, suggestion: suggestFieldMapping(fields), sourceCrs, warnings };
  }
  const converter = planeConverter(sourceCrs, context.planeCrs);
  const records = sourceParcelsOf(collection, converter, fileName, errors);
  return finishRecords(format, records, mapping, sourceCrs, collection, context, 'auto', collectionDecimals(collection));
}

/** The most decimals any coordinate of the collection is written with (its precision). */
function collectionDecimals(collection: RawCollection): number {
  let most = 0;
  for (const f of collection.features) {
    try {
      for (const p of geometryPositions(f.geometry as SourceGeometry)) {
        if (Array.isArray(p)) most = Math.max(most, decimalsOf(p[0]), decimalsOf(p[1]));
      }
    } catch {
      // A malformed geometry is reported with its feature; it says nothing about precision.
    }
  }
  return most;
}

function finishRecords(
  format: ImportFormat,
  records: readonly SourceParcel[],
  mapping: FieldMapping,
  sourceCrs: CrsId,
  layer: { name: string; source: string },
  context: Context,
  decimalMark: DecimalMark,
  coordinateDecimals: number,
): ImportParcelResult {
  const { fileName, errors, warnings } = context;
  const built = applyFieldMapping(records, mapping, {
    file: fileName, name: layer.name, source: layer.source, crs: planeConverter(sourceCrs, context.planeCrs).targetCrs, decimalMark,
  });
  const named = <T extends ReadError>(issues: readonly T[]): T[] => withParcelIds(issues, records, mapping, decimalMark);
  const allWarnings = sortIssues(named([...warnings, ...(built.warnings ?? [])]));
  if (!built.ok || errors.length > 0) return failed(named([...errors, ...(built.ok ? [] : built.errors)]), allWarnings);
  const shortfall = precisionShortfall(built.value.parcels, coordinateDecimals, crsSpace(sourceCrs));
  // A file-level warning, first in the list: it concerns every area of the layer.
  const precision = shortfall ? [issue(fileName, 'coordinates-too-coarse', {}, { ...shortfall })] : [];
  return { kind: 'ok', ok: true, layer: built.value, warnings: [...precision, ...allWarnings], format, sourceCrs, mapping };
}

function importGeoJson(file: ImportFile, context: Context): ImportParcelResult {
  const { fileName, errors, warnings } = context;
  const text = decodeText(file.bytes, 'utf-8').replace(/^\ufeff/, '');
  const json = parseJsonText(text, fileName, errors);
  if (errors.length > 0) return failed(errors, warnings);
  const collection = readFeatureCollection(json, fileName, errors);
  if (collection === null) return failed(errors, warnings);
  let sourceCrs = context.chosenCrs;
  if (sourceCrs === null) {
    if (hasCrsMember(json)) {
      const declared = readGeoJsonCrs(json, fileName);
      if (!declared.ok) return failed([...errors, ...declared.errors], warnings);
      sourceCrs = declared.value;
    } else {
      // RFC 7946 says WGS84; a file without a `crs` member whose numbers are metres needs asking.
      const space = guessSpace(positionsOf(collection));
      if (space === 'plane') return needsCrs('geojson', space, context);
      sourceCrs = WGS84;
    }
  }
  return finishFeatures('geojson', { ...collection, source: collection.source || fileName }, sourceCrs, context);
}

function importShapefile(file: ImportFile, context: Context): ImportParcelResult {
  const { fileName, errors, warnings } = context;
  const contents = readShapefileZip(file.bytes, fileName, context.options.textEncoding ?? null, errors, warnings);
  if (contents === null) return failed(errors, warnings);
  let sourceCrs = context.chosenCrs;
  if (sourceCrs === null) {
    if (contents.prj === null) return needsCrs('shapefile', guessSpace(positionsOf(contents)), context);
    const reading = crsOfPrj(contents.prj);
    if (!reading.ok) return failed([...errors, issue(fileName, 'unknown-crs', {}, { crs: reading.name })], warnings);
    if (reading.datumAssumed) warnings.push(issue(fileName, 'prj-datum-assumed-vn2000', {}, { name: reading.name, crs: reading.crs }));
    sourceCrs = reading.crs;
  }
  return finishFeatures('shapefile', contents, sourceCrs, context);
}

function importCsv(file: ImportFile, context: Context): ImportParcelResult {
  const { fileName, errors, warnings } = context;
  const table = readCsvTable(file.bytes, fileName, context.options.textEncoding ?? null, errors, warnings);
  if (table === null) return failed(errors, warnings);
  const wktColumn = wktColumnOf(table);
  if (wktColumn !== null) return importWktCsv(table, wktColumn, context);
  const suggestion = suggestFieldMapping(table.fields, { corners: true });
  const sourceCrs = context.chosenCrs;
  if (sourceCrs === null) {
    // A CSV names no CRS. Suggest from the values, and from column names such as "Vĩ độ" / "Kinh độ".
    const named = [suggestion.x, suggestion.y].some((n) => n && GEOGRAPHIC_COLUMN_NAMES.has(normaliseFieldName(n)));
    const space = guessSpace(samplePositions(table, suggestion)) ?? (named ? 'geographic' : 'plane');
    return needsCrs('csv', space, context);
  }
  const mapping = context.options.mapping;
  if (!mapping) {
    const fields = listSourceFields(table.rows.map((r) => r.values), { decimalMark: table.decimalMark });
    return { kind: 'needs-mapping', format: 'csv', fields, suggestion, sourceCrs, warnings };
  }
  const mappingErrors = [
    ...checkParcelMapping(mapping, new Set(table.fields), fileName),
    ...checkCornerMapping(mapping, table.fields, fileName),
  ];
  if (mappingErrors.length > 0) return failed(mappingErrors, warnings);
  const converter = planeConverter(sourceCrs, context.planeCrs);
  const records = cornerParcels(table, mapping, converter, fileName, errors);
  const decimals = table.rows.reduce((most, r) =>
    Math.max(most, decimalsOfText(r.values[mapping.x!] ?? '', table.decimalMark), decimalsOfText(r.values[mapping.y!] ?? '', table.decimalMark)), 0);
  return finishRecords('csv', records, mapping, sourceCrs, { name: baseName(fileName), source: fileName }, context, table.decimalMark, decimals);
}

/** A CSV of polygons in a WKT column (GDAL/QGIS GEOMETRY=AS_WKT): features, as a GeoJSON's are. */
function importWktCsv(table: CsvTable, wktColumn: string, context: Context): ImportParcelResult {
  const collection = wktCollection(table, wktColumn, baseName(context.fileName), context.fileName);
  const sourceCrs = context.chosenCrs;
  // A CSV names no CRS: ask, suggesting from the numbers.
  if (sourceCrs === null) return needsCrs('csv', guessSpace(positionsOf(collection)), context);
  return finishFeatures('csv', collection, sourceCrs, context);
}
