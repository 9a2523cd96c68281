/**
 * Every zone reader turns its file into draft features (plane geometry + what the file says its role
 * is); this assembles them into one ZoneSite and validates the whole file at once, so that every
 * format follows the same rules: one zone polygon (a single unmarked polygon is the zone), lines with
 * no role left for the planner to mark, every problem named by its feature or row.
 */
import type { CrsId, PlanePoint } from '../../geo/coordinates';
import type { PlaneGeometry } from '../../geo/plane-feature';
import type { PlanePolygon } from '../../geo/plane-measure';
import type { ZoneSite } from '../../geo/zone-site';
import { checkLine, checkPolygon } from '../layers/geometry-issues';
import type { IssueLocation, ReadError } from '../layers/read-result';
import { orientPolygon } from '../layers/to-plane';
import { coerceNumber, displayValue, isBlank } from '../layers/value-coercion';
import { accessRoadsOf, ASSUMED_ACCESS_ROAD_WIDTH_M, withAccessRoads } from '../../geo/access-road-widths';
import { ACCESS_ROAD_REACH_M, lineToRingDistanceM } from '../layers/zone-site';
import { zoneIssue, type ZoneIssue, type ZoneReadResult } from './zone-issues';
import { roleOfName, separationOfName, type ZoneRole } from './zone-roles';
import type { SeparationEdge } from '../../geo/zone-site';

export interface DraftFeature {
  /** Where the feature is in its file: its fid (`feature`) or its first CSV row. */
  readonly at: IssueLocation;
  /** The role as the file gives it; null when it gives none. */
  readonly role: string | null;
  /**
   * True when `role` is an attribute named role (an unknown value is an error); false when it is a
   * layer, folder or feature name that may stand for a role (an unknown name means "no role").
   */
  readonly roleStated: boolean;
  readonly name: string;
  /** The access road's width as the file writes it, when it does. */
  readonly widthM?: unknown;
  /** A separation line's strip width as the file writes it (attribute `stripM`), when it does. */
  readonly stripM?: unknown;
  readonly geometry: PlaneGeometry;
}

/** A line the file does not say the role of: the planner marks it public road or faces homes. */
export interface UnmarkedLine {
  readonly at: IssueLocation;
  readonly name: string;
  readonly line: readonly PlanePoint[];
}

export interface ImportedZone {
  readonly site: ZoneSite;
  /** Parallel to `site.accessRoads`: the width when the file gives one (the engine assumes a default). */
  readonly accessRoadWidthsM: readonly (number | null)[];
  readonly accessRoadNames: readonly string[];
  readonly unmarkedLines: readonly UnmarkedLine[];
  /** True when the layout cannot start yet: no public road, or lines left to mark. */
  readonly needsMarking: boolean;
}

export interface AssembleOptions {
  readonly fileName: string;
  readonly name: string;
  readonly crs: CrsId;
}

const roleOf = (draft: DraftFeature, fileName: string, errors: ZoneIssue[]): ZoneRole | null | 'bad' => {
  if (draft.role === null || isBlank(draft.role)) return null;
  const role = roleOfName(draft.role);
  if (role !== null || !draft.roleStated) return role;
  errors.push(zoneIssue(fileName, 'site-role-unknown', { ...draft.at, field: 'role' }, { role: displayValue(draft.role) }));
  return 'bad';
};

/** The lines of a geometry that stands for a line: a LineString, or the outline of a closed polyline. */
const lineOf = (geometry: PlaneGeometry): readonly PlanePoint[] | null =>
  geometry.type === 'LineString' ? geometry.coordinates : geometry.type === 'Polygon' ? geometry.coordinates[0] : null;

/**
 * The zone of a file's drafts. `priorErrors` are what the reader already found (unreadable geometry,
 * coordinates out of range): the roles are still checked, so the user sees every problem at once.
 */
