/**
 * The messages between the app and the layout Web Worker, and the worker's pure handler: the planner
 * workspace regenerates layouts off the main thread while a planner drags a slider.
 */
import type { ZoneSite } from '../domain/site';
import { generateLayout, type LayoutFailure, type LayoutParameters, type LayoutResult, type PreviousLayout } from '../geo/layout';

export interface LayoutRequest {
  readonly id: number;
  readonly site: ZoneSite;
  readonly parameters: LayoutParameters;
  readonly previous: PreviousLayout | null;
}

export type LayoutResponse =
  | { readonly id: number; readonly outcome: LayoutResult | LayoutFailure; readonly elapsedMs: number }
  | { readonly id: number; readonly crash: string };

/** Runs one request; a bug in the engine comes back as a message, never as a dead worker. */
export function handleLayoutRequest(request: LayoutRequest, now: () => number = () => performance.now()): LayoutResponse {
  const started = now();
  try {
    const outcome = generateLayout(request.site, request.parameters, { previous: request.previous });
    return { id: request.id, outcome, elapsedMs: now() - started };
  } catch (error) {
    return { id: request.id, crash: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
