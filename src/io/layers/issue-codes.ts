/**
 * Every code a layer reader or the parcel import can report. src/i18n/messages/import.ts has a
 * Vietnamese and an English message for each (tests/io/layers/issue-codes.test.ts checks it).
 */
export const IMPORT_ERROR_CODES = [
  // The file as a whole
  'file-empty',
  'json-invalid',
  'not-a-feature-collection',
  'layer-empty',
  'format-unknown',
  'dgn-not-supported',
  'shapefile-not-zipped',
  'zip-unreadable',
  'zip-no-shapefile',
  'zip-multiple-polygon-layers',
  'shapefile-unreadable',
  'shapefile-not-polygons',
  'shapefile-dbf-missing',
  'dbf-unreadable',
  'shapefile-record-count-mismatch',
  'csv-unreadable',
  'csv-no-data-rows',
  // Coordinates
  'unknown-crs',
  'coordinates-out-of-range',
  // Features and geometry
  'feature-invalid',
  'geometry-missing',
  'geometry-type',
  'geometry-coordinates-invalid',
  'polygon-too-few-corners',
  'polygon-not-finite',
  'polygon-self-intersection',
  'polygon-zero-area',
  'line-too-few-points',
  // Parcel attributes
  'value-missing',
  'value-not-integer',
  'value-not-number',
  'value-not-text',
  'land-use-code-invalid',
  'duplicate-parcel',
  'parcel-multipart',
  // Corner tables (CSV)
  'parcel-too-few-corners',
  'corner-duplicate',
  'parcel-attribute-conflict',
  // Field mapping
  'mapping-field-required',
  'mapping-field-unknown',
  // Zone site
  'site-role-missing',
  'site-role-unknown',
  'zone-missing',
  'zone-multiple',
  'access-road-missing',
  'access-road-not-touching',
  'entrance-multiple',
  // Context
  'context-kind-unknown',
] as const;

export const IMPORT_WARNING_CODES = [
  'multipart-slivers-dropped',
  'access-road-width-assumed',
  'separation-strip-assumed',
  // A zone file's only polygon has no role: taken as the zone (every zone reader, the command line too).
  'zone-role-assumed',
  'zip-other-layers-ignored',
  'dbf-encoding-guessed',
  'dbf-encoding-unknown',
  'dbf-deleted-records-skipped',
  'csv-encoding-guessed',
  'prj-datum-assumed-vn2000',
  'coordinates-too-coarse',
] as const;

export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];
export type ImportWarningCode = (typeof IMPORT_WARNING_CODES)[number];
export type ImportIssueCode = ImportErrorCode | ImportWarningCode;

/**
 * Likely causes of `coordinates-out-of-range`, in `params.cause`. Each has its own message
 * (key `import.coordinates-out-of-range.<cause>`), because the cause is the useful part.
 */
export const COORDINATE_CAUSES = [
  'swapped-axes',
  'degrees-in-plane-file',
  'metres-in-wgs84-file',
  'outside-vietnam',
] as const;
export type CoordinateCause = (typeof COORDINATE_CAUSES)[number];

/** Why a .zip could not be unpacked, in `params.cause` of `zip-unreadable` (see zipFailureCause). */
export const ZIP_FAILURE_CAUSES = ['not-a-zip', 'encrypted', 'unsupported-compression', 'damaged'] as const;
export type ZipFailureCause = (typeof ZIP_FAILURE_CAUSES)[number];

/** Where or how JSON text is broken, in `params.cause` of `json-invalid`. */
export const JSON_FAILURE_CAUSES = ['at-position', 'truncated'] as const;
