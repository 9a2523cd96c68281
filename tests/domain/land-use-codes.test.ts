import { describe, expect, it } from 'vitest';
import {
  isAgriculturalLandUse, LAND_USE_CODES, LAND_USE_GROUPS, landUseCodeInfo, UNKNOWN_LAND_USE_COLOR,
} from '../../src/domain/land-use-codes';

describe('land-use codes', () => {
  it('know the codes the brief and the cadastral maps use, in the right groups', () => {
    const groups: Record<string, string> = {
      LUC: 'agricultural', LUK: 'agricultural', LUN: 'agricultural', BHK: 'agricultural', NHK: 'agricultural',
      CLN: 'agricultural', RSX: 'agricultural', NTS: 'agricultural',
      ONT: 'residential', ODT: 'residential',
      DGT: 'non-agricultural', DTL: 'non-agricultural', DNL: 'non-agricultural', SKN: 'non-agricultural',
      SKC: 'non-agricultural', SKK: 'non-agricultural', TMD: 'non-agricultural', NTD: 'non-agricultural',
      SON: 'non-agricultural', MNC: 'non-agricultural', TSC: 'non-agricultural', DYT: 'non-agricultural',
      DGD: 'non-agricultural',
      BCS: 'unused', DCS: 'unused',
    };
    for (const [code, group] of Object.entries(groups)) {
      const info = landUseCodeInfo(code);
      expect(info.known, code).toBe(true);
      expect(info.group, code).toBe(group);
    }
  });

  it('have unique codes, both names, a valid group and a #RRGGBB colour each', () => {
    expect(new Set(LAND_USE_CODES.map((info) => info.code)).size).toBe(LAND_USE_CODES.length);
    for (const info of LAND_USE_CODES) {
      expect(info.code, info.code).toMatch(/^[A-Z]{3}$/);
      expect(info.name.vi.length, info.code).toBeGreaterThan(3);
      expect(info.name.en.length, info.code).toBeGreaterThan(3);
      expect(LAND_USE_GROUPS, info.code).toContain(info.group);
      expect(info.color, info.code).toMatch(/^#[0-9A-F]{6}$/);
    }
  });

  it('colour rice yellow, rural homes pink and water cyan, as land-use maps do', () => {
    expect(landUseCodeInfo('LUC').color).toBe('#FFFC8C');
    expect(landUseCodeInfo('ONT').color).toBe('#FFD0FF');
    expect(landUseCodeInfo('SON').color).toBe('#A0FFFF');
    expect(landUseCodeInfo('LUC').name).toEqual({ vi: 'Đất chuyên trồng lúa nước', en: 'Specialised wet-rice land' });
  });

  it('read codes case- and space-insensitively', () => {
    expect(landUseCodeInfo(' luc ').code).toBe('LUC');
    expect(landUseCodeInfo('luc').known).toBe(true);
    expect(isAgriculturalLandUse('bhk')).toBe(true);
    expect(isAgriculturalLandUse('ONT')).toBe(false);
  });

  it('give an unknown code a neutral entry instead of failing', () => {
    const unknown = landUseCodeInfo('ONT+CLN');
    expect(unknown).toMatchObject({ code: 'ONT+CLN', known: false, color: UNKNOWN_LAND_USE_COLOR, group: 'non-agricultural' });
    expect(unknown.name.vi).toContain('ONT+CLN');
    expect(LAND_USE_CODES.some((info) => info.color === UNKNOWN_LAND_USE_COLOR)).toBe(false);
    expect(landUseCodeInfo('').name.en).toContain('?');
  });
});
