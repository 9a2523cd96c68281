/**
 * A zone drawn in AutoCAD (or exported by GDAL/QGIS) as DXF, in VN-2000 plane metres. DXF carries no
 * coordinate system, so the plane of Settings is taken and a warning says so. Closed polylines and
 * hatches are polygons: the largest is the zone, closed polylines inside it are its holes; open
 * polylines and lines are the public road, the homes' edges, or unmarked. The role is the layer's
 * name (`zone`, `access-road`, `ranh-gioi`, `duong`, `khu-dan-cu`, `separation`…) or an XDATA string `role=…`;
 * a separation line's strip width is an XDATA string `stripM=…` or its layer's name (`separation-5`).
 */
import type { CrsId, PlanePoint } from '../../geo/coordinates';
import { parseCrs } from '../../geo/coordinates';
import { ringSignedAreaM2 } from '../../geo/plane-measure';
import { formatMeridian } from '../../i18n/format';
import { baseName, type ReadError } from '../layers/read-result';
import { geometryToPlane, planeConverter, type SourceGeometry } from '../layers/to-plane';
import { decodeText } from '../parcel-import/text-encoding';
import { assembleZone, type DraftFeature, type ImportedZone } from './assemble-zone';
import { dxfEntities, dxfPairs, type DxfEntity } from './dxf-entities';
import { zoneFailure, zoneIssue, type ZoneIssue, type ZoneReadResult } from './zone-issues';
import { roleOfName } from './zone-roles';

/** The warning every file without a CRS gets: which plane it was read in, from Settings. */
export function crsFromSettingsWarning(fileName: string, format: string, planeCrs: CrsId): ZoneIssue {
  const parsed = parseCrs(planeCrs);
  const meridian = parsed.kind === 'vn2000' ? formatMeridian(parsed.meridianDeg) : planeCrs;
  return zoneIssue(fileName, 'zone-crs-from-settings', {}, { format, meridian });
}

/** The role an entity's XDATA or layer gives: "role=zone" / "zone" in XDATA first, then the layer. */
function roleOf(entity: DxfEntity): { role: string | null; stated: boolean } {
  for (const text of entity.xdata) {
    const m = /^\s*role\s*[=:]\s*(.+)$/i.exec(text);
    if (m) return { role: m[1].trim(), stated: true };
  }
  const fromXdata = entity.xdata.find((t) => roleOfName(t) !== null);
  if (fromXdata !== undefined) return { role: fromXdata, stated: false };
  return { role: entity.layer, stated: false };
}

const closeRing = (ring: readonly (readonly [number, number])[]): [number, number][] => {
  const out = ring.map((p): [number, number] => [p[0], p[1]]);
  const [first, last] = [out[0], out[out.length - 1]];
  if (first && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  return out;
};

function insideRing(point: readonly number[], ring: readonly (readonly number[])[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const ringKey = (ring: readonly (readonly number[])[]): string =>
  ring.slice(0, -1).map((p) => `${p[0].toFixed(3)},${p[1].toFixed(3)}`).sort().join(';');

export function readDxfZone(bytes: Uint8Array, fileName: string, planeCrs: CrsId): ZoneReadResult<ImportedZone> {
  const pairs = dxfPairs(decodeText(bytes, 'utf-8'));
  if (pairs === null) return zoneFailure([zoneIssue(fileName, 'dxf-unreadable')]);
  const entities = dxfEntities(pairs);
  const closed = entities.filter((e) => e.closed && e.paths.length > 0 && e.paths[0].length >= 3);
  if (closed.length === 0) return zoneFailure([zoneIssue(fileName, 'dxf-no-closed-polyline', {}, { entities: entities.length })]);

  const converter = planeConverter(planeCrs, planeCrs);
  const errors: ZoneIssue[] = [];
  const drafts: DraftFeature[] = [];
  const push = (entity: DxfEntity, source: SourceGeometry) => {
    const plane = geometryToPlane(source, converter);
    if ('outOfRange' in plane) {
      errors.push(zoneIssue(fileName, 'coordinates-out-of-range', { feature: entity.index }, { ...plane.outOfRange, crs: planeCrs }));
      return;
    }
    const { role, stated } = roleOf(entity);
    const stripM = entity.xdata.map((t) => /^\s*stripM\s*[=:]\s*(.+)$/i.exec(t)?.[1].trim()).find((v) => v !== undefined);
    drafts.push({ at: { feature: entity.index }, role, roleStated: stated, name: entity.layer, stripM, geometry: plane.geometry });
  };

  // Hatches are whole polygons already; closed polylines of the zone (or of no role) nest: each inside
  // a larger one is its hole. A polyline tracing a hatch's outline (AutoCAD users hatch their boundary) is
  // the same zone, not a second one.
  const hatchOutlines = new Set(closed.filter((e) => e.type === 'HATCH').map((e) => ringKey(closeRing(e.paths[0]))));
  const rings = closed.filter((e) => e.type !== 'HATCH' && !hatchOutlines.has(ringKey(closeRing(e.paths[0]))))
    .map((entity) => ({ entity, ring: closeRing(entity.paths[0]) }))
    .sort((a, b) => Math.abs(ringSignedAreaM2(b.ring as unknown as PlanePoint[])) - Math.abs(ringSignedAreaM2(a.ring as unknown as PlanePoint[])));
  const outers: { entity: DxfEntity; rings: [number, number][][] }[] = [];
  for (const { entity, ring } of rings) {
    const nestable = (e: DxfEntity) => { const r = roleOfName(roleOf(e).role ?? ''); return r === 'zone' || r === null; };
    const host = nestable(entity) ? outers.find((o) => nestable(o.entity) && ring.every((p) => insideRing(p, o.rings[0]))) : undefined;
    if (host) host.rings.push(ring);
    else outers.push({ entity, rings: [ring] });
  }
  for (const entity of closed.filter((e) => e.type === 'HATCH')) push(entity, { type: 'Polygon', coordinates: entity.paths.map(closeRing) });
  for (const outer of outers) push(outer.entity, { type: 'Polygon', coordinates: outer.rings });
  for (const entity of entities.filter((e) => !e.closed)) {
    if (entity.type === 'POINT') push(entity, { type: 'Point', coordinates: entity.paths[0][0] });
    else push(entity, { type: 'LineString', coordinates: entity.paths[0] });
  }
  drafts.sort((a, b) => (a.at.feature ?? 0) - (b.at.feature ?? 0));
  return assembleZone(drafts, { fileName, name: baseName(fileName), crs: converter.targetCrs },
    [crsFromSettingsWarning(fileName, 'DXF', planeCrs)], errors as ReadError[]);
}
