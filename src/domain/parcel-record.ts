/**
 * The figures of a parcel record: plane area, corner table (X northing, Y easting, edge to the next
 * corner) and the part inside the planned zone. All from VN-2000 plane coordinates.
 */
import { toXY } from '../geo/coordinates';
import { intersectPolygons } from '../geo/polygon-clip';
import { multiPolygonAreaM2, polygonAreaM2, ringCorners, ringEdgeLengthsM, ringPerimeterM, type PlanePolygon } from '../geo/plane-measure';
import type { Parcel } from './parcel';

export interface CornerRow {
  /** Point number, 1-based, within its ring. */
  readonly pointNo: number;
  /** Northing, m. */
  readonly x: number;
  /** Easting, m. */
  readonly y: number;
  /** Length of the edge to the next corner (wrapping), m. */
  readonly edgeToNextM: number;
}

export interface ParcelRecord {
  readonly parcel: Parcel;
  readonly areaM2: number;
  readonly perimeterM: number;
  /** One table per ring: the outer boundary first, then holes. */
  readonly cornerTables: readonly (readonly CornerRow[])[];
  /** Area inside the zone (holes of the zone excluded), m²; null when no zone is loaded. */
  readonly insideZoneM2: number | null;
}

export function cornerTable(ring: PlanePolygon[number]): CornerRow[] {
  const corners = ringCorners(ring);
  const edges = ringEdgeLengthsM(corners);
  return corners.map((corner, i) => ({ pointNo: i + 1, ...toXY(corner), edgeToNextM: edges[i] }));
}

export function parcelRecord(parcel: Parcel, zone: PlanePolygon | null): ParcelRecord {
  return {
    parcel,
    areaM2: polygonAreaM2(parcel.polygon),
    perimeterM: ringPerimeterM(parcel.polygon[0]),
    cornerTables: parcel.polygon.map(cornerTable),
    insideZoneM2: zone ? multiPolygonAreaM2(intersectPolygons([parcel.polygon], [zone])) : null,
  };
}
