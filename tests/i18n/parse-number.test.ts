import { describe, expect, it } from 'vitest';
import { parseUserNumber } from '../../src/i18n/parse-number';

describe('parseUserNumber', () => {
  it.each([
    ['1.250.000', 1250000], ['1250000', 1250000], ['1.250,5', 1250.5], ['0,02', 0.02], ['70 000', 70000], ['-3', -3],
  ])('reads Vietnamese "%s" as %d', (text, value) => expect(parseUserNumber(text, 'vi')).toBe(value));

  it.each([
    ['1,250,000', 1250000], ['1,250.5', 1250.5], ['0.02', 0.02],
  ])('reads English "%s" as %d', (text, value) => expect(parseUserNumber(text, 'en')).toBe(value));

  it.each(['', 'abc', '1,2,3', '1.25.0', '12a'])('refuses "%s"', (text) => {
    expect(parseUserNumber(text, 'vi')).toBeNull();
  });
});
