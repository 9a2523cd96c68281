/**
 * How phanlo writes numbers, areas, lengths, coordinates, money, shares and dates for people, in
 * Vietnamese (vi-VN: "1.250,3 m²", '.' groups thousands and ',' marks decimals) and English
 * ("1,250.3 m²"). Every function takes the value in the unit its name says and returns plain text.
 *
 * Spacing: the space between a number and its unit is an ordinary space (U+0020), never a
 * non-breaking one, so that tests and browser tests can compare strings as written; keep a value on
 * one line with CSS (`white-space: nowrap`). Intl output is checked to contain no U+00A0 / U+202F.
 * Non-finite values (NaN, ±Infinity) are written as "—".
 */
import { roundAreaM2 } from '../geo/plane-measure';
import type { Language } from './translate';

const NUMBER_LOCALE: Record<Language, string> = { vi: 'vi-VN', en: 'en-US' };

/** What is written for a value that is not a finite number. */
export const NOT_A_NUMBER_TEXT = '—';

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${language}|${minimumFractionDigits}|${maximumFractionDigits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALE[language], {
      minimumFractionDigits,
      maximumFractionDigits,
      useGrouping: true,
      // "0,0", not "-0,0", for a tiny negative value that rounds to zero.
      signDisplay: 'negative',
    });
    formatters.set(key, format);
  }
  return format;
}

/** Replaces any non-breaking space an Intl implementation may emit by an ordinary space. */
const plainSpaces = (text: string): string => text.replace(/[\u00A0\u202F]/g, ' ');

function formatFixed(value: number, language: Language, minimumFractionDigits: number, maximumFractionDigits = minimumFractionDigits): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER_TEXT;
  return plainSpaces(numberFormat(language, minimumFractionDigits, maximumFractionDigits).format(value));
}

/** A number with exactly `fractionDigits` decimals and grouped thousands: 1250.25 → "1.250,3" (vi). */
export function formatDecimal(value: number, language: Language, fractionDigits: number): string {
  return formatFixed(value, language, fractionDigits);
}

/** A whole number with grouped thousands: 1250 → "1.250" (vi), "1,250" (en). Rounds half away from zero. */
export function formatInteger(value: number, language: Language): string {
  return formatFixed(value, language, 0);
}

/**
 * An area as the cadastre states it, to 0.1 m²: 1250.25 → "1.250,3 m²" (vi), "1,250.3 m²" (en).
 * Rounds with `roundAreaM2`, the same rounding that land-recovery tables use, so a row shows the
 * number its sums were made from.
 */
export function formatAreaM2(areaM2: number, language: Language): string {
  if (!Number.isFinite(areaM2)) return NOT_A_NUMBER_TEXT;
  return `${formatFixed(roundAreaM2(areaM2), language, 1)} m²`;
}

/** An area in hectares (the value is in ha): 4.5 → "4,5 ha"; up to `maximumFractionDigits` (2) decimals. */
export function formatHectares(areaHa: number, language: Language, options: { maximumFractionDigits?: number } = {}): string {
  if (!Number.isFinite(areaHa)) return NOT_A_NUMBER_TEXT;
  return `${formatFixed(areaHa, language, 0, options.maximumFractionDigits ?? 2)} ha`;
}

/** Square metres per hectare, for callers that hold areas in m² (all of phanlo does). */
export const M2_PER_HECTARE = 10_000;

/** A length to 0.01 m: 12.3449 → "12,34 m" (vi), "12.34 m" (en). */
export function formatLengthM(lengthM: number, language: Language): string {
  if (!Number.isFinite(lengthM)) return NOT_A_NUMBER_TEXT;
  return `${formatFixed(lengthM, language, 2)} m`;
}

/** A plane coordinate (X or Y, metres) to 1 mm, without unit: 2306382.38 → "2.306.382,380" (vi). */
export function formatCoordinateM(coordinateM: number, language: Language): string {
  return formatFixed(coordinateM, language, 3);
}

