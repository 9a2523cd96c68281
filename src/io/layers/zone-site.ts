/**
 * Reads the zone file (public/geo/dong-doc-zone.geojson): exactly one Polygon `role: "zone"` (holes are
 * areas to keep free), at least one LineString `role: "access-road"` (public road centre line, with
 * optional `widthM` and `name`), optional LineStrings `role: "residential"` and `role: "separation"`
 * (an edge where the district accepts a public road or canal as the 2.5.2 separation; optional `stripM`,
 * the strip width kept there, else 0 m with a warning), an optional Point `role: "entrance"`.
 * A file whose only Polygon has no role (one polygon drawn in QGIS, no attributes) gives its zone with
 * the warning `zone-role-assumed`, as the importers at #/plan read it.
 */
import type { PlanePoint } from '../../geo/coordinates';
import type { SeparationEdge, ZoneSite } from '../../domain/site';
import type { PlanePolygon } from '../../geo/plane-measure';
import { ASSUMED_ACCESS_ROAD_WIDTH_M, withAccessRoads } from '../../geo/access-road-widths';
import { checkLine, checkPolygon } from './geometry-issues';
import { openPlaneCollection, planeGeometryOf, type RawFeature } from './geojson-features';
import type { ReadLayerOptions } from './parcel-layer';
import { issue, resultOf, type ReadError, type ReadResult, type ReadWarning } from './read-result';
import { singlePart } from './single-part';
import { orientPolygon } from './to-plane';
import { coerceNumber, coerceText, displayValue, isBlank } from './value-coercion';

/**
 * How far beyond half its width a road centre line may be from the zone boundary and still serve it
 * (m): "within a few metres" — a verge, a ditch, a centre line digitised a little off.
 */
export const ACCESS_ROAD_REACH_M = 5;

export { ASSUMED_ACCESS_ROAD_WIDTH_M };

export interface AccessRoadProperties {
  /** Road width in metres, from `widthM`, or ASSUMED_ACCESS_ROAD_WIDTH_M when the file gives none. */
  readonly widthM: number;
  /** Whether `widthM` was assumed (the file gave none). */
  readonly widthAssumed: boolean;
  readonly name: string;
}

/** The ZoneSite, plus what the domain type does not (yet) carry: each access road's width and name. */
export interface ZoneSiteRead extends ZoneSite {
  /** Parallel to `accessRoads`. */
  readonly accessRoadProperties: readonly AccessRoadProperties[];
}

const ROLES = ['zone', 'access-road', 'residential', 'separation', 'entrance'] as const;
type Role = (typeof ROLES)[number];
const GEOMETRY_OF_ROLE = { zone: 'Polygon', 'access-road': 'LineString', residential: 'LineString', separation: 'LineString', entrance: 'Point' } as const;

