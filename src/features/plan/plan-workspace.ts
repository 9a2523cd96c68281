/**
 * The planner workspace's logic, free of React and MapLibre: parameters in, layouts out of the runner,
 * state into the plan stores, and plain data to whatever map is attached (PlanMapAdapter).
 *
 * - A parameter change regenerates at once when nothing is running (a slider's first step, a value
 *   typed and left); changes that follow it, or come while a run is in flight, wait for a short pause
 *   (typing "12" is one run for "12" after the one for "1", whose answer is never shown). A refused
 *   set does not run at all, and the last good layout stays on screen until a newer one arrives.
 * - Runs are numbered: only the newest may change the state, whatever order answers come back in.
 * - A run longer than `slowAfterMs` is marked slow (progress and a cancel button show).
 */
import type { ZoneSite } from '../../domain/site';
import { DEFAULT_LAYOUT_PARAMETERS, type LayoutParameters, type LayoutResult, type LockedPlot } from '../../geo/layout';
import type { PlanLayoutData, PlanMapAdapter, PlanSiteData, WgsBounds } from '../../map/plan-map-adapter';
import { EMPTY_LAYOUT_DATA, featureBounds, layoutMapData } from './layout-map-data';
import type { LayoutRunner } from './layout-runner';
import type { LayoutOutcome } from '../../workers/layout-client';
import { parameterRefusals } from './parameter-check';
import { plotRows, type PlotRow } from './plot-rows';
import { givenParameterFields } from '../../state/plan-parameters';
import type { PlanStores } from '../../state/plan-session';
import { zoneToMapData } from '../site/site-map-data';
import type { LaidOutLayout } from '../../db/variant-row';
import { engineBuild, laidOutKey, layoutFingerprint, runKey } from './layout-cache';
import type { PreviousInput, ShownPlots } from '../../workers/layout-protocol';

export type { PlanStores };

/** How long a kept layout's confirming run waits for that layout's first frame at most, ms. */
const CONFIRM_WAIT_MS = 2500;

export interface PlanWorkspaceOptions {
  readonly runner: LayoutRunner;
  readonly stores: PlanStores;
  /** Pause after the last parameter change before a run, ms. */
  readonly debounceMs?: number;
  readonly slowAfterMs?: number;
  /**
   * Told of every layout a run produced for the planner's parameters (not of a stored layout opened by
   * `openVariant`): where the variant sync stores the settled edit (src/features/plan/use-variant-sync.ts).
   */
  readonly onLayoutSettled?: (layout: LayoutResult, given: readonly (keyof LayoutParameters)[], laidOutKey: string | null) => void;
  /**
   * Asked before a regenerated layout replaces the one shown (the allocation guard: allocated plots
   * would move); false keeps the layout shown and puts its parameters back.
   */
  readonly confirmLayout?: (shown: LayoutResult | null, next: LayoutResult) => Promise<boolean>;
  /** The engine build that keys kept layouts (layout-cache.ts); null keeps none. The page's own by default. */
  readonly engineBuild?: string | null;
}

/** What one run is given, with its keys (for the anticipated run, and for a kept layout). */
interface RunInputs {
  readonly site: ZoneSite;
  readonly parameters: LayoutParameters;
  readonly previous: PreviousInput;
  readonly locked: LockedPlot[];
  readonly given: (keyof LayoutParameters)[];
  readonly key: string;
  readonly laidOutKey: string | null;
}

/** The locked plots of a layout as the engine takes them. */
export function lockedOf(layout: LayoutResult | null, codes: readonly string[]): LockedPlot[] {
  if (!layout || !codes.length) return [];
  const wanted = new Set(codes);
  return layout.features.flatMap((f) =>
    (f.properties.kind === 'plot' && wanted.has(f.properties.code) && f.geometry.type === 'Polygon' ? [{ code: f.properties.code, polygon: f.geometry.coordinates }] : []));
}

