/**
 * What a hand edit of a layout gives back: the new layout with what it did to which plots, or a refusal
 * in plain words (a message key and its figures, user text in src/i18n/messages/plan-edits.ts).
 */
import type { LayoutResult } from '../layout';

/** A message key (under `planEdit.`) and its figures. */
export interface EditMessage {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Plots an edit touched, by code in the layout before it (`removed`, `moved`) or after it (`added`). */
export interface PlotsTouched {
  /** Plots whose corners changed (they keep their code). */
  readonly moved: readonly string[];
  /** Plots that are gone (merged into another, turned into green or a facility). */
  readonly removed: readonly string[];
  /** Plots new in the layout. */
  readonly added: readonly string[];
  /** Codes renamed, old → new. */
  readonly renamed?: Readonly<Record<string, string>>;
}

export type EditOutcome =
  | {
      readonly ok: true;
      readonly layout: LayoutResult;
      readonly touched: PlotsTouched;
      /** Kept but worth saying (a merge beyond the area range, for a large enterprise). */
      readonly warnings: readonly EditMessage[];
      /** What the history calls the edit. */
      readonly label: EditMessage;
    }
  | { readonly ok: false; readonly refusal: EditMessage };

export const refused = (key: string, params?: Record<string, string | number>): EditOutcome =>
  ({ ok: false, refusal: params ? { key, params } : { key } });

/** The figures of a rule reason as message params (booleans written out). */
export function messageParams(params: Readonly<Record<string, string | number | boolean>> | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params ?? {})) out[k] = typeof v === 'boolean' ? String(v) : v;
  return out;
}
