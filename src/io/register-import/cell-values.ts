/**
 * One cell of a register file read as the field its column holds: numbers with a decimal comma
 * ("1.250,5") or point, dates as Excel stores them (a date cell, a serial number, or "15/03/2024"),
 * phones and IDs as text (a leading zero Excel dropped from a number cell put back, with a warning),
 * emissions and fire hazard from Vietnamese or English words. Each reader gives a value or a problem code.
 */
import { foldKey } from '../../domain/register/fold-text';
import type { Emission, FireHazard, EntryKind } from '../../domain/register/entry';
import { cellText, type GridValue } from './grid';

export type CellResult<T> = { ok: true; value: T; warning?: string } | { ok: false; code: string };

const ok = <T>(value: T, warning?: string): CellResult<T> => (warning ? { ok: true, value, warning } : { ok: true, value });
const bad = (code: string): CellResult<never> => ({ ok: false, code });

/** "1.250,5", "1250,5", "1250.5", "1 250", "120 m²" → number. */
export function readNumber(value: GridValue): CellResult<number | null> {
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : bad('number');
  const text = cellText(value);
  if (text === null) return ok(null);
  let plain = text.replace(/\s|\u202f/g, '').replace(/(m2|m²|triệu|trđ|tr|người)$/i, '');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(plain)) plain = plain.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(plain) && !/^-?\d{1,3},\d{3}$/.test(plain)) plain = plain.replace(/,/g, '');
  else plain = plain.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return bad('number');
  return ok(Number(plain));
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const isoOf = (year: number, month: number, day: number): string | null => {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
};

/** A date cell, an Excel serial day number, "15/03/2024", "15-3-2024", "15.03.2024" or "2024-03-15" → ISO date. */
export function readDate(value: GridValue): CellResult<string | null> {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? bad('date') : ok(value.toISOString().slice(0, 10));
  if (typeof value === 'number') {
    if (value < 1 || value > 2958465) return bad('date');
    return ok(new Date(EXCEL_EPOCH_MS + Math.round(value) * 86_400_000).toISOString().slice(0, 10));
  }
  const text = cellText(value);
  if (text === null) return ok(null);
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) { const iso = isoOf(Number(match[3]), Number(match[2]), Number(match[1])); return iso ? ok(iso) : bad('date'); }
  match = /^(\d{4})-(\d{1,2})-(\d{1,2})(T.*)?$/.exec(text);
  if (match) { const iso = isoOf(Number(match[1]), Number(match[2]), Number(match[3])); return iso ? ok(iso) : bad('date'); }
  if (/^\d+(\.\d+)?$/.test(text)) return readDate(Number(text));
  return bad('date');
}

/**
 * Text kept as written; a number cell as its digits. Excel and Calc drop leading zeros from numbers,
 * and a CSV saved from such a sheet carries the digits without them: put the zero back where sure.
 */
export function readDigitsText(value: GridValue, kind: 'phone' | 'id'): CellResult<string | null> {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0) return bad(kind === 'phone' ? 'phone' : 'id');
    return withLeadingZero(String(value), kind);
  }
  const text = cellText(value);
  return text !== null && /^\d+$/.test(text) ? withLeadingZero(text, kind) : ok(text);
}

/** A Vietnamese mobile or landline has 10 digits starting with 0; a CCCD 12 digits, often starting with 0 (a 9-digit CMND is whole). */
function withLeadingZero(digits: string, kind: 'phone' | 'id'): CellResult<string | null> {
  if (kind === 'phone' && digits.length === 9) return ok(`0${digits}`, 'leading-zero');
  if (kind === 'id' && digits.length === 11) return ok(`0${digits}`, 'leading-zero');
  return ok(digits);
}

const EMISSION_WORDS: Record<string, Emission> = {
  on: 'noise', tiengon: 'noise', ontiengon: 'noise', noise: 'noise',
  bui: 'dust', dust: 'dust',
  nuocthai: 'wastewater', thai: 'wastewater', wastewater: 'wastewater', nuoc: 'wastewater',
  khoi: 'smoke', khithai: 'smoke', smoke: 'smoke',
};
const NONE_WORDS = new Set(['khong', 'none', 'no', 'kco', 'khongco', '0']);

/** "Ồn, bụi", "tiếng ồn; nước thải", "noise/dust", "không" → emissions. */
export function readEmissions(value: GridValue): CellResult<Emission[]> {
  const text = cellText(value);
  if (text === null) return ok([]);
  const found = new Set<Emission>();
  for (const part of text.split(/[,;/+&]|\svà\s|\sand\s/i)) {
    const key = foldKey(part);
    if (!key || key === '-' || NONE_WORDS.has(key)) continue;
    const emission = EMISSION_WORDS[key];
    if (!emission) return bad('emissions');
    found.add(emission);
  }
  return ok([...found]);
}

const HAZARD_WORDS: Record<string, FireHazard> = {
  thap: 'low', it: 'low', low: 'low', khong: 'low',
  trungbinh: 'medium', tb: 'medium', vua: 'medium', medium: 'medium',
  cao: 'high', lon: 'high', high: 'high',
};

export function readFireHazard(value: GridValue): CellResult<FireHazard | null> {
  const text = cellText(value);
  if (text === null) return ok(null);
  const hazard = HAZARD_WORDS[foldKey(text)];
  return hazard ? ok(hazard) : bad('fire-hazard');
}

/** The loan column: an amount in million đồng, or "có" / "x" for a loan of unstated amount, or "không". */
export function readLoan(value: GridValue): CellResult<{ needsLoan: boolean; amount: number | null }> {
  const text = cellText(value);
  if (text === null) return ok({ needsLoan: false, amount: null });
  const key = foldKey(text);
  if (['co', 'x', 'yes', 'cocan', 'can'].includes(key)) return ok({ needsLoan: true, amount: null });
  if (NONE_WORDS.has(key)) return ok({ needsLoan: false, amount: null });
  const number = readNumber(value);
  if (!number.ok || number.value === null) return bad('number');
  return ok({ needsLoan: number.value > 0, amount: number.value > 0 ? number.value : null });
}

export function readKind(value: GridValue): CellResult<EntryKind | null> {
  const key = foldKey(cellText(value) ?? '');
  if (!key) return ok(null);
  if (['ho', 'hogiadinh', 'hocanhan', 'household', 'hokinhdoanh'].includes(key)) return ok('household');
  if (['doanhnghiep', 'congty', 'htx', 'hoptacxa', 'coso', 'enterprise', 'company'].includes(key)) return ok('enterprise');
  return bad('kind');
}

/** "A-01, A-02; B-03" → ["A-01", "A-02", "B-03"], in the order written. */
export function readWishes(value: GridValue): CellResult<string[]> {
  const text = cellText(value);
  if (text === null) return ok([]);
  return ok([...new Set(text.split(/[,;\s]+/).map((code) => code.trim()).filter(Boolean))]);
}
