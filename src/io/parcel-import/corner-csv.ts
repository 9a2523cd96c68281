/**
 * Parcel corner tables in CSV, as surveyors and Excel users keep them: one row per corner with the
 * sheet, parcel, point number, X (northing) and Y (easting) in VN-2000 (or latitude and longitude),
 * and optionally the land-use code and land user. A Vietnamese Excel writes ";" between cells and
 * "2306382,38" for numbers; both ";" and "," files are read. Rows are counted as a spreadsheet counts
 * them: the header is row 1.
 */
import Papa from 'papaparse';
import type { PlanePoint } from '../../geo/coordinates';
import type { SourceParcel } from '../layers/parcel-records';
import { issue, type ReadError, type ReadWarning } from '../layers/read-result';
import { coordinateCause, type PlaneConverter } from '../layers/to-plane';
import { coerceNumber, coercePositiveInteger, displayValue, isBlank, type DecimalMark } from '../layers/value-coercion';
import type { FieldMapping } from './field-mapping';
import { decodeText, guessEncoding, type TextEncoding } from './text-encoding';

export interface CsvRow {
  /** 1-based spreadsheet row (header = 1). */
  readonly row: number;
  readonly values: Readonly<Record<string, string>>;
}

export interface CsvTable {
  readonly fields: readonly string[];
  readonly rows: readonly CsvRow[];
  readonly delimiter: ';' | ',' | '\t';
  readonly decimalMark: ',' | '.';
  readonly encoding: TextEncoding;
}

function countOutsideQuotes(line: string, char: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) count++;
  }
  return count;
}

