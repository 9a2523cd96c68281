/**
 * A cadastral land parcel (thửa đất) as phanlo keeps it: identified by map sheet and parcel number,
 * with its geometry in VN-2000 plane metres. WGS84 copies for the map are derived, never stored.
 */
import type { CrsId } from '../geo/coordinates';
import type { PlanePolygon } from '../geo/plane-measure';

export interface Parcel {
  /** Stable key within a layer: "<sheetNo>/<parcelNo>". */
  readonly id: string;
  /** số tờ: map sheet number. */
  readonly sheetNo: number;
  /** số thửa: parcel number on that sheet. */
  readonly parcelNo: number;
  /** loại đất: land-use code such as LUC, BHK, ONT, DGT, DTL. */
  readonly landUseCode: string;
  /** chủ sử dụng: the land user as registered; empty for public land. */
  readonly landUser: string;
  /** Area written in the land register, m², when the source has one; the plane area is computed. */
  readonly registeredAreaM2: number | null;
  /** Geometry in VN-2000 plane metres (outer ring counter-clockwise, then holes). */
  readonly polygon: PlanePolygon;
}

/** A set of parcels as loaded from one file, with where it came from. */
export interface ParcelLayer {
  readonly name: string;
  /** Provenance shown to users: who made the data and whether it is real. */
  readonly source: string;
  /** The plane CRS the geometry is in, e.g. "EPSG:9209". */
  readonly crs: CrsId;
  readonly parcels: readonly Parcel[];
}

export const parcelId = (sheetNo: number, parcelNo: number): string => `${sheetNo}/${parcelNo}`;

/**
 * Whether a parcel is public land: no registered land user, or one that is a State body managing it
 * (cadastral books write the commune People's Committee, "UBND xã …", as the user of public land).
 */
export function isPublicLandUser(landUser: string): boolean {
  const name = landUser.trim();
  return name === '' || /^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\b/iu.test(name);
}
