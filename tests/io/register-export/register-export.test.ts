// Register exports: the xlsx has the import's headers on row 1, phones/IDs as text, numbers as numbers,
// and imports back to the same entries; the CSV makes formula-like text safe.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TRADE_LIST, emptyEntryFields, renameTrade, type RegisterEntry, type TradeItem } from '../../../src/domain/register';
import { registerCsv } from '../../../src/io/register-export/register.csv';
import { registerXlsxBytes } from '../../../src/io/register-export/register.xlsx';
import { FIELD_HEADERS, readRegisterFile } from '../../../src/io/register-import';

const entries: RegisterEntry[] = [
  { ...emptyEntryFields(), id: 'a', createdAt: '2024-01-01', name: 'Nguyễn Văn An', phone: '0912345678', idNumber: '001085012345', trade: 'carpentry', areaNeededM2: 250.5, workers: 6, emissions: ['noise', 'dust'], fireHazard: 'high', needsLoan: true, loanMillionVnd: 300, registeredOn: '2024-03-15', wishes: ['A-01', 'B-02'] },
  { ...emptyEntryFields(), id: 'b', createdAt: '2024-01-02', name: '=HYPERLINK("http://x")', kind: 'enterprise', trade: 'Làm hương', notes: '<img src=x onerror=alert(1)>' },
];
const status = (id: string) => (id === 'a' ? 'offered' as const : 'registered' as const);

describe('register export', () => {
  it('xlsx: headers on row 1, text phones, numbers as numbers, and it imports back the same', async () => {
    const bytes = await registerXlsxBytes(entries, status, DEFAULT_TRADE_LIST);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    for (const field of ['name', 'representative', 'phone', 'trade', 'areaNeededM2', 'address', 'idNumber', 'workers', 'emissions', 'fireHazard', 'loanMillionVnd', 'notes', 'registeredOn'] as const) {
      expect(headers).toContain(FIELD_HEADERS[field]);
    }
    const at = (header: string) => sheet.getRow(2).getCell(headers.indexOf(header) + 1).value;
    expect(at('Điện thoại')).toBe('0912345678');
    expect(at('CCCD/MST')).toBe('001085012345');
    expect(at('Diện tích cần (m²)')).toBe(250.5);
    expect(at('Trạng thái')).toBe('Đề xuất');
    expect(sheet.rowCount).toBe(3);
    const read = await readRegisterFile('register.xlsx', bytes);
    expect(read.errors).toEqual([]);
    const strip = ({ id: _i, createdAt: _c, ...fields }: RegisterEntry) => fields;
    expect(read.entries.map((entry) => entry.fields)).toEqual(entries.map(strip));
  });

  it('CSV: formula-like text gets an apostrophe, and it imports back', async () => {
    const bytes = registerCsv(entries, status, DEFAULT_TRADE_LIST);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFFTên hộ/cơ sở;')).toBe(true);
    expect(text).toContain(`'=HYPERLINK`);
    expect(text).toContain('250,5');
    const read = await readRegisterFile('register.csv', bytes);
    expect(read.errors).toEqual([]);
    expect(read.entries[0].fields).toMatchObject({ phone: '0912345678', areaNeededM2: 250.5, registeredOn: '2024-03-15', wishes: ['A-01', 'B-02'] });
  });
});

describe('formula-like text read back', () => {
  it('drops the apostrophe the CSV export put before it', async () => {
    const read = await readRegisterFile('register.csv', registerCsv(entries, status, DEFAULT_TRADE_LIST));
    expect(read.entries[1].fields.name).toBe('=HYPERLINK("http://x")');
  });
});

describe('trades as the stored list names them', () => {
  // The user renamed the default trade "carpentry"; the screen shows the new name, so must the files.
  const renamed = renameTrade(DEFAULT_TRADE_LIST, 'carpentry', 'Mộc mỹ nghệ');
  if (!renamed.ok) throw new Error('not renamed');
  const trades: readonly TradeItem[] = [...renamed.list, { id: 'Làm hương', name: 'Hương trầm' }];

  it('xlsx writes the given names and imports back to the same trades', async () => {
    const bytes = await registerXlsxBytes(entries, status, trades);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    const sheet = workbook.worksheets[0];
    const column = (sheet.getRow(1).values as unknown[]).indexOf(FIELD_HEADERS.trade);
    expect([sheet.getRow(2).getCell(column).value, sheet.getRow(3).getCell(column).value]).toEqual(['Mộc mỹ nghệ', 'Hương trầm']);
    const read = await readRegisterFile('register.xlsx', bytes, { trades });
    expect(read.entries.map((entry) => entry.fields.trade)).toEqual(['carpentry', 'Làm hương']);
  });

  it('CSV writes the given names and imports back to the same trades', async () => {
    const bytes = registerCsv(entries, status, trades);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toContain(';Mộc mỹ nghệ;');
    expect(text).toContain(';Hương trầm;');
    const read = await readRegisterFile('register.csv', bytes, { trades });
    expect(read.entries.map((entry) => entry.fields.trade)).toEqual(['carpentry', 'Làm hương']);
  });

  it('writes a default trade nobody renamed in its Vietnamese words', () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(registerCsv(entries, status, DEFAULT_TRADE_LIST));
    expect(text).toContain(';Mộc;');
  });
});
