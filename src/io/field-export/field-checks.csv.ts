/**
 * Field checks as CSV: one row per check, position in VN-2000 (X northing, Y easting, as Vietnamese tables
 * write them) and in WGS84, with the reported accuracy, the offset from the planned corner (centimetres,
 * or marked indicative when the accuracy is worse than 5 cm), who and which device. Building checks add
 * one row per measured corner (`building_corner`). Numbers with a point, for programs; UTF-8 with BOM.
 */
import { planeProjection, type CrsId } from '../../geo/coordinates';
import { csvText, type CsvField } from '../csv-text';
import { offsetOf, type FieldCheckRecord, type FieldPosition } from './field-record';

export const FIELD_CSV_HEADER = [
  'check_id', 'variant_id', 'plot_code', 'corner_no', 'building_corner', 'kind', 'x_vn2000', 'y_vn2000', 'lat_wgs84', 'lng_wgs84',
  'accuracy_m', 'source', 'fixes', 'spread_m', 'offset_cm', 'offset_indicative', 'note', 'at', 'by_name', 'by_role', 'device_id', 'photos',
] as const;

const fixed = (value: number | null | undefined, digits: number): string | null =>
  value === null || value === undefined || !Number.isFinite(value) ? null : value.toFixed(digits);

export function writeFieldChecksCsv(checks: readonly FieldCheckRecord[], options: { planeCrs: CrsId; photoCounts?: ReadonlyMap<string, number> }): string {
  const projection = planeProjection(options.planeCrs);
  const positionFields = (p: FieldPosition | null): CsvField[] => {
    if (!p) return [null, null, null, null, null, null, null, null];
    const [lng, lat] = projection.toLngLat([p.easting, p.northing]);
    return [p.northing.toFixed(3), p.easting.toFixed(3), lat.toFixed(9), lng.toFixed(9), fixed(p.accuracyM, 3), p.source, p.fixes ?? null, fixed(p.spreadM, 3)];
  };
  const rows: CsvField[][] = [[...FIELD_CSV_HEADER]];
  for (const check of checks) {
    const offset = offsetOf(check);
    const tail: CsvField[] = [
      offset ? Math.round(offset.distanceM * 100) : null, offset ? (offset.indicative ? 'yes' : 'no') : null,
      check.note, check.at, check.by.name, check.by.role, check.deviceId, options.photoCounts?.get(check.id) ?? 0,
    ];
    rows.push([check.id, check.variantId, check.plotCode, check.cornerNo, null, check.kind, ...positionFields(check.position), ...tail]);
    (check.buildingCorners ?? []).forEach((corner, index) => {
      rows.push([check.id, check.variantId, check.plotCode, null, index + 1, check.kind, ...positionFields(corner), null, null, null, check.at, check.by.name, check.by.role, check.deviceId, null]);
    });
  }
  return `\uFEFF${csvText(rows)}`;
}
