/**
 * The edges of a zone's outer boundary and what each faces — the public road (đường công cộng), homes
 * (giáp khu dân cư), an accepted separation (a public road or canal the approving authority accepts as
 * the 2.5.2 separation, with the strip width kept there) or nothing — so a planner can mark them on
 * the map where the file carried no roles.
 * A marked edge is stored as a two-point line on the edge itself: the layout engine takes a public road
 * line within 20 m of an edge as running along it, and an edge facing homes as the line its isolation
 * strip is measured from. Pure: a site in, a new site out, the input never changed.
 */
import { accessRoadsOf, withAccessRoads } from './access-road-widths';
import type { PlanePoint } from './coordinates';
import { accessStretches } from './layout/entrance';
import { pointSegmentDistanceM } from './layout/segments';
import { distanceM, ringCorners, ringSignedAreaM2 } from './plane-measure';
import { TOLERANCE_M } from './tolerance';
import type { ZoneSite } from './zone-site';

export type EdgeRole = 'access-road' | 'residential' | 'separation';

export interface ZoneEdge {
  /** Index in the outer ring as stored: edge i runs from corner i to corner i + 1 (wrapping). */
  readonly index: number;
  readonly from: PlanePoint;
  readonly to: PlanePoint;
  readonly lengthM: number;
  /** What the edge is marked as; null when no role line lies on it. */
  readonly role: EdgeRole | null;
  /**
   * What a role line of the file that is not this edge makes of it: a public road centre line the
   * engine takes as running along this edge, or a homes line lying along it. Null when none does.
   */
  readonly fileRole: EdgeRole | null;
  /** The strip width kept along a separation edge (marked, else the file's line along it), m; null otherwise. */
  readonly stripM: number | null;
}

/** A homes line passes this close to an edge's middle: it runs along that edge, m. */
const ALONG_M = 2;

function runsAlong(line: readonly PlanePoint[], from: PlanePoint, to: PlanePoint): boolean {
  const [x, y] = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
  return line.slice(1).some((b, i) => pointSegmentDistanceM(x, y, [line[i][0], line[i][1], b[0], b[1]]) <= ALONG_M);
}

/** Edge indexes (in the stored ring) the engine takes a file's public road as running along. */
function edgesAlongRoads(corners: readonly PlanePoint[], roads: ZoneSite['accessRoads']): Set<number> {
  if (corners.length < 3 || roads.length === 0) return new Set();
  const n = corners.length;
  // accessStretches numbers the edges of the ring made counter-clockwise: map them back.
  const reversed = ringSignedAreaM2(corners) < 0;
  return new Set(accessStretches(corners, roads).filter((s) => s.parallel).map((s) => (reversed ? (2 * n - 2 - s.edge) % n : s.edge)));
}

/** How far a role line's ends may lie from an edge's corners and still be that edge, m. */
const SAME_POINT_M = 0.01;

const samePoint = (a: readonly [number, number], b: readonly [number, number]): boolean =>
  Math.hypot(a[0] - b[0], a[1] - b[1]) <= Math.max(SAME_POINT_M, TOLERANCE_M);

/** Whether `line` is exactly the edge from `a` to `b`, in either direction. */
export function lineIsEdge(line: readonly (readonly [number, number])[], a: PlanePoint, b: PlanePoint): boolean {
  if (line.length !== 2) return false;
  return (samePoint(line[0], a) && samePoint(line[1], b)) || (samePoint(line[0], b) && samePoint(line[1], a));
}

