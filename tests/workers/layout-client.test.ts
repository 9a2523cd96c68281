import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../src/geo/layout';
import { readZoneSite } from '../../src/io/layers';
import { writeLayoutGeoJson } from '../../src/io/layout-output/layout.geojson';
import { readPreviousLayout } from '../../src/io/layout-output/previous-layout';
import type { PlanePolygon } from '../../src/geo/plane-measure';
import { previousOf } from '../../src/features/plan/plan-workspace';
import { LayoutClient, type WorkerPort } from '../../src/workers/layout-client';
import { handleLayoutRequest, previousLayoutOf, type LayoutRequest, type LayoutResponse } from '../../src/workers/layout-protocol';
import type { ZoneSite } from '../../src/domain/site';

const zoneJson = JSON.parse(readFileSync(join(__dirname, '../../public/geo/dong-doc-zone.geojson'), 'utf8'));
const read = readZoneSite(zoneJson, 'dong-doc-zone.geojson', { planeCrs: 'EPSG:9209' });
if (!read.ok) throw new Error('demo zone should read');
const site: ZoneSite = read.value;

/** A worker that answers on the next macrotask, through a structured clone as a real one does. */
class FakeWorker implements WorkerPort {
  onmessage: ((event: MessageEvent<LayoutResponse>) => void) | null = null;
  readonly received: number[] = [];
  postMessage(message: LayoutRequest): void {
    const copy = structuredClone(message);
    this.received.push(copy.id);
    setTimeout(() => this.onmessage?.({ data: structuredClone(handleLayoutRequest(copy)) } as MessageEvent<LayoutResponse>), 0);
  }
  terminate(): void {}
}

describe('layout worker protocol', () => {
  it('runs the engine on a structured clone of the demo zone, as the worker receives it', () => {
    const response = handleLayoutRequest(structuredClone({ id: 7, site, parameters: DEFAULT_LAYOUT_PARAMETERS, previous: null }));
    expect(response.id).toBe(7);
    expect('outcome' in response && response.outcome.ok).toBe(true);
  });

  it('reports an engine crash as a message instead of dying', () => {
    const broken = { id: 1, site: { ...site, zone: null as never }, parameters: DEFAULT_LAYOUT_PARAMETERS, previous: null };
    const response = handleLayoutRequest(broken);
    expect('crash' in response || ('outcome' in response && !response.outcome.ok)).toBe(true);
  });
});

describe('previous plots sent as shown (the workspace converts nothing, the worker does)', () => {
  const shownLayout = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS) as LayoutResult;
  const read = readPreviousLayout(JSON.parse(writeLayoutGeoJson(shownLayout)), 'layout.geojson');
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const fromFile = read.value.plots;

  it('gives the engine, worker side, the plots the layout\'s written file gives back, to the last bit', () => {
    expect(shownLayout.ok).toBe(true);
    const sent = structuredClone(previousOf(shownLayout)); // as postMessage delivers it
    expect(sent && 'shown' in sent).toBe(true); // unconverted: the shown plots themselves
    const workerSide = previousLayoutOf(sent);
    expect(workerSide?.plots.length).toBe(shownLayout.features.filter((f) => f.properties.kind === 'plot').length);
    expect(workerSide?.plots).toEqual(fromFile);
    // Not the corners in memory: those are up to 0.1 mm away, enough to fall across Clipper2's 1 mm grid.
    const firstPlot = shownLayout.features.find((f) => f.properties.kind === 'plot')!;
    expect(workerSide?.plots[0].polygon[0]).not.toEqual((firstPlot.geometry.coordinates as PlanePolygon)[0]);
  });

  it('lays out, through the client and a cloning worker, what the engine lays out from the written file', async () => {
    const parameters = { ...DEFAULT_LAYOUT_PARAMETERS, targetFrontageM: 22 };
    const outcome = await new LayoutClient(new FakeWorker()).generate(site, parameters, previousOf(shownLayout), { givenParameters: ['targetFrontageM'] });
    const expected = generateLayout(site, parameters, { previous: { plots: fromFile }, givenParameters: ['targetFrontageM'] });
    expect(outcome.kind).toBe('done');
    if (outcome.kind === 'done') expect(JSON.stringify(outcome.outcome)).toBe(JSON.stringify(expected));
  });
});

