// The stored trade list: ids kept for life, names compared ignoring case, diacritics and spacing.
import { describe, expect, it } from 'vitest';
import {
  addTrade, DEFAULT_TRADE_LIST, DEFAULT_TRADES, findTrade, moveTrade, removeTrade, renameTrade, tradeIds, tradeNameIn, withTrades,
} from '../../../src/domain/register';
import { registryMessages } from '../../../src/i18n/messages/registry';

const words = (['vi', 'en'] as const).map((language) =>
  Object.fromEntries(DEFAULT_TRADES.map((id) => [id, registryMessages[language][`registry.trade.${id}`]])) as Record<(typeof DEFAULT_TRADES)[number], string>);
const vi = (id: string) => registryMessages.vi[`registry.trade.${id}` as keyof typeof registryMessages.vi];

describe('trade list', () => {
  it('holds the issue’s eight trades by default, in its order', () => {
    expect(DEFAULT_TRADE_LIST.map((item) => item.id)).toEqual([
      'carpentry', 'metalwork', 'food-processing', 'textiles', 'construction-materials', 'recycling', 'services', 'other',
    ]);
  });

  it('finds a listed trade whatever its case, accents and spacing; else null', () => {
    const list = [...DEFAULT_TRADE_LIST, { id: 'Làm hương', name: null }];
    expect(findTrade(list, 'LAM  HUONG')).toBe('Làm hương');
    expect(findTrade(list, 'cơ khí', words)).toBe('metalwork');
    expect(findTrade(list, 'Mechanical and metalwork', words)).toBe('metalwork');
    expect(findTrade(list, 'Đan lát mây tre')).toBeNull();
    const renamed = renameTrade(list, 'Làm hương', 'Sản xuất hương');
    expect(renamed.ok && findTrade(renamed.list, 'san xuat huong')).toBe('Làm hương');
  });

  it('appends unmatched trades once, as first written, and leaves the list as it was when none is new', () => {
    const list = withTrades(DEFAULT_TRADE_LIST, ['Đan lát', 'dan  LAT', null, 'carpentry', 'Mây tre']);
    expect(list.slice(8)).toEqual([{ id: 'Đan lát', name: null }, { id: 'Mây tre', name: null }]);
    expect(withTrades(list, ['Mây tre', 'carpentry'])).toBe(list);
  });

  it('adds, renames, removes an unused trade and reorders, refusing duplicates and used trades', () => {
    expect(addTrade(DEFAULT_TRADE_LIST, '  ')).toEqual({ ok: false, error: 'empty' });
    expect(addTrade(DEFAULT_TRADE_LIST, 'moc', words)).toEqual({ ok: false, error: 'duplicate' });
    const added = addTrade(DEFAULT_TRADE_LIST, ' Làm   hương ', words);
    if (!added.ok) throw new Error('not added');
    expect(added.list.at(-1)).toEqual({ id: 'Làm hương', name: null });

    const renamed = renameTrade(added.list, 'carpentry', 'Mộc dân dụng', words);
    if (!renamed.ok) throw new Error('not renamed');
    expect(tradeNameIn(renamed.list, 'carpentry', vi)).toBe('Mộc dân dụng');
    expect(tradeNameIn(renamed.list, 'metalwork', vi)).toBe(vi('metalwork'));
    expect(renameTrade(renamed.list, 'carpentry', 'lam huong', words)).toEqual({ ok: false, error: 'duplicate' });

    expect(removeTrade(renamed.list, 'carpentry', new Set(['carpentry']))).toEqual({ ok: false, error: 'in-use' });
    const removed = removeTrade(renamed.list, 'Làm hương', new Set(['carpentry']));
    expect(removed.ok && removed.list.map((item) => item.id)).toEqual(DEFAULT_TRADES);

    const moved = moveTrade(DEFAULT_TRADE_LIST, 'metalwork', -1);
    expect(moved.ok && moved.list.slice(0, 2).map((item) => item.id)).toEqual(['metalwork', 'carpentry']);
    expect(moveTrade(DEFAULT_TRADE_LIST, 'carpentry', -1)).toEqual({ ok: true, list: DEFAULT_TRADE_LIST });
  });

  it('offers the list’s order, then trades entries use that it lacks', () => {
    const list = [{ id: 'other', name: null }, { id: 'carpentry', name: null }];
    expect(tradeIds(list, ['carpentry', 'Zeta', 'Alpha', null])).toEqual(['other', 'carpentry', 'Alpha', 'Zeta']);
  });
});
