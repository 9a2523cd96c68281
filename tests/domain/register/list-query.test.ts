// Search ignores marks and case ("nguyen" finds "Nguyễn", "duc" finds "Đức"); filters and sort.
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY, emptyEntryFields, foldText, DEFAULT_TRADE_LIST, matchTrade, queryEntries, tradeIds, type RegisterEntry } from '../../../src/domain/register';

const entry = (id: string, name: string, more: Partial<RegisterEntry> = {}): RegisterEntry =>
  ({ ...emptyEntryFields(), id, name, createdAt: `2024-01-0${id}`, ...more });

const entries = [
  entry('1', 'Nguyễn Văn An', { trade: 'carpentry', areaNeededM2: 300, phone: '0912.345.678' }),
  entry('2', 'Lê Văn Đức', { trade: 'metalwork', areaNeededM2: 120 }),
  entry('3', 'Công ty Nguyên Phát', { trade: 'Tái chế nhựa', areaNeededM2: null, notes: 'cần lô góc' }),
];
const status = (id: string): 'offered' | 'registered' => (id === '2' ? 'offered' : 'registered');

describe('register list query', () => {
  it('folds Vietnamese marks', () => {
    expect(foldText('  Nguyễn   VĂN Đức ')).toBe('nguyen van duc');
  });
  it('finds without marks, by every word, in name, phone digits and notes', () => {
    const names = (text: string) => queryEntries(entries, status, { ...DEFAULT_QUERY, text }).map((e) => e.name);
    expect(names('nguyen')).toEqual(['Nguyễn Văn An', 'Công ty Nguyên Phát']);
    expect(names('DUC')).toEqual(['Lê Văn Đức']);
    expect(names('0912345678')).toEqual(['Nguyễn Văn An']);
    expect(names('lo goc')).toEqual(['Công ty Nguyên Phát']);
    expect(names('van an')).toEqual(['Nguyễn Văn An']);
  });
  it('filters by trade and status, sorts with empty values last', () => {
    expect(queryEntries(entries, status, { ...DEFAULT_QUERY, trade: 'metalwork' }).map((e) => e.id)).toEqual(['2']);
    expect(queryEntries(entries, status, { ...DEFAULT_QUERY, status: 'offered' }).map((e) => e.id)).toEqual(['2']);
    expect(queryEntries(entries, status, { ...DEFAULT_QUERY, sort: 'areaNeededM2' }).map((e) => e.id)).toEqual(['2', '1', '3']);
    expect(queryEntries(entries, status, { ...DEFAULT_QUERY, sort: 'areaNeededM2', descending: true }).map((e) => e.id)).toEqual(['1', '2', '3']);
    expect(queryEntries(entries, status, { ...DEFAULT_QUERY, sort: 'status' }).map((e) => e.id)).toEqual(['1', '3', '2']);
  });
  it('matches written trades to the list, keeps the others as written', () => {
    expect(matchTrade('Cơ khí')).toBe('metalwork');
    expect(matchTrade('CHẾ BIẾN THỰC PHẨM')).toBe('food-processing');
    expect(matchTrade('Textiles')).toBe('textiles');
    expect(matchTrade('Làm hương')).toBeNull();
    expect(tradeIds(DEFAULT_TRADE_LIST, entries.map((e) => e.trade))).toContain('Tái chế nhựa');
  });
});
