/**
 * Facility lots sized with the zone: a request gives an exact `areaM2` (a params file listing exact
 * areas), or `m2PerHa` of the zone's gross area with a least `minAreaM2`. The defaults keep technical
 * land (all but parking) at 1.3 % of the zone, above the 1 % of QCVN 01:2021 Table 2.6.
 */
import type { FacilityRequest } from './types';

/** A facility lot of a known area. */
export interface SizedFacility { readonly use: string; readonly areaM2: number }

/** Step that per-hectare sizes are rounded up to, m². */
export const SIZE_STEP_M2 = 10;

/** Exact areas of the requests for a zone of zoneM2, m². */
export function resolveFacilities(requests: readonly FacilityRequest[], zoneM2: number): SizedFacility[] {
  return requests.map((r) => {
    if (r.areaM2 !== undefined) return { use: r.use, areaM2: r.areaM2 };
    // Rounded up to whole SIZE_STEP_M2, so that a small edit of the zone leaves the lots (and the plots
    // beside them, with their codes) where they were.
    const perHa = Math.ceil(((r.m2PerHa ?? 0) * zoneM2) / 10000 / SIZE_STEP_M2) * SIZE_STEP_M2;
    return { use: r.use, areaM2: Math.max(r.minAreaM2 ?? 0, perHa) };
  });
}