function pointSegmentDistance(p: readonly number[], a: readonly number[], b: readonly number[]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function segmentsCross(a: readonly number[], b: readonly number[], c: readonly number[], d: readonly number[]): boolean {
  const side = (p: readonly number[], q: readonly number[], r: readonly number[]) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

/** Shortest plane distance (m) between a polyline and a closed ring: 0 where they cross. */
export function lineToRingDistanceM(line: readonly PlanePoint[], ring: readonly PlanePoint[]): number {
  // Relative to one point, so that seven-digit northings keep their precision.
  const [e0, n0] = ring[0];
  const rel = (p: PlanePoint): number[] => [p[0] - e0, p[1] - n0];
  const l = line.map(rel);
  const r = ring.map(rel);
  let best = Infinity;
  for (let i = 0; i + 1 < l.length; i++) {
    for (let j = 0; j + 1 < r.length; j++) {
      const [a, b, c, d] = [l[i], l[i + 1], r[j], r[j + 1]];
      if (segmentsCross(a, b, c, d)) return 0;
      best = Math.min(best, pointSegmentDistance(a, c, d), pointSegmentDistance(b, c, d),
        pointSegmentDistance(c, a, b), pointSegmentDistance(d, a, b));
    }
  }
  return best;
}

const isPolygonal = (feature: RawFeature): boolean => {
  const type = (feature.geometry as { type?: unknown } | null)?.type;
  return type === 'Polygon' || type === 'MultiPolygon';
};

/**
 * The feature to take as the zone though it has no role: the file's only polygon, when no feature is
 * marked `zone` and that polygon has no role at all (a stated unknown role is still an error).
 */
function soleUnmarkedPolygon(features: readonly RawFeature[]): RawFeature | null {
  if (features.some((feature) => feature.properties.role === 'zone')) return null;
  const polygons = features.filter(isPolygonal);
  return polygons.length === 1 && isBlank(polygons[0].properties.role) ? polygons[0] : null;
}

/**
 * The zone file → ZoneSite in `options.planeCrs`. Errors: `zone-missing`, `zone-multiple`,
 * `access-road-missing`, `access-road-not-touching` (no point of the centre line within half its
 * width + 2 m of the zone boundary), `site-role-missing`, `site-role-unknown`, `entrance-multiple`, geometry and CRS errors.
 */
export function readZoneSite(json: unknown, fileName: string, options: ReadLayerOptions = {}): ReadResult<ZoneSiteRead> {
  const errors: ReadError[] = [];
  const opened = openPlaneCollection(json, fileName, options.planeCrs, errors);
  if (opened === null) return { ok: false, errors, warnings: [] };
  const { collection, converter } = opened;

  let zone: { polygon: PlanePolygon | null; feature: number } | null = null;
  let entrance: { point: PlanePoint; feature: number } | null = null;
  const roads: { line: readonly PlanePoint[]; widthM: number; widthAssumed: boolean; name: string; feature: number }[] = [];
  const warnings: ReadWarning[] = [];
  const residentialEdges: (readonly PlanePoint[])[] = [];
  const separationEdges: SeparationEdge[] = [];
  let roadFeatures = 0;

  const onlyPolygonWithoutRole = soleUnmarkedPolygon(collection.features);
  for (const feature of collection.features) {
    const at = { feature: feature.index };
    const assumed = feature === onlyPolygonWithoutRole;
    if (assumed) warnings.push(issue(fileName, 'zone-role-assumed', at));
    const role = assumed ? 'zone' : feature.properties.role;
    if (isBlank(role)) {
      errors.push(issue(fileName, 'site-role-missing', { ...at, field: 'role' }));
      continue;
    }
    if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
      errors.push(issue(fileName, 'site-role-unknown', { ...at, field: 'role' }, { role: displayValue(role) }));
      continue;
    }
    // QGIS writes one-part MultiPolygon / MultiLineString features: read as their one part.
    const geometry = planeGeometryOf({ ...feature, geometry: singlePart(feature.geometry) }, [GEOMETRY_OF_ROLE[role as Role]], converter, fileName, errors);
    if (role === 'zone') {
      if (zone !== null) {
        errors.push(issue(fileName, 'zone-multiple', at, { first: zone.feature }));
        continue;
      }
      const rings = geometry?.type === 'Polygon' ? geometry.coordinates : null;
      zone = { polygon: rings && checkPolygon(rings, fileName, at, errors) ? orientPolygon(rings) : null, feature: feature.index };
    } else if (role === 'access-road') {
      roadFeatures++;
      const width = coerceNumber(feature.properties.widthM);
      // No width (no attribute, empty, NULL) is usual: assumed, with a warning. A width that is there
      // but no positive number is a mistake in the file, and said so.
      const widthAssumed = !width.ok && width.problem === 'value-missing';
      if (widthAssumed) {
        warnings.push(issue(fileName, 'access-road-width-assumed', { ...at, field: 'widthM' }, { assumedM: ASSUMED_ACCESS_ROAD_WIDTH_M }));
      } else if (!width.ok || width.value <= 0) {
        errors.push(issue(fileName, width.ok ? 'value-not-number' : width.problem, { ...at, field: 'widthM' },
          { target: 'widthM', value: displayValue(feature.properties.widthM) }));
      }
      const name = coerceText(feature.properties.name);
      if (geometry?.type === 'LineString' && checkLine(geometry.coordinates, fileName, at, errors)) {
        const widthM = width.ok && width.value > 0 ? width.value : ASSUMED_ACCESS_ROAD_WIDTH_M;
        roads.push({ line: geometry.coordinates, widthM, widthAssumed, name: name.ok ? name.value : '', feature: feature.index });
      }
    } else if (role === 'residential') {
      if (geometry?.type === 'LineString' && checkLine(geometry.coordinates, fileName, at, errors)) residentialEdges.push(geometry.coordinates);
    } else if (role === 'separation') {
      // No width is usual (the district accepts the road or canal alone): 0 m, said in a warning.
      const strip = coerceNumber(feature.properties.stripM);
      const missing = !strip.ok && strip.problem === 'value-missing';
      if (missing) warnings.push(issue(fileName, 'separation-strip-assumed', { ...at, field: 'stripM' }, { assumedM: 0, requiredM: 10 }));
      else if (!strip.ok || strip.value < 0 || strip.value > 200) {
        errors.push(issue(fileName, 'value-not-number', { ...at, field: 'stripM' }, { target: 'stripM', value: displayValue(feature.properties.stripM) }));
      }
      if (geometry?.type === 'LineString' && checkLine(geometry.coordinates, fileName, at, errors)) {
        separationEdges.push({ line: geometry.coordinates, stripM: strip.ok ? strip.value : 0 });
      }
    } else if (entrance !== null) {
      errors.push(issue(fileName, 'entrance-multiple', at, { first: entrance.feature }));
    } else if (geometry?.type === 'Point') {
      entrance = { point: geometry.coordinates, feature: feature.index };
    }
  }

  if (zone === null) errors.push(issue(fileName, 'zone-missing'));
  if (roadFeatures === 0) errors.push(issue(fileName, 'access-road-missing'));
  const zonePolygon = zone?.polygon ?? null;
  if (zonePolygon !== null) {
    for (const road of roads) {
      const distanceM = lineToRingDistanceM(road.line, zonePolygon[0]);
      const limitM = road.widthM / 2 + ACCESS_ROAD_REACH_M;
      if (distanceM > limitM) {
        errors.push(issue(fileName, 'access-road-not-touching', { feature: road.feature }, {
          distanceM: Math.round(distanceM * 100) / 100, limitM,
        }));
      }
    }
  }
  return resultOf<ZoneSiteRead>(withAccessRoads({
    name: collection.name,
    source: collection.source,
    crs: converter.targetCrs,
    zone: zonePolygon ?? [],
    accessRoads: [],
    accessRoadProperties: roads.map((r) => ({ widthM: r.widthM, widthAssumed: r.widthAssumed, name: r.name })),
    residentialEdges,
    ...(separationEdges.length ? { separationEdges } : {}),
    entrance: entrance?.point ?? null,
  }, roads.map((r) => ({ line: r.line, widthM: r.widthAssumed ? null : r.widthM }))), errors, warnings);
}
