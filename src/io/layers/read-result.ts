/**
 * What every reader returns (docs/TEAM-CONTRACTS.md "Errors from readers"): a value, or every problem
 * found, each saying what (`code` + `params`) and where (`file`, `row`, `feature`, `field`).
 * Readers never throw for bad input. Warnings have the same shape as errors and never stop a read.
 */
import type { ImportIssueCode } from './issue-codes';

/** Message parameters: plain strings and numbers, as src/i18n/translate.ts fills `{name}` placeholders. */
export type IssueParams = Readonly<Record<string, string | number>>;

/** Where a problem is. */
export interface IssueLocation {
  /**
   * Spreadsheet row, 1-based as a spreadsheet user counts it: the header is row 1, the first data
   * row is row 2 (CSV files).
   */
  readonly row?: number;
  /**
   * The feature's number as QGIS and `ogrinfo -al` show it (its fid): the 0-based record number of
   * a shapefile; the 0-based index in a GeoJSON `features` array, or the features' `id`s when all
   * are distinct whole numbers ≥ 0 (see featureIds in geojson-features.ts).
   */
  readonly feature?: number;
  /**
   * The parcel (tờ/thửa, "12/43") the feature or row holds, when its sheet and parcel numbers read:
   * a message names the place by both, "đối tượng số 42 (tờ 12 / thửa 43)".
   */
  readonly parcelId?: string;
  /** The property, attribute or column as the file names it (the user's name, not ours). */
  readonly field?: string;
}

export interface ReadIssue extends IssueLocation {
  readonly file: string;
  readonly code: ImportIssueCode;
  readonly params?: IssueParams;
}

export type ReadError = ReadIssue;
export type ReadWarning = ReadIssue;

export type ReadResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly ReadWarning[] }
  | { readonly ok: false; readonly errors: readonly ReadError[]; readonly warnings?: readonly ReadWarning[] };

/** One problem, with only the location keys that are set (so tests and logs stay readable). */
export function issue(
  file: string,
  code: ImportIssueCode,
  location: IssueLocation = {},
  params?: Record<string, string | number>,
): ReadIssue {
  const out: { -readonly [K in keyof ReadIssue]: ReadIssue[K] } = { file, code };
  if (location.row !== undefined) out.row = location.row;
  if (location.feature !== undefined) out.feature = location.feature;
  if (location.parcelId !== undefined) out.parcelId = location.parcelId;
  if (location.field !== undefined) out.field = location.field;
  if (params && Object.keys(params).length > 0) out.params = params;
  return out;
}

/** A result from collected errors: ok when there are none. */
export function resultOf<T>(value: T, errors: readonly ReadError[], warnings: readonly ReadWarning[]): ReadResult<T> {
  return errors.length > 0
    ? { ok: false, errors: sortIssues(errors), warnings: sortIssues(warnings) }
    : { ok: true, value, warnings: sortIssues(warnings) };
}

export const failure = (errors: readonly ReadError[], warnings: readonly ReadWarning[] = []): ReadResult<never> => ({
  ok: false,
  errors,
  warnings,
});

/** Issues in file order (by feature or row; file-level ones first), keeping the order within a place. */
export function sortIssues<T extends ReadIssue>(issues: readonly T[]): T[] {
  const place = (i: ReadIssue): number => i.feature ?? i.row ?? -1;
  return issues.map((item, n) => ({ item, n }))
    .sort((a, b) => place(a.item) - place(b.item) || a.n - b.n)
    .map(({ item }) => item);
}

/** A file name without folders and without its last extension, for a layer name. */
export function baseName(fileName: string): string {
  const leaf = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = leaf.lastIndexOf('.');
  return dot > 0 ? leaf.slice(0, dot) : leaf;
}
