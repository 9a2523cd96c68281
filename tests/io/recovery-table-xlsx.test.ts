/**
 * Writes the workbook and reads it back without the library that wrote it: an .xlsx is a zip of XML
 * parts; fflate unzips it and a few regular expressions read the cells, their formulas, and the print
 * setup. Formulas are evaluated here (SUM over a range, + and −, ROUND) against the cells they name.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_COMPENSATION_RATES, estimateCompensation, recoveredParcels } from '../../src/domain/land-recovery';
import {
  recoveryWorkbook, recoveryXlsxBlob, recoveryXlsxBytes, XLSX_MIME_TYPE,
} from '../../src/io/recovery-table.xlsx';
import { loadParcels, loadZone } from '../domain/land-recovery/fixtures';

interface ReadCell { value: string | number | boolean | null; format: string; formula?: string }
type ReadSheet = Map<string, ReadCell> & { xml?: string };

const unescapeXml = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

const BUILT_IN_FORMATS: Record<string, string> = { 0: 'General', 1: '0', 3: '#,##0', 9: '0%', 10: '0.00%' };

/** Sheets by name, cells by address ("G8"), with value and number format. */
function readWorkbook(bytes: Uint8Array): Map<string, ReadSheet> {
  const files = unzipSync(bytes);
  const text = (name: string): string => (files[name] ? strFromU8(files[name]) : '');
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>(.*?)<\/si>/gs)].map(([, si]) =>
    unescapeXml([...si.matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map(([, t]) => t).join('')),
  );
  const styles = text('xl/styles.xml');
  const numFmts = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map(([, id, code]) => [id, unescapeXml(code)]));
  const cellXfs = styles.match(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s)?.[1] ?? '';
  const xfFormats = [...cellXfs.matchAll(/<xf\b([^>]*)>/g)].map(([, attrs]) => {
    const id = attrs.match(/numFmtId="(\d+)"/)?.[1] ?? '0';
    return numFmts.get(id) ?? BUILT_IN_FORMATS[id] ?? `builtin ${id}`;
  });
  const rels = new Map([...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b([^>]*)\/?>/g)].map(([, attrs]) => [
    attrs.match(/Id="([^"]+)"/)![1], attrs.match(/Target="([^"]+)"/)![1].replace(/^\/?(xl\/)?/, ''),
  ]));
  const sheets = new Map<string, ReadSheet>();
  for (const [, attrs] of text('xl/workbook.xml').matchAll(/<sheet\b([^>]*)\/>/g)) {
    const name = unescapeXml(attrs.match(/name="([^"]*)"/)![1]);
    const target = rels.get(attrs.match(/r:id="([^"]+)"/)![1])!;
    const cells: ReadSheet = new Map();
    for (const [, address, cellAttrs, inner] of text(`xl/${target}`).matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
      const type = cellAttrs.match(/t="(\w+)"/)?.[1];
      const style = Number(cellAttrs.match(/s="(\d+)"/)?.[1] ?? 0);
      const raw = inner?.match(/<v>(.*?)<\/v>/s)?.[1];
      const inline = inner?.match(/<t[^>]*>(.*?)<\/t>/s)?.[1];
      let value: ReadCell['value'] = null;
      if (type === 's' && raw !== undefined) value = shared[Number(raw)];
      else if (type === 'inlineStr' && inline !== undefined) value = unescapeXml(inline);
      else if (type === 'str' && raw !== undefined) value = unescapeXml(raw);
      else if (type === 'b' && raw !== undefined) value = raw === '1';
      else if (raw !== undefined) value = Number(raw);
      const formula = inner?.match(/<f>(.*?)<\/f>/s)?.[1];
      cells.set(address, { value, format: xfFormats[style] ?? 'General', ...(formula !== undefined ? { formula: unescapeXml(formula) } : {}) });
    }
    cells.xml = text(`xl/${target}`);
    sheets.set(name, cells);
  }
  (sheets as Map<string, ReadSheet> & { workbookXml?: string }).workbookXml = text('xl/workbook.xml');
  return sheets;
}

