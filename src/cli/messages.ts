/**
 * English text for the errors the command line prints. Readers return codes and parameters (see
 * docs/TEAM-CONTRACTS.md); this turns them into one line each: "file: row 3, column "lat": reason".
 * The zone reader's and the layout engine's codes take their words from the app's catalogue
 * (src/i18n/messages/import.ts, layout.ts); the command line's own codes are below. A code found
 * nowhere still prints, as the code with its parameters.
 */
import { importIssueMessage, importMessages } from '../i18n/messages/import';
import { layoutMessages } from '../i18n/messages/layout';
import { stripEdgesMessages } from '../i18n/messages/strip-edges';
import { mergeCatalogues, translate, type MessageParams } from '../i18n/translate';

/** Where an error's words live: the command line's own list, or a catalogue key prefix. */
export type MessageSource = 'cli' | 'import' | 'layout.error' | 'layout.warning';

export interface ReaderErrorLike {
  readonly file?: string;
  readonly row?: number;
  readonly feature?: number;
  /** The tờ/thửa ("12/43") of the row or feature, when it reads: named beside its number. */
  readonly parcelId?: string;
  readonly field?: string;
  readonly code: string;
  readonly params?: Readonly<Record<string, unknown>>;
  /** Which words to use; 'cli' when absent. */
  readonly source?: MessageSource;
}

const catalogue = mergeCatalogues(importMessages, layoutMessages, stripEdgesMessages);
const LANGUAGE = 'en';
const t = (key: string, params?: MessageParams): string => translate(catalogue, LANGUAGE, key, params);

/** Params as the catalogue fills them: strings and numbers. */
function messageParams(params: Readonly<Record<string, unknown>>): MessageParams {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'number' || typeof value === 'string' ? value : JSON.stringify(value)]),
  );
}

/** The catalogue's sentence for an error, or null when it has none. */
function catalogueMessage(error: ReaderErrorLike): string | null {
  const params = messageParams({ ...error.params, ...(error.field !== undefined ? { field: error.field } : {}) });
  if (error.source === 'import') {
    const text = importIssueMessage({ code: error.code, params }, t);
    return text.startsWith('import.') ? null : text;
  }
  if (error.source === 'layout.error' || error.source === 'layout.warning') {
    const key = `${error.source}.${error.code}`;
    if (!(key in catalogue[LANGUAGE])) return null;
    // A warning the engine met at several places alike (`repeated`) is said once, with how many.
    const { repeated, ...rest } = params;
    return repeated === undefined ? t(key, params) : t('layout.warningRepeated', { count: repeated, warning: t(key, rest) });
  }
  return null;
}

const MESSAGES: Readonly<Record<string, string>> = {
  // convert (src/io/csv-coordinates)
  'unknown-crs': 'unknown coordinate reference system "{crs}" (use EPSG:4326, EPSG:9205…EPSG:9218 or vn2000:<meridian>, e.g. vn2000:107.75)',
  'empty-input': 'no CSV header row: the input is empty',
  'csv-syntax': 'cannot read the CSV: {message}',
  'missing-column': 'column not found in the header; {crs} needs the columns lat,lon (WGS84) or x,y (VN-2000: x = northing, y = easting)',
  'duplicate-column': 'the column appears twice in the header',
  'output-column-exists': 'the output would get this column twice: remove or rename it before converting to {crs}',
  'field-count': '{actual} fields where the header has {expected}',
  'missing-value': 'empty value',
  'not-a-number': 'not a number: "{value}" (use a decimal point, no thousands separator)',
  'out-of-range': 'out of range: {value} (expected {min} … {max})',
  'axes-swapped': 'y (easting {y}) is larger than x (northing {x}): in Vietnam X is the northing, are the columns swapped?',
  'conversion-failed': 'the point cannot be converted',
  // --previous (src/io/layout-output/previous-layout.ts)
  'not-a-layout': 'not a layout written by phanlo (a FeatureCollection with a "phanlo" member)',
  'missing-code': 'plot without a code',
  'duplicate-code': 'plot code "{code}" already used by feature {first}',
  'bad-geometry': 'plot "{code}" has no valid Polygon or MultiPolygon geometry',
  // sheets (src/io/plot-sheet)
  'unknown-plot': 'no plot "{code}" in the layout',
  'not-a-backup': 'not a phanlo backup file (a JSON object with "format": "phanlo-backup" and "tables")',
  'backup-version': 'backup file version {version} is not one this phanlo reads (1)',
  'backup-row': '{problem}',
  // the command line itself
  'read-failed': 'cannot read the file: {reason}',
  'write-failed': 'cannot write the file: {reason}',
  'invalid-json': 'not valid JSON: {reason}',
  'not-an-object': 'expected a JSON object {…}',
  'unknown-parameter': 'unknown parameter (known: {known})',
};

function fill(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * A row or feature by its number (the spreadsheet row, the fid QGIS shows) AND the parcel it holds, as
 * the app says it: "feature 42 (sheet 12 / parcel 43)"; the parcel alone when neither number is known.
 */
function numberedPlaces(error: ReaderErrorLike): string[] {
  const [sheet, parcel] = error.parcelId?.split('/') ?? [];
  const parcelText = error.parcelId !== undefined ? t('import.where.parcel', { sheet, parcel }) : null;
  const numbered = (text: string) => (parcelText === null ? text : `${text} (${parcelText})`);
  const places: string[] = [];
  if (error.row !== undefined) places.push(numbered(`row ${error.row}`));
  if (error.feature !== undefined) places.push(numbered(`feature ${error.feature}`));
  if (error.row === undefined && error.feature === undefined && parcelText !== null) places.push(parcelText);
  return places;
}

/** One line for stderr, with the place first. `fieldNoun` is "column" for CSV, "field" for JSON. */
export function formatReaderError(error: ReaderErrorLike, fieldNoun: 'column' | 'field' = 'field'): string {
  const place = [...numberedPlaces(error)];
  if (error.field !== undefined) place.push(`${fieldNoun} "${error.field}"`);
  const template = MESSAGES[error.code];
  const params = error.params ?? {};
  const fromCatalogue = catalogueMessage(error);
  const listed = Object.entries(params).map(([name, value]) => `${name} ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const reason = fromCatalogue ?? (template ? fill(template, params) : null) ?? `${error.code}${listed.length > 0 ? ` (${listed.join(', ')})` : ''}`;
  const where = [error.file, place.join(', ')].filter((part) => part).join(': ');
  return where ? `${where}: ${reason}` : reason;
}

/**
 * Errors (or warnings, with `prefix` "phanlo: warning: ") for stderr, one a line, at most `limit` of
 * them and a count of the rest.
 */
export function formatReaderErrors(
  errors: readonly ReaderErrorLike[],
  { fieldNoun = 'field', limit = 20, prefix = 'phanlo: ' }: { fieldNoun?: 'column' | 'field'; limit?: number; prefix?: string } = {},
): string {
  const lines = errors.slice(0, limit).map((error) => `${prefix}${formatReaderError(error, fieldNoun)}`);
  if (errors.length > limit) lines.push(`${prefix}… and ${errors.length - limit} more`);
  return `${lines.join('\n')}\n`;
}
