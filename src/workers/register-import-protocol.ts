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

/**
 * When the worker reached each step, as epoch milliseconds (timeOrigin + now: a worker's clock starts
 * at its own origin): the page marks them on its timeline, where the benchmark reads the split.
 */
export type WorkerSteps = readonly (readonly [step: string, epochMs: number])[];

export type RegisterImportReply =
  | { readonly kind: 'progress'; readonly progress: ReadProgress }
  | { readonly kind: 'done'; readonly read: RegisterFileRead; readonly steps: WorkerSteps }
  | { readonly kind: 'failed' };
