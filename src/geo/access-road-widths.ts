/**
 * The public roads' widths kept with a site (`ZoneSite.accessRoadWidthsM`, parallel to `accessRoads`):
 * what a file gave or the planner set, or the assumed width where neither did. Every change of a site's
 * access roads goes through `withAccessRoads`, so the two lists never fall out of step.
 */
import type { PlanePoint } from './coordinates';
import type { ZoneSite } from './zone-site';

/**
 * Width assumed for an access road whose file gives none (m): a commune road (đường xã) of two 3.5 m
 * lanes. Files from QGIS, Google Earth or AutoCAD rarely carry `widthM`; readers warn
 * (`access-road-width-assumed`) and the planner may set it (edge marking panel).
 */
export const ASSUMED_ACCESS_ROAD_WIDTH_M = 7;
/** The widths a planner may set, m: a lane path to a national highway's right of way. */
export const ACCESS_ROAD_WIDTH_RANGE_M = { min: 3, max: 80 } as const;

export interface AccessRoad {
  readonly line: readonly PlanePoint[];
  /** The width given (by the file or the planner), m; null where none was. */
  readonly widthM: number | null;
}

/** Each access road with its width as given (null where none was). */
export function accessRoadsOf(site: ZoneSite): AccessRoad[] {
  return site.accessRoads.map((line, i) => ({ line, widthM: site.accessRoadWidthsM?.[i] ?? null }));
}

/** The width a drawing or report uses for road `index`: the given one, else the assumed one. */
export function accessRoadWidthM(site: ZoneSite, index: number): { widthM: number; assumed: boolean } {
  const given = site.accessRoadWidthsM?.[index] ?? null;
  return given === null ? { widthM: ASSUMED_ACCESS_ROAD_WIDTH_M, assumed: true } : { widthM: given, assumed: false };
}

/**
 * The site with these access roads. A site none of whose roads has a given width carries no list at all
 * (as sites stored before it existed), and the keys keep their order (the widths right after the roads),
 * so an unchanged site stays byte for byte what it was (stored rows and layout keys are compared as JSON).
 */
export function withAccessRoads<S extends ZoneSite>(site: S, roads: readonly AccessRoad[]): S {
  const widths = roads.map((r) => r.widthM);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(site)) {
    if (key === 'accessRoadWidthsM') continue;
    if (key !== 'accessRoads') { out[key] = value; continue; }
    out.accessRoads = roads.map((r) => r.line);
    if (widths.some((w) => w !== null)) out.accessRoadWidthsM = widths;
  }
  return out as unknown as S;
}

/** The site with road `index`'s width set (null: none given); null when there is no such road or nothing changes. */
export function withAccessRoadWidth<S extends ZoneSite>(site: S, index: number, widthM: number | null): S | null {
  const roads = accessRoadsOf(site);
  if (index < 0 || index >= roads.length || roads[index].widthM === widthM) return null;
  return withAccessRoads(site, roads.map((r, i) => (i === index ? { ...r, widthM } : r)));
}

/** Whether `widthM` is a width a planner may set. */
export function isAccessRoadWidth(widthM: number): boolean {
  return Number.isFinite(widthM) && widthM >= ACCESS_ROAD_WIDTH_RANGE_M.min && widthM <= ACCESS_ROAD_WIDTH_RANGE_M.max;
}
