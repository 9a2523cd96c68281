/** The WGS84 copies the map draws, derived once per layer and site (only on the screen with the map). */
import type { FeatureCollection } from 'geojson';
import { useMemo } from 'react';
import { firstViewBounds } from './first-view-bounds';
import type { ActiveSite } from './use-active-site';
import { contextToMapData, parcelsToMapData, polygonBoundsWgs84, zoneToMapData, type Wgs84Bounds } from './site-map-data';

export interface SiteMapData {
  readonly parcels: FeatureCollection;
  readonly zone: FeatureCollection;
  readonly context: FeatureCollection;
  readonly zoneBounds: Wgs84Bounds;
  /** Where the parcel map looks first (first-view-bounds.ts): the zone, or the parcels when they lie elsewhere. */
  readonly viewBounds: Wgs84Bounds;
}

export function useSiteMapData(site: ActiveSite): SiteMapData | null {
  const ready = site.status === 'ready' ? site : null;
  const layer = ready?.layer ?? null;
  const zoneSite = ready?.site ?? null;
  const context = ready?.context ?? null;
  const parcels = useMemo(() => (layer ? parcelsToMapData(layer) : null), [layer]);
  const zone = useMemo(() => (zoneSite ? zoneToMapData(zoneSite) : null), [zoneSite]);
  const contextData = useMemo(() => (context && zoneSite ? contextToMapData(context, zoneSite.crs) : null), [context, zoneSite]);
  const zoneBounds = useMemo(() => (zoneSite ? polygonBoundsWgs84(zoneSite.zone, zoneSite.crs) : null), [zoneSite]);
  // One object per set of layers: #/plan lays the zone out again whenever this changes identity, so a
  // new object on every render would throw away a zone the planner has just opened.
  return useMemo(
    () => (parcels && zone && contextData && zoneBounds
      ? { parcels, zone, context: contextData, zoneBounds, viewBounds: firstViewBounds(zoneBounds, parcels) }
      : null),
    [parcels, zone, contextData, zoneBounds],
  );
}
