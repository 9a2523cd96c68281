/**
 * Attribute values as files really hold them: numbers as numbers or as text ("12", "1.234,5" from a
 * Vietnamese Excel), codes in any case. Each coercion says what is wrong with a value instead of throwing.
 */
export type ValueProblem = 'value-missing' | 'value-not-integer' | 'value-not-number' | 'value-not-text' | 'land-use-code-invalid';
export type Coerced<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: ValueProblem };

/** How a number's decimal point is written: ',' (vi-VN), '.' or either ('auto' decides per value). */
export type DecimalMark = ',' | '.' | 'auto';

/**
 * How files write "no value" in a cell: nothing, spaces, a run of asterisks (a NULL number in a
 * dBASE/shapefile .dbf as GDAL and QGIS write it: `**********`), or the word NULL (database and QGIS
 * CSV exports, any case, also "<NULL>"). None of these is a value, so none of them is an error in an
 * optional field.
 */
const NULL_TEXT = /^(?:\**|null|<null>)$/i;

/** Whether a cell holds no value (see NULL_TEXT for the spellings of "no value" in text). */
export const isBlank = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && NULL_TEXT.test(v.trim())) || (typeof v === 'number' && Number.isNaN(v));

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = (mark: string): RegExp => new RegExp(`^[+-]?\\d{1,3}(?:\\${mark}\\d{3})+(?:$|[^\\d])`);

/**
 * A number written as text. `decimalMark` ',' reads "2306382,38" and "1.234,5"; '.' reads "1,234.5";
 * 'auto' takes the last of ',' and '.' as the decimal mark when both occur, a lone ',' as decimal, and
 * repeated marks ("2.306.382") as thousands separators. Spaces between digit groups are ignored.
 */
export function parseLocaleNumber(text: string, decimalMark: DecimalMark = 'auto'): number | null {
  let t = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (t === '') return null;
  let mark = decimalMark;
  if (mark === 'auto') {
    const lastComma = t.lastIndexOf(',');
    const lastDot = t.lastIndexOf('.');
    if (lastComma >= 0 && lastDot >= 0) mark = lastComma > lastDot ? ',' : '.';
    else if (lastComma >= 0) mark = t.indexOf(',') === lastComma ? ',' : '.';
    else mark = t.indexOf('.') === lastDot ? '.' : ',';
  }
  const thousands = mark === ',' ? '.' : ',';
  if (t.includes(thousands)) {
    if (!GROUPED(thousands).test(t)) return null;
    t = t.split(thousands).join('');
  }
  if (mark === ',') t = t.replace(',', '.');
  return NUMBER.test(t) ? Number(t) : null;
}

function asNumber(v: unknown, decimalMark: DecimalMark): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return parseLocaleNumber(v, decimalMark);
  return null;
}

/** số tờ, số thửa: a whole number above zero. */
export function coercePositiveInteger(v: unknown, decimalMark: DecimalMark = 'auto'): Coerced<number> {
  if (isBlank(v)) return { ok: false, problem: 'value-missing' };
  const n = asNumber(v, decimalMark);
  return n !== null && Number.isInteger(n) && n > 0 ? { ok: true, value: n } : { ok: false, problem: 'value-not-integer' };
}

/** A non-negative number (an area in m²), or null when the value is blank. */
export function coerceOptionalNonNegative(v: unknown, decimalMark: DecimalMark = 'auto'): Coerced<number | null> {
  if (isBlank(v)) return { ok: true, value: null };
  const n = asNumber(v, decimalMark);
  return n !== null && n >= 0 ? { ok: true, value: n } : { ok: false, problem: 'value-not-number' };
}

/** A number (a coordinate). */
export function coerceNumber(v: unknown, decimalMark: DecimalMark = 'auto'): Coerced<number> {
  if (isBlank(v)) return { ok: false, problem: 'value-missing' };
  const n = asNumber(v, decimalMark);
  return n !== null ? { ok: true, value: n } : { ok: false, problem: 'value-not-number' };
}

/** Free text (chủ sử dụng): blank is ''; numbers are written out; anything else is an error. */
export function coerceText(v: unknown): Coerced<string> {
  if (isBlank(v)) return { ok: true, value: '' };
  if (typeof v === 'string') return { ok: true, value: v.trim().normalize('NFC') };
  if (typeof v === 'number' || typeof v === 'boolean') return { ok: true, value: String(v) };
  return { ok: false, problem: 'value-not-text' };
}

/**
 * A land-use code (loại đất): 2–4 capital letters as the cadastral regulations write them (LUC, BHK,
 * ONT, DGT, SKN…), or several joined by "+" for a parcel of mixed use ("ONT+CLN"). Case and spaces
 * are forgiven: " onT " reads as ONT.
 */
export function coerceLandUseCode(v: unknown): Coerced<string> {
  if (isBlank(v)) return { ok: false, problem: 'value-missing' };
  if (typeof v !== 'string') return { ok: false, problem: 'land-use-code-invalid' };
  const code = v.trim().toUpperCase().replace(/\s*\+\s*/g, '+');
  return /^[A-Z]{2,4}(?:\+[A-Z]{2,4})*$/.test(code) ? { ok: true, value: code } : { ok: false, problem: 'land-use-code-invalid' };
}

/** A value as it can be shown in a message. */
export function displayValue(v: unknown): string {
  if (typeof v === 'string') return v.length > 60 ? `${v.slice(0, 57)}…` : v;
  if (v === undefined) return '';
  return JSON.stringify(v)?.slice(0, 60) ?? String(v);
}
