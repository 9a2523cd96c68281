/**
 * The approved variant's layout, for every screen that works on the plots of the plan: the register
 * (allocation), the household view and its plot sheets, and field mode. The planner workspace keeps its
 * own open variant instead (src/features/plan).
 *
 * A variant stores the layout the planner saw; the demo variant, until the planner edits it, stores none
 * (`layout: null`, docs/TEAM-CONTRACTS.md). Then the layout kept for it is drawn when its key matches the
 * run that would be asked for (kept-approved-layout.ts): the planner's last one, or for the demo zone
 * the build's (dist/geo/dong-doc-layout.json), so a fresh profile starts no engine here. Only without
 * one is it laid out here, once per session, in a layout worker, from the zone with the variant's
 * parameters and no previous layout, which by contract gives the plots and codes of
 * `phanlo layout public/geo/dong-doc-zone.geojson`.
 */
import { useEffect, useMemo, useState } from 'react';
import { useApprovedVariant } from '../../db/use-variants';
import type { Variant } from '../../db/variants';
import type { ZoneSite } from '../../domain/site';
import type { LayoutFailure, LayoutParameters, LayoutResult } from '../../geo/layout';
import { LayoutClient } from '../../workers/layout-client';
import { engineBuild, useShippedDemoLayout } from '../plan';
import { keptApprovedLayout } from './kept-approved-layout';
import { useActiveSite } from './use-active-site';

/**
 * How long these screens wait for the build's demo layout, ms: longer than the planner's bound (it has a
 * map to show meanwhile), since the alternative here is the engine's run, which takes longer still on a
 * busy machine.
 */
const SHIPPED_WAIT_MS = 10_000;

export type ApprovedLayout =
  | { readonly status: 'loading' }
  /** The demo data could not be read, or the engine refused the stored zone (rare: it was laid out before). */
  | { readonly status: 'error'; readonly failure: LayoutFailure | null }
  | { readonly status: 'ready'; readonly variant: Variant; readonly site: ZoneSite; readonly layout: LayoutResult };

/** Layouts made here, by variant id and parameters: switching screens does not lay the demo out again. */
const made = new Map<string, Promise<LayoutResult | LayoutFailure>>();

const keyOf = (variant: Variant, site: ZoneSite) =>
  `${variant.id}|${site.crs}|${JSON.stringify(variant.parameters)}|${JSON.stringify(variant.givenParameters ?? [])}`;

/**
 * The engine options a stored variant is laid out with here: the fields the planner typed are used as
 * given, as the planner's own run used them (a small zone would otherwise narrow a main road the planner
 * set to the default width).
 */
export function layoutOptionsOf(variant: Pick<Variant, 'givenParameters'>): { givenParameters?: readonly (keyof LayoutParameters)[] } {
  return variant.givenParameters?.length ? { givenParameters: variant.givenParameters } : {};
}

/** Lays out a variant that stores no layout (at most once per key and session). */
export function layoutOfVariant(variant: Variant, site: ZoneSite): Promise<LayoutResult | LayoutFailure> {
  const key = keyOf(variant, site);
  let pending = made.get(key);
  if (!pending) {
    const client = new LayoutClient();
    pending = client.generate(site, variant.parameters, null, layoutOptionsOf(variant)).then((outcome) => {
      client.dispose();
      if (outcome.kind === 'done') return outcome.outcome;
      made.delete(key); // crashed or cancelled: the next screen tries again
      const failure: LayoutFailure = { ok: false, errors: [] };
      return failure;
    });
    made.set(key, pending);
  }
  return pending;
}

/** The approved variant with its plots; `loading` while IndexedDB, the demo files or the worker answer. */
export function useApprovedLayout(): ApprovedLayout {
  const variant = useApprovedVariant();
  const active = useActiveSite();
  const demoSite = active.status === 'ready' ? active.site : null;
  const site = variant ? variant.site ?? demoSite : null;
  const [computed, setComputed] = useState<{ key: string; outcome: LayoutResult | LayoutFailure } | null>(null);
  const key = variant && site ? keyOf(variant, site) : null;
  // The build's demo layout matters only for the demo zone without a layout of its own.
  const shipped = useShippedDemoLayout({ wanted: !!variant && variant.site === null && variant.layout === null, waitMs: SHIPPED_WAIT_MS });
  const waitingForShipped = !!variant && variant.site === null && variant.layout === null && shipped === undefined;
  // Memoised: the key hashes the whole zone, and this hook renders with every register change.
  const kept = useMemo(
    () => (variant && site && !waitingForShipped ? keptApprovedLayout(variant, site, shipped, engineBuild()) : null),
    [variant, site, shipped, waitingForShipped],
  );

  useEffect(() => {
    if (!variant || !site || variant.layout || !key || waitingForShipped || kept) return;
    let live = true;
    void layoutOfVariant(variant, site).then((outcome) => {
      if (live) setComputed({ key, outcome });
    });
    return () => { live = false; };
  }, [variant, site, key, waitingForShipped, kept]);

  if (active.status === 'error' && variant && !variant.site) return { status: 'error', failure: null };
  if (!variant || !site) return { status: 'loading' };
  if (variant.layout) return { status: 'ready', variant, site, layout: variant.layout };
  if (kept) return { status: 'ready', variant, site, layout: kept };
  if (!computed || computed.key !== key) return { status: 'loading' };
  return computed.outcome.ok
    ? { status: 'ready', variant, site, layout: computed.outcome }
    : { status: 'error', failure: computed.outcome };
}
