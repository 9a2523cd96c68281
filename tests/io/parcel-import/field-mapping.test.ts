import { describe, expect, it } from 'vitest';
import { listSourceFields, normaliseFieldName, suggestFieldMapping } from '../../../src/io/parcel-import';

describe('normaliseFieldName', () => {
  it('ignores case, diacritics, đ, spaces and punctuation', () => {
    expect(normaliseFieldName('Số Tờ')).toBe('soto');
    expect(normaliseFieldName('KH_LOAI_DAT')).toBe('khloaidat');
    expect(normaliseFieldName('Chủ sử dụng')).toBe('chusudung');
    expect(normaliseFieldName('Đất')).toBe('dat');
    expect(normaliseFieldName('X (m)')).toBe('xm');
  });
});

describe('suggestFieldMapping', () => {
  it.each([
    [['SHBANDO', 'SHTHUA', 'KHLOAIDAT', 'TENCHU', 'DIENTICH'], ['SHBANDO', 'SHTHUA', 'KHLOAIDAT', 'TENCHU', 'DIENTICH']],
    [['SoTo', 'SoThua', 'LoaiDat', 'ChuSuDung', 'DienTich'], ['SoTo', 'SoThua', 'LoaiDat', 'ChuSuDung', 'DienTich']],
    [['so_to', 'so_thua', 'MDSD', 'chu_sd', 'dt'], ['so_to', 'so_thua', 'MDSD', 'chu_sd', 'dt']],
    [['Số tờ', 'Số thửa', 'Mục đích sử dụng', 'Tên chủ', 'Diện tích (m2)'], ['Số tờ', 'Số thửa', 'Mục đích sử dụng', 'Tên chủ', 'Diện tích (m2)']],
    [['OBJECTID', 'SHAPE_Area', 'ToBanDo', 'ThuaSo', 'LOAIDAT2020'], ['ToBanDo', 'ThuaSo', 'LOAIDAT2020', null, null]],
    // Names cut to a .dbf's 10 characters by GDAL/QGIS; a shorter name that merely begins one is not taken.
    [['sheetNo', 'parcelNo', 'landUseCod', 'landUser', 'registered'], ['sheetNo', 'parcelNo', 'landUseCod', 'landUser', 'registered']],
    [['SoTo', 'SoThua', 'LoaiDat', 'TenChuSuDu', 'DienTichPh'], ['SoTo', 'SoThua', 'LoaiDat', 'TenChuSuDu', 'DienTichPh']],
    [['SoTo', 'SoThua', 'LoaiDat', 'regist'], ['SoTo', 'SoThua', 'LoaiDat', null, null]],
  ])('%j', (fields, [sheetNo, parcelNo, landUseCode, landUser, registeredAreaM2]) => {
    expect(suggestFieldMapping(fields)).toEqual({ sheetNo, parcelNo, landUseCode, landUser, registeredAreaM2 });
  });

  it('prefers the code column to the name column and uses each source field once', () => {
    expect(suggestFieldMapping(['LOAIDAT', 'KHLOAIDAT', 'SOTO', 'SOTHUA']).landUseCode).toBe('KHLOAIDAT');
    const m = suggestFieldMapping(['DIENTICH', 'DT', 'SOTO', 'SOTHUA']);
    expect(m.registeredAreaM2).toBe('DIENTICH');
    expect(Object.values(m).filter((v) => v === 'DIENTICH')).toHaveLength(1);
  });

  it('suggests corner-table columns only when asked', () => {
    expect(suggestFieldMapping(['to', 'thua', 'STT', 'X', 'Y'])).not.toHaveProperty('x');
    expect(suggestFieldMapping(['to', 'thua', 'Số hiệu điểm', 'Toạ độ X', 'Toạ độ Y'], { corners: true })).toMatchObject({
      sheetNo: 'to', parcelNo: 'thua', cornerNo: 'Số hiệu điểm', x: 'Toạ độ X', y: 'Toạ độ Y',
    });
    expect(suggestFieldMapping(['Vĩ độ', 'Kinh độ'], { corners: true })).toMatchObject({ x: 'Vĩ độ', y: 'Kinh độ' });
  });

  it('is a plain value that survives JSON', () => {
    const m = suggestFieldMapping(['SHBANDO', 'SHTHUA', 'KHLOAIDAT']);
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });
});

describe('listSourceFields', () => {
  it('lists fields in first-seen order with up to three distinct samples and what they look like; numbers stay numbers', () => {
    const fields = listSourceFields([
      { SoTo: 12, DienTich: '1.200', Chu: 'An', Ghi: null },
      { SoTo: 12, DienTich: '950,5', Chu: 'Bình', Moi: 'x' },
      { SoTo: '13', DienTich: 800, Chu: 'Cường' },
      { SoTo: 14, Chu: 'Dũng' },
    ]);
    expect(fields).toEqual([
      { name: 'SoTo', kind: 'integer', samples: [12, '13', 14] },
      { name: 'DienTich', kind: 'number', samples: ['1.200', '950,5', 800] },
      { name: 'Chu', kind: 'text', samples: ['An', 'Bình', 'Cường'] },
      { name: 'Ghi', kind: 'empty', samples: [] },
      { name: 'Moi', kind: 'text', samples: ['x'] },
    ]);
  });

  it('with a decimal mark (a CSV), text that is a number written that way is sampled as a number', () => {
    const rows = [{ X: '2306382,38', Chu: 'An' }, { X: '2306300', Chu: '12a' }];
    expect(listSourceFields(rows, { decimalMark: ',' }).map((f) => f.samples)).toEqual([[2306382.38, 2306300], ['An', '12a']]);
    expect(listSourceFields(rows).map((f) => f.samples)).toEqual([['2306382,38', '2306300'], ['An', '12a']]);
  });
});