/** Whether two parameter sets are the same values (field order aside). */
export function sameParameters(a: LayoutParameters, b: LayoutParameters): boolean {
  const fields = Object.keys(a) as (keyof LayoutParameters)[];
  return fields.length === Object.keys(b).length && fields.every((field) => JSON.stringify(a[field]) === JSON.stringify(b[field]));
}

/**
 * The plots of a layout, for the engine's stable codes (unmoved plots keep theirs), as they are: the
 * layout worker rounds them as the layout's exported file gives them back (previousLayoutOf), so the
 * next run is the one `phanlo layout --previous` gives, and this thread does no projection for it.
 */
export function previousOf(layout: LayoutResult | null): ShownPlots | null {
  return layout ? { shown: { crs: layout.crs, plots: layout.features.filter((f) => f.properties.kind === 'plot') } } : null;
}

export class PlanWorkspace {
  private readonly runner: LayoutRunner;
  readonly stores: PlanStores;
  private readonly debounceMs: number;
  private readonly slowAfterMs: number;
  private runNumber = 0;
  private debounceTimer: ReturnType<typeof setTimeout> | null = null;
  /** When the last run for a parameter change started (performance.now), for the pause after it. */
  private lastChangeRunAt = -Infinity;
  private slowTimer: ReturnType<typeof setTimeout> | null = null;
  private map: PlanMapAdapter | null = null;
  private siteData: PlanSiteData | null = null;
  private zoneBounds: WgsBounds | null = null;
  private rows: PlotRow[] = [];
  private mapData: PlanLayoutData = EMPTY_LAYOUT_DATA;
  private readonly unsubscribe: (() => void)[] = [];
  private readonly onLayoutSettled: PlanWorkspaceOptions['onLayoutSettled'];
  private readonly confirmLayout: PlanWorkspaceOptions['confirmLayout'];
  /** Codes of the open variant's locked plots: every run keeps them (the engine's `locked`). */
  private lockedCodes: readonly string[] = [];
  /** True while `openVariant` sets the parameters: that change is not the planner's, it runs no debounce. */
  private opening = false;
  /** A run started by `anticipate`, waiting for the first real run to ask for the same thing. */
  private anticipated: { readonly key: string; readonly site: ZoneSite; readonly outcome: Promise<LayoutOutcome> } | null = null;
  private readonly engine: string | null;
  /** A kept layout shown on open, until the run laying the variant out again confirms or replaces it. */
  private confirming: LayoutResult | null = null;

  constructor(options: PlanWorkspaceOptions) {
    this.runner = options.runner;
    this.stores = options.stores;
    this.debounceMs = options.debounceMs ?? 60;
    this.slowAfterMs = options.slowAfterMs ?? 400;
    this.onLayoutSettled = options.onLayoutSettled;
    this.confirmLayout = options.confirmLayout;
    this.engine = options.engineBuild === undefined ? engineBuild() : options.engineBuild;
    // Stores outlive a mount of the screen: pick up the layout they already hold.
    const existing = this.stores.layout.getState().layout;
    if (existing) {
      this.rows = plotRows(existing);
      this.mapData = layoutMapData(existing, this.rows);
    }
    this.unsubscribe.push(
      this.stores.parameters.subscribe((state, before) => {
        if (state.parameters === before.parameters || this.opening) return;
        // Where the benchmark's "parameter change → updated map" starts (bench/plan.bench.ts).
        performance.mark('phanlo:plan-parameters-changed');
        this.scheduleRun();
      }),
      this.stores.view.subscribe((state, before) => {
        if (state.selectedIds !== before.selectedIds) this.map?.setSelection(state.selectedIds);
        if (state.colouring !== before.colouring) this.map?.setColouring(state.colouring);
      }),
    );
  }

