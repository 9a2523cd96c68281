/**
 * The messages between the app and the layout Web Worker, and the worker's pure handler: the planner
 * workspace regenerates layouts off the main thread while a planner drags a slider. While a layout is
 * searched the worker sends progress messages (the share of candidate layouts done); a request is
 * cancelled by the client replacing the worker (a busy worker reads no messages), and a caller on the
 * same thread cancels through the engine's `signal`.
 */
import type { ZoneSite } from '../domain/site';
import type { CrsId } from '../geo/coordinates';
import { generateLayout, type StageMemo, type LayoutFailure, type LayoutFeature, type LayoutParameters, type LayoutResult, type LockedPlot, type PreviousLayout } from '../geo/layout';
import { previousAsWritten } from '../io/layout-output/previous-layout';

/**
 * The plots on screen as the layout holds them (plane corners in memory, unrounded): the worker turns
 * them into the engine's previous plots as the layout's exported file gives them back
 * (`previousLayoutOf`), off the main thread, which a parameter change otherwise spends on it.
 */
export interface ShownPlots { readonly shown: { readonly crs: CrsId; readonly plots: readonly LayoutFeature[] } }

/** What keeps codes stable: the engine's previous plots, the plots on screen to be converted so, or none. */
export type PreviousInput = PreviousLayout | ShownPlots | null;

/**
 * The engine's previous plots of a request: plots shown, rounded as the exported file writes them (so
 * that the next run is the one `phanlo layout --previous` gives with that file), or as given.
 */
export function previousLayoutOf(previous: PreviousInput): PreviousLayout | null {
  if (!previous || !('shown' in previous)) return previous;
  return { plots: previousAsWritten(previous.shown.plots, previous.shown.crs) };
}

export interface LayoutRequest {
  readonly id: number;
  readonly site: ZoneSite;
  readonly parameters: LayoutParameters;
  readonly previous: PreviousInput;
  /** Plots the planner locked: kept exactly, the layout built around them. */
  readonly locked?: readonly LockedPlot[];
  /** The fields the planner set (used as given; a default may scale with the zone), see `LayoutOptions`. */
  readonly givenParameters?: readonly (keyof LayoutParameters)[];
}

/** When the worker took a request up and when it answered, epoch ms (timeOrigin + now, the worker's clock). */
export interface WorkerTimes { readonly startedAtMs: number; readonly answeredAtMs: number }

export type LayoutResponse =
  | { readonly id: number; readonly outcome: LayoutResult | LayoutFailure; readonly elapsedMs: number; readonly times?: WorkerTimes }
  | { readonly id: number; readonly crash: string }
  /** Sent while the search runs: the share of it done, 0–1. */
  | { readonly id: number; readonly progress: number };

/**
 * Runs one request; a bug in the engine comes back as a message, never as a dead worker.
 * @param post where progress messages go (the worker's postMessage)
 * @param memo the stages of earlier requests on the same zone, reused where their inputs are the same
 */
export function handleLayoutRequest(
  request: LayoutRequest, now: () => number = () => performance.now(), post?: (progress: LayoutResponse) => void, memo?: StageMemo,
): LayoutResponse {
  const started = now();
  try {
    const onProgress = post ? (fraction: number) => post({ id: request.id, progress: fraction }) : undefined;
    const outcome = generateLayout(request.site, request.parameters, { previous: previousLayoutOf(request.previous), locked: request.locked, givenParameters: request.givenParameters, onProgress, memo });
    return { id: request.id, outcome, elapsedMs: now() - started };
  } catch (error) {
    return { id: request.id, crash: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