describe('LayoutClient', () => {
  it('resolves a request with the layout', async () => {
    const client = new LayoutClient(new FakeWorker());
    const outcome = await client.generate(site, DEFAULT_LAYOUT_PARAMETERS);
    expect(outcome.kind).toBe('done');
    if (outcome.kind === 'done') expect(outcome.outcome.ok).toBe(true);
  });

  it('lets the newest request win while a slider is dragged', async () => {
    const worker = new FakeWorker();
    const client = new LayoutClient(worker);
    const first = client.generate(site, DEFAULT_LAYOUT_PARAMETERS);
    const second = client.generate(site, { ...DEFAULT_LAYOUT_PARAMETERS, targetFrontageM: 22 });
    const third = client.generate(site, { ...DEFAULT_LAYOUT_PARAMETERS, targetFrontageM: 24 });
    const outcomes = await Promise.all([first, second, third]);
    expect(outcomes.map((o) => o.kind)).toEqual(['superseded', 'superseded', 'done']);
    // The middle request never reached the worker: it was replaced while the first one ran.
    expect(worker.received).toEqual([1, 3]);
    const last = outcomes[2];
    if (last.kind === 'done' && last.outcome.ok) expect(last.outcome.parameters.targetFrontageM).toBe(24);
  });
});

/** A worker that sends the engine's progress messages before its answer, each on its own macrotask. */
class ProgressWorker implements WorkerPort {
  onmessage: ((event: MessageEvent<LayoutResponse>) => void) | null = null;
  terminated = false;
  postMessage(message: LayoutRequest): void {
    const copy = structuredClone(message);
    const messages: LayoutResponse[] = [];
    messages.push(handleLayoutRequest(copy, undefined, (progress) => messages.push(progress)));
    for (const m of messages) setTimeout(() => { if (!this.terminated) this.onmessage?.({ data: structuredClone(m) } as MessageEvent<LayoutResponse>); }, 0);
  }
  terminate(): void { this.terminated = true; }
}

describe('LayoutClient progress and cancellation', () => {
  it('passes the worker’s progress messages to the request, ending at 1', async () => {
    const client = new LayoutClient(new ProgressWorker());
    const seen: number[] = [];
    const outcome = await client.generate(site, DEFAULT_LAYOUT_PARAMETERS, null, { onProgress: (x) => seen.push(x) });
    expect(outcome.kind).toBe('done');
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[seen.length - 1]).toBe(1);
  });

  it('cancels the running request by replacing the worker, and runs the next one on the new worker', async () => {
    const workers: ProgressWorker[] = [];
    const client = new LayoutClient(() => { const w = new ProgressWorker(); workers.push(w); return w; });
    const running = client.generate(site, DEFAULT_LAYOUT_PARAMETERS);
    client.cancel();
    expect((await running).kind).toBe('cancelled');
    expect(workers[0].terminated).toBe(true);
    const next = await client.generate(site, DEFAULT_LAYOUT_PARAMETERS);
    expect(next.kind).toBe('done');
    expect(workers).toHaveLength(2);
  });

  it('refuses to cancel a running request without a worker factory', () => {
    const client = new LayoutClient(new ProgressWorker());
    void client.generate(site, DEFAULT_LAYOUT_PARAMETERS);
    expect(() => client.cancel()).toThrow(/factory/);
  });
});

describe('LayoutClient timeline marks', () => {
  it('marks when the worker took the answered request up and answered, on the page\'s clock', async () => {
    // A worker whose clock says it started 40 ms after the page's origin and answered 90 ms after.
    const times = { startedAtMs: performance.timeOrigin + 40, answeredAtMs: performance.timeOrigin + 90 };
    const worker: WorkerPort = {
      onmessage: null,
      postMessage(message: LayoutRequest) {
        const response = handleLayoutRequest(structuredClone(message));
        setTimeout(() => this.onmessage?.({ data: { ...response, times } } as MessageEvent<LayoutResponse>), 0);
      },
      terminate() {},
    };
    performance.clearMarks();
    const outcome = await new LayoutClient(worker).generate(site, DEFAULT_LAYOUT_PARAMETERS);
    expect(outcome.kind).toBe('done');
    const at = (name: string) => performance.getEntriesByName(`phanlo:layout-worker-${name}`).map((m) => m.startTime);
    expect(at('started')).toEqual([40]);
    expect(at('answered')).toEqual([90]);
  });

  it('marks nothing when the worker says nothing of its times', async () => {
    performance.clearMarks();
    await new LayoutClient(new FakeWorker()).generate(site, DEFAULT_LAYOUT_PARAMETERS);
    expect(performance.getEntriesByName('phanlo:layout-worker-started')).toEqual([]);
  });
});
