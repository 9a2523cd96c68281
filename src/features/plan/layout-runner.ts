/**
 * Runs layouts for the workspace: in the layout Web Worker in the app, in anything that keeps the
 * contract in tests. Newest wins (see src/workers/layout-client.ts); cancelling ends the worker (the
 * engine is one synchronous call, nothing else stops it) and starts a fresh one for the next run.
 */
import type { ZoneSite } from '../../domain/site';
import type { LayoutParameters, LockedPlot } from '../../geo/layout';
import { createLayoutWorker, LayoutClient, type LayoutOutcome, type WorkerPort } from '../../workers/layout-client';
import type { PreviousInput } from '../../workers/layout-protocol';

export interface LayoutRunner {
  /**
   * Resolves with the layout, or as superseded when a newer run or a cancel overtook it.
   * @param givenParameters the fields the planner set, used as given (src/geo/layout `LayoutOptions`)
   */
  run(
    site: ZoneSite, parameters: LayoutParameters, previous: PreviousInput,
    locked?: readonly LockedPlot[], givenParameters?: readonly (keyof LayoutParameters)[],
  ): Promise<LayoutOutcome>;
  /** Stops the run in progress (and any queued one); both resolve as superseded. */
  cancel(): void;
  dispose(): void;
}

/**
 * A layout worker started as soon as the workspace's code has loaded (PlanPage.tsx), so that the
 * engine's code is fetched and compiled while the screen renders and the open variant is read; the
 * first runner takes it.
 */
let spareWorker: WorkerPort | null = null;

export function prewarmLayoutWorker(): void {
  if (!spareWorker && typeof Worker !== 'undefined') spareWorker = createLayoutWorker();
}

function takeLayoutWorker(): WorkerPort {
  const worker = spareWorker ?? createLayoutWorker();
  spareWorker = null;
  return worker;
}

export class WorkerLayoutRunner implements LayoutRunner {
  private client: LayoutClient;

  constructor(private readonly makeWorker: () => WorkerPort = createLayoutWorker) {
    this.client = new LayoutClient(makeWorker === createLayoutWorker ? takeLayoutWorker() : makeWorker());
  }

  run(
    site: ZoneSite, parameters: LayoutParameters, previous: PreviousInput,
    locked: readonly LockedPlot[] = [], givenParameters: readonly (keyof LayoutParameters)[] = [],
  ): Promise<LayoutOutcome> {
    return this.client.generate(site, parameters, previous, { locked, givenParameters });
  }

  cancel(): void {
    this.client.dispose();
    this.client = new LayoutClient(this.makeWorker());
  }

  dispose(): void {
    this.client.dispose();
  }
}
