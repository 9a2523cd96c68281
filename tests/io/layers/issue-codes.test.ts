import { describe, expect, it } from 'vitest';
import { COORDINATE_CAUSES, IMPORT_ERROR_CODES, IMPORT_WARNING_CODES } from '../../../src/io/layers';
import { MAPPING_TARGETS } from '../../../src/io/parcel-import';
import { importIssueMessage, importMessageKey, importMessages } from '../../../src/i18n/messages/import';
import { mergeCatalogues, translate } from '../../../src/i18n/translate';

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

describe('import messages', () => {
  it('has a Vietnamese and an English message for every error and warning code and every cause', () => {
    const keys = [
      ...[...IMPORT_ERROR_CODES, ...IMPORT_WARNING_CODES].map((c) => `import.${c}`),
      ...COORDINATE_CAUSES.map((c) => `import.coordinates-out-of-range.${c}`),
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
