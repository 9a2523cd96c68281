/**
 * The area of a parcel inside the zone, computed with the polygon clipper loaded on first use: the
 * clipper is not needed to draw the map, so it stays out of the first load.
 */
import { useEffect, useState } from 'react';
import type { Parcel } from '../../domain/parcel';
import type { PlanePolygon } from '../../geo/plane-measure';

let clipperModule: Promise<typeof import('../../domain/inside-zone-area')> | null = null;

/** undefined while computing; null when there is no zone. */
export function useInsideZoneArea(parcel: Parcel, zone: PlanePolygon | null): number | null | undefined {
  const [result, setResult] = useState<{ parcel: Parcel; zone: PlanePolygon | null; areaM2: number | null } | null>(null);
  useEffect(() => {
    if (!zone) return;
    let current = true;
    clipperModule ??= import('../../domain/inside-zone-area');
    void clipperModule.then(({ insideZoneAreaM2 }) => {
      if (current) setResult({ parcel, zone, areaM2: insideZoneAreaM2(parcel, zone) });
    });
    return () => { current = false; };
  }, [parcel, zone]);
  if (!zone) return null;
  return result && result.parcel === parcel && result.zone === zone ? result.areaM2 : undefined;
}
