import { describe, expect, it } from 'vitest';
import {
  addressPhrase, capitalised, DEFAULT_PLACE_NAMES, localUnitPhrase, peoplesCommitteeName, placesForDocumentOn, restorePlaceNames, sitePlacePhrase,
  validatePlaceNames, type PlaceNames,
} from '../../src/domain/place-names';

const after2025: PlaceNames = {
  version: 2, local: { type: 'xa', name: 'Tứ Kỳ' }, district: null, province: { type: 'thanh-pho', name: 'Hải Phòng' },
};

describe('placesForDocumentOn: the district only on documents dated before 1 July 2025', () => {
  const address = (date: Parameters<typeof placesForDocumentOn>[1]) => addressPhrase(placesForDocumentOn(DEFAULT_PLACE_NAMES, date));
  it('keeps the district on a document dated up to 30 June 2025, in every date form', () => {
    expect(address(new Date(2025, 5, 30))).toBe('xã Bình Lăng, huyện Tứ Kỳ, tỉnh Hải Dương');
    expect(address({ year: 2021, month: 3, day: 2 })).toBe('xã Bình Lăng, huyện Tứ Kỳ, tỉnh Hải Dương');
    expect(address('2024-12-31')).toBe('xã Bình Lăng, huyện Tứ Kỳ, tỉnh Hải Dương');
  });
  it('drops it from 1 July 2025 on, and on an undated (blank, filled in today) document', () => {
    expect(address(new Date(2025, 6, 1))).toBe('xã Bình Lăng, tỉnh Hải Dương');
    expect(address({ year: 2025, month: 7, day: 1 })).toBe('xã Bình Lăng, tỉnh Hải Dương');
    expect(address('2026-12-01')).toBe('xã Bình Lăng, tỉnh Hải Dương');
    expect(address(null)).toBe('xã Bình Lăng, tỉnh Hải Dương');
    expect(address(undefined)).toBe('xã Bình Lăng, tỉnh Hải Dương');
    expect(address('not a date')).toBe('xã Bình Lăng, tỉnh Hải Dương');
  });
  it('does not change the setting it is given', () => {
    placesForDocumentOn(DEFAULT_PLACE_NAMES, null);
    expect(DEFAULT_PLACE_NAMES.district).toEqual({ type: 'huyen', name: 'Tứ Kỳ' });
    expect(placesForDocumentOn(after2025, '2020-01-01')).toBe(after2025);
  });
});

describe('place-name phrases', () => {
  it('write the plan’s names with their type words, district included when set', () => {
    expect(localUnitPhrase(DEFAULT_PLACE_NAMES)).toBe('xã Bình Lăng');
    expect(peoplesCommitteeName(DEFAULT_PLACE_NAMES)).toBe('UBND xã Bình Lăng');
    expect(addressPhrase(DEFAULT_PLACE_NAMES)).toBe('xã Bình Lăng, huyện Tứ Kỳ, tỉnh Hải Dương');
    expect(addressPhrase(DEFAULT_PLACE_NAMES, 'vi', { withDistrict: false })).toBe('xã Bình Lăng, tỉnh Hải Dương');
    expect(capitalised(localUnitPhrase(DEFAULT_PLACE_NAMES))).toBe('Xã Bình Lăng');
    expect(sitePlacePhrase(DEFAULT_PLACE_NAMES)).toBe('khu Đồng Dọc, thôn Thượng Hải, xã Bình Lăng, huyện Tứ Kỳ, tỉnh Hải Dương');
    expect(sitePlacePhrase(DEFAULT_PLACE_NAMES, 'vi', ' ')).toBe('xã Bình Lăng, huyện Tứ Kỳ, tỉnh Hải Dương');
  });

  it('write a place after the 2025 reorganisation without a district, in both languages', () => {
    expect(addressPhrase(after2025)).toBe('xã Tứ Kỳ, thành phố Hải Phòng');
    expect(addressPhrase(after2025, 'en')).toBe('Tứ Kỳ Commune, Hải Phòng City');
    expect(addressPhrase(DEFAULT_PLACE_NAMES, 'en')).toBe('Bình Lăng Commune, Tứ Kỳ District, Hải Dương Province');
    const ward: PlaceNames = { ...after2025, local: { type: 'phuong', name: 'Hải Dương' } };
    expect(peoplesCommitteeName(ward)).toBe('UBND phường Hải Dương');
    const zone: PlaceNames = { ...after2025, local: { type: 'dac-khu', name: 'Cát Hải' } };
    expect(addressPhrase(zone)).toBe('đặc khu Cát Hải, thành phố Hải Phòng');
  });
});

