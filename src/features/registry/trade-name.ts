/** A trade as the reader says it: a default trade's name in their language, or the trade as written. */
import { isDefaultTrade } from '../../domain/register/trades';
import type { Translate } from '../../i18n/translate';

export const tradeName = (trade: string | null, t: Translate): string =>
  trade === null ? '' : isDefaultTrade(trade) ? t(`registry.trade.${trade}`) : trade;
