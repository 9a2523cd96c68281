import { describe, expect, it } from 'vitest';
import { asPlane } from '../../src/geo/coordinates';
import { foldVietnamese, searchParcels } from '../../src/domain/parcel-search';
import type { Parcel } from '../../src/domain/parcel';
import { landUserName } from '../../src/domain/land-user-name';
import { DEFAULT_PLACE_NAMES } from '../../src/domain/place-names';

const square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]].map((p) => asPlane([p[0], p[1]]));
const parcel = (sheetNo: number, parcelNo: number, landUser: string): Parcel => ({
  id: `${sheetNo}/${parcelNo}`, sheetNo, parcelNo, landUseCode: 'LUC', landUser, registeredAreaM2: null, polygon: [square],
});
const parcels = [
  parcel(12, 34, 'Nguyễn Văn Đức'), parcel(12, 35, 'Trần Thị Hoa'), parcel(13, 34, 'Nguyễn Văn Đức'),
  parcel(13, 7, 'Phạm Đình Long'), parcel(18, 2, 'UBND xã Bình Lăng'),
];

describe('parcel search', () => {
  it('folds Vietnamese diacritics and đ', () => {
    expect(foldVietnamese('Nguyễn Văn Đức')).toBe('nguyen van duc');
  });

  it.each([
    '12/34', 'tờ 12 thửa 34', '12-34', ' 12 / 34 ', 'To 12 / 34', 'tờ 12 / thửa 34', 'tờ 12, thửa 34', 'Tờ 12 - thửa 34',
    'thửa 34 tờ 12', 'Thửa 34, tờ 12',
  ])('finds tờ 12 thửa 34 from "%s"', (query) => {
    expect(searchParcels(parcels, query).map((p) => p.id)).toEqual(['12/34']);
  });

  it('finds a parcel number on every sheet', () => {
    expect(searchParcels(parcels, '34').map((p) => p.id)).toEqual(['12/34', '13/34']);
  });

  it('finds a land user by part of the name without diacritics', () => {
    expect(searchParcels(parcels, 'nguyen duc').map((p) => p.id)).toEqual(['12/34', '13/34']);
    expect(searchParcels(parcels, 'Hoa').map((p) => p.id)).toEqual(['12/35']);
  });

  it('finds public land by the name the screen writes for it, the People\'s Committee', () => {
    const withPublic = [...parcels, parcel(18, 9, ''), parcel(18, 10, '  ')];
    const written = (p: Parcel) => landUserName(p.landUser, DEFAULT_PLACE_NAMES);
    expect(searchParcels(withPublic, 'ubnd binh lang', 20, written).map((p) => p.id)).toEqual(['18/2', '18/9', '18/10']);
    // Without the rule a blank land user matches nothing.
    expect(searchParcels(withPublic, 'ubnd binh lang').map((p) => p.id)).toEqual(['18/2']);
  });

  it('returns nothing for an empty query or no match', () => {
    expect(searchParcels(parcels, '  ')).toEqual([]);
    expect(searchParcels(parcels, '99/99')).toEqual([]);
    expect(searchParcels(parcels, 'Lê')).toEqual([]);
  });
});