/** Evaluates the few formula forms the workbook uses, from the values of the cells they name. */
function evaluate(sheet: ReadSheet, formula: string): number {
  const at = (address: string): number => Number(sheet.get(address)?.value ?? 0);
  const sum = formula.match(/^SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/);
  if (sum) {
    const [, column, from, , to] = sum;
    let total = 0;
    for (let r = Number(from); r <= Number(to); r++) total += at(`${column}${r}`);
    return total;
  }
  const round = formula.match(/^ROUND\(([A-Z]+\d+)\*([\d.]+),0\)$/);
  if (round) return Math.round(at(round[1]) * Number(round[2]));
  const binary = formula.match(/^([A-Z]+\d+)([+-])([A-Z]+\d+)$/);
  if (binary) return binary[2] === '+' ? at(binary[1]) + at(binary[3]) : at(binary[1]) - at(binary[3]);
  throw new Error(`formula not understood: ${formula}`);
}

const value = (sheet: ReadSheet, address: string): ReadCell['value'] => sheet.get(address)?.value ?? null;
/** The row number whose column A holds `label`. */
const rowOf = (sheet: ReadSheet, label: string): number => {
  for (const [address, cell] of sheet) if (address.startsWith('A') && /^A\d+$/.test(address) && cell.value === label) return Number(address.slice(1));
  throw new Error(`no row labelled ${label}`);
};

const extras = {
  '1/101': { structuresVnd: 15_000_000, note: 'Giếng khoan' },
  '1/106': { graves: 12 },
  '2/8': { structuresVnd: 350_000_000, note: 'Nhà "cấp 4" & sân' },
};
const estimate = estimateCompensation(recoveredParcels(loadParcels(), loadZone()), DEFAULT_COMPENSATION_RATES, extras);

