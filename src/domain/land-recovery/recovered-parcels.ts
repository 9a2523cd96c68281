/**
 * Which cadastral parcels the zone takes (thu hồi đất) and how much of each: the intersection of each
 * parcel with the zone, measured on VN-2000 plane coordinates as the cadastre measures.
 */
import { roundAreaM2, type PlanePolygon } from '../../geo/plane-measure';
import { measureInsideZone, MIN_RECOVERED_AREA_M2 } from '../inside-zone-area';
import type { Parcel } from '../parcel';

export { MIN_RECOVERED_AREA_M2 } from '../inside-zone-area';

/** One parcel the zone takes, wholly or in part. */
export interface RecoveredParcel {
  readonly parcelId: string;
  /** số tờ */
  readonly sheetNo: number;
  /** số thửa */
  readonly parcelNo: number;
  /** loại đất, as the parcel layer writes it */
  readonly landUseCode: string;
  /** chủ sử dụng; "" for public land */
  readonly landUser: string;
  /** Plane area of the whole parcel, m², full precision. */
  readonly parcelAreaM2: number;
  /** Plane area inside the zone (zone holes excluded), m², full precision; the parcel area when wholly recovered. */
  readonly recoveredAreaM2: number;
  /** The recovered area as the cadastre states it, rounded to 0.1 m²: what tables show and money is computed on. */
  readonly recoveredAreaM2Stated: number;
  /** Area the user keeps outside the zone, m², full precision (0 when wholly recovered). */
  readonly remainingAreaM2: number;
  /** recoveredAreaM2 / parcelAreaM2, 0…1. */
  readonly recoveredShare: number;
  /** 'whole' (thu hồi toàn bộ) when less than MIN_RECOVERED_AREA_M2 stays outside, else 'part' (thu hồi một phần). */
  readonly extent: 'whole' | 'part';
  /** The recovered part's geometry (for drawing), plane metres. */
  readonly recoveredPolygons: readonly PlanePolygon[];
}

interface Box { minE: number; minN: number; maxE: number; maxN: number }

function boxOf(polygon: PlanePolygon): Box {
  const box: Box = { minE: Infinity, minN: Infinity, maxE: -Infinity, maxN: -Infinity };
  for (const point of polygon[0] ?? []) {
    box.minE = Math.min(box.minE, point[0]);
    box.maxE = Math.max(box.maxE, point[0]);
    box.minN = Math.min(box.minN, point[1]);
    box.maxN = Math.max(box.maxN, point[1]);
  }
  return box;
}

const boxesOverlap = (a: Box, b: Box): boolean =>
  a.minE <= b.maxE && b.minE <= a.maxE && a.minN <= b.maxN && b.minN <= a.maxN;

/**
 * The parcels the zone takes, sorted by sheet then parcel number. A parcel with less than
 * MIN_RECOVERED_AREA_M2 inside is left out. Holes of the zone (land kept free) are not recovered;
 * ring orientation of the inputs does not matter. Inputs are not changed.
 */
export function recoveredParcels(parcels: readonly Parcel[], zone: PlanePolygon): RecoveredParcel[] {
  if (zone.length === 0 || zone[0].length < 3) return [];
  const zoneBox = boxOf(zone);
  const out: RecoveredParcel[] = [];
  for (const parcel of parcels) {
    if (parcel.polygon.length === 0 || !boxesOverlap(boxOf(parcel.polygon), zoneBox)) continue;
    // Exact to far below 0.1 m²: the stated area is this value rounded once (see inside-zone-area.ts).
    const { polygons, parcelAreaM2, insideAreaM2, whole } = measureInsideZone(parcel, zone);
    if (insideAreaM2 < MIN_RECOVERED_AREA_M2) continue;
    out.push({
      parcelId: parcel.id,
      sheetNo: parcel.sheetNo,
      parcelNo: parcel.parcelNo,
      landUseCode: parcel.landUseCode,
      landUser: parcel.landUser,
      parcelAreaM2,
      recoveredAreaM2: insideAreaM2,
      recoveredAreaM2Stated: roundAreaM2(insideAreaM2),
      remainingAreaM2: whole ? 0 : parcelAreaM2 - insideAreaM2,
      recoveredShare: whole ? 1 : insideAreaM2 / parcelAreaM2,
      extent: whole ? 'whole' : 'part',
      recoveredPolygons: polygons,
    });
  }
  return out.sort((a, b) => a.sheetNo - b.sheetNo || a.parcelNo - b.parcelNo || a.parcelId.localeCompare(b.parcelId));
}
