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
  /** The layout to edit; null: the one this worker's last edit made (the one on screen), not sent again. */
  readonly layout: LayoutResult | null;
  readonly site: ZoneSite;
  /** Codes of the locked plots (a split never gives them to its new pieces). */
  readonly locked: readonly string[];
}

export type EditResponse =
  | { readonly id: number; readonly outcome: EditOutcome; readonly elapsedMs: number }
  | { readonly id: number; readonly crash: string };

/**
 * Handles requests in turn, keeping the layout its last edit made: the next edit of the same layout
 * (the one now on screen) names it instead of sending it again (the main thread's clone of a large
 * layout is then one way only). A bug in an edit comes back as a message, never as a dead worker.
 */
export function editRequestHandler(now: () => number = () => performance.now()): (request: EditRequest) => EditResponse {
  let last: LayoutResult | null = null;
  return (request) => {
    const started = now();
    try {
      const layout = request.layout ?? last;
      if (!layout) throw new Error('no layout sent, and none kept from an earlier edit');
      const outcome = applyEditCommand(request.command, layout, request.site, request.locked);
      last = outcome.ok ? outcome.layout : layout;
      return { id: request.id, outcome, elapsedMs: now() - started };
    } catch (error) {
      last = null;
      return { id: request.id, crash: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  };
}

/** Runs one request on its own (the layout sent with it). */
export function handleEditRequest(request: EditRequest, now: () => number = () => performance.now()): EditResponse {
  const started = now();
  try {
    if (!request.layout) throw new Error('no layout sent');
    const outcome = applyEditCommand(request.command, request.layout, request.site, request.locked);
    return { id: request.id, outcome, elapsedMs: now() - started };
  } catch (error) {
    return { id: request.id, crash: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
