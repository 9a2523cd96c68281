/**
 * The figures of a parcel record: plane area and corner table (X northing, Y easting, edge to the
 * next corner), all from VN-2000 plane coordinates. The part inside the zone needs polygon clipping
 * and lives in inside-zone-area.ts, so the clipper loads after the map has drawn.
 */
import { toXY } from '../geo/coordinates';
import { cornersClockwiseFromNorthWest } from '../geo/corner-order';
import { polygonAreaM2, ringEdgeLengthsM, ringPerimeterM, type PlanePolygon } from '../geo/plane-measure';
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
}

/** A ring's corner table, numbered as every corner table of phanlo (src/geo/corner-order.ts). */
export function cornerTable(ring: PlanePolygon[number]): CornerRow[] {
  const corners = cornersClockwiseFromNorthWest(ring);
  const edges = ringEdgeLengthsM(corners);
  return corners.map((corner, i) => ({ pointNo: i + 1, ...toXY(corner), edgeToNextM: edges[i] }));
}

export function parcelRecord(parcel: Parcel): ParcelRecord {
  return {
    parcel,
    areaM2: polygonAreaM2(parcel.polygon),
    perimeterM: ringPerimeterM(parcel.polygon[0]),
    cornerTables: parcel.polygon.map(cornerTable),
  };
}
