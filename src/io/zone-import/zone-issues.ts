/**
 * Issues of the zone readers: the layer readers' codes plus the few only a zone file can have. Each has
 * a Vietnamese and an English message in src/i18n/messages/zone-import.ts (key `import.<code>`), so the
 * screens describe them with the same `describeImportIssue` as every other import issue.
 */
import type { ImportIssueCode } from '../layers/issue-codes';
import type { IssueLocation, ReadIssue } from '../layers/read-result';

export const ZONE_IMPORT_ERROR_CODES = [
  'zone-format-unknown',
  'xml-invalid',
  'kml-no-placemarks',
  'kmz-no-kml',
  'dxf-unreadable',
  'dxf-no-closed-polyline',
  'zone-polygons-unmarked',
  'zone-csv-columns-missing',
  'zone-csv-ring-too-few-corners',
] as const;

export const ZONE_IMPORT_WARNING_CODES = [
  'zone-crs-from-settings',
  'zone-roles-unmarked',
  'zone-feature-ignored',
] as const;

export type ZoneImportCode = (typeof ZONE_IMPORT_ERROR_CODES)[number] | (typeof ZONE_IMPORT_WARNING_CODES)[number];

export interface ZoneIssue extends Omit<ReadIssue, 'code'> {
  readonly code: ImportIssueCode | ZoneImportCode;
}

/** One zone issue, with only the location keys that are set. */
export function zoneIssue(
  file: string,
  code: ZoneIssue['code'],
  location: IssueLocation = {},
  params?: Record<string, string | number>,
): ZoneIssue {
  const out: { -readonly [K in keyof ZoneIssue]: ZoneIssue[K] } = { file, code };
  if (location.row !== undefined) out.row = location.row;
  if (location.feature !== undefined) out.feature = location.feature;
  if (location.field !== undefined) out.field = location.field;
  if (params && Object.keys(params).length > 0) out.params = params;
  return out;
}

export type ZoneReadResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly ZoneIssue[] }
  | { readonly ok: false; readonly errors: readonly ZoneIssue[]; readonly warnings: readonly ZoneIssue[] };

export const zoneFailure = (errors: readonly ZoneIssue[], warnings: readonly ZoneIssue[] = []): ZoneReadResult<never> =>
  ({ ok: false, errors, warnings });