  /**
   * The zone to lay out (and what the map draws behind it); lays it out at once when it changed, or
   * when the stores hold no layout for the current parameters (a run left unfinished by an earlier mount).
   */
  setSite(site: ZoneSite, siteData: PlanSiteData, zoneBounds: WgsBounds): void {
    const { site: before, layout, run } = this.stores.layout.getState();
    this.siteData = siteData;
    this.map?.setSite(siteData);
    if (!this.zoneBounds) this.map?.fitBounds(zoneBounds);
    this.zoneBounds = zoneBounds;
    const parameters = this.stores.parameters.getState().parameters;
    const current = layout !== null && sameParameters(layout.parameters, parameters);
    if (before === site && (current || run.status === 'running')) return;
    this.stores.layout.setState({ site });
    void this.runNow();
  }

  /**
   * Opens a stored variant: its zone and parameters, and its stored layout when it was made with those
   * parameters (shown as stored, so its codes are the stored ones); without one it is laid out at once.
   * `given`: the fields the planner set, stored with the variant (a value equal to its default among
   * them stays the planner's, not a default the engine may scale with the zone).
   */
  openVariant(
    site: ZoneSite, parameters: LayoutParameters, layout: LayoutResult | null, given: readonly (keyof LayoutParameters)[] = [],
    laidOut: LaidOutLayout | readonly LaidOutLayout[] | null = null,
  ): void {
    this.clearTimers();
    this.opening = true;
    try {
      // What was typed belonged to the variant left; the opened one's own are the ones stored with it.
      if (!sameParameters(this.stores.parameters.getState().parameters, parameters)) {
        this.stores.parameters.setState({ parameters: structuredClone(parameters), typed: [...given] });
      } else this.stores.parameters.setState({ typed: [...given] });
    } finally {
      this.opening = false;
    }
    this.stores.layout.setState({ site });
    this.showZone(site);
    if (layout && sameParameters(layout.parameters, parameters)) {
      // Whatever was running is for another variant or older parameters.
      this.runNumber++;
      if (this.stores.layout.getState().run.status === 'running') this.runner.cancel();
      this.showLayout(layout, 0);
      this.stores.layout.setState({ engineMs: null }); // stored, not run: no engine time to show
      return;
    }
    // No layout of its own: the one kept from its last run (or the build's for the demo), when made
    // from exactly this run's inputs by this engine build (layout-cache.ts), is shown at once; the run
    // lays it out again and confirms it.
    const inputs = this.runInputs(site);
    this.confirming = null;
    const kept = (Array.isArray(laidOut) ? laidOut : laidOut ? [laidOut] : []).find((candidate) => inputs.laidOutKey !== null && candidate.key === inputs.laidOutKey);
    if (kept) {
      this.runNumber++;
      if (this.stores.layout.getState().run.status === 'running') this.runner.cancel();
      this.showLayout(kept.layout, 0);
      this.stores.layout.setState({ engineMs: null });
      this.confirming = kept.layout;
      // The confirming run waits for the kept layout's first frame: on two cores the engine's run took
      // the CPU the map's tiling and software WebGL needed, and that frame came seconds later (A/B in
      // bench/plan-first-visit-ab.ts). Anything that runs meanwhile (a change, another variant) drops it.
      const drawn = this.map?.whenLayoutDrawn?.();
      if (drawn) {
        const shown = this.runNumber;
        void Promise.race([drawn, new Promise((resolve) => setTimeout(resolve, CONFIRM_WAIT_MS))]).then(() => {
          if (this.runNumber === shown && this.confirming === kept.layout) void this.runNow(false, inputs);
        });
        return;
      }
    }
    void this.runNow(false, inputs);
  }

