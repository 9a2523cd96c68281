import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPENSATION_RATES, estimateCompensation, recoveredParcels } from '../../src/domain/land-recovery';
import { csvField, csvText } from '../../src/io/csv-text';
import { RECOVERY_CSV_COLUMNS, recoveryTableCsv, recoveryTableCsvText } from '../../src/io/recovery-table.csv';
import { loadParcels, loadZone } from '../domain/land-recovery/fixtures';

const extras = {
  '1/106': { graves: 12, note: '=Nghĩa địa thôn' },
  '2/8': { structuresVnd: 350_000_000, graves: 0, note: 'Nhà "cấp 4", tường rào' },
};
const estimate = estimateCompensation(recoveredParcels(loadParcels(), loadZone()), DEFAULT_COMPENSATION_RATES, extras);

describe('csv-text (RFC 4180)', () => {
  it('quotes separators, quotes, line breaks and edge spaces, and ends records with CRLF', () => {
    expect(csvText([['a,b', 'say "hi"', 'line\nbreak', ' pad', 'plain', 3.5, null]])).toBe(
      '"a,b","say ""hi""","line\nbreak"," pad",plain,3.5,\r\n',
    );
    expect(csvField('a;b', { separator: ';' })).toBe('"a;b"');
    expect(csvField('a,b', { separator: ';' })).toBe('a,b');
    expect(csvField('a\tb', { separator: '\t' })).toBe('"a\tb"');
  });

  it('neutralises formulas only when asked, and never numbers written as text', () => {
    expect(csvField('=1+1')).toBe('=1+1');
    expect(csvField('=1+1', { neutraliseFormulas: true })).toBe("'=1+1");
    expect(csvField('@cmd', { neutraliseFormulas: true })).toBe("'@cmd");
    expect(csvField('-12,5', { neutraliseFormulas: true, separator: ';' })).toBe('-12,5');
  });
});

