/**
 * A trade as the reader says it, from the ONE stored trade list (setting `trades`), for the register and
 * its dashboard alike: a name the user gave, a default trade's words in the reader's language, or the
 * trade as written.
 */
import { DEFAULT_TRADE_LIST, tradeNameIn, type TradeItem } from '../../domain/register/trade-list';
import { DEFAULT_TRADES, type DefaultTrade } from '../../domain/register/trades';
import type { Translate } from '../../i18n/translate';
import { registryMessages } from '../../i18n/messages/registry';
import { useSetting } from '../../db/use-setting';

export const tradeName = (trade: string | null, t: Translate, list: readonly TradeItem[] = DEFAULT_TRADE_LIST): string =>
  trade === null ? '' : tradeNameIn(list, trade, (id) => t(`registry.trade.${id}`));

/** The default trades' words in each language, to match what a file or a user writes. */
export const DEFAULT_TRADE_WORDS = (['vi', 'en'] as const).map((language) =>
  Object.fromEntries(DEFAULT_TRADES.map((trade) => [trade, registryMessages[language][`registry.trade.${trade}`]])) as Record<DefaultTrade, string>);

/** The stored trade list (the eight defaults until edited). */
export const useTradeList = (): readonly TradeItem[] => useSetting('trades');