  /** What a run with the parameters held now is given, for `site`, against the layout on screen. */
  private runInputs(site: ZoneSite): RunInputs {
    const { layout } = this.stores.layout.getState();
    const { parameters, typed } = this.stores.parameters.getState();
    // The defaults always give the reference layout, plot for plot and code for code what
    // `phanlo layout` gives (what the other screens show until a variant of one's own exists);
    // any other set keeps the codes of the plots on screen that did not move.
    const previous = sameParameters(parameters, DEFAULT_LAYOUT_PARAMETERS) ? null : previousOf(layout);
    const given = givenParameterFields(parameters, typed);
    const locked = lockedOf(layout, this.lockedCodes);
    const key = runKey(parameters, previous, locked, given);
    return { site, parameters, previous, locked, given, key, laidOutKey: laidOutKey(this.engine, site, key) };
  }

  /**
   * Lays out `site` with the parameters held now, before the stored variant is read (the first open of
   * IndexedDB on a fresh profile takes longer than the engine): when the first run asked for is the same
   * one (same zone, parameters, given fields; nothing locked, no previous layout), it takes this run's
   * answer instead of starting another. Shows nothing by itself; does nothing when a layout is held.
   */
  anticipate(site: ZoneSite): void {
    const { layout, site: open } = this.stores.layout.getState();
    if (this.anticipated || layout || open) return;
    const { parameters, typed } = this.stores.parameters.getState();
    if (parameterRefusals(parameters).length > 0) return;
    const given = givenParameterFields(parameters, typed);
    this.anticipated = { key: runKey(parameters, null, [], given), site, outcome: this.runner.run(site, parameters, null, [], given) };
  }

  /** The open variant's locked plots (by code): the next runs keep them exactly. */
  setLockedCodes(codes: readonly string[]): void {
    const same = codes.length === this.lockedCodes.length && codes.every((code, i) => code === this.lockedCodes[i]);
    this.lockedCodes = [...codes];
    if (!same) this.map?.setLocked(this.lockedCodes);
  }

  get locked(): readonly string[] {
    return this.lockedCodes;
  }

  /** Shows a layout a hand edit made (stored by the caller): no run, no engine time, not a parameter edit. */
  showEdited(layout: LayoutResult): void {
    this.clearTimers();
    this.runNumber++;
    if (this.stores.layout.getState().run.status === 'running') this.runner.cancel();
    this.showLayout(layout, 0);
    this.stores.layout.setState({ engineMs: null });
  }

  /** Draws the variant's own zone (an imported one, or the demo's) over the same cadastral backdrop. */
  private showZone(site: ZoneSite): void {
    if (!this.siteData) return;
    this.siteData = { ...this.siteData, zone: zoneToMapData(site) };
    this.map?.setSite(this.siteData);
  }

  /** What the map draws behind the layout (parcels, the zone), without laying anything out: the variant sync does that. */
  setMapSite(siteData: PlanSiteData, zoneBounds: WgsBounds): void {
    this.siteData = siteData;
    // The zone drawn is the open variant's own, should it be open already (an imported zone).
    const open = this.stores.layout.getState().site;
    if (open) this.siteData = { ...siteData, zone: zoneToMapData(open) };
    this.map?.setSite(this.siteData);
    if (!this.zoneBounds) this.map?.fitBounds(zoneBounds);
    this.zoneBounds = zoneBounds;
  }

  /** Connects a map: it gets everything there is to draw now, and every change from then on. */
  attachMap(map: PlanMapAdapter): () => void {
    this.map = map;
    const view = this.stores.view.getState();
    if (this.siteData) map.setSite(this.siteData);
    // No layout yet (the stored variant is still being read): drawing nothing would tell the map's
    // watchers (tests, the benchmark) that a layout is drawn.
    if (this.mapData !== EMPTY_LAYOUT_DATA) map.setLayout(this.mapData);
    map.setColouring(view.colouring);
    map.setSelection(view.selectedIds);
    map.setLocked(this.lockedCodes);
    if (this.zoneBounds) map.fitBounds(this.zoneBounds);
    const stop = map.onPlotClick((id, click) => this.selectFromMap(id, click?.additive || this.stores.view.getState().multiSelect));
    return () => {
      stop();
      if (this.map === map) this.map = null;
    };
  }

