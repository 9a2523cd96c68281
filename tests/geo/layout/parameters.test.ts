import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS, validateLayoutParameters } from '../../../src/geo/layout';
import { layoutMessages } from '../../../src/i18n/messages/layout';

describe('layout parameters', () => {
  it('accepts the defaults: issue 3, with the 10 m strip all round of issue 7 (QCVN 01:2021 2.5.2)', () => {
    const r = validateLayoutParameters(DEFAULT_LAYOUT_PARAMETERS);
    expect(r.ok).toBe(true);
    expect(DEFAULT_LAYOUT_PARAMETERS).toMatchObject({ mainRoadWidthM: 13, branchRoadWidthM: 10, kerbRadiusM: 8, greenBufferM: 10, perimeterGreenM: 10, targetFrontageM: 20, minFrontageM: 15, maxDepthRatio: 4, minPlotAreaM2: 300, maxPlotAreaM2: 1500, frontSetbackM: 3, rearSetbackM: 3, fireSeparationM: 9, maxDeadEndM: 46, turnaroundM: 12 });
  });
  it('names wrong types, missing and unknown fields', () => {
    const { mainRoadWidthM: _, ...missing } = DEFAULT_LAYOUT_PARAMETERS;
    const r = validateLayoutParameters({ ...missing, branchRoadWidthM: '10', colour: 'red' });
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    expect(errors).toContainEqual(expect.objectContaining({ field: 'mainRoadWidthM', code: 'required' }));
    expect(errors).toContainEqual(expect.objectContaining({ field: 'branchRoadWidthM', code: 'wrong-type' }));
    expect(errors).toContainEqual(expect.objectContaining({ field: 'colour', code: 'unknown-field' }));
  });
  it('refuses sets that cannot give a legal layout, with the reason', () => {
    const r = validateLayoutParameters({ ...DEFAULT_LAYOUT_PARAMETERS, minPlotAreaM2: 1400, maxPlotAreaM2: 1500, maxDepthRatio: 1 });
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toContain('no-plot-depth-fits');
  });
  it('has Vietnamese and English texts for the same keys', () => {
    expect(Object.keys(layoutMessages.vi).sort()).toEqual(Object.keys(layoutMessages.en).sort());
  });
});