/** The outer boundary's edges, with the role lines lying on them. */
export function zoneEdges(site: ZoneSite): ZoneEdge[] {
  const corners = ringCorners(site.zone[0] ?? []);
  const isEdge = (l: readonly PlanePoint[]) => corners.some((c, i) => lineIsEdge(l, c, corners[(i + 1) % corners.length]));
  const fileRoads = edgesAlongRoads(corners, site.accessRoads.filter((l) => !isEdge(l)));
  const fileHomes = site.residentialEdges.filter((l) => !isEdge(l));
  const separation = site.separationEdges ?? [];
  const fileSeparation = separation.filter((s) => !isEdge(s.line));
  return corners.map((from, index) => {
    const to = corners[(index + 1) % corners.length];
    const marked = separation.find((s) => lineIsEdge(s.line, from, to));
    const role: EdgeRole | null = site.accessRoads.some((l) => lineIsEdge(l, from, to)) ? 'access-road'
      : site.residentialEdges.some((l) => lineIsEdge(l, from, to)) ? 'residential' : marked ? 'separation' : null;
    const alongSeparation = fileSeparation.find((s) => runsAlong(s.line, from, to));
    const fileRole: EdgeRole | null = fileRoads.has(index) ? 'access-road'
      : fileHomes.some((l) => runsAlong(l, from, to)) ? 'residential' : alongSeparation ? 'separation' : null;
    const stripM = role === 'separation' ? marked!.stripM : role === null && fileRole === 'separation' ? alongSeparation!.stripM : null;
    return { index, from, to, lengthM: distanceM(from, to), role, fileRole, stripM };
  });
}

/**
 * The site with edge `index` marked `role` (or unmarked with null): any role line on that edge is
 * taken off first, so an edge has one role at most. Role lines elsewhere (a road centre line from a
 * file) are kept as they were. A separation keeps `stripM` metres of strip (0: the road or canal
 * alone); marking a separation edge again with another width changes only the width. Null when the
 * edge does not exist or already is so.
 */
export function markZoneEdge(site: ZoneSite, index: number, role: EdgeRole | null, stripM = 0): ZoneSite | null {
  const edge = zoneEdges(site)[index];
  if (!edge || (edge.role === role && (role !== 'separation' || edge.stripM === stripM))) return null;
  const onEdge = (l: readonly PlanePoint[]) => lineIsEdge(l, edge.from, edge.to);
  const off = (lines: ZoneSite['accessRoads']) => lines.filter((l) => !onEdge(l));
  const line: readonly PlanePoint[] = [edge.from, edge.to];
  const separation = (site.separationEdges ?? []).filter((s) => !onEdge(s.line));
  if (role === 'separation') separation.push({ line, stripM });
  // A road marked on an edge has no width given until the planner sets one (the assumed width applies).
  const roads = accessRoadsOf(site).filter((r) => !onEdge(r.line));
  if (role === 'access-road') roads.push({ line, widthM: null });
  const { separationEdges: _old, ...rest } = site;
  return withAccessRoads({
    ...rest,
    residentialEdges: role === 'residential' ? [...off(site.residentialEdges), line] : off(site.residentialEdges),
    // A site with no separation has no field at all, as sites stored before it existed.
    ...(separation.length ? { separationEdges: separation } : {}),
  }, roads);
}

/**
 * The site with a new boundary `zone`: role lines on edges the new boundary still has are kept, lines
 * on edges it lost are dropped, and role lines that were not edges (a road centre line from a file)
 * stay as they were.
 */
export function withZoneBoundary(site: ZoneSite, zone: ZoneSite['zone']): ZoneSite {
  const oldEdges = zoneEdges(site);
  const next: ZoneSite = { ...site, zone };
  const newEdges = zoneEdges({ ...next, accessRoads: [], residentialEdges: [], separationEdges: [] });
  const keep = (line: readonly PlanePoint[]) => !oldEdges.some((e) => lineIsEdge(line, e.from, e.to)) || newEdges.some((e) => lineIsEdge(line, e.from, e.to));
  const separation = (site.separationEdges ?? []).filter((s) => keep(s.line));
  const { separationEdges: _old, ...rest } = next;
  return withAccessRoads({
    ...rest, residentialEdges: site.residentialEdges.filter(keep),
    ...(separation.length ? { separationEdges: separation } : {}),
  }, accessRoadsOf(site).filter((r) => keep(r.line)));
}