  /** The plot rows of the layout on screen (derived once per layout, shared with the map data). */
  plotRows(): readonly PlotRow[] {
    return this.rows;
  }

  /**
   * A click on the map: that plot alone is selected and the plot list shows it; an additive click
   * (Shift, or "select several" on a touch screen) adds the plot or takes it out of the selection.
   */
  selectFromMap(id: string | null, additive = false): void {
    const toggled = (ids: readonly string[]) => (id && ids.includes(id) ? ids.filter((q) => q !== id) : id ? [...ids, id] : ids);
    this.stores.view.setState((s) => ({
      selectedIds: additive ? toggled(s.selectedIds) : id ? [id] : [],
      ...(id ? { tab: 'plots' as const, listScrollRequest: s.listScrollRequest + 1 } : {}),
    }));
  }

  /**
   * A plot chosen in the list: selected, and brought into view on the map; additive (Shift+click or
   * Shift+Enter, or "select several") adds it to the selection or takes it out, as on the map.
   */
  selectFromList(id: string, additive = false): void {
    const { selectedIds, multiSelect } = this.stores.view.getState();
    const adding = additive || multiSelect;
    this.stores.view.setState({ selectedIds: adding ? (selectedIds.includes(id) ? selectedIds.filter((q) => q !== id) : [...selectedIds, id]) : [id] });
    const bounds = featureBounds(this.mapData.features, id);
    if (bounds) this.map?.revealPlot(bounds);
  }

  fitZone(): void {
    if (this.zoneBounds) this.map?.fitBounds(this.zoneBounds, { animate: true });
  }

  /** Stops the run in progress; the layout on screen stays, marked as older than the parameters. */
  cancel(): void {
    this.clearTimers();
    if (this.stores.layout.getState().run.status !== 'running') return;
    this.runNumber++;
    this.runner.cancel();
    this.stores.layout.setState({ run: { status: 'idle' }, cancelled: true });
  }

  /** Runs again with the current parameters at once (after a cancel, or a crash). */
  retry(): void {
    void this.runNow();
  }

  dispose(): void {
    this.clearTimers();
    this.runNumber++;
    // A run this workspace started will never be answered to it: the next mount starts its own.
    if (this.stores.layout.getState().run.status === 'running') this.stores.layout.setState({ run: { status: 'idle' } });
    for (const stop of this.unsubscribe.splice(0)) stop();
    this.runner.dispose();
    this.map = null;
  }