export function assembleZone(
  drafts: readonly DraftFeature[],
  options: AssembleOptions,
  warningsIn: readonly ZoneIssue[] = [],
  priorErrors: readonly ZoneIssue[] = [],
): ZoneReadResult<ImportedZone> {
  const { fileName } = options;
  const errors: ZoneIssue[] = [...priorErrors];
  const warnings: ZoneIssue[] = [...warningsIn];
  const zones: { draft: DraftFeature; polygon: PlanePolygon }[] = [];
  const unmarkedPolygons: { draft: DraftFeature; polygon: PlanePolygon }[] = [];
  const roads: { draft: DraftFeature; line: readonly PlanePoint[]; widthM: number | null }[] = [];
  const residential: (readonly PlanePoint[])[] = [];
  const separation: SeparationEdge[] = [];
  const unmarkedLines: UnmarkedLine[] = [];
  let entrance: { draft: DraftFeature; point: PlanePoint } | null = null;
  const wrongType = (draft: DraftFeature, expected: string) =>
    errors.push(zoneIssue(fileName, 'geometry-type', draft.at, { expected, actual: draft.geometry.type }));

  for (const draft of drafts) {
    const role = roleOf(draft, fileName, errors);
    if (role === 'bad') continue;
    const g = draft.geometry;
    if (role === 'zone' || (role === null && g.type === 'Polygon')) {
      if (g.type !== 'Polygon') {
        wrongType(draft, 'Polygon');
        continue;
      }
      (role === 'zone' ? zones : unmarkedPolygons).push({ draft, polygon: g.coordinates });
    } else if (role === 'entrance') {
      if (g.type !== 'Point') wrongType(draft, 'Point');
      else if (entrance !== null) errors.push(zoneIssue(fileName, 'entrance-multiple', draft.at, { first: entrance.draft.at.feature ?? entrance.draft.at.row ?? 0 }));
      else entrance = { draft, point: g.coordinates };
    } else if (role === null && g.type === 'Point') {
      warnings.push(zoneIssue(fileName, 'zone-feature-ignored', draft.at, { name: draft.name }));
    } else {
      const line = lineOf(g);
      if (line === null) {
        wrongType(draft, 'LineString');
        continue;
      }
      if (!checkLine(line, fileName, draft.at, errors as ReadError[])) continue;
      if (role === 'residential') residential.push(line);
      else if (role === 'separation') {
        const stripM = stripOf(draft, fileName, errors, warnings);
        if (stripM !== null) separation.push({ line, stripM });
      }
      else if (role === null) unmarkedLines.push({ at: draft.at, name: draft.name, line });
      else roads.push({ draft, line, widthM: widthOf(draft, fileName, errors, warnings) });
    }
  }

  let zone = zones[0] ?? null;
  for (const extra of zones.slice(1)) {
    errors.push(zoneIssue(fileName, 'zone-multiple', extra.draft.at, { first: zones[0].draft.at.feature ?? zones[0].draft.at.row ?? 0 }));
  }
  if (zone === null && unmarkedPolygons.length === 1) {
    zone = unmarkedPolygons[0];
    warnings.push(zoneIssue(fileName, 'zone-role-assumed', zone.draft.at));
  } else if (zone === null && unmarkedPolygons.length > 1) {
    errors.push(zoneIssue(fileName, 'zone-polygons-unmarked', {}, {
      count: unmarkedPolygons.length,
      features: unmarkedPolygons.map((p) => p.draft.at.feature ?? p.draft.at.row ?? '?').join(', '),
    }));
  } else if (zone === null) {
    errors.push(zoneIssue(fileName, 'zone-missing'));
  } else {
    for (const other of unmarkedPolygons) warnings.push(zoneIssue(fileName, 'zone-feature-ignored', other.draft.at, { name: other.draft.name }));
  }

  const zoneOk = zone !== null && checkPolygon(zone.polygon, fileName, zone.draft.at, errors as ReadError[]);
  const polygon = zoneOk && zone ? orientPolygon(zone.polygon) : null;
  if (polygon !== null) {
    for (const road of roads) {
      // A road the file gives no width is judged at the width assumed for it, as the command line does.
      const distanceM = lineToRingDistanceM(road.line, polygon[0]);
      const limitM = (road.widthM ?? ASSUMED_ACCESS_ROAD_WIDTH_M) / 2 + ACCESS_ROAD_REACH_M;
      if (distanceM > limitM) {
        errors.push(zoneIssue(fileName, 'access-road-not-touching', road.draft.at, { distanceM: Math.round(distanceM * 100) / 100, limitM }));
      }
    }
  }
  if (unmarkedLines.length > 0 || (roads.length === 0 && polygon !== null)) {
    warnings.push(zoneIssue(fileName, 'zone-roles-unmarked', {}, { count: unmarkedLines.length }));
  }
  if (errors.length > 0 || polygon === null) return { ok: false, errors: inFileOrder(errors), warnings };
  return {
    ok: true,
    warnings,
    value: {
      // The widths the file gave travel with the site (drawings and zone files write them back).
      site: withAccessRoads({
        name: options.name,
        source: fileName,
        crs: options.crs,
        zone: polygon,
        accessRoads: [],
        residentialEdges: residential,
        ...(separation.length ? { separationEdges: separation } : {}),
        entrance: entrance?.point ?? null,
      }, roads.map((r) => ({ line: r.line, widthM: r.widthM }))),
      accessRoadWidthsM: roads.map((r) => r.widthM),
      accessRoadNames: roads.map((r) => r.draft.name),
      unmarkedLines,
      needsMarking: roads.length === 0 || unmarkedLines.length > 0,
    },
  };
}

