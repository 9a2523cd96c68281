/**
 * A zone as a table of corners, as a surveyor or an Excel user keeps one: a row per corner with X
 * (northing) and Y (easting) in VN-2000, optionally `role`, `ring` (1 = the boundary, 2… holes or
 * separate lines), `point` (corner order) and `name`. `,` or `;` between cells, decimal point or
 * comma (src/io/parcel-import/corner-csv.ts). A CSV carries no CRS: the plane of Settings, said so.
 */
import type { CrsId } from '../../geo/coordinates';
import { baseName, type ReadError, type ReadWarning } from '../layers/read-result';
import { geometryToPlane, planeConverter, type SourceGeometry } from '../layers/to-plane';
import { coerceNumber, displayValue } from '../layers/value-coercion';
import { readCsvTable, type CsvRow } from '../parcel-import/corner-csv';
import { normaliseFieldName } from '../parcel-import/field-names';
import { assembleZone, type DraftFeature, type ImportedZone } from './assemble-zone';
import { crsFromSettingsWarning } from './read-dxf-zone';
import { zoneFailure, zoneIssue, type ZoneIssue, type ZoneReadResult } from './zone-issues';
import { roleOfName } from './zone-roles';

const COLUMNS = {
  x: ['x', 'northing', 'toadox', 'xm', 'xvn2000', 'xn'],
  y: ['y', 'easting', 'toadoy', 'ym', 'yvn2000', 'ye'],
  role: ['role', 'vaitro', 'loai'],
  ring: ['ring', 'vong', 'part'],
  point: ['point', 'diem', 'stt', 'sohieudiem', 'order'],
  name: ['name', 'ten', 'feature', 'id'],
  strip: ['stripm', 'strip', 'daicachlym'],
} as const;

interface Group {
  readonly key: string;
  readonly role: string;
  readonly name: string;
  readonly ring: number;
  /** A separation line's `stripM` cell (its first row's). */
  readonly strip: string;
  readonly rows: { row: number; order: number; x: number; y: number }[];
}

export function readCsvZone(bytes: Uint8Array, fileName: string, planeCrs: CrsId): ZoneReadResult<ImportedZone> {
  const errors: ReadError[] = [];
  const warnings: ReadWarning[] = [];
  const table = readCsvTable(bytes, fileName, null, errors, warnings);
  if (table === null) return zoneFailure(errors, warnings);
  const column = (names: readonly string[]) => table.fields.find((f) => (names as readonly string[]).includes(normaliseFieldName(f)));
  const cols = Object.fromEntries(Object.entries(COLUMNS).map(([k, names]) => [k, column(names)])) as Record<keyof typeof COLUMNS, string | undefined>;
  if (!cols.x || !cols.y) {
    return zoneFailure([zoneIssue(fileName, 'zone-csv-columns-missing', { row: 1 }, { columns: table.fields.join(', ') })], warnings);
  }
  const groups = new Map<string, Group>();
  const issues: ZoneIssue[] = [...errors];
  table.rows.forEach((r: CsvRow, n) => {
    const number = (field: string) => {
      const v = coerceNumber(r.values[field], table.decimalMark);
      if (!v.ok) issues.push(zoneIssue(fileName, v.problem, { row: r.row, field }, { value: displayValue(r.values[field]) }));
      return v.ok ? v.value : null;
    };
    const x = number(cols.x!);
    const y = number(cols.y!);
    const role = cols.role ? r.values[cols.role] ?? '' : '';
    const name = cols.name ? r.values[cols.name] ?? '' : '';
    const ringText = cols.ring ? r.values[cols.ring] ?? '' : '';
    const ring = ringText === '' ? 1 : Number(ringText.replace(',', '.'));
    const orderValue = cols.point ? coerceNumber(r.values[cols.point], table.decimalMark) : null;
    if (x === null || y === null) return;
    const key = `${role}\u0000${name}\u0000${ring}`;
    if (!groups.has(key)) groups.set(key, { key, role, name, ring, strip: cols.strip ? r.values[cols.strip] ?? '' : '', rows: [] });
    groups.get(key)!.rows.push({ row: r.row, order: orderValue?.ok ? orderValue.value : n, x, y });
  });

  const converter = planeConverter(planeCrs, planeCrs);
  const drafts: DraftFeature[] = [];
  const list = [...groups.values()];
  const anyZoneRole = list.some((g) => roleOfName(g.role) === 'zone');
  // Rings of one polygon: a zone's (or, when no row says zone, the unmarked rows' first) rings 1, 2…
  const polygonKey = (g: Group) => (roleOfName(g.role) === 'zone' || (!anyZoneRole && g.role === '' && list.find((h) => h.role === '')?.name === g.name))
    ? `${g.role}\u0000${g.name}` : null;
  const polygons = new Map<string, Group[]>();
  for (const g of list) {
    const key = polygonKey(g);
    if (key !== null) polygons.set(key, [...(polygons.get(key) ?? []), g]);
  }
  const positions = (g: Group) => [...g.rows].sort((a, b) => a.order - b.order).map((c) => [c.y, c.x]);
  const push = (g: Group, source: SourceGeometry) => {
    const at = { row: g.rows[0].row };
    const plane = geometryToPlane(source, converter);
    if ('outOfRange' in plane) issues.push(zoneIssue(fileName, 'coordinates-out-of-range', at, { ...plane.outOfRange, crs: planeCrs }));
    else drafts.push({ at, role: g.role === '' ? null : g.role, roleStated: cols.role !== undefined, name: g.name, stripM: g.strip, geometry: plane.geometry });
  };
  for (const rings of polygons.values()) {
    const sorted = [...rings].sort((a, b) => a.ring - b.ring);
    const tooFew = sorted.find((g) => g.rows.length < 3);
    if (tooFew) {
      issues.push(zoneIssue(fileName, 'zone-csv-ring-too-few-corners', { row: tooFew.rows[0].row }, { ring: tooFew.ring, corners: tooFew.rows.length }));
      continue;
    }
    push(sorted[0], { type: 'Polygon', coordinates: sorted.map((g) => { const p = positions(g); return [...p, p[0]]; }) });
  }
  for (const g of list.filter((h) => polygonKey(h) === null)) {
    const p = positions(g);
    push(g, roleOfName(g.role) === 'entrance' ? { type: 'Point', coordinates: p[0] } : { type: 'LineString', coordinates: p });
  }
  return assembleZone(drafts, { fileName, name: baseName(fileName), crs: converter.targetCrs },
    [...warnings, crsFromSettingsWarning(fileName, 'CSV', planeCrs)], issues as ReadError[]);
}
