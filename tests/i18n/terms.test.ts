// One field, one name: the area a parcel's records state (registeredAreaM2) is "Diện tích theo hồ sơ"
// in Vietnamese and "area on record" in English, in every message, label and mapping choice.
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/i18n/catalogue';
import '../../src/i18n/plan-messages';
import '../../src/i18n/recovery-messages';
import '../../src/i18n/import-dialog-messages';

describe('the name of the area on record', () => {
  it('is "diện tích theo hồ sơ" wherever Vietnamese names it', () => {
    const other = Object.entries(catalogue.vi).filter(([, text]) => /diện tích (pháp lý|hồ sơ|đăng ký|GCN)/i.test(text));
    expect(other).toEqual([]);
    const named = Object.entries(catalogue.vi).filter(([key]) => /registeredArea/.test(key)).map(([, text]) => text.toLowerCase());
    expect(named.length).toBeGreaterThanOrEqual(3);
    for (const text of named) expect(text).toMatch(/^diện tích theo hồ sơ/);
  });

  it('is "area on record" wherever English names it', () => {
    const other = Object.entries(catalogue.en).filter(([, text]) => /registered area|area in the register|legal area/i.test(text));
    expect(other).toEqual([]);
    for (const [key, text] of Object.entries(catalogue.en)) if (/registeredArea/.test(key)) expect(text.toLowerCase(), key).toMatch(/^area on record/);
  });
});
