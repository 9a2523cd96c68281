// The legend lists each land-use code of the layer once, in the order of the cadastral code table.
import { describe, expect, it } from 'vitest';
import { legendLandUseCodes } from '../../src/features/parcels/MapLegend';

describe('legend land-use codes', () => {
  it('lists each code once, normalised, in code-table order, unknown codes last', () => {
    expect(legendLandUseCodes(['ONT', 'luc', 'DTL', 'LUC', 'XYZ', 'BHK', 'ONT ', 'ABC'])).toEqual(['LUC', 'BHK', 'ONT', 'DTL', 'ABC', 'XYZ']);
  });
});
