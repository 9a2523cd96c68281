/**
 * Wires the variant sync (variant-sync.ts) to the stored variants' live query: the open variant into the
 * workspace, and the planner's settled parameter edits into storage (one history entry each).
 */
import { useEffect, useRef, useState, type MutableRefObject } from 'react';
import { useVariants } from '../../db/use-variants';
import { database } from '../../db/database';
import { storeVariantLaidOut, type LaidOutLayout, type Variant } from '../../db/variants';
import type { ZoneSite } from '../../domain/site';
import type { LayoutParameters, LayoutResult } from '../../geo/layout';
import type { Translate } from '../../i18n/translate';
import { currentVariantOf, storeVariantLayout, useCurrentVariantId } from '../../state/plan-variants';
import type { PlanWorkspace } from './plan-workspace';
import { useShippedDemoLayout } from './use-shipped-demo-layout';
import { SETTLE_MS, VariantSync } from './variant-sync';

export { SETTLE_MS };

/**
 * The open variant into the sync. The demo zone without a layout of its own (a fresh profile's demo)
 * waits for the build's layout of it (bounded: never longer than shipped-demo-layout.ts's WAIT_MS), so
 * as to draw it at once instead of after a run.
 */
function showStored(sync: VariantSync, shown: { current: Variant | null; demoSite: ZoneSite | null; shipped: LaidOutLayout | null | undefined }): void {
  const { current, demoSite, shipped } = shown;
  if (!current) return;
  const demoWithoutLayout = current.site === null && current.layout === null;
  if (demoWithoutLayout && shipped === undefined) return;
  sync.showStored(current, demoSite, demoWithoutLayout ? shipped : null);
}

/** Told of each layout a run made, with the fields the planner set and its cache key (layout-cache.ts). */
export type SettledListener = (layout: LayoutResult, given: readonly (keyof LayoutParameters)[], laidOutKey: string | null) => void;

export function useVariantSync(
  workspace: PlanWorkspace | null,
  demoSite: ZoneSite | null,
  settledRef: MutableRefObject<SettledListener | null>,
  t: Translate,
): { variants: Variant[] | undefined; current: Variant | null; sync: VariantSync | null } {
  const variants = useVariants();
  const currentId = useCurrentVariantId();
  const current = variants ? currentVariantOf(variants, currentId) : null;
  const tRef = useRef(t);
  useEffect(() => { tRef.current = t; });
  const [sync, setSync] = useState<VariantSync | null>(null);
  // The build's layout of the demo zone (shipped-demo-layout.ts), fetched since the app started.
  const shipped = useShippedDemoLayout();
  const shownRef = useRef({ current, demoSite, shipped });
  useEffect(() => { shownRef.current = { current, demoSite, shipped }; });

  // One sync per workspace; an edit still settling is stored when the screen goes.
  useEffect(() => {
    if (!workspace) return;
    const made = new VariantSync(
      workspace, (variant, parameters, layout, given) => { void storeVariantLayout(variant, parameters, layout, given, tRef.current); }, SETTLE_MS,
      // A cache: a write that fails costs the next visit a run, nothing else.
      (id, laidOut) => { storeVariantLaidOut(database(), id, laidOut).catch(() => undefined); },
    );
    settledRef.current = (layout, given, key) => made.settled(layout, given, key);
    // The variant read already opens now, in the commit that mounts the map, not a render later: a
    // render later came, in a Chromium trace of a fresh profile, after the map's first frames (most of
    // a second of main thread under SwiftShader), and the first layout drawn waited for it.
    showStored(made, shownRef.current);
    // The sync is made with the workspace it serves; the state change after it is the point.
    // oxlint-disable-next-line react/set-state-in-effect
    setSync(made);
    return () => {
      settledRef.current = null;
      made.flush();
    };
  }, [workspace, settledRef]);

  // The stored variant into the workspace (an echo of what is shown changes nothing: variant-sync.ts).
  useEffect(() => {
    if (sync) showStored(sync, { current, demoSite, shipped });
  }, [sync, current, demoSite, shipped]);

  return { variants, current, sync };
}