describe('recovery table CSV for programs', () => {
  const bytes = recoveryTableCsv(estimate);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

  it('starts with the UTF-8 byte order mark', () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith('\uFEFFparcel_id,')).toBe(true);
  });

  it('has the stable English header', () => {
    expect(RECOVERY_CSV_COLUMNS).toEqual([
      'parcel_id', 'sheet_no', 'parcel_no', 'land_use_code', 'land_user', 'parcel_area_m2', 'recovered_area_m2',
      'recovered_share', 'extent', 'land_price_vnd_per_m2', 'land_vnd', 'crop_rate_vnd_per_m2', 'crops_vnd',
      'structures_vnd', 'graves', 'graves_vnd', 'job_support_vnd', 'life_support_vnd', 'support_vnd', 'total_vnd', 'note',
      'public_land',
    ]);
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${RECOVERY_CSV_COLUMNS.join(',')}`);
  });

  it('writes one row per parcel with a decimal point, quoted names and no total row', () => {
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(estimate.rows.length + 2); // header, rows, and the empty string after the last CRLF
    expect(lines.at(-1)).toBe('');
    expect(lines[4]).toBe(
      '1/104,1,104,LUC,"Lê Văn Cường, Phạm Thị Dung",900.0,800.0,0.8889,part,70000,56000000,8000,6400000,0,0,0,168000000,0,168000000,230400000,,false',
    );
    expect(lines[6]).toBe(
      '2/8,2,8,ONT,Phạm Văn Em,400.0,200.0,0.5000,part,2000000,400000000,0,0,350000000,0,0,0,0,0,750000000,"Nhà ""cấp 4"", tường rào",false',
    );
    expect(lines[7]).toBe('2/9,2,9,XYZ,Hoàng Thị Giang,600.0,600.0,1.0000,whole,,0,0,0,0,0,0,0,0,0,0,,false');
  });

  it('keeps Excel from running text that starts like a formula, even in the file for programs', () => {
    const lines = text.slice(1).split('\r\n');
    const graves = lines.find((line) => line.includes('Nghĩa địa'))!;
    expect(graves.endsWith(",'=Nghĩa địa thôn,true")).toBe(true);
    expect(text).not.toMatch(/TOTAL|Cộng/);
  });

  it('reads back with a CSV parser to the same numbers and names', () => {
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => row.parcel_id)).toEqual(estimate.rows.map((row) => row.parcelId));
    const sum = parsed.data.reduce((s, row) => s + Number(row.total_vnd), 0);
    expect(sum).toBe(estimate.totals.totalVnd);
    expect(parsed.data[5].note).toBe('Nhà "cấp 4", tường rào');
    // Public land in the People's Committee's name, as on every output; the flag tells programs.
    expect(parsed.data[4].land_user).toBe('UBND xã Bình Lăng');
    expect(parsed.data[4].public_land).toBe('true');
    // Text that starts like a formula gets a leading apostrophe even here: the file is often opened in Excel.
    expect(parsed.data[4].note).toBe("'=Nghĩa địa thôn");
  });
});

describe('recovery table CSV for Vietnamese Excel', () => {
  const text = recoveryTableCsvText(estimate, { variant: 'excel-vi' });
  const lines = text.split('\r\n');

  it('has Vietnamese headers and semicolons', () => {
    expect(lines[0]).toBe(
      'STT;Số tờ;Số thửa;Loại đất;Chủ sử dụng;Diện tích thửa (m²);Diện tích thu hồi (m²);Tỷ lệ thu hồi;Thu hồi;' +
      'Giá đất (đ/m²);Bồi thường về đất (đ);Đơn giá cây trồng (đ/m²);Cây trồng, hoa màu (đ);Vật kiến trúc (đ);Số mộ;' +
      'Di chuyển mồ mả (đ);Hỗ trợ chuyển đổi nghề (đ);Hỗ trợ ổn định đời sống (đ);Cộng hỗ trợ (đ);Tổng bồi thường, hỗ trợ (đ);Ghi chú',
    );
  });

  it('writes decimal commas, percentages, row numbers, and names unquoted unless they hold a semicolon', () => {
    expect(lines[4]).toBe(
      '4;1;104;LUC;Lê Văn Cường, Phạm Thị Dung;900,0;800,0;88,9%;Một phần;70000;56000000;8000;6400000;0;0;0;168000000;0;168000000;230400000;',
    );
  });

  it('writes public land in the People’s Committee’s name and keeps Excel from running a note as a formula', () => {
    expect(lines[5]).toBe("5;1;106;NTD;UBND xã Bình Lăng;1200,0;1200,0;100,0%;Toàn bộ;0;0;0;0;0;12;120000000;0;0;0;120000000;'=Nghĩa địa thôn");
  });

  it('closes with the sums, the organisation cost and the grand total', () => {
    const closing = lines.slice(estimate.rows.length + 1, -1);
    expect(closing).toEqual([
      'Cộng;;;;;;5500,0;;;;645000000;;29200000;350000000;12;120000000;735000000;0;735000000;1879200000;',
      'Chi phí tổ chức thực hiện bồi thường, giải phóng mặt bằng (2,0%);;;;;;;;;;;;;;;;;;;37584000;',
      'Tổng kinh phí;;;;;;;;;;;;;;;;;;;1916784000;',
    ]);
    // By hand: land 84 + 63 + 42 + 56 + 400 (ONT) = 645 million; crops 9.6 + 7.2 + 6 + 6.4 = 29.2 million;
    // job support 3 × 245 million; 645 + 29.2 + 350 + 120 + 735 = 1 879.2 million; 2 % = 37.584 million.
    expect(estimate.totals.totalVnd).toBe(1_879_200_000);
    expect(estimate.totals.grandTotalVnd).toBe(1_916_784_000);
  });

  it('is written as UTF-8 with a byte order mark too', () => {
    expect([...recoveryTableCsv(estimate, { variant: 'excel-vi' }).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
