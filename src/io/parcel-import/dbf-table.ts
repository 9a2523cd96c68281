/**
 * The attribute table (.dbf, dBASE III) of a shapefile. Read here rather than with shpjs's parseDbf
 * because legacy Vietnamese files need the raw bytes of each text field: their encoding (TCVN3,
 * CP1258) is often named nowhere and must be guessed from the bytes, and TCVN3 has no TextDecoder.
 * Deleted records (flag '*') are kept in place, flagged, so records still line up with shapes.
 * A NULL number is a cell of '*' (GDAL, QGIS) or of spaces (older writers): both read as null.
 */
import { decodeText, guessEncoding, type TextEncoding } from './text-encoding';

export interface DbfField {
  readonly name: string;
  /** dBASE type letter: C text, N/F number, L logical, D date (YYYYMMDD). */
  readonly type: string;
  readonly length: number;
}

export interface DbfTable {
  readonly fields: readonly DbfField[];
  /** One per record, in file order; text fields decoded, numbers as numbers, blanks as null. */
  readonly records: readonly Readonly<Record<string, string | number | boolean | null>>[];
  /** Parallel to `records`: true for records marked deleted. */
  readonly deleted: readonly boolean[];
  readonly encoding: TextEncoding;
}

const ascii = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

function trimBytes(bytes: Uint8Array): Uint8Array {
  let start = 0;
  let end = bytes.length;
  while (start < end && (bytes[start] === 0x20 || bytes[start] === 0)) start++;
  while (end > start && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0)) end--;
  return bytes.subarray(start, end);
}

/**
 * Parses a .dbf. `encoding` null guesses it from all text bytes (see guessEncoding). Throws on a
 * file too short for its own header: the caller reports `dbf-unreadable`.
 */
export function readDbf(bytes: Uint8Array, encoding: TextEncoding | null): DbfTable {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const recordCount = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  if (headerLength < 33 || headerLength > bytes.length || recordLength < 1) throw new Error('dBASE header out of bounds');

  const rawFields: { nameBytes: Uint8Array; type: string; length: number }[] = [];
  for (let offset = 32; offset + 32 <= headerLength && bytes[offset] !== 0x0d; offset += 32) {
    const nameBytes = bytes.subarray(offset, offset + 11);
    const nul = nameBytes.indexOf(0);
    rawFields.push({
      nameBytes: nul >= 0 ? nameBytes.subarray(0, nul) : nameBytes,
      type: String.fromCharCode(bytes[offset + 11]).toUpperCase(),
      length: bytes[offset + 16],
    });
  }

  const rows: { deleted: boolean; cells: Uint8Array[] }[] = [];
  for (let r = 0; r < recordCount; r++) {
    const start = headerLength + r * recordLength;
    if (start + recordLength > bytes.length) throw new Error('dBASE records truncated');
    let at = start + 1;
    const cells = rawFields.map((f) => {
      const cell = bytes.subarray(at, at + f.length);
      at += f.length;
      return cell;
    });
    rows.push({ deleted: bytes[start] === 0x2a, cells });
  }

  const textBytes = [
    ...rawFields.map((f) => f.nameBytes),
    ...rawFields.flatMap((f, i) => (f.type === 'C' ? rows.map((row) => trimBytes(row.cells[i])) : [])),
  ];
  const chosen = encoding ?? guessEncoding(joinWithSpaces(textBytes));
  const fields: DbfField[] = rawFields.map((f) => ({ name: decodeText(f.nameBytes, chosen).trim(), type: f.type, length: f.length }));
  const records = rows.map((row) => {
    const record: Record<string, string | number | boolean | null> = {};
    fields.forEach((field, i) => {
      const cell = trimBytes(row.cells[i]);
      if (cell.length === 0) record[field.name] = null;
      else if (field.type === 'N' || field.type === 'F') {
        // A NULL number: GDAL, QGIS and ArcGIS fill the cell with '*' (or spaces, trimmed above).
        if (cell.every((b) => b === 0x2a)) {
          record[field.name] = null;
          return;
        }
        const n = Number(ascii(cell));
        record[field.name] = Number.isFinite(n) ? n : ascii(cell);
      } else if (field.type === 'L') {
        const c = ascii(cell).toUpperCase();
        record[field.name] = 'YT'.includes(c) ? true : 'NF'.includes(c) ? false : null;
      } else record[field.name] = decodeText(cell, chosen);
    });
    return record;
  });
  return { fields, records, deleted: rows.map((row) => row.deleted), encoding: chosen };
}

/** The parts one after another with a space between, so no multi-byte sequence spans two cells. */
function joinWithSpaces(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0)).fill(0x20);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length + 1;
  }
  return out;
}
