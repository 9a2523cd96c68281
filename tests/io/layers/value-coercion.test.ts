import { describe, expect, it } from 'vitest';
import {
  coerceLandUseCode, coercePositiveInteger, coerceText, parseLocaleNumber,
} from '../../../src/io/layers/value-coercion';

describe('parseLocaleNumber', () => {
  it('reads Vietnamese and English writing of numbers', () => {
    expect(parseLocaleNumber('2306382,38', ',')).toBe(2306382.38);
    expect(parseLocaleNumber('1.234,5', ',')).toBe(1234.5);
    expect(parseLocaleNumber('1.200', ',')).toBe(1200);
    expect(parseLocaleNumber('1,234.5', '.')).toBe(1234.5);
    expect(parseLocaleNumber(' 592 756,646 ', ',')).toBe(592756.646);
    expect(parseLocaleNumber('-12.5')).toBe(-12.5);
  });
  it('auto: the last of "," and "." is the decimal mark, a lone "," too, repeated marks group thousands', () => {
    expect(parseLocaleNumber('1.234,5')).toBe(1234.5);
    expect(parseLocaleNumber('1,234.5')).toBe(1234.5);
    expect(parseLocaleNumber('1580,5')).toBe(1580.5);
    expect(parseLocaleNumber('2.306.382')).toBe(2306382);
    expect(parseLocaleNumber('1.5')).toBe(1.5);
  });
  it('refuses what is not a number', () => {
    for (const text of ['', 'abc', '2306340.0o', '1,23,4', '12 a', '1.2.3,4,5']) expect(parseLocaleNumber(text)).toBeNull();
  });
});

describe('attribute coercions', () => {
  it('sheet and parcel numbers: whole, above zero, as numbers or digits', () => {
    expect(coercePositiveInteger(12)).toEqual({ ok: true, value: 12 });
    expect(coercePositiveInteger(' 012 ')).toEqual({ ok: true, value: 12 });
    expect(coercePositiveInteger(12.5)).toEqual({ ok: false, problem: 'value-not-integer' });
    expect(coercePositiveInteger(0)).toEqual({ ok: false, problem: 'value-not-integer' });
    expect(coercePositiveInteger(null)).toEqual({ ok: false, problem: 'value-missing' });
    expect(coercePositiveInteger(NaN)).toEqual({ ok: false, problem: 'value-missing' });
  });
  it('land-use codes: 2–4 capitals, mixed use with "+", case and spaces forgiven', () => {
    expect(coerceLandUseCode(' onT ')).toEqual({ ok: true, value: 'ONT' });
    expect(coerceLandUseCode('ONT + CLN')).toEqual({ ok: true, value: 'ONT+CLN' });
    expect(coerceLandUseCode('L')).toEqual({ ok: false, problem: 'land-use-code-invalid' });
    expect(coerceLandUseCode('LUCAS')).toEqual({ ok: false, problem: 'land-use-code-invalid' });
    expect(coerceLandUseCode('Đất ở')).toEqual({ ok: false, problem: 'land-use-code-invalid' });
    expect(coerceLandUseCode(5)).toEqual({ ok: false, problem: 'land-use-code-invalid' });
    expect(coerceLandUseCode('')).toEqual({ ok: false, problem: 'value-missing' });
  });
  it('land users: composed Unicode, blank is public land', () => {
    expect(coerceText('Nguye\u0302\u0303n')).toEqual({ ok: true, value: 'Nguyễn' });
    expect(coerceText(null)).toEqual({ ok: true, value: '' });
    expect(coerceText({ a: 1 })).toEqual({ ok: false, problem: 'value-not-text' });
  });
});