/** The cell separator of the header line: the commonest of ";", tab and ","; ";" wins ties. */
export function detectDelimiter(headerLine: string): ';' | ',' | '\t' {
  const counts = ([';', '\t', ','] as const).map((d) => [d, countOutsideQuotes(headerLine, d)] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** Reads the CSV text into named rows; reports what stops it and gives null. */
export function readCsvTable(
  bytes: Uint8Array,
  fileName: string,
  encodingOverride: TextEncoding | null,
  errors: ReadError[],
  warnings: ReadWarning[],
): CsvTable | null {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const encoding = encodingOverride ?? (hasBom ? 'utf-8' : guessEncoding(bytes));
  if (encodingOverride === null && encoding !== 'utf-8') warnings.push(issue(fileName, 'csv-encoding-guessed', {}, { encoding }));
  const text = decodeText(hasBom ? bytes.subarray(3) : bytes, encoding);
  const headerLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const delimiter = detectDelimiter(headerLine);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  for (const e of parsed.errors) {
    if (e.type === 'Quotes' || e.code === 'InvalidQuotes') {
      // Papa Parse's message is English; an unclosed or stray quote is what it means here.
      errors.push(issue(fileName, 'csv-unreadable', e.row === undefined ? {} : { row: e.row + 1 }));
    }
  }
  if (errors.length > 0) return null;
  const data = parsed.data;
  const headerIndex = data.findIndex((cells) => cells.some((c) => c.trim() !== ''));
  if (headerIndex < 0) {
    errors.push(issue(fileName, 'file-empty'));
    return null;
  }
  const fields = data[headerIndex].map((name, i) => name.trim() || `(${i + 1})`);
  const rows: CsvRow[] = [];
  for (let i = headerIndex + 1; i < data.length; i++) {
    const cells = data[i];
    if (cells.every((c) => c.trim() === '')) continue;
    rows.push({ row: i + 1, values: Object.fromEntries(fields.map((f, k) => [f, (cells[k] ?? '').trim()])) });
  }
  if (rows.length === 0) {
    errors.push(issue(fileName, 'csv-no-data-rows'));
    return null;
  }
  const numeric = /^[-+]?[\d.,\s]+$/;
  const commaDecimals = delimiter !== ',' && rows.some((r) => Object.values(r.values).some((v) => numeric.test(v) && v.includes(',')));
  return { fields, rows, delimiter, decimalMark: commaDecimals ? ',' : '.', encoding };
}

/** Sample positions [Y, X] (easting/longitude first) from the suggested columns, for a CRS suggestion. */
export function samplePositions(table: CsvTable, mapping: FieldMapping, limit = 50): number[][] {
  if (!mapping.x || !mapping.y) return [];
  const out: number[][] = [];
  for (const r of table.rows.slice(0, limit)) {
    const x = coerceNumber(r.values[mapping.x], table.decimalMark);
    const y = coerceNumber(r.values[mapping.y], table.decimalMark);
    if (x.ok && y.ok) out.push([y.value, x.value]);
  }
  return out;
}

interface Corner {
  readonly row: number;
  readonly order: number;
  readonly x: number;
  readonly y: number;
}

interface ParcelRows {
  readonly id: string;
  readonly rows: CsvRow[];
}

/** The corner-table-specific mapping errors: X and Y columns must be mapped and exist. */
export function checkCornerMapping(mapping: FieldMapping, fields: readonly string[], fileName: string): ReadError[] {
  const errors: ReadError[] = [];
  for (const target of ['x', 'y'] as const) {
    const name = mapping[target];
    if (!name) errors.push(issue(fileName, 'mapping-field-required', {}, { target }));
    else if (!fields.includes(name)) errors.push(issue(fileName, 'mapping-field-unknown', { field: name }, { target, source: name }));
  }
  if (mapping.cornerNo && !fields.includes(mapping.cornerNo)) {
    errors.push(issue(fileName, 'mapping-field-unknown', { field: mapping.cornerNo }, { target: 'cornerNo', source: mapping.cornerNo }));
  }
  return errors;
}

/**
 * Groups corner rows into source parcels (in the order parcels first appear) and converts their
 * corners. Reported here, by row and column: sheet/parcel numbers that are not whole numbers, X/Y
 * that are not numbers, corners out of range (once per parcel), repeated point numbers, fewer than 3
 * corners, and attributes that differ between rows of one parcel. The mapping must name sheetNo,
 * parcelNo, x and y (checkCornerMapping and checkParcelMapping first).
 */
export function cornerParcels(
  table: CsvTable,
  mapping: FieldMapping,
  converter: PlaneConverter,
  fileName: string,
  errors: ReadError[],
): SourceParcel[] {
  const mark: DecimalMark = table.decimalMark;
  const sheetField = mapping.sheetNo!;
  const parcelField = mapping.parcelNo!;
  const groups = new Map<string, ParcelRows>();
  for (const r of table.rows) {
    const sheet = coercePositiveInteger(r.values[sheetField], mark);
    const parcel = coercePositiveInteger(r.values[parcelField], mark);
    if (!sheet.ok) errors.push(issue(fileName, sheet.problem, { row: r.row, field: sheetField }, { target: 'sheetNo', value: r.values[sheetField] }));
    if (!parcel.ok) errors.push(issue(fileName, parcel.problem, { row: r.row, field: parcelField }, { target: 'parcelNo', value: r.values[parcelField] }));
    if (!sheet.ok || !parcel.ok) continue;
    const id = `${sheet.value}/${parcel.value}`;
    if (!groups.has(id)) groups.set(id, { id, rows: [] });
    groups.get(id)!.rows.push(r);
  }
  return [...groups.values()].map((group) => parcelOf(group, table, mapping, converter, fileName, errors));
}

function parcelOf(
  group: ParcelRows,
  table: CsvTable,
  mapping: FieldMapping,
  converter: PlaneConverter,
  fileName: string,
  errors: ReadError[],
): SourceParcel {
  const { id, rows } = group;
  const mark = table.decimalMark;
  const firstRow = rows[0].row;
  const corners: Corner[] = [];
  let cornersOk = true;
  rows.forEach((r, i) => {
    const x = coerceNumber(r.values[mapping.x!], mark);
    const y = coerceNumber(r.values[mapping.y!], mark);
    if (!x.ok) errors.push(issue(fileName, x.problem, { row: r.row, field: mapping.x! }, { target: 'x', value: r.values[mapping.x!] }));
    if (!y.ok) errors.push(issue(fileName, y.problem, { row: r.row, field: mapping.y! }, { target: 'y', value: r.values[mapping.y!] }));
    let order = i + 1;
    if (mapping.cornerNo) {
      const n = coercePositiveInteger(r.values[mapping.cornerNo], mark);
      if (n.ok) order = n.value;
      else {
        errors.push(issue(fileName, n.problem, { row: r.row, field: mapping.cornerNo }, { target: 'cornerNo', value: r.values[mapping.cornerNo] }));
        cornersOk = false;
      }
    }
    if (x.ok && y.ok) corners.push({ row: r.row, order, x: x.value, y: y.value });
    else cornersOk = false;
  });

  // Out of range: reported once per parcel, at its first bad row.
  const bad = corners.filter((c) => coordinateCause(c.y, c.x, converter.space) !== null);
  if (bad.length > 0) {
    const c = bad[0];
    errors.push(issue(fileName, 'coordinates-out-of-range', { row: c.row, field: mapping.x! }, {
      cause: coordinateCause(c.y, c.x, converter.space)!, coordinates: `X ${c.x}, Y ${c.y}`, count: bad.length, crs: converter.sourceCrs, id,
    }));
    cornersOk = false;
  }

  const byOrder = new Map<number, Corner>();
  for (const c of corners) {
    const first = byOrder.get(c.order);
    if (first) {
      errors.push(issue(fileName, 'corner-duplicate', { row: c.row, field: mapping.cornerNo ?? undefined }, { id, cornerNo: c.order, first: first.row }));
      cornersOk = false;
    } else byOrder.set(c.order, c);
  }
  const ordered = [...byOrder.values()].sort((a, b) => a.order - b.order);
  const last = ordered[ordered.length - 1];
  if (ordered.length > 1 && last.x === ordered[0].x && last.y === ordered[0].y) ordered.pop(); // a repeated closing corner
  if (cornersOk && ordered.length < 3) {
    errors.push(issue(fileName, 'parcel-too-few-corners', { row: firstRow }, { id, corners: ordered.length }));
    cornersOk = false;
  }

  const properties = mergedAttributes(rows, mapping, id, fileName, errors);
  const ring: PlanePoint[] = ordered.map((c) => converter.toPlane([c.y, c.x]));
  return { location: { row: firstRow }, rows: rows.map((r) => r.row), properties, parts: cornersOk ? [[ring]] : null };
}

/** One parcel's attributes: the first non-blank value of each mapped column; a different later value is a conflict. */
function mergedAttributes(
  rows: readonly CsvRow[],
  mapping: FieldMapping,
  id: string,
  fileName: string,
  errors: ReadError[],
): Record<string, string> {
  const properties: Record<string, string> = { ...rows[0].values };
  for (const target of ['landUseCode', 'landUser', 'registeredAreaM2'] as const) {
    const field = mapping[target];
    if (!field) continue;
    let first: CsvRow | null = null;
    for (const r of rows) {
      const v = r.values[field];
      if (isBlank(v)) continue;
      if (first === null) {
        first = r;
        properties[field] = v;
      } else if (v.normalize('NFC') !== first.values[field].normalize('NFC')) {
        errors.push(issue(fileName, 'parcel-attribute-conflict', { row: r.row, field }, {
          id, target, value: displayValue(v), firstValue: displayValue(first.values[field]), first: first.row,
        }));
      }
    }
  }
  return properties;
}
