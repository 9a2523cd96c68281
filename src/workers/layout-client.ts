/**
 * The app's side of the layout worker. Newest wins: while a planner drags a slider only the latest
 * parameters matter, so a request still queued when a newer one arrives resolves as superseded.
 * Progress messages reach the request's `onProgress`; `cancel()` stops the running request by replacing
 * the worker (a worker busy with a layout reads no messages), resolving it as cancelled. When the worker
 * says when it took the answered request up and answered, both are marked on the page's timeline.
 */
import type { ZoneSite } from '../domain/site';
import type { LayoutFailure, LayoutParameters, LayoutResult, LockedPlot } from '../geo/layout';
import type { LayoutRequest, LayoutResponse, PreviousInput, WorkerTimes } from './layout-protocol';

export type LayoutOutcome =
  | { readonly kind: 'done'; readonly outcome: LayoutResult | LayoutFailure; readonly elapsedMs: number }
  | { readonly kind: 'superseded' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'crash'; readonly message: string };

/** What the client needs of a worker: enough to fake one in tests. */
export interface WorkerPort {
  postMessage(message: LayoutRequest): void;
  onmessage: ((event: MessageEvent<LayoutResponse>) => void) | null;
  terminate(): void;
}

export const createLayoutWorker = (): WorkerPort =>
  new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerPort;

type Pending = { resolve: (outcome: LayoutOutcome) => void; onProgress?: (fraction: number) => void };

export class LayoutClient {
  private nextId = 1;
  private worker: WorkerPort;
  private running: ({ id: number } & Pending) | null = null;
  private queued: ({ request: LayoutRequest } & Pending) | null = null;

  /** @param worker a worker, or a factory for one (needed to cancel: a fresh worker replaces the busy one) */
  constructor(private readonly source: WorkerPort | (() => WorkerPort) = createLayoutWorker) {
    this.worker = this.connect();
  }

  private connect(): WorkerPort {
    const worker = typeof this.source === 'function' ? this.source() : this.source;
    worker.onmessage = (event) => this.receive(event.data);
    return worker;
  }

  /** Asks for a layout; resolves with it, or as superseded when a newer request overtook it. */
  generate(
    site: ZoneSite, parameters: LayoutParameters, previous: PreviousInput = null,
    options: { onProgress?: (fraction: number) => void; locked?: readonly LockedPlot[]; givenParameters?: readonly (keyof LayoutParameters)[] } = {},
  ): Promise<LayoutOutcome> {
    return new Promise((resolve) => {
      const request: LayoutRequest = {
        id: this.nextId++, site, parameters, previous,
        ...(options.locked?.length ? { locked: options.locked } : {}),
        ...(options.givenParameters?.length ? { givenParameters: options.givenParameters } : {}),
      };
      this.queued?.resolve({ kind: 'superseded' });
      this.queued = { request, resolve, onProgress: options.onProgress };
      if (!this.running) this.sendQueued();
    });
  }

  /**
   * Stops the running and the queued request, which resolve as cancelled. The running one is stopped
   * by replacing the worker, so the client must have been given a worker factory.
   */
  cancel(): void {
    this.queued?.resolve({ kind: 'cancelled' });
    this.queued = null;
    if (!this.running) return;
    if (typeof this.source !== 'function') throw new Error('LayoutClient.cancel needs a worker factory');
    this.running.resolve({ kind: 'cancelled' });
    this.running = null;
    this.worker.terminate();
    this.worker = this.connect();
  }

  dispose(): void {
    this.worker.terminate();
    this.running?.resolve({ kind: 'superseded' });
    this.queued?.resolve({ kind: 'superseded' });
    this.running = this.queued = null;
  }

  private sendQueued(): void {
    const next = this.queued;
    if (!next) return;
    this.queued = null;
    this.running = { id: next.request.id, resolve: next.resolve, onProgress: next.onProgress };
    this.worker.postMessage(next.request);
  }

  private receive(response: LayoutResponse): void {
    if (!this.running || response.id !== this.running.id) return;
    if ('progress' in response) { this.running.onProgress?.(response.progress); return; }
    const { resolve } = this.running;
    this.running = null;
    if ('crash' in response) resolve({ kind: 'crash', message: response.crash });
    else if (this.queued) resolve({ kind: 'superseded' });
    else resolve({ kind: 'done', outcome: response.outcome, elapsedMs: response.elapsedMs });
    if ('outcome' in response && response.times) markWorkerTimes(response.times);
    this.sendQueued();
  }
}

/**
 * Marks on the page's timeline when the worker took the answered request up and when it answered
 * (`phanlo:layout-worker-started`, `phanlo:layout-worker-answered`): with the engine's own time, what
 * the hops there and back cost (bench/plan.bench.ts).
 */
function markWorkerTimes(times: WorkerTimes): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  for (const [name, epochMs] of [['started', times.startedAtMs], ['answered', times.answeredAtMs]] as const) {
    performance.mark(`phanlo:layout-worker-${name}`, { startTime: Math.max(0, epochMs - performance.timeOrigin) });
  }
}
