/**
 * The corner table (bảng toạ độ góc thửa) of every plot as CSV: UTF-8, comma, decimal point, CRLF
 * line ends (RFC 4180), header `plot_code,point_no,x,y,edge_length_m`.
 *
 * x is the VN-2000 northing and y the easting (the Vietnamese convention), to 3 decimals (1 mm);
 * edge_length_m is the plane distance from this point to the next one (the last point to point 1),
 * to 2 decimals.
 *
 * Numbering rule: src/geo/corner-order.ts (point 1 the most north-western corner, then clockwise), the
 * same numbering as the plot sheet and the stake-out. Plots are written in the
 * order of the layout. A plot is a simple polygon (the engine keeps holes out of plots); should one
 * have holes or several parts, every ring is listed in turn with the numbering continued, each ring
 * numbered by the same rule.
 */
import { cornersClockwiseFromNorthWest } from '../../geo/corner-order';
import { distanceM, type PlanePolygon } from '../../geo/plane-measure';
import { csvText } from '../csv-text';
import { formatFixed, METRE_DECIMALS } from '../csv-coordinates/number-format';
import { featureKind, propertyText, type LayoutDocument } from './layout-document';

export const CORNER_TABLE_HEADER = ['plot_code', 'point_no', 'x', 'y', 'edge_length_m'] as const;

export interface CornerRow {
  readonly plotCode: string;
  readonly pointNo: number;
  /** Northing, m. */
  readonly x: number;
  /** Easting, m. */
  readonly y: number;
  /** Plane distance to the next corner, m. */
  readonly edgeLengthM: number;
}

export { cornersClockwiseFromNorthWest };

/** Corner rows of every plot of the layout. */
export function plotCornerRows(layout: LayoutDocument): CornerRow[] {
  const rows: CornerRow[] = [];
  for (const feature of layout.features) {
    if (featureKind(feature) !== 'plot') continue;
    const plotCode = propertyText(feature.properties.code);
    const polygons: readonly PlanePolygon[] =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates]
        : feature.geometry.type === 'MultiPolygon' ? feature.geometry.coordinates : [];
    let pointNo = 0;
    for (const ring of polygons.flat()) {
      const corners = cornersClockwiseFromNorthWest(ring);
      corners.forEach((p, i) => {
        pointNo += 1;
        rows.push({ plotCode, pointNo, x: p[1], y: p[0], edgeLengthM: distanceM(p, corners[(i + 1) % corners.length]) });
      });
    }
  }
  return rows;
}

/** The CSV text of the corner table. */
export function writeCornerTableCsv(layout: LayoutDocument): string {
  return csvText([
    CORNER_TABLE_HEADER,
    ...plotCornerRows(layout).map((row) => [
      row.plotCode, String(row.pointNo), formatFixed(row.x, METRE_DECIMALS), formatFixed(row.y, METRE_DECIMALS),
      formatFixed(row.edgeLengthM, 2),
    ]),
  ]);
}