/** An amount of money to the whole đồng: 5e10 → "50.000.000.000 đ" (vi), "50,000,000,000 VND" (en). */
export function formatMoneyVnd(amountVnd: number, language: Language): string {
  if (!Number.isFinite(amountVnd)) return NOT_A_NUMBER_TEXT;
  return `${formatFixed(amountVnd, language, 0)} ${language === 'vi' ? 'đ' : 'VND'}`;
}

const COMPACT_SCALES: readonly { readonly factor: number; readonly vi: string; readonly en: string }[] = [
  { factor: 1e9, vi: 'tỷ đồng', en: 'billion VND' },
  { factor: 1e6, vi: 'triệu đồng', en: 'million VND' },
  { factor: 1e3, vi: 'nghìn đồng', en: 'thousand VND' },
  { factor: 1, vi: 'đồng', en: 'VND' },
];

/**
 * Money in words of scale, as budgets are spoken of: 5e10 → "50 tỷ đồng" / "50 billion VND",
 * 48_734_567_890 → "48,73 tỷ đồng"; at most `maximumFractionDigits` (2) decimals, trailing zeros
 * dropped. A value that rounds up to 1000 of a scale moves to the next scale ("1 tỷ đồng").
 */
export function formatMoneyVndCompact(amountVnd: number, language: Language, options: { maximumFractionDigits?: number } = {}): string {
  if (!Number.isFinite(amountVnd)) return NOT_A_NUMBER_TEXT;
  const digits = options.maximumFractionDigits ?? 2;
  const magnitude = Math.abs(amountVnd);
  let index = COMPACT_SCALES.findIndex((scale) => magnitude >= scale.factor);
  if (index < 0) index = COMPACT_SCALES.length - 1;
  const roundTo = (value: number): number => Math.round(value * 10 ** digits) / 10 ** digits;
  // 999_999_999 is "1 tỷ", not "1.000 triệu".
  while (index > 0 && roundTo(magnitude / COMPACT_SCALES[index].factor) >= 1000) index--;
  const scale = COMPACT_SCALES[index];
  const scaled = scale.factor === 1 ? amountVnd : amountVnd / scale.factor;
  return `${formatFixed(scaled, language, 0, scale.factor === 1 ? 0 : digits)} ${scale[language]}`;
}

/** A ratio as a percentage: 0.125 → "12,5%" (vi), "12.5%" (en); `fractionDigits` (1) fixed decimals. */
export function formatPercent(ratio: number, language: Language, fractionDigits = 1): string {
  if (!Number.isFinite(ratio)) return NOT_A_NUMBER_TEXT;
  return `${formatFixed(ratio * 100, language, fractionDigits)}%`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A calendar date: "02/03/2021" (vi, dd/mm/yyyy) or "2 Mar 2021" (en, unambiguous).
 * A `Date` is read in the local time zone; a string "YYYY-MM-DD" is a calendar date with no time
 * zone (it never shifts by a day); any other string is parsed as an ISO timestamp.
 */
export function formatDate(date: Date | string, language: Language): string {
  let year: number, month: number, day: number;
  const calendar = typeof date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (calendar) {
    [year, month, day] = [Number(calendar[1]), Number(calendar[2]), Number(calendar[3])];
  } else {
    const parsed = typeof date === 'string' ? new Date(date) : date;
    if (Number.isNaN(parsed.getTime())) return NOT_A_NUMBER_TEXT;
    [year, month, day] = [parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate()];
  }
  if (language === 'vi') return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
  return `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/** A central meridian in degrees and minutes, as cadastral maps print it: 105.5 → "105°30′". */
export function formatMeridian(degrees: number): string {
  const whole = Math.floor(degrees);
  const minutes = Math.round((degrees - whole) * 60);
  return `${whole}°${String(minutes).padStart(2, '0')}′`;
}
