import { describe, expect, it } from 'vitest';
import {
  COORDINATE_CAUSES, IMPORT_ERROR_CODES, IMPORT_WARNING_CODES, JSON_FAILURE_CAUSES, ZIP_FAILURE_CAUSES,
} from '../../../src/io/layers';
import { MAPPING_TARGETS } from '../../../src/io/parcel-import';
import { describeImportIssue, importIssueMessage, importMessageKey, importMessages } from '../../../src/i18n/messages/import';
import { mergeCatalogues, translate } from '../../../src/i18n/translate';

/** `{name}` and the counts of `{name, plural, …}` (src/i18n/plural.ts). */
const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((m) => m[1]));

describe('import messages', () => {
  it('has a Vietnamese and an English message for every error and warning code and every cause', () => {
    const keys = [
      ...[...IMPORT_ERROR_CODES, ...IMPORT_WARNING_CODES].map((c) => `import.${c}`),
      ...COORDINATE_CAUSES.map((c) => `import.coordinates-out-of-range.${c}`),
      ...ZIP_FAILURE_CAUSES.map((c) => `import.zip-unreadable.${c}`),
      ...JSON_FAILURE_CAUSES.map((c) => `import.json-invalid.${c}`),
      ...MAPPING_TARGETS.map((t) => `import.field.${t}`),
    ];
    for (const key of keys) {
      expect(importMessages.vi, key).toHaveProperty([key]);
      expect(importMessages.en, key).toHaveProperty([key]);
    }
    expect(Object.keys(importMessages.en).sort()).toEqual(Object.keys(importMessages.vi).sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, vi] of Object.entries(importMessages.vi)) {
      expect(placeholders(importMessages.en[key as keyof typeof importMessages.en]), key).toEqual(placeholders(vi));
    }
  });

  it('merges with the other catalogues without clashing keys', () => {
    expect(() => mergeCatalogues(importMessages)).not.toThrow();
  });

  it('picks the cause of out-of-range coordinates and writes our field names out', () => {
    const catalogue = mergeCatalogues(importMessages);
    const t = (key: string, params?: Record<string, string | number>) => translate(catalogue, 'vi', key, params);
    const swapped = { code: 'coordinates-out-of-range', params: { cause: 'swapped-axes', coordinates: 'X 592730, Y 2306300', count: 4, crs: 'EPSG:9209' } };
    expect(importMessageKey(swapped)).toBe('import.coordinates-out-of-range.swapped-axes');
    expect(importIssueMessage(swapped, t)).toContain('đảo X và Y');
    expect(importIssueMessage({ code: 'value-not-integer', params: { target: 'sheetNo', value: '12a' } }, t))
      .toBe('Giá trị “12a” của số tờ phải là số nguyên dương.');
    expect(importMessageKey({ code: 'unknown-crs', params: { crs: 'EPSG:3857' } })).toBe('import.unknown-crs');
  });
});

describe('import messages as the user reads them', () => {
  const catalogue = mergeCatalogues(importMessages);
  const tr = (language: 'vi' | 'en') => (key: string, params?: Record<string, string | number>) => translate(catalogue, language, key, params);

  it('names a feature by its number and its tờ/thửa, a CSV row too', () => {
    const value = { file: 'thua_dat.zip', code: 'value-not-number', feature: 42, parcelId: '12/43', field: 'DIENTICH', params: { target: 'registeredAreaM2', value: 'nhiều' } };
    expect(describeImportIssue(value, tr('vi'), 'vi')).toBe(
      'Giá trị “nhiều” của diện tích theo hồ sơ (m²) phải là số. — tệp thua_dat.zip, đối tượng số 42 (tờ 12 / thửa 43), trường “DIENTICH”',
    );
    expect(describeImportIssue(value, tr('en'), 'en')).toBe(
      'The area on record (m²) “nhiều” must be a number. — file thua_dat.zip, feature 42 (sheet 12 / parcel 43), field “DIENTICH”',
    );
    expect(describeImportIssue({ file: 'goc.csv', code: 'parcel-too-few-corners', row: 9, parcelId: '12/104', params: { id: '12/104', corners: 2 } }, tr('vi'), 'vi'))
      .toContain('tệp goc.csv, hàng 9 (tờ 12 / thửa 104)');
    expect(describeImportIssue({ file: 'a.geojson', code: 'geometry-missing', feature: 3 }, tr('vi'), 'vi')).toMatch(/đối tượng số 3$/);
  });

  it('English counts agree with their noun: 1 point, 2 points', () => {
    const swapped = (count: number) => ({ code: 'coordinates-out-of-range', params: { cause: 'swapped-axes', coordinates: 'X 1, Y 2', count, crs: 'EPSG:9209' } });
    expect(importIssueMessage(swapped(1), tr('en'), 'en')).toContain('(1 such point)');
    expect(importIssueMessage(swapped(4), tr('en'), 'en')).toContain('(4 such points)');
    expect(importIssueMessage(swapped(1), tr('vi'), 'vi')).toContain('(1 điểm như vậy)');
    expect(importIssueMessage({ code: 'dbf-deleted-records-skipped', params: { count: 1 } }, tr('en'), 'en'))
      .toBe('1 record marked as deleted in the .dbf was skipped.');
    expect(importIssueMessage({ code: 'parcel-too-few-corners', params: { id: '1/1', corners: 1 } }, tr('en'), 'en')).toContain('only 1 corner;');
  });

  it('writes measures in the reader’s language: decimal comma in Vietnamese', () => {
    const multipart = { code: 'parcel-multipart', params: { parts: 2, areasM2: '1000.0 + 570.5' } };
    expect(importIssueMessage(multipart, tr('vi'), 'vi')).toContain('(1.000,0 + 570,5 m²)');
    expect(importIssueMessage(multipart, tr('en'), 'en')).toContain('(1,000.0 + 570.5 m²)');
    expect(importIssueMessage({ code: 'multipart-slivers-dropped', params: { parts: 2, droppedAreaM2: 0.3 } }, tr('vi'), 'vi')).toContain('0,3 m²');
    expect(importIssueMessage({ code: 'access-road-not-touching', params: { distanceM: 30.456, limitM: 8.5 } }, tr('vi'), 'vi')).toContain('30,46 m');
  });

  it('a broken zip says why in our words, never the library’s English', () => {
    for (const cause of ZIP_FAILURE_CAUSES) {
      const vi = importIssueMessage({ code: 'zip-unreadable', params: { cause } }, tr('vi'), 'vi');
      expect(vi).toContain('.zip');
      expect(vi).not.toMatch(/invalid zip data|unexpected EOF|unknown compression/);
    }
  });
});
