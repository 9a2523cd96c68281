/**
 * Keeps the planner workspace on the open stored variant, both ways (free of React, so it is tested in
 * Node with the fake map and runner; use-variant-sync.ts wires it to the live query):
 * - the variant (opened, switched, or changed by an undo/redo in any tab) is what the workspace shows:
 *   its zone, its parameters, its stored layout (a hand edit undone shows the layout before it) and its
 *   locked plots;
 * - a parameter change the planner makes is stored once it has settled (the layout arrived and no newer
 *   change came for SETTLE_MS): one history entry with the parameters and the layout they gave.
 *
 * The live query also echoes our own writes back. An echo is recognised by what was written (variant,
 * parameters, layout) and changes nothing on screen: the planner may already have typed a newer value,
 * which the echo of the older one must not overwrite.
 */
import type { Variant } from '../../db/variants';
import type { ZoneSite } from '../../domain/site';
import type { LayoutParameters, LayoutResult } from '../../geo/layout';
import type { LaidOutLayout } from '../../db/variant-row';
import { layoutFingerprint } from './layout-cache';
import { sameParameters, type PlanWorkspace } from './plan-workspace';

/** How long a layout must stay the newest before it is stored, ms (typing "12" stores 12, not 1 then 12). */
export const SETTLE_MS = 500;

export type StoreLayout = (variant: Variant, parameters: LayoutParameters, layout: LayoutResult, given: readonly (keyof LayoutParameters)[]) => void;

export { layoutFingerprint };

/** Keeps the layout a run gave for a variant stored without one, under its key (layout-cache.ts). */
export type StoreLaidOut = (variantId: string, laidOut: LaidOutLayout) => void;

/**
 * Whether two zone sites are the same zone: the live query gives a new object on every write to the
 * row (the layout kept for the next open is one), and a variant's zone read again is not a new zone.
 */
const sameSite = (a: ZoneSite | null | undefined, b: ZoneSite | null | undefined): boolean =>
  a === b || (!!a && !!b && JSON.stringify(a) === JSON.stringify(b));

const writeFingerprint = (id: string, parameters: LayoutParameters, layout: LayoutResult | null): string =>
  JSON.stringify([id, parameters]) + layoutFingerprint(layout);

export class VariantSync {
  private latest: Variant | null = null;
  private opened: { id: string; site: ZoneSite } | null = null;
  private pending: { timer: ReturnType<typeof setTimeout>; variant: Variant; layout: LayoutResult; given: readonly (keyof LayoutParameters)[] } | null = null;
  /** The last variant state this tab stored: its echo through the live query is not news. */
  private written: string | null = null;
  /** The stored layout (fingerprint) of the variant as last opened or seen shown. */
  private openedLayout: string | null = null;

  constructor(
    private readonly workspace: PlanWorkspace, private readonly store: StoreLayout, private readonly settleMs = SETTLE_MS,
    private readonly storeLaidOut: StoreLaidOut | null = null,
  ) {}

  /**
   * The stored variant as the live query gives it now. `shipped`: the build's layout of the demo
   * (shipped-demo-layout.ts), drawn at once for a variant of the demo zone with no layout of its own
   * when its key is that of the run asked for (a fresh profile's demo), as a kept one would be.
   */
  showStored(current: Variant, demoSite: ZoneSite | null, shipped: LaidOutLayout | null = null): void {
    if (!this.latest) performance.mark('phanlo:plan-variant-read'); // a phase of #/plan's load (bench/plan.bench.ts)
    this.latest = current;
    this.workspace.setLockedCodes(current.lockedPlotCodes ?? []);
    if (this.written !== null && this.opened?.id === current.id && writeFingerprint(current.id, current.parameters, current.layout) === this.written) {
      // Our own write coming back: keep what is shown; an edit still settling now builds on it.
      if (this.pending) this.pending.variant = current;
      this.openedLayout = layoutFingerprint(current.layout);
      return;
    }
    if (this.pending) {
      // The planner's edit is still settling on this variant, made from what is stored: keep it. Another
      // variant opens: the edit is stored first. Stored data changed under it (undo, redo, another tab):
      // what is stored wins.
      const job = this.pending;
      if (job.variant.id === current.id && sameParameters(job.variant.parameters, current.parameters)) return;
      clearTimeout(job.timer);
      this.pending = null;
      if (job.variant.id !== current.id) this.write(job.variant, job.layout, job.given);
    }
    const site = current.site ?? demoSite;
    if (!site) return;
    const stores = this.workspace.stores;
    const shownLayout = stores.layout.getState().layout;
    // The stored layout is the one opened, or the one shown (a hand edit stored): nothing to open.
    // Another one (a hand edit undone, back to a layout of its own or to none) is opened again.
    const stored = layoutFingerprint(current.layout);
    const layoutShown = stored === this.openedLayout || stored === layoutFingerprint(shownLayout);
    const same = this.opened?.id === current.id && sameSite(this.opened.site, site)
      && sameParameters(stores.parameters.getState().parameters, current.parameters) && sameSite(stores.layout.getState().site, site) && layoutShown;
    this.openedLayout = stored;
    if (same) return;
    this.opened = { id: current.id, site };
    const kept = [current.laidOut, current.site === null ? shipped : null].filter((laidOut): laidOut is LaidOutLayout => !!laidOut);
    this.workspace.openVariant(site, current.parameters, current.layout, current.givenParameters ?? [], kept);
  }

  /**
   * A layout a run produced for the planner's parameters, the fields they set, and its cache key
   * (PlanWorkspace's onLayoutSettled; null: not to be kept).
   */
  settled(layout: LayoutResult, given: readonly (keyof LayoutParameters)[] = [], laidOutKey: string | null = null): void {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = null;
    const variant = this.latest;
    if (!variant || this.opened?.id !== variant.id) return;
    if (sameParameters(layout.parameters, variant.parameters)) {
      // A layout of what is stored (a variant opened, an undo laid out again) is not an edit. A variant
      // stored without a layout keeps it for its next open (layout-cache.ts), unless it has it already.
      const kept = variant.laidOut;
      const keptAlready = kept?.key === laidOutKey && layoutFingerprint(kept.layout) === layoutFingerprint(layout);
      if (laidOutKey && variant.layout === null && !keptAlready) this.storeLaidOut?.(variant.id, { key: laidOutKey, layout });
      return;
    }
    const timer = setTimeout(() => {
      const job = this.pending;
      this.pending = null;
      if (job) this.write(job.variant, job.layout, job.given);
    }, this.settleMs);
    this.pending = { timer, variant, layout, given };
  }

  /** Stores an edit still settling at once (the screen is leaving, a hand edit comes next). */
  flush(): void {
    const job = this.pending;
    if (!job) return;
    clearTimeout(job.timer);
    this.pending = null;
    this.write(job.variant, job.layout, job.given);
  }

  /** True while a parameter edit waits to be stored. */
  get settling(): boolean {
    return this.pending !== null;
  }

  private write(variant: Variant, layout: LayoutResult, given: readonly (keyof LayoutParameters)[]): void {
    this.written = writeFingerprint(variant.id, layout.parameters, layout);
    this.store(variant, layout.parameters, layout, given);
  }
}
