import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COMPENSATION_RATES, extrasByParcelId, ratesEqual, restoreCompensationRates, validateParcelExtras, validateRates,
} from '../../../src/domain/land-recovery';
import { LAND_USE_CODES } from '../../../src/domain/land-use-codes';

const withChanges = (changes: Record<string, unknown>): unknown => ({ ...DEFAULT_COMPENSATION_RATES, ...changes });

describe('default compensation rates', () => {
  it('are valid, serialisable, and price every known code', () => {
    const result = validateRates(JSON.parse(JSON.stringify(DEFAULT_COMPENSATION_RATES)));
    expect(result.ok).toBe(true);
    for (const { code } of LAND_USE_CODES) {
      expect(DEFAULT_COMPENSATION_RATES.landPriceVndPerM2[code], code).toBeGreaterThanOrEqual(0);
      expect(DEFAULT_COMPENSATION_RATES.cropVndPerM2[code], code).toBeGreaterThanOrEqual(0);
    }
  });

  it('hold the plausible illustrative values the help texts describe', () => {
    const { landPriceVndPerM2: land, cropVndPerM2: crops } = DEFAULT_COMPENSATION_RATES;
    expect(land.LUC).toBeGreaterThanOrEqual(60_000);
    expect(land.LUC).toBeLessThanOrEqual(80_000);
    expect(crops.LUC).toBeGreaterThanOrEqual(5_000);
    expect(crops.LUC).toBeLessThanOrEqual(10_000);
    expect([land.DGT, land.DTL, land.NTD, crops.ONT]).toEqual([0, 0, 0, 0]);
    expect(DEFAULT_COMPENSATION_RATES.jobSupportMultiple).toBe(3);
    expect(DEFAULT_COMPENSATION_RATES.organisationShare).toBe(0.02);
  });
});

describe('validateRates', () => {
  it('reports each bad field by path with a code and its limits', () => {
    const result = validateRates(withChanges({
      jobSupportMultiple: 6,
      organisationShare: -0.01,
      graveVnd: Number.NaN,
      landPriceVndPerM2: { ...DEFAULT_COMPENSATION_RATES.landPriceVndPerM2, LUC: -1 },
    }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(expect.arrayContaining([
      { field: 'jobSupportMultiple', code: 'too-big', params: { max: 5 } },
      { field: 'organisationShare', code: 'too-small', params: { min: 0 } },
      { field: 'graveVnd', code: 'not-a-number' },
      { field: 'landPriceVndPerM2.LUC', code: 'too-small', params: { min: 0 } },
    ]));
    expect(result.errors).toHaveLength(4);
  });

  it('rejects infinity, a missing field, a share given as a percentage and a malformed code', () => {
    const { stabilisingLifeVndPerM2: _dropped, ...missing } = DEFAULT_COMPENSATION_RATES;
    expect(validateRates(missing)).toEqual({ ok: false, errors: [{ field: 'stabilisingLifeVndPerM2', code: 'required' }] });
    expect(validateRates(withChanges({ cropVndPerM2: { LUC: Infinity } }))).toEqual({
      ok: false, errors: [{ field: 'cropVndPerM2.LUC', code: 'not-a-number' }],
    });
    expect(validateRates(withChanges({ organisationShare: 2 }))).toEqual({
      ok: false, errors: [{ field: 'organisationShare', code: 'too-big', params: { max: 0.1 } }],
    });
    expect(validateRates(withChanges({ cropVndPerM2: { 'L C': 1 } }))).toMatchObject({
      ok: false, errors: [{ field: 'cropVndPerM2.L C', code: 'invalid-code' }],
    });
  });

  it('accepts the limits themselves and normalises codes to upper case', () => {
    const result = validateRates(withChanges({ jobSupportMultiple: 5, organisationShare: 0, cropVndPerM2: { luc: 9_000 } }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.cropVndPerM2).toEqual({ LUC: 9_000 });
  });
});

describe('restoreCompensationRates', () => {
  it('falls back to the defaults for nothing stored or something unreadable', () => {
    expect(restoreCompensationRates(null)).toBe(DEFAULT_COMPENSATION_RATES);
    expect(restoreCompensationRates('rates')).toBe(DEFAULT_COMPENSATION_RATES);
  });

  it('keeps valid fields, repairs invalid ones, and completes price tables', () => {
    const restored = restoreCompensationRates({
      jobSupportMultiple: 2.5,
      organisationShare: 'two percent',
      landPriceVndPerM2: { luc: 90_000, BHK: -3, XYZ: 12_000 },
    });
    expect(restored.jobSupportMultiple).toBe(2.5);
    expect(restored.organisationShare).toBe(DEFAULT_COMPENSATION_RATES.organisationShare);
    expect(restored.landPriceVndPerM2.LUC).toBe(90_000);
    expect(restored.landPriceVndPerM2.BHK).toBe(DEFAULT_COMPENSATION_RATES.landPriceVndPerM2.BHK);
    expect(restored.landPriceVndPerM2.XYZ).toBe(12_000);
    expect(restored.landPriceVndPerM2.ONT).toBe(DEFAULT_COMPENSATION_RATES.landPriceVndPerM2.ONT);
    expect(validateRates(restored).ok).toBe(true);
  });

  it('tells default rates from edited ones', () => {
    expect(ratesEqual(restoreCompensationRates({}), DEFAULT_COMPENSATION_RATES)).toBe(true);
    expect(ratesEqual(restoreCompensationRates({ landPriceVndPerM2: { LUC: 1 } }), DEFAULT_COMPENSATION_RATES)).toBe(false);
    expect(ratesEqual(restoreCompensationRates({ graveVnd: 1 }), DEFAULT_COMPENSATION_RATES)).toBe(false);
  });
});

describe('per-parcel extras', () => {
  it('accepts whole non-negative amounts and a note', () => {
    expect(validateParcelExtras({ structuresVnd: 350_000_000, graves: 3, note: 'Nhà cấp 4' }).ok).toBe(true);
  });

  it('rejects negative money and fractional graves', () => {
    const result = validateParcelExtras({ structuresVnd: -1, graves: 1.5, note: '' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => [e.field, e.code])).toEqual([['structuresVnd', 'too-small'], ['graves', 'not-an-integer']]);
  });

  it('keys stored rows by parcel id', () => {
    expect(extrasByParcelId([{ parcelId: '1/2', structuresVnd: 5, graves: 1, note: 'x' }])).toEqual({
      '1/2': { structuresVnd: 5, graves: 1, note: 'x' },
    });
  });
});