describe('restorePlaceNames', () => {
  it('keeps a current value and falls back to the plan’s names for nothing or garbage', () => {
    expect(restorePlaceNames(after2025)).toEqual(after2025);
    expect(restorePlaceNames(undefined)).toEqual(DEFAULT_PLACE_NAMES);
    expect(restorePlaceNames('xã Bình Lăng')).toEqual(DEFAULT_PLACE_NAMES);
    expect(restorePlaceNames({ version: 2, local: { type: 'village', name: 'X' }, district: null, province: { type: 'tinh', name: ' Hải  Dương ' } }))
      .toEqual({ ...DEFAULT_PLACE_NAMES, district: null, province: { type: 'tinh', name: 'Hải Dương' } });
  });

  it.each([
    ['xã Bình Lăng', { type: 'xa', name: 'Bình Lăng' }],
    ['Xã Bình Lăng', { type: 'xa', name: 'Bình Lăng' }],
    ['XÃ BÌNH LĂNG', { type: 'xa', name: 'BÌNH LĂNG' }],
    ['Bình Lãng', { type: 'xa', name: 'Bình Lãng' }],
    ['  Bình   Lăng ', { type: 'xa', name: 'Bình Lăng' }],
    ['x. Bình Lăng', { type: 'xa', name: 'Bình Lăng' }],
    ['phường Hải Dương', { type: 'phuong', name: 'Hải Dương' }],
    ['Phường Tân Bình', { type: 'phuong', name: 'Tân Bình' }],
    ['đặc khu Cát Hải', { type: 'dac-khu', name: 'Cát Hải' }],
    ['thị trấn Tứ Kỳ', { type: 'thi-tran', name: 'Tứ Kỳ' }],
    // Typed on a Mac: decomposed Unicode.
    ['xã Bình Lăng'.normalize('NFD'), { type: 'xa', name: 'Bình Lăng' }],
  ])('upgrades the old free-text commune %j', (commune, local) => {
    expect(restorePlaceNames({ commune, district: 'huyện Tứ Kỳ', province: 'tỉnh Hải Dương' }).local).toEqual(local);
  });

  it('upgrades old districts and provinces, with or without their type words', () => {
    const upgrade = (district: string, province: string) => restorePlaceNames({ commune: 'xã Bình Lăng', district, province });
    expect(upgrade('huyện Tứ Kỳ', 'tỉnh Hải Dương')).toEqual(DEFAULT_PLACE_NAMES);
    expect(upgrade('Tứ Kỳ', 'Hải Dương')).toEqual(DEFAULT_PLACE_NAMES);
    expect(upgrade('', 'thành phố Hải Phòng')).toEqual({ ...DEFAULT_PLACE_NAMES, district: null, province: { type: 'thanh-pho', name: 'Hải Phòng' } });
    expect(upgrade('', 'Hải Phòng').province).toEqual({ type: 'thanh-pho', name: 'Hải Phòng' });
    expect(upgrade('', 'TP. Hồ Chí Minh').province).toEqual({ type: 'thanh-pho', name: 'Hồ Chí Minh' });
    expect(upgrade('thị xã Kinh Môn', 'Hải Dương').district).toEqual({ type: 'thi-xa', name: 'Kinh Môn' });
    expect(upgrade('TP Hải Dương', 'Hải Dương').district).toEqual({ type: 'thanh-pho', name: 'Hải Dương' });
    expect(restorePlaceNames({ commune: '', district: 5, province: '' })).toEqual(DEFAULT_PLACE_NAMES);
  });
});

describe('validatePlaceNames', () => {
  it('needs a name for the commune and the province, and takes an unnamed district as none', () => {
    const result = validatePlaceNames({ ...after2025, local: { type: 'xa', name: '  ' }, district: { type: 'huyen', name: ' ' } });
    expect(result).toEqual({ ok: false, errors: [{ field: 'local', code: 'required' }] });
    expect(validatePlaceNames({ ...DEFAULT_PLACE_NAMES, local: { type: 'xa', name: ' Bình  Lăng ' } }))
      .toEqual({ ok: true, value: DEFAULT_PLACE_NAMES });
    expect(validatePlaceNames({ ...after2025, district: { type: 'huyen', name: '' } })).toEqual({ ok: true, value: after2025 });
  });

  it('takes a type word typed into a name as the type', () => {
    const typed = validatePlaceNames({ ...after2025, local: { type: 'xa', name: 'xã Thử Nghiệm' }, province: { type: 'tinh', name: 'Thành phố Hải Phòng' } });
    expect(typed).toEqual({ ok: true, value: { ...after2025, local: { type: 'xa', name: 'Thử Nghiệm' } } });
    expect(validatePlaceNames({ ...after2025, local: { type: 'xa', name: 'phường Ngọc Châu' } }))
      .toEqual({ ok: true, value: { ...after2025, local: { type: 'phuong', name: 'Ngọc Châu' } } });
    expect(validatePlaceNames({ ...after2025, local: { type: 'xa', name: 'xã ' } })).toEqual({ ok: false, errors: [{ field: 'local', code: 'required' }] });
  });
});

describe('documentDateLine', () => {
  it('writes the place and date as Decree 30/2020 asks (leading 0 for days below 10 and months 1–2)', async () => {
    const { documentDateLine, DEFAULT_PLACE_NAMES } = await import('../../src/domain/place-names');
    expect(documentDateLine(DEFAULT_PLACE_NAMES, { year: 2024, month: 2, day: 5 })).toBe('Bình Lăng, ngày 05 tháng 02 năm 2024');
    expect(documentDateLine(DEFAULT_PLACE_NAMES, { year: 2024, month: 11, day: 23 })).toBe('Bình Lăng, ngày 23 tháng 11 năm 2024');
    expect(documentDateLine(DEFAULT_PLACE_NAMES, { year: 2025, month: 3, day: 9 })).toBe('Bình Lăng, ngày 09 tháng 3 năm 2025');
  });
});
