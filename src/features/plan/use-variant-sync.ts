/**
 * Wires the variant sync (variant-sync.ts) to the stored variants' live query: the open variant into the
 * workspace, and the planner's settled parameter edits into storage (one history entry each).
 */
import { useEffect, useRef, useState, type MutableRefObject } from 'react';
import { useVariants } from '../../db/use-variants';
import { database } from '../../db/database';
import { storeVariantLaidOut, type Variant } from '../../db/variants';
import type { ZoneSite } from '../../domain/site';
import type { LayoutParameters, LayoutResult } from '../../geo/layout';
import type { Translate } from '../../i18n/translate';
import { currentVariantOf, storeVariantLayout, useCurrentVariantId } from '../../state/plan-variants';
import type { PlanWorkspace } from './plan-workspace';
import { SETTLE_MS, VariantSync } from './variant-sync';

export { SETTLE_MS };

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

  // One sync per workspace; an edit still settling is stored when the screen goes.
  useEffect(() => {
    if (!workspace) return;
    const made = new VariantSync(
      workspace, (variant, parameters, layout, given) => { void storeVariantLayout(variant, parameters, layout, given, tRef.current); }, SETTLE_MS,
      // A cache: a write that fails costs the next visit a run, nothing else.
      (id, laidOut) => { storeVariantLaidOut(database(), id, laidOut).catch(() => undefined); },
    );
    settledRef.current = (layout, given, key) => made.settled(layout, given, key);
    // The sync is made with the workspace it serves; the state change after it is the point.
    // oxlint-disable-next-line react/set-state-in-effect
    setSync(made);
    return () => {
      settledRef.current = null;
      made.flush();
    };
  }, [workspace, settledRef]);

  // The stored variant into the workspace.
  useEffect(() => {
    if (sync && current) sync.showStored(current, demoSite);
  }, [sync, current, demoSite]);

  return { variants, current, sync };
}