/**
 * The road width when the file gives a usable one; blank is "no value": the engine's default applies,
 * and the planner is told which width was assumed (no file from QGIS, Google Earth or AutoCAD has one).
 */
function widthOf(draft: DraftFeature, fileName: string, errors: ZoneIssue[], warnings: ZoneIssue[]): number | null {
  if (draft.widthM === undefined || isBlank(draft.widthM)) {
    warnings.push(zoneIssue(fileName, 'access-road-width-assumed', { ...draft.at, field: 'widthM' }, { assumedM: ASSUMED_ACCESS_ROAD_WIDTH_M }));
    return null;
  }
  const width = coerceNumber(draft.widthM);
  if (width.ok && width.value > 0) return width.value;
  errors.push(zoneIssue(fileName, 'value-not-number', { ...draft.at, field: 'widthM' }, { target: 'widthM', value: displayValue(draft.widthM) }));
  return null;
}

/**
 * A separation line's strip width: the `stripM` attribute, else a width in its layer or folder name
 * ("separation 5"); none at all is 0 m (the district accepts the road or canal alone), with a warning
 * that says so; a value that is no number of metres ≥ 0 is an error.
 */
function stripOf(draft: DraftFeature, fileName: string, errors: ZoneIssue[], warnings: ZoneIssue[]): number | null {
  if (draft.stripM === undefined || isBlank(draft.stripM)) {
    const named = draft.role === null ? null : separationOfName(draft.role);
    if (named) return named.stripM;
    warnings.push(zoneIssue(fileName, 'separation-strip-assumed', { ...draft.at, field: 'stripM' }, { assumedM: 0, requiredM: 10 }));
    return 0;
  }
  const strip = coerceNumber(draft.stripM);
  if (strip.ok && strip.value >= 0 && strip.value <= 200) return strip.value;
  errors.push(zoneIssue(fileName, 'value-not-number', { ...draft.at, field: 'stripM' }, { target: 'stripM', value: displayValue(draft.stripM) }));
  return null;
}

/**
 * The zone with the planner's marks applied: each unmarked line becomes a public road or an edge
 * facing homes (or stays out); the result needs no more marking once a public road is there.
 */
export function markLines(zone: ImportedZone, marks: readonly ('access-road' | 'residential' | null)[]): ImportedZone {
  const roads = zone.unmarkedLines.filter((_, i) => marks[i] === 'access-road');
  const homes = zone.unmarkedLines.filter((_, i) => marks[i] === 'residential');
  const accessRoads = [...accessRoadsOf(zone.site), ...roads.map((l) => ({ line: l.line, widthM: null }))];
  return {
    site: withAccessRoads({ ...zone.site, residentialEdges: [...zone.site.residentialEdges, ...homes.map((l) => l.line)] }, accessRoads),
    accessRoadWidthsM: [...zone.accessRoadWidthsM, ...roads.map(() => null)],
    accessRoadNames: [...zone.accessRoadNames, ...roads.map((l) => l.name)],
    unmarkedLines: [],
    needsMarking: accessRoads.length === 0,
  };
}

/** Issues in file order (file-level ones first), keeping the order within a place. */
const inFileOrder = (issues: readonly ZoneIssue[]): ZoneIssue[] =>
  issues.map((item, n) => ({ item, n }))
    .sort((a, b) => (a.item.feature ?? a.item.row ?? -1) - (b.item.feature ?? b.item.row ?? -1) || a.n - b.n)
    .map(({ item }) => item);
