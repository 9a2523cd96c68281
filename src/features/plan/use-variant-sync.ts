/**
 * Keeps the planner workspace on the open stored variant, both ways:
 * - the variant (opened, switched, or changed by an undo/redo in any tab) is what the workspace shows:
 *   its zone, its parameters and its stored layout;
 * - a parameter change the planner makes is stored once it has settled (the layout arrived and no newer
 *   change came for SETTLE_MS): one history entry with the parameters and the layout they gave, so
 *   Ctrl+Z / Ctrl+Shift+Z step through them and they survive a reload.
 */
import { useEffect, useRef, type MutableRefObject } from 'react';
import { useVariants } from '../../db/use-variants';
import type { Variant } from '../../db/variants';
import type { ZoneSite } from '../../domain/site';
import type { LayoutResult } from '../../geo/layout';
import type { Translate } from '../../i18n/translate';
import { currentVariantOf, storeVariantLayout, useCurrentVariantId } from '../../state/plan-variants';
import { sameParameters, type PlanWorkspace } from './plan-workspace';

/** How long a layout must stay the newest before it is stored, ms (typing "12" stores 12, not 1 then 12). */
export const SETTLE_MS = 500;

export function useVariantSync(
  workspace: PlanWorkspace | null,
  demoSite: ZoneSite | null,
  settledRef: MutableRefObject<((layout: LayoutResult) => void) | null>,
  t: Translate,
): { variants: Variant[] | undefined; current: Variant | null } {
  const variants = useVariants();
  const currentId = useCurrentVariantId();
  const current = variants ? currentVariantOf(variants, currentId) : null;
  const latest = useRef<Variant | null>(current);
  const opened = useRef<{ id: string; site: ZoneSite } | null>(null);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; store: () => void; variant: Variant } | null>(null);
  const tRef = useRef(t);
  useEffect(() => { latest.current = current; tRef.current = t; });

  // The stored variant into the workspace.
  useEffect(() => {
    if (!workspace || !current) return;
    if (pending.current) {
      // The planner's edit is still settling on this variant, made from what is stored: keep it. Another
      // variant opens: the edit is stored first. Stored data changed under it (undo, redo, another tab):
      // what is stored wins.
      const job = pending.current;
      if (job.variant.id === current.id && sameParameters(job.variant.parameters, current.parameters)) return;
      clearTimeout(job.timer);
      if (job.variant.id !== current.id) job.store();
      pending.current = null;
    }
    const site = current.site ?? demoSite;
    if (!site) return;
    const shown = workspace.stores;
    const same = opened.current?.id === current.id && opened.current.site === site
      && sameParameters(shown.parameters.getState().parameters, current.parameters) && shown.layout.getState().site === site;
    if (same) return;
    opened.current = { id: current.id, site };
    workspace.openVariant(site, current.parameters, current.layout);
  }, [workspace, current, demoSite]);

  // Settled layouts into the stored variant.
  useEffect(() => {
    const flush = () => {
      const job = pending.current;
      if (!job) return;
      clearTimeout(job.timer);
      job.store();
    };
    settledRef.current = (layout) => {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
      const variant = latest.current;
      // A layout of what is stored (a variant opened, an undo laid out again) is not an edit.
      if (!variant || opened.current?.id !== variant.id || sameParameters(layout.parameters, variant.parameters)) return;
      const store = () => {
        pending.current = null;
        void storeVariantLayout(variant, layout.parameters, layout, tRef.current);
      };
      pending.current = { timer: setTimeout(store, SETTLE_MS), store, variant };
    };
    return () => {
      settledRef.current = null;
      flush();
    };
  }, [settledRef]);

  return { variants, current };
}
