import { describe, expect, it } from 'vitest';
import { formatSampleValue } from '../../../src/features/import/sample-values';

describe('sample values of the mapping step', () => {
  it('writes numbers with a decimal comma in Vietnamese and a point in English, all digits, no grouping', () => {
    expect(formatSampleValue(1740.5, 'vi')).toBe('1740,5');
    expect(formatSampleValue(2306382.38, 'vi')).toBe('2306382,38');
    expect(formatSampleValue(106.3926437, 'vi')).toBe('106,3926437');
    expect(formatSampleValue(1740.5, 'en')).toBe('1740.5');
    expect(formatSampleValue(12, 'vi')).toBe('12');
  });
  it('leaves text as the file writes it', () => {
    expect(formatSampleValue('1.200', 'vi')).toBe('1.200');
    expect(formatSampleValue('Nguyễn Văn An', 'en')).toBe('Nguyễn Văn An');
  });
});
