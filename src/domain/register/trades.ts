/**
 * Trades (ngành nghề) of the register: the default list, each by a stable id whose words live in
 * the messages (`registry.trade.<id>`). An entry stores a default trade's id, or a trade as a file wrote
 * it when it matches none: such a trade joins the stored list (./trade-list.ts), it is never an error.
 */
import { foldKey } from './fold-text';

export const DEFAULT_TRADES = [
  'carpentry', 'metalwork', 'food-processing', 'textiles', 'construction-materials', 'recycling', 'services', 'other',
] as const;
export type DefaultTrade = (typeof DEFAULT_TRADES)[number];

export const isDefaultTrade = (trade: string): trade is DefaultTrade => (DEFAULT_TRADES as readonly string[]).includes(trade);

/**
 * Words a file may use for a default trade (folded, without spaces), Vietnamese and English. The
 * Vietnamese and English names of the messages are matched too (see `matchTrade`).
 */
const TRADE_ALIASES: Record<DefaultTrade, readonly string[]> = {
  carpentry: ['moc', 'nghemoc', 'gomoc', 'dogo', 'chebiengo', 'mocdandung', 'carpentry', 'woodwork'],
  metalwork: ['cokhi', 'cokhikimkhi', 'kimkhi', 'gocokhi', 'han', 'ren', 'metalwork', 'mechanical', 'mechanicalandmetalwork'],
  'food-processing': ['chebienthucpham', 'thucpham', 'chebiennongsan', 'chebienluongthucthucpham', 'chebienthucphamnongsan', 'foodprocessing', 'food', 'foodandagriculturalprocessing'],
  textiles: ['detmay', 'may', 'det', 'maymac', 'textiles', 'textile', 'garment'],
  'construction-materials': ['vatlieuxaydung', 'vlxd', 'constructionmaterials'],
  recycling: ['taiche', 'recycling'],
  services: ['dichvu', 'services', 'service'],
  other: ['khac', 'other'],
};

/**
 * The default trade a written trade names ("Cơ khí", "co khi", "Mechanical"), or null: then the entry
 * keeps the trade as written. `names` are the default trades' names in each language (from messages).
 */
export function matchTrade(written: string, names: readonly Record<DefaultTrade, string>[] = []): DefaultTrade | null {
  const key = foldKey(written);
  if (!key) return null;
  if (isDefaultTrade(written)) return written;
  for (const trade of DEFAULT_TRADES) {
    if (TRADE_ALIASES[trade].includes(key)) return trade;
    if (names.some((words) => foldKey(words[trade]) === key)) return trade;
  }
  return null;
}