  private scheduleRun(): void {
    const now = performance.now();
    const idle = !this.debounceTimer && this.stores.layout.getState().run.status !== 'running' && now - this.lastChangeRunAt >= this.debounceMs;
    if (idle) {
      // Nothing to wait for: the pause would only add its length to what the planner waits. The
      // planner's own change, so the allocation guard is asked, as after a pause.
      this.lastChangeRunAt = now;
      void this.runNow(true);
      return;
    }
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => {
      this.lastChangeRunAt = performance.now();
      this.debounceTimer = null;
      // The planner's own change: the allocation guard is asked before its layout replaces the one shown.
      void this.runNow(true);
    }, this.debounceMs);
  }

  private clearTimers(): void {
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    if (this.slowTimer) clearTimeout(this.slowTimer);
    this.debounceTimer = this.slowTimer = null;
  }

  /**
   * One run with the current parameters; a refused set does not reach the engine. `guarded`: a run for
   * the planner's parameter change, which the allocation guard may stop (not a stored variant opened
   * or an undo laid out again: those show what is stored).
   */
  private async runNow(guarded = false, given?: RunInputs): Promise<void> {
    const { site, layout } = this.stores.layout.getState();
    if (!site) return;
    const { parameters } = this.stores.parameters.getState();
    if (parameterRefusals(parameters).length > 0) {
      // The panel shows why beside each field; whatever ran before is no longer wanted.
      if (this.stores.layout.getState().run.status === 'running') this.cancel();
      return;
    }
    const number = ++this.runNumber;
    if (this.slowTimer) clearTimeout(this.slowTimer);
    this.slowTimer = setTimeout(() => {
      if (number === this.runNumber) this.stores.layout.setState({ run: { status: 'running', slow: true } });
    }, this.slowAfterMs);
    this.stores.layout.setState({ run: { status: 'running', slow: false }, cancelled: false });

    // A variant opened gives the inputs taken before a kept layout was shown in its place.
    const inputs = given?.site === site ? given : this.runInputs(site);
    performance.mark('phanlo:plan-run-sent'); // where the benchmark's phases of #/plan's load split
    // Only the first run may take the anticipated one: any later one has a layout or a choice behind it.
    const anticipated = this.anticipated;
    this.anticipated = null;
    const outcome = await (anticipated && anticipated.site === site && anticipated.key === inputs.key
      ? anticipated.outcome
      : this.runner.run(site, inputs.parameters, inputs.previous, inputs.locked, inputs.given));
    if (number !== this.runNumber || outcome.kind === 'superseded' || outcome.kind === 'cancelled') return;
    if (this.slowTimer) clearTimeout(this.slowTimer);
    this.slowTimer = null;
    if (outcome.kind === 'crash') {
      this.stores.layout.setState({ run: { status: 'idle' }, crash: outcome.message });
      return;
    }
    const result = outcome.outcome;
    if (!result.ok) {
      this.stores.layout.setState({ run: { status: 'idle' }, failure: result.errors, crash: null });
      return;
    }
    if (guarded && this.confirmLayout && layout) {
      // The run is over while the planner is asked: no progress bar under the question.
      this.stores.layout.setState({ run: { status: 'idle' } });
    }
    if (guarded && this.confirmLayout && layout && !(await this.confirmLayout(layout, result))) {
      if (number !== this.runNumber) return;
      // Not applied: the layout shown stays, with the parameters it was made with.
      this.opening = true;
      try { this.stores.parameters.setState({ parameters: structuredClone(layout.parameters) }); } finally { this.opening = false; }
      this.stores.layout.setState({ run: { status: 'idle' } });
      return;
    }
    if (number !== this.runNumber) return;
    // A kept layout the run confirms stays as drawn: the map is not made again for the same plots.
    const confirmed = this.confirming !== null && this.stores.layout.getState().layout === this.confirming
      && layoutFingerprint(result) === layoutFingerprint(this.confirming);
    this.confirming = null;
    if (confirmed) this.stores.layout.setState({ engineMs: outcome.elapsedMs, run: { status: 'idle' }, failure: null, crash: null });
    else this.showLayout(result, outcome.elapsedMs);
    this.onLayoutSettled?.(result, inputs.given, inputs.laidOutKey);
  }

  private showLayout(layout: LayoutResult, engineMs: number): void {
    // The engine's own time travels with the mark, for the benchmark to print beside the change.
    performance.mark('phanlo:plan-layout-received', { detail: { engineMs } });
    this.rows = plotRows(layout);
    this.mapData = layoutMapData(layout, this.rows);
    performance.mark('phanlo:plan-map-data-made');
    this.map?.setLayout(this.mapData);
    const codes = new Set(this.rows.map((row) => row.id));
    const { selectedIds } = this.stores.view.getState();
    if (selectedIds.some((id) => !codes.has(id))) this.stores.view.setState({ selectedIds: selectedIds.filter((id) => codes.has(id)) });
    this.stores.layout.setState({ layout, engineMs, run: { status: 'idle' }, failure: null, crash: null });
    // React renders the panels for a store change in a microtask queued by setState: this one runs
    // after it, so the benchmark sees how much of "map data made → drawn" the panels take.
    queueMicrotask(() => performance.mark('phanlo:plan-panels-rendered'));
  }
}
