/**
 * A plot's stake-out corners in the plot sheet's and the CSV corner table's order: every ring of every
 * part in turn (outer ring, then its holes, part after part), each ring clockwise from its north-western
 * corner, the numbering continued across rings. So "mốc 7" of a plot with two parts or a hole is the same
 * marker on the sheet, in the CSV (src/io/layout-output/corner-table.csv.ts) and in the field.
 */
import { cornersClockwiseFromNorthWest } from '../../geo/corner-order';
import type { PlanePoint } from '../../geo/coordinates';
import type { PlanePolygon } from '../../geo/plane-measure';

export function plotCornersInSheetOrder(polygons: readonly PlanePolygon[]): PlanePoint[] {
  return polygons.flat().flatMap((ring) => cornersClockwiseFromNorthWest(ring));
}
