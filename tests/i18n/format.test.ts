import { describe, expect, it } from 'vitest';
import {
  formatAreaM2, formatCoordinateM, formatDate, formatDecimal, formatHectares, formatInteger, formatLengthM,
  formatMoneyVnd, formatMoneyVndCompact, formatPercent, NOT_A_NUMBER_TEXT,
} from '../../src/i18n/format';

const NO_BREAK_SPACES = /[\u00A0\u202F]/;

describe('vi-VN and English number formats (exact strings, Node ICU)', () => {
  it('writes areas to 0.1 m² with the locale marks and an ordinary space before the unit', () => {
    expect(formatAreaM2(1250.25, 'vi')).toBe('1.250,3 m²');
    expect(formatAreaM2(1250.25, 'en')).toBe('1,250.3 m²');
    expect(formatAreaM2(45000, 'vi')).toBe('45.000,0 m²');
    expect(formatAreaM2(0.04, 'vi')).toBe('0,0 m²');
    expect(formatAreaM2(1250.25, 'vi')).not.toMatch(NO_BREAK_SPACES);
  });

  it('rounds areas as the land-recovery tables do (roundAreaM2), not by Intl on the raw value', () => {
    // 3.3499999999999996 × 10 rounds to 33.5 in floating point, so roundAreaM2 gives 3.4; Intl alone,
    // rounding the exact value, would write "3,3" and a table row would disagree with its sum.
    expect(formatAreaM2(3.3499999999999996, 'vi')).toBe('3,4 m²');
    expect(formatAreaM2(1.45, 'vi')).toBe('1,5 m²');
  });

  it('writes hectares with up to two decimals', () => {
    expect(formatHectares(4.5, 'vi')).toBe('4,5 ha');
    expect(formatHectares(4.5, 'en')).toBe('4.5 ha');
    expect(formatHectares(4.51234, 'vi')).toBe('4,51 ha');
    expect(formatHectares(4, 'vi')).toBe('4 ha');
    expect(formatHectares(4.51234, 'vi', { maximumFractionDigits: 4 })).toBe('4,5123 ha');
  });

  it('writes lengths to 0.01 m and coordinates to 1 mm', () => {
    expect(formatLengthM(12.3449, 'vi')).toBe('12,34 m');
    expect(formatLengthM(1012.3, 'en')).toBe('1,012.30 m');
    expect(formatCoordinateM(2306382.38, 'vi')).toBe('2.306.382,380');
    expect(formatCoordinateM(592756.646, 'en')).toBe('592,756.646');
  });

  it('writes money to the đồng, and in words of scale', () => {
    expect(formatMoneyVnd(50_000_000_000, 'vi')).toBe('50.000.000.000 đ');
    expect(formatMoneyVnd(50_000_000_000, 'en')).toBe('50,000,000,000 VND');
    expect(formatMoneyVnd(1234.6, 'vi')).toBe('1.235 đ');
    expect(formatMoneyVndCompact(50_000_000_000, 'vi')).toBe('50 tỷ đồng');
    expect(formatMoneyVndCompact(50_000_000_000, 'en')).toBe('50 billion VND');
    expect(formatMoneyVndCompact(48_734_567_890, 'vi')).toBe('48,73 tỷ đồng');
    expect(formatMoneyVndCompact(345_600_000, 'vi')).toBe('345,6 triệu đồng');
    expect(formatMoneyVndCompact(999_999_999, 'vi')).toBe('1 tỷ đồng');
    expect(formatMoneyVndCompact(12_500, 'en')).toBe('12.5 thousand VND');
    expect(formatMoneyVndCompact(500, 'vi')).toBe('500 đồng');
    expect(formatMoneyVndCompact(-2_500_000_000, 'vi')).toBe('-2,5 tỷ đồng');
  });

  it('writes shares as percentages and plain numbers with grouping', () => {
    expect(formatPercent(0.125, 'vi')).toBe('12,5%');
    expect(formatPercent(0.125, 'en')).toBe('12.5%');
    expect(formatPercent(1, 'vi', 0)).toBe('100%');
    expect(formatInteger(1250, 'vi')).toBe('1.250');
    expect(formatDecimal(-1234.5, 'vi', 1)).toBe('-1.234,5');
    expect(formatDecimal(-0.04, 'vi', 1)).toBe('0,0');
  });

  it('writes "—" for values that are not finite numbers', () => {
    expect(formatAreaM2(Number.NaN, 'vi')).toBe(NOT_A_NUMBER_TEXT);
    expect(formatMoneyVnd(Infinity, 'vi')).toBe(NOT_A_NUMBER_TEXT);
    expect(formatMoneyVndCompact(Number.NaN, 'en')).toBe(NOT_A_NUMBER_TEXT);
  });
});

describe('dates', () => {
  it('writes dd/mm/yyyy in Vietnamese and an unambiguous day-month-year in English', () => {
    expect(formatDate(new Date(2021, 2, 2), 'vi')).toBe('02/03/2021');
    expect(formatDate(new Date(2021, 8, 30), 'en')).toBe('30 Sep 2021');
  });

  it('reads "YYYY-MM-DD" as a calendar date that no time zone shifts', () => {
    expect(formatDate('2021-03-02', 'vi')).toBe('02/03/2021');
    expect(formatDate('2025-07-01', 'en')).toBe('1 Jul 2025');
    expect(formatDate('not a date', 'vi')).toBe(NOT_A_NUMBER_TEXT);
  });
});
