/**
 * The messages between the planner's editor and the hand-edit Web Worker, and the worker's pure
 * handler. A hand edit on a large layout draws every plot's envelope again (0.5–0.9 s on 265 plots on
 * a tablet): in the worker the map and the panels stay responsive meanwhile, and the main thread pays
 * only the structured clone of the layout there and back. The same `applyEditCommand` runs as on the
 * main thread, so the outcome is the same, refusal for refusal.
 */
import type { ZoneSite } from '../domain/site';
import type { LayoutResult } from '../geo/layout';
import { applyEditCommand, type EditOutcome, type LayoutEditCommand } from '../geo/layout-edits';

export interface EditRequest {
  readonly id: number;
  readonly command: LayoutEditCommand;
  readonly layout: LayoutResult;
  readonly site: ZoneSite;
  /** Codes of the locked plots (a split never gives them to its new pieces). */
  readonly locked: readonly string[];
}

export type EditResponse =
  | { readonly id: number; readonly outcome: EditOutcome; readonly elapsedMs: number }
  | { readonly id: number; readonly crash: string };

/** Runs one request; a bug in an edit comes back as a message, never as a dead worker. */
export function handleEditRequest(request: EditRequest, now: () => number = () => performance.now()): EditResponse {
  const started = now();
  try {
    const outcome = applyEditCommand(request.command, request.layout, request.site, request.locked);
    return { id: request.id, outcome, elapsedMs: now() - started };
  } catch (error) {
    return { id: request.id, crash: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
