/**
 * Where an imported zone goes: today it replaces the zone of the workspace and is laid out at once
 * with the current parameters. Kept to this one function so that, when stored variants arrive, it can
 * be re-pointed to "open as a new variant" without touching the import control.
 */
import type { ZoneSite } from '../../geo/zone-site';
import type { PlanSiteData } from '../../map/plan-map-adapter';
import { planSessionStores } from '../../state/plan-session';
import { polygonBoundsWgs84, zoneToMapData } from '../site/site-map-data';
import type { PlanWorkspace } from './plan-workspace';

export interface ImportTarget {
  readonly workspace: PlanWorkspace;
  /** What the map draws behind the zone (the cadastral parcels, the context): kept as they are. */
  readonly base: PlanSiteData;
}

export function openImportedZone(target: ImportTarget, site: ZoneSite, name: string): void {
  const named: ZoneSite = { ...site, name: site.name || name };
  target.workspace.setSite(named, { ...target.base, zone: zoneToMapData(named) }, polygonBoundsWgs84(named.zone, named.crs));
  target.workspace.fitZone();
  // The new plots are what the planner wants to see first.
  planSessionStores().view.getState().setTab('plots');
}
