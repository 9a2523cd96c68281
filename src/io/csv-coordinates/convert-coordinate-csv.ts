/**
 * The pure core of `phanlo convert`: reads a CSV table of points, converts its coordinate columns
 * between WGS84 (`lat`, `lon`) and VN-2000 TM-3 planes (`x` = northing, `y` = easting, the Vietnamese
 * convention), and writes the same table back. Every other column passes through unchanged and in
 * order; the coordinate columns keep their places (lat ↔ x, lon ↔ y). Everything is validated before
 * anything is written: a bad row gives errors and no output at all.
 */
import Papa from 'papaparse';
import { convertPoint, parseCrs, UnknownCrsError, type CrsId, type ParsedCrs } from '../../geo/coordinates';
import { parcelId } from '../../domain/parcel';
import { csvField } from '../csv-text';
import { FIELD_ALIASES, normaliseFieldName } from '../parcel-import/field-names';
import { DEGREE_DECIMALS, formatFixed, METRE_DECIMALS } from './number-format';

/** A reader error as docs/TEAM-CONTRACTS.md shapes them; `row` is 1-based, header = row 1. */
export interface CsvCoordinateError {
  readonly file: string;
  readonly row?: number;
  /** The tờ/thửa ("12/43") of the row, when the table has sheet and parcel columns that read. */
  readonly parcelId?: string;
  readonly field?: string;
  readonly code:
    | 'unknown-crs' | 'empty-input' | 'csv-syntax' | 'missing-column' | 'duplicate-column'
    | 'output-column-exists' | 'field-count' | 'missing-value' | 'not-a-number' | 'out-of-range'
    | 'axes-swapped' | 'conversion-failed';
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface ConvertCoordinateCsvOptions {
  /** CRS of the input coordinates: 'EPSG:4326', 'EPSG:9205'…'EPSG:9218' or 'vn2000:<meridian>'. */
  readonly from: CrsId;
  /** CRS to write. */
  readonly to: CrsId;
  /** Name used in errors; '<stdin>' by default. */
  readonly fileName?: string;
}

export type ConvertCoordinateCsvResult =
  | { readonly ok: true; readonly value: string; readonly rowCount: number }
  | { readonly ok: false; readonly errors: readonly CsvCoordinateError[] };

/** The two coordinate columns of a CRS kind, in the order [north-ish, east-ish]. */
const COLUMNS = { geographic: ['lat', 'lon'], vn2000: ['x', 'y'] } as const;

interface ParsedRow {
  readonly fields: string[];
  /** 1-based line number of the row's first line, as a user counts lines (header = 1). */
  readonly row: number;
}

function parseCrsOrNull(crs: string): ParsedCrs | null {
  try {
    return parseCrs(crs);
  } catch (error) {
    if (error instanceof UnknownCrsError) return null;
    throw error;
  }
}

/** Splits the text into records with the line each starts on; blank lines are counted, then dropped. */
function readRecords(text: string, file: string): { rows: ParsedRow[]; linebreak: string; errors: CsvCoordinateError[] } {
  const rows: ParsedRow[] = [];
  const errors: CsvCoordinateError[] = [];
  let linebreak = '\n';
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    step: (result) => {
      linebreak = result.meta.linebreak || linebreak;
      const end = result.meta.cursor;
      const row = line;
      line += countLineBreaks(text.slice(start, end));
      start = end;
      if (result.errors.length > 0) {
        errors.push({ file, row, code: 'csv-syntax', params: { message: result.errors[0].message } });
      }
      const fields = result.data;
      if (fields.every((field) => field.trim() === '')) return;
      rows.push({ fields, row });
    },
  });
  return { rows, linebreak, errors };
}

function countLineBreaks(text: string): number {
  return (text.match(/\r\n|\n|\r/g) ?? []).length;
}

interface CheckedValue {
  readonly value: number | null;
  readonly error: CsvCoordinateError | null;
}

function readNumber(raw: string, file: string, row: number, field: string, range: readonly [number, number]): CheckedValue {
  const text = raw.trim();
  if (text === '') return { value: null, error: { file, row, field, code: 'missing-value' } };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
    return { value: null, error: { file, row, field, code: 'not-a-number', params: { value: raw } } };
  }
  const value = Number(text);
  if (!Number.isFinite(value) || value < range[0] || value > range[1]) {
    return {
      value: null,
      error: { file, row, field, code: 'out-of-range', params: { value: raw, min: range[0], max: range[1] } },
    };
  }
  return { value, error: null };
}

/**
 * Row errors with the tờ/thửa of their row, as the app names a row ("row 5 (sheet 12 / parcel 43)"),
 * when the header has a sheet and a parcel column under a name cadastral data uses for them (SoTo,
 * SHBANDO, so_thua…) and the row's values are whole numbers.
 */
function withParcelIds(errors: CsvCoordinateError[], header: ParsedRow, body: readonly ParsedRow[]): CsvCoordinateError[] {
  const columnOf = (aliases: readonly string[]) => header.fields.findIndex((name) => aliases.includes(normaliseFieldName(name)));
  const sheetColumn = columnOf(FIELD_ALIASES.sheetNo);
  const parcelColumn = columnOf(FIELD_ALIASES.parcelNo);
  if (sheetColumn < 0 || parcelColumn < 0) return errors;
  const ids = new Map<number, string>();
  for (const { fields, row } of body) {
    const [sheet, parcel] = [fields[sheetColumn], fields[parcelColumn]].map((value) => value?.trim() ?? '');
    if (/^\d+$/.test(sheet) && /^\d+$/.test(parcel)) ids.set(row, parcelId(Number(sheet), Number(parcel)));
  }
  return errors.map((error) => {
    const id = error.row === undefined ? undefined : ids.get(error.row);
    return id === undefined ? error : { ...error, parcelId: id };
  });
}

