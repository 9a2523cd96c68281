/**
 * The editor's side of the hand-edit worker: each edit is one request answered in turn (the editor runs
 * one edit at a time). The worker is started when the client is made (use-plan-editor.ts makes it at
 * the planner's first selection, so its code is compiled before the first edit), ended by `dispose`. The layout the last
 * edit made is not sent again to be edited next: the worker kept it (layout-edits-protocol.ts).
 */
import type { ZoneSite } from '../domain/site';
import type { LayoutResult } from '../geo/layout';
import type { EditOutcome, LayoutEditCommand } from '../geo/layout-edits';
import type { EditRequest, EditResponse } from './layout-edits-protocol';

/** What the client needs of a worker: enough to fake one in tests. */
export interface EditWorkerPort {
  postMessage(message: EditRequest): void;
  onmessage: ((event: MessageEvent<EditResponse>) => void) | null;
  terminate(): void;
}

export const createEditWorker = (): EditWorkerPort =>
  new Worker(new URL('./layout-edits.worker.ts', import.meta.url), { type: 'module' }) as unknown as EditWorkerPort;

export class EditWorkerClient {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (outcome: EditOutcome) => void; reject: (error: Error) => void; layout: LayoutResult }>();
  private readonly worker: EditWorkerPort;
  /** This thread's copy of the layout the worker's last edit made (the worker keeps its own). */
  private lastMade: LayoutResult | null = null;

  constructor(worker: EditWorkerPort = createEditWorker()) {
    this.worker = worker;
    worker.onmessage = (event) => this.receive(event.data);
  }

  /** Runs an edit in the worker; rejects when the edit crashed there (as it would have on this thread). */
  run(command: LayoutEditCommand, layout: LayoutResult, site: ZoneSite, locked: readonly string[]): Promise<EditOutcome> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      // The layout the last edit made (shown since): the worker has it already.
      const known = layout === this.lastMade && this.waiting.size === 0;
      this.waiting.set(id, { resolve, reject, layout });
      this.worker.postMessage({ id, command, layout: known ? null : layout, site, locked: [...locked] });
    });
  }

  dispose(): void {
    this.worker.terminate();
    this.lastMade = null;
    for (const { reject } of this.waiting.values()) reject(new Error('the hand-edit worker was ended'));
    this.waiting.clear();
  }

  private receive(response: EditResponse): void {
    const waiting = this.waiting.get(response.id);
    if (!waiting) return;
    this.waiting.delete(response.id);
    if ('crash' in response) {
      this.lastMade = null;
      waiting.reject(new Error(response.crash));
    } else {
      // What the worker now keeps: the layout the edit made, or (refused) the one it edited.
      this.lastMade = response.outcome.ok ? response.outcome.layout : waiting.layout;
      waiting.resolve(response.outcome);
    }
  }
}
