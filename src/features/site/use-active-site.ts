/**
 * The site every screen works on: the user's imported parcel layer when there is one (IndexedDB),
 * otherwise the illustrative demo; always the demo's zone and context. In plane metres only: the map's
 * WGS84 copies come from use-site-map-data.ts, on the screen that draws them.
 */
import { useLiveQuery } from '../../db/live-query';
import { useEffect, useMemo } from 'react';
import { database, layerKeyOf } from '../../db/database';
import { activeLayerRow, restoreStoredLayer } from '../../db/parcel-layers';
import { primedActiveLayer } from '../../db/prime-active-layer';
import { useSetting } from '../../db/use-setting';
import type { ParcelLayer } from '../../domain/parcel';
import { reprojectParcelLayer } from '../../domain/reproject-parcel-layer';
import type { ZoneSite } from '../../domain/site';
import { useDemoSiteStore } from '../../state/demo-site-store';
import type { DisplayIssue } from './describe-issue';
import type { ContextFeature } from '../../io/layers';

export type ActiveSite =
  | { status: 'loading' }
  | { status: 'error'; errors: readonly DisplayIssue[]; retry: () => void }
  | {
      status: 'ready';
      layer: ParcelLayer;
      isDemo: boolean;
      /** Which layer's data (extras) apply: see layerKeyOf. */
      layerKey: string;
      /** What is wrong with a stored imported layer that could not be used (the demo shows instead). */
      storedLayerProblems: readonly DisplayIssue[];
      site: ZoneSite;
      context: readonly ContextFeature[];
    };

export function useActiveSite(): ActiveSite {
  const planeCrs = useSetting('planeCrs');
  const { state, load } = useDemoSiteStore();
  useEffect(() => load(planeCrs), [planeCrs, load]);
  // undefined while IndexedDB answers; null when no layer was imported. Read once before the first
  // render (main.tsx), so a screen need not wait for its own query to know.
  const imported = useLiveQuery(() => activeLayerRow(database()), [], primedActiveLayer());

  const demo = state.status === 'ready' ? state.demo : null;
  // Once per stored layer, not per row object: the live query's first answer is a new object of the
  // row read before the first render, and checking a layer again (and drawing it again) costs.
  const importedKey = imported ? `${layerKeyOf(imported)}#${imported.version ?? 0}#${imported.updatedAt ?? ''}` : imported;
  // oxlint-disable-next-line react-hooks/exhaustive-deps
  const restored = useMemo(() => (imported ? restoreStoredLayer(imported) : null), [importedKey]);
  const importedLayer = restored?.ok ? restored.value : null;
  const layer = useMemo(() => {
    if (!demo) return null;
    return importedLayer ? reprojectParcelLayer(importedLayer, demo.site.crs) : demo.layer;
  }, [importedLayer, demo]);

  if (state.status === 'error') return { status: 'error', errors: state.errors, retry: () => load(planeCrs, { force: true }) };
  if (!demo || imported === undefined || !layer) return { status: 'loading' };
  return {
    status: 'ready', layer, isDemo: !importedLayer, layerKey: layerKeyOf(importedLayer ? imported : null),
    storedLayerProblems: restored && !restored.ok ? restored.errors : [],
    site: demo.site, context: demo.context,
  };
}