/** Plausible ranges: degrees by definition; plane metres wide enough for any TM-3 zone over Vietnam. */
const RANGES = {
  lat: [-90, 90], lon: [-180, 180], x: [-10_000_000, 10_000_000], y: [-10_000_000, 10_000_000],
} as const satisfies Record<string, readonly [number, number]>;

/**
 * Converts the coordinate columns of a CSV text (comma separator, decimal point, header row).
 * Output: metres to 3 decimals, degrees to 9; fields quoted per RFC 4180 where needed; the input's
 * line breaks and byte-order mark are kept.
 */
export function convertCoordinateCsv(text: string, options: ConvertCoordinateCsvOptions): ConvertCoordinateCsvResult {
  const file = options.fileName ?? '<stdin>';
  const from = parseCrsOrNull(options.from);
  const to = parseCrsOrNull(options.to);
  const crsErrors: CsvCoordinateError[] = [];
  if (!from) crsErrors.push({ file, field: 'from', code: 'unknown-crs', params: { crs: options.from } });
  if (!to) crsErrors.push({ file, field: 'to', code: 'unknown-crs', params: { crs: options.to } });
  if (!from || !to) return { ok: false, errors: crsErrors };

  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const { rows, linebreak, errors } = readRecords(bom ? text.slice(1) : text, file);
  if (rows.length === 0) return { ok: false, errors: [{ file, code: 'empty-input' }] };
  const [header, ...body] = rows;
  const names = header.fields.map((name) => name.trim().toLowerCase());

  const sourceColumns = COLUMNS[from.kind];
  const targetColumns = COLUMNS[to.kind];
  const indexes = sourceColumns.map((column) => names.indexOf(column));
  for (const [i, column] of sourceColumns.entries()) {
    if (indexes[i] < 0) {
      errors.push({ file, row: header.row, field: column, code: 'missing-column', params: { crs: options.from } });
    } else if (names.lastIndexOf(column) !== indexes[i]) {
      errors.push({ file, row: header.row, field: column, code: 'duplicate-column' });
    }
  }
  if (from.kind !== to.kind && !indexes.includes(-1)) {
    for (const column of targetColumns) {
      if (names.includes(column)) {
        errors.push({ file, row: header.row, field: column, code: 'output-column-exists', params: { crs: options.to } });
      }
    }
  }
  if (errors.some((error) => error.row === header.row)) return { ok: false, errors };

  // The same CRS under two names (EPSG:9209 = vn2000:105.5): reformat only, no round trip through WGS84.
  const identity =
    from.kind === to.kind && (from.kind === 'geographic' || from.meridianDeg === (to as typeof from).meridianDeg);

  // Validate every row before writing anything.
  const converted: [number, number][] = [];
  for (const { fields, row } of body) {
    if (fields.length !== header.fields.length) {
      errors.push({
        file, row, code: 'field-count', params: { expected: header.fields.length, actual: fields.length },
      });
      continue;
    }
    const [north, east] = sourceColumns.map((column, i) =>
      readNumber(fields[indexes[i]], file, row, header.fields[indexes[i]].trim(), RANGES[column]),
    );
    const rowErrors = [north.error, east.error].filter((e): e is CsvCoordinateError => e !== null);
    if (rowErrors.length > 0 || north.value === null || east.value === null) {
      errors.push(...rowErrors);
      continue;
    }
    if (from.kind === 'vn2000' && east.value > north.value) {
      // Over Vietnam a TM-3 northing (≥ 950 km) always exceeds the easting (500 km ± a few degrees).
      errors.push({
        file, row, field: header.fields[indexes[1]].trim(), code: 'axes-swapped',
        params: { x: fields[indexes[0]].trim(), y: fields[indexes[1]].trim() },
      });
      continue;
    }
    // convertPoint speaks GeoJSON order: [lon, lat] or [easting, northing].
    const [outEast, outNorth] = identity
      ? [east.value, north.value]
      : convertPoint(options.from, options.to, [east.value, north.value]);
    if (!Number.isFinite(outEast) || !Number.isFinite(outNorth)) {
      errors.push({ file, row, field: header.fields[indexes[0]].trim(), code: 'conversion-failed' });
      continue;
    }
    converted.push([outNorth, outEast]);
  }
  if (errors.length > 0) return { ok: false, errors: withParcelIds(errors, header, body) };

  const decimals = to.kind === 'geographic' ? DEGREE_DECIMALS : METRE_DECIMALS;
  const outputHeader = [...header.fields];
  if (from.kind !== to.kind) {
    outputHeader[indexes[0]] = targetColumns[0];
    outputHeader[indexes[1]] = targetColumns[1];
  }
  const csvRecord = (fields: readonly string[]): string => fields.map((field) => csvField(field)).join(',');
  const lines = [csvRecord(outputHeader)];
  body.forEach(({ fields }, i) => {
    const out = [...fields];
    out[indexes[0]] = formatFixed(converted[i][0], decimals);
    out[indexes[1]] = formatFixed(converted[i][1], decimals);
    lines.push(csvRecord(out));
  });
  return { ok: true, value: bom + lines.join(linebreak) + linebreak, rowCount: body.length };
}
