import { describe, expect, it } from 'vitest';
import { recoveryMessages } from '../../src/i18n/messages/recovery';
import { appMessages } from '../../src/i18n/messages/app';
import { mergeCatalogues } from '../../src/i18n/translate';
import { pluralArguments } from '../../src/i18n/plural';
import type { RateFieldError, RecoveryWarning } from '../../src/domain/land-recovery';
import { LAND_USE_GROUPS } from '../../src/domain/land-use-codes';

// Plain placeholders and the counts of plural blocks ("{parcels, plural, one {# parcel} other {# parcels}}").
const placeholders = (text: string): string[] =>
  [...new Set([...[...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name), ...pluralArguments(text)])].sort();

describe('recovery messages', () => {
  it('have the same keys in Vietnamese and English, none empty, with the same placeholders', () => {
    expect(Object.keys(recoveryMessages.en).sort()).toEqual(Object.keys(recoveryMessages.vi).sort());
    for (const [key, vi] of Object.entries(recoveryMessages.vi)) {
      const en = recoveryMessages.en[key as keyof typeof recoveryMessages.en];
      expect(vi.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(vi));
    }
  });

  it('name every warning, rates error and land-use group the domain returns', () => {
    const warnings: RecoveryWarning['code'][] = ['over-budget', 'no-land-price', 'unknown-land-use-code'];
    const errors: RateFieldError['code'][] = ['required', 'not-a-number', 'not-an-integer', 'too-small', 'too-big', 'invalid-code', 'invalid'];
    const keys = [
      ...warnings.map((code) => `recovery.warning.${code}`),
      ...errors.map((code) => `recovery.rates.error.${code}`),
      ...LAND_USE_GROUPS.map((group) => `recovery.rates.group.${group}`),
    ];
    for (const key of keys) expect(recoveryMessages.vi, key).toHaveProperty([key]);
  });

  it('cite the legal bases in the help texts and say the defaults are illustrative', () => {
    expect(recoveryMessages.vi['recovery.rates.jobSupportMultipleHelp']).toContain('Điều 109');
    expect(recoveryMessages.vi['recovery.rates.jobSupportMultipleHelp']).toContain('88/2024/NĐ-CP');
    expect(recoveryMessages.vi['recovery.rates.landPriceHelp']).toContain('Luật Đất đai 2024');
    expect(recoveryMessages.en['recovery.illustrative']).toContain('illustrative');
  });

  it('give sheet names Excel accepts', () => {
    for (const language of ['vi', 'en'] as const) {
      for (const key of ['recovery.xlsx.sheetParcels', 'recovery.xlsx.sheetLandUsers', 'recovery.xlsx.sheetRates'] as const) {
        const name = recoveryMessages[language][key];
        expect(name.length, name).toBeLessThanOrEqual(31);
        expect(name, name).not.toMatch(/[[\]/\\:*?]/);
      }
    }
  });

  it('merge with the app’s messages without a key defined twice', () => {
    expect(() => mergeCatalogues(appMessages, recoveryMessages)).not.toThrow();
  });
});
