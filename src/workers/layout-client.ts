/**
 * The app's side of the layout worker. Newest wins: while a planner drags a slider only the latest
 * parameters matter, so a request still queued when a newer one arrives resolves as superseded.
 */
import type { ZoneSite } from '../domain/site';
import type { LayoutFailure, LayoutParameters, LayoutResult, PreviousLayout } from '../geo/layout';
import type { LayoutRequest, LayoutResponse } from './layout-protocol';

export type LayoutOutcome =
  | { readonly kind: 'done'; readonly outcome: LayoutResult | LayoutFailure; readonly elapsedMs: number }
  | { readonly kind: 'superseded' }
  | { readonly kind: 'crash'; readonly message: string };

/** What the client needs of a worker: enough to fake one in tests. */
export interface WorkerPort {
  postMessage(message: LayoutRequest): void;
  onmessage: ((event: MessageEvent<LayoutResponse>) => void) | null;
  terminate(): void;
}

export const createLayoutWorker = (): WorkerPort =>
  new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerPort;

export class LayoutClient {
  private nextId = 1;
  private running: { id: number; resolve: (outcome: LayoutOutcome) => void } | null = null;
  private queued: { request: LayoutRequest; resolve: (outcome: LayoutOutcome) => void } | null = null;

  constructor(private readonly worker: WorkerPort = createLayoutWorker()) {
    worker.onmessage = (event) => this.receive(event.data);
  }

  /** Asks for a layout; resolves with it, or as superseded when a newer request overtook it. */
  generate(site: ZoneSite, parameters: LayoutParameters, previous: PreviousLayout | null = null): Promise<LayoutOutcome> {
    return new Promise((resolve) => {
      const request: LayoutRequest = { id: this.nextId++, site, parameters, previous };
      this.queued?.resolve({ kind: 'superseded' });
      this.queued = { request, resolve };
      if (!this.running) this.sendQueued();
    });
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
    this.running = { id: next.request.id, resolve: next.resolve };
    this.worker.postMessage(next.request);
  }

  private receive(response: LayoutResponse): void {
    if (!this.running || response.id !== this.running.id) return;
    const { resolve } = this.running;
    this.running = null;
    if ('crash' in response) resolve({ kind: 'crash', message: response.crash });
    else if (this.queued) resolve({ kind: 'superseded' });
    else resolve({ kind: 'done', outcome: response.outcome, elapsedMs: response.elapsedMs });
    this.sendQueued();
  }
}