describe('recovery workbook read back', () => {
  let book: Map<string, ReadSheet>;
  let parcels: ReadSheet;
  beforeAll(async () => {
    book = readWorkbook(await recoveryXlsxBytes(estimate, { date: '2021-03-02' }));
    parcels = book.get('Thu hồi theo thửa')!;
  });

  it('has the parcel, land-user and rates sheets', () => {
    expect([...book.keys()]).toEqual(['Thu hồi theo thửa', 'Theo chủ sử dụng', 'Đơn giá']);
  });

  it('has title rows with the default place names and the date, and says the rates are illustrative', () => {
    expect(value(parcels, 'A1')).toBe('BẢNG TỔNG HỢP DIỆN TÍCH ĐẤT THU HỒI VÀ DỰ TOÁN KINH PHÍ BỒI THƯỜNG, HỖ TRỢ');
    expect(value(parcels, 'A2')).toBe('Dự án: Khu sản xuất tiểu thủ công nghiệp tập trung');
    expect(value(parcels, 'A3')).toBe('Địa điểm: khu Đồng Dọc, thôn Thượng Hải, xã Bình Lăng, huyện Tứ Kỳ, tỉnh Hải Dương');
    expect(value(parcels, 'A4')).toBe('Ngày lập: 02/03/2021');
    expect(String(value(parcels, 'A5'))).toMatch(/^Đơn giá mặc định chỉ để minh hoạ/);
  });

  it('writes Vietnamese headers and one numeric row per parcel with m² and đồng formats', () => {
    const header = rowOf(parcels, 'STT');
    expect(['B', 'E', 'G', 'K', 'S'].map((column) => value(parcels, `${column}${header}`))).toEqual([
      'Số tờ', 'Chủ sử dụng', 'Diện tích thu hồi (m²)', 'Bồi thường về đất (đ)', 'Tổng bồi thường, hỗ trợ (đ)',
    ]);
    const row = header + 4; // 1/104, the fourth parcel
    expect(['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((column) => value(parcels, `${column}${row}`))).toEqual([
      4, 1, 104, 'LUC', 'Lê Văn Cường, Phạm Thị Dung', 900, 800,
    ]);
    expect(parcels.get(`G${row}`)!.format).toBe('#,##0.0');
    expect(value(parcels, `K${row}`)).toBe(56_000_000);
    expect(parcels.get(`K${row}`)!.format).toBe('#,##0');
    expect(value(parcels, `H${row}`)).toBeCloseTo(8 / 9, 12);
    expect(value(parcels, `I${row}`)).toBe('Một phần');
    expect(value(parcels, `E${header + 5}`)).toBe('UBND xã Bình Lăng');
    expect(value(parcels, `T${header + 6}`)).toBe('Nhà "cấp 4" & sân');
  });

  it('totals each column to the sum of its rows, then adds organisation cost and compares with the budget', () => {
    const header = rowOf(parcels, 'STT');
    const sumRow = rowOf(parcels, 'Cộng');
    expect(sumRow).toBe(header + estimate.rows.length + 1);
    for (const column of ['G', 'K', 'L', 'M', 'O', 'P', 'S']) {
      let sum = 0;
      for (let r = header + 1; r < sumRow; r++) sum += value(parcels, `${column}${r}`) as number;
      expect(value(parcels, `${column}${sumRow}`), column).toBeCloseTo(sum, 6);
    }
    expect(value(parcels, `G${sumRow}`)).toBe(5500);
    expect(value(parcels, `S${sumRow}`)).toBe(1_894_200_000);
    expect(value(parcels, `S${sumRow + 1}`)).toBe(37_884_000);
    expect(value(parcels, `S${sumRow + 2}`)).toBe(1_932_084_000);
    expect(value(parcels, `A${sumRow + 1}`)).toBe('Chi phí tổ chức thực hiện bồi thường, giải phóng mặt bằng (2,0%)');
    expect(value(parcels, `A${sumRow + 2}`)).toBe('Tổng kinh phí');
    expect(value(parcels, `S${sumRow + 3}`)).toBe(50_000_000_000);
    expect(value(parcels, `S${sumRow + 4}`)).toBe(50_000_000_000 - 1_932_084_000);
  });

  it('writes every total as a formula over the cells it adds, with its value cached', () => {
    const sumRow = rowOf(parcels, 'Cộng');
    const header = rowOf(parcels, 'STT');
    for (const column of ['G', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S']) {
      const cell = parcels.get(`${column}${sumRow}`)!;
      expect(cell.formula, column).toBe(`SUM(${column}${header + 1}:${column}${sumRow - 1})`);
    }
    const formulas = [...parcels.entries(), ...book.get('Theo chủ sử dụng')!.entries()].filter(([, cell]) => cell.formula);
    expect(formulas.length).toBeGreaterThanOrEqual(13 + 10);
    for (const sheet of [parcels, book.get('Theo chủ sử dụng')!]) {
      for (const [address, cell] of sheet) {
        if (cell.formula) expect(evaluate(sheet, cell.formula), `${address} ${cell.formula}`).toBe(cell.value);
      }
    }
    expect(parcels.get(`S${sumRow + 1}`)!.formula).toBe(`ROUND(S${sumRow}*0.02,0)`);
    expect(parcels.get(`S${sumRow + 2}`)!.formula).toBe(`S${sumRow}+S${sumRow + 1}`);
    expect(parcels.get(`S${sumRow + 4}`)!.formula).toBe(`S${sumRow + 3}-S${sumRow + 2}`);
    // Cached values: a viewer that does not calculate still shows every total.
    expect(parcels.xml).toMatch(new RegExp(`<c r="S${sumRow}"[^>]*><f>SUM\\(S\\d+:S\\d+\\)</f><v>1894200000</v></c>`));
  });

  it('prints the parcel sheet on A4 landscape, one page wide, with the header row on every page', () => {
    const pageSetup = parcels.xml!.match(/<pageSetup\b[^>]*\/>/)![0];
    expect(pageSetup).toMatch(/orientation="landscape"/);
    expect(pageSetup).toMatch(/fitToWidth="1"/);
    expect(pageSetup).toMatch(/fitToHeight="0"/);
    expect(pageSetup).toMatch(/paperSize="9"/);
    expect(parcels.xml).toMatch(/<sheetPr>.*<pageSetUpPr fitToPage="1"\/>.*<\/sheetPr>/s);
    const header = rowOf(parcels, 'STT');
    const workbookXml = (book as unknown as { workbookXml: string }).workbookXml;
    expect(unescapeXml(workbookXml)).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Thu hồi theo thửa'!$${header}:$${header}</definedName>`);
  });

  it('summarises by land user on its own sheet', () => {
    const users = book.get('Theo chủ sử dụng')!;
    const header = rowOf(users, 'STT');
    const an = header + 3; // Hoàng, Lê, Nguyễn
    expect([value(users, `B${an}`), value(users, `C${an}`), value(users, `D${an}`), value(users, `L${an}`)]).toEqual([
      'Nguyễn Văn An', 2, 1800, 360_600_000 + 174_000_000,
    ]);
    expect(value(users, `B${header + 6}`)).toBe('UBND xã Bình Lăng');
    expect(value(users, `L${rowOf(users, 'Cộng')}`)).toBe(1_894_200_000);
  });

  it('lists the rates applied', () => {
    const rates = book.get('Đơn giá')!;
    const luc = [...rates].find(([address, cell]) => address.startsWith('A') && cell.value === 'LUC')![0].slice(1);
    expect([value(rates, `B${luc}`), value(rates, `C${luc}`), value(rates, `D${luc}`)]).toEqual(['Đất chuyên trồng lúa nước', 70_000, 8_000]);
    expect(value(rates, `C${rowOf(rates, 'Hỗ trợ chuyển đổi nghề, tìm kiếm việc làm (số lần giá đất)')}`)).toBe(3);
  });
});

describe('recovery workbook settings', () => {
  it('writes the place names it is given, in English when asked, without the illustrative note for edited rates', async () => {
    const edited = estimateCompensation(estimate.rows, { ...DEFAULT_COMPENSATION_RATES, graveVnd: 8_000_000 });
    const book = readWorkbook(await recoveryXlsxBytes(edited, {
      language: 'en',
      placeNames: { version: 2, local: { type: 'xa', name: 'Bình Lăng' }, district: null, province: { type: 'thanh-pho', name: 'Hải Phòng' } },
      site: 'Đồng Dọc',
      projectName: 'Đồng Dọc small-industry zone',
    }));
    expect([...book.keys()]).toEqual(['Recovery by parcel', 'By land user', 'Rates']);
    const parcels = book.get('Recovery by parcel')!;
    expect(value(parcels, 'A2')).toBe('Project: Đồng Dọc small-industry zone');
    expect(value(parcels, 'A3')).toBe('Location: Đồng Dọc, Bình Lăng Commune, Hải Phòng City');
    expect(value(parcels, 'A4')).toBeNull(); // no date given, no illustrative note: the table follows a blank row
    expect(rowOf(parcels, 'No.')).toBe(5);
    expect(value(parcels, `I${rowOf(parcels, 'No.') + 1}`)).toBe('Whole');
  });

  it('names the district only on a workbook dated before 1 July 2025, when districts still existed', async () => {
    // The plan's names keep huyện Tứ Kỳ for older documents; a 2026 or undated workbook must not print it.
    const location = async (date?: string) => value(readWorkbook(await recoveryXlsxBytes(estimate, date === undefined ? {} : { date }))
      .get('Thu hồi theo thửa')!, 'A3');
    expect(await location('2025-06-30')).toBe('Địa điểm: khu Đồng Dọc, thôn Thượng Hải, xã Bình Lăng, huyện Tứ Kỳ, tỉnh Hải Dương');
    expect(await location('2025-07-01')).toBe('Địa điểm: khu Đồng Dọc, thôn Thượng Hải, xã Bình Lăng, tỉnh Hải Dương');
    expect(await location('2026-12-01')).toBe('Địa điểm: khu Đồng Dọc, thôn Thượng Hải, xã Bình Lăng, tỉnh Hải Dương');
    expect(await location()).toBe('Địa điểm: khu Đồng Dọc, thôn Thượng Hải, xã Bình Lăng, tỉnh Hải Dương');
  });

  it('builds the sheet data without writing a file', () => {
    const sheets = recoveryWorkbook(estimate);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Thu hồi theo thửa', 'Theo chủ sử dụng', 'Đơn giá']);
    expect(sheets[0].frozenRows).toBe(6); // title, project, place, illustrative note, blank, header
    expect(sheets[0].print).toEqual({ landscape: true, fitToWidth: true, repeatRows: [6, 6] });
  });

  it('writes a workbook with no recovered parcel, its totals 0', async () => {
    const empty = estimateCompensation([], DEFAULT_COMPENSATION_RATES);
    const parcels = readWorkbook(await recoveryXlsxBytes(empty)).get('Thu hồi theo thửa')!;
    const sumRow = rowOf(parcels, 'Cộng');
    expect(sumRow).toBe(rowOf(parcels, 'STT') + 1);
    expect([value(parcels, `G${sumRow}`), value(parcels, `S${sumRow}`), value(parcels, `S${sumRow + 2}`)]).toEqual([0, 0, 0]);
    expect(value(parcels, `S${sumRow + 4}`)).toBe(50_000_000_000);
  });

  it('gives the browser a Blob of the xlsx type', async () => {
    const blob = await recoveryXlsxBlob(estimate);
    expect(blob.type).toBe(XLSX_MIME_TYPE);
    const head = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
    expect([...head]).toEqual([0x50, 0x4b]); // "PK", a zip archive
  });
});
