import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/i18n/catalogue';
import '../../../src/i18n/plan-messages';
import { zoneImportMessages } from '../../../src/i18n/messages/zone-import';
import { ZONE_IMPORT_ERROR_CODES, ZONE_IMPORT_WARNING_CODES } from '../../../src/io/zone-import';

/** `{name}` and the counts of `{name, plural, …}` (src/i18n/plural.ts). */
const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((m) => m[1]));

describe('zone import messages', () => {
  it('has a Vietnamese and an English message for every zone issue code, with the same placeholders', () => {
    for (const code of [...ZONE_IMPORT_ERROR_CODES, ...ZONE_IMPORT_WARNING_CODES]) {
      expect(zoneImportMessages.vi, code).toHaveProperty([`import.${code}`]);
      expect(zoneImportMessages.en, code).toHaveProperty([`import.${code}`]);
    }
    expect(Object.keys(zoneImportMessages.en).sort()).toEqual(Object.keys(zoneImportMessages.vi).sort());
    for (const [key, vi] of Object.entries(zoneImportMessages.vi)) {
      expect(placeholders(zoneImportMessages.en[key as keyof typeof zoneImportMessages.en]), key).toEqual(placeholders(vi));
    }
  });

  it('is in the app catalogue, and the import control does not say GeoJSON', () => {
    expect(JSON.stringify(catalogue)).toContain('zoneImport.open');
    expect(zoneImportMessages.vi['zoneImport.open']).not.toMatch(/geojson/i);
    expect(zoneImportMessages.en['zoneImport.open']).not.toMatch(/geojson/i);
  });
});
