/**
 * Stand-ins for the workspace's two outside parts: a map that records what it was told, and a layout
 * runner whose runs the test finishes by hand (or with the real engine, synchronously).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ZoneSite } from '../../../src/domain/site';
import { generateLayout, type LayoutParameters, type LockedPlot } from '../../../src/geo/layout';
import { readZoneSite } from '../../../src/io/layers';
import type { DividerDrag, PlanColouringMode, PlanLayoutData, PlanMapAdapter, PlanSiteData, PlotClick, WgsBounds } from '../../../src/map/plan-map-adapter';
import type { LayoutRunner } from '../../../src/features/plan/layout-runner';
import type { LayoutOutcome } from '../../../src/workers/layout-client';
import { previousLayoutOf, type PreviousInput } from '../../../src/workers/layout-protocol';

export class FakePlanMap implements PlanMapAdapter {
  site: PlanSiteData | null = null;
  layouts: PlanLayoutData[] = [];
  selection: readonly string[] = [];
  locked: readonly string[] = [];
  colouring: PlanColouringMode | null = null;
  fitted: WgsBounds[] = [];
  revealed: WgsBounds[] = [];
  private clickListeners: ((id: string | null, click?: PlotClick) => void)[] = [];
  divider: readonly (readonly [number, number])[] | null = null;
  private dragListeners: ((drag: DividerDrag) => void)[] = [];

  setSite(site: PlanSiteData): void { this.site = site; }
  setLayout(layout: PlanLayoutData): void { this.layouts.push(layout); }
  setSelection(ids: readonly string[]): void { this.selection = ids; }
  setLocked(ids: readonly string[]): void { this.locked = ids; }
  setColouring(mode: PlanColouringMode): void { this.colouring = mode; }
  fitBounds(bounds: WgsBounds): void { this.fitted.push(bounds); }
  revealPlot(bounds: WgsBounds): void { this.revealed.push(bounds); }
  setDivider(line: readonly [readonly [number, number], readonly [number, number]] | null): void { this.divider = line; }
  onDividerDrag(callback: (drag: DividerDrag) => void): () => void {
    this.dragListeners.push(callback);
    return () => { this.dragListeners = this.dragListeners.filter((c) => c !== callback); };
  }
  /** A user's drag of the dividing line, from one WGS84 point to another, released at the end. */
  drag(from: readonly [number, number], to: readonly [number, number]): void {
    for (const listener of this.dragListeners) { listener({ from, to, done: false }); listener({ from, to, done: true }); }
  }
  onPlotClick(callback: (id: string | null, click?: PlotClick) => void): () => void {
    this.clickListeners.push(callback);
    return () => { this.clickListeners = this.clickListeners.filter((c) => c !== callback); };
  }
  destroy(): void {}

  /** A user's click on a plot (or beside every plot, with null). */
  click(id: string | null, click?: PlotClick): void { for (const listener of this.clickListeners) listener(id, click); }
  /** Plot codes of the layout last drawn. */
  plotCodes(): string[] {
    const last = this.layouts.at(-1);
    return (last?.features.features ?? []).filter((f) => f.properties?.kind === 'plot').map((f) => String(f.properties?.code));
  }
}

interface PendingRun {
  site: ZoneSite;
  parameters: LayoutParameters;
  previous: PreviousInput;
  locked: readonly LockedPlot[];
  givenParameters: readonly (keyof LayoutParameters)[];
  resolve: (outcome: LayoutOutcome) => void;
}

/** Runs wait until the test calls `finish` (with the real engine) or `answer` (with any outcome). */
export class ManualRunner implements LayoutRunner {
  readonly runs: PendingRun[] = [];
  cancels = 0;

  run(
    site: ZoneSite, parameters: LayoutParameters, previous: PreviousInput,
    locked: readonly LockedPlot[] = [], givenParameters: readonly (keyof LayoutParameters)[] = [],
  ): Promise<LayoutOutcome> {
    return new Promise((resolve) => this.runs.push({ site, parameters, previous, locked, givenParameters, resolve }));
  }
  cancel(): void {
    this.cancels++;
    for (const run of this.runs.splice(0)) run.resolve({ kind: 'superseded' });
  }
  dispose(): void { this.cancel(); }

  /** Answers run `index` (default: the oldest waiting) with what the real engine gives. */
  finish(index = 0): void {
    const [run] = this.runs.splice(index, 1);
    run.resolve({ kind: 'done', outcome: generateLayout(run.site, run.parameters, { previous: previousLayoutOf(run.previous), locked: run.locked, givenParameters: run.givenParameters }), elapsedMs: 7 });
  }
  answer(outcome: LayoutOutcome, index = 0): void {
    const [run] = this.runs.splice(index, 1);
    run.resolve(outcome);
  }
}

export const ZONE_FILE = join(process.cwd(), 'public', 'geo', 'dong-doc-zone.geojson');

/** The demo zone, read as the app reads it. */
export function demoSite(): ZoneSite {
  const read = readZoneSite(JSON.parse(readFileSync(ZONE_FILE, 'utf8')), 'dong-doc-zone.geojson', { planeCrs: 'EPSG:9209' });
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.value;
}

export const EMPTY_SITE_DATA: PlanSiteData = {
  parcels: { type: 'FeatureCollection', features: [] },
  zone: { type: 'FeatureCollection', features: [] },
  context: { type: 'FeatureCollection', features: [] },
};

export const ZONE_BOUNDS: WgsBounds = [[106.39, 20.846], [106.396, 20.85]];

/** Lets promise callbacks run. */
export const settle = () => new Promise<void>((r) => setTimeout(r, 0));
