/** What the page and the register import's worker say to each other (structured-clone data only). */
import type { TradeItem } from '../domain/register/trade-list';
import type { DefaultTrade } from '../domain/register/trades';
import type { ReadProgress, RegisterFileRead } from '../io/register-import';

export interface RegisterImportRequest {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly tradeNames?: readonly Record<DefaultTrade, string>[];
  readonly trades?: readonly TradeItem[];
}

export type RegisterImportReply =
  | { readonly kind: 'progress'; readonly progress: ReadProgress }
  | { readonly kind: 'done'; readonly read: RegisterFileRead }
  | { readonly kind: 'failed' };
