/**
 * What the field-mode browser tests expect, made outside the browser: the demo layout's plots and their
 * corners as the command line writes them (`phanlo layout … --format csv`, the corner table in VN-2000,
 * numbered clockwise from the north-west corner), points inside / on / outside a plot found with Turf
 * (an independent point-in-polygon), and every plane ↔ WGS84 conversion done by PROJ (`cs2cs`).
 */
import { execFileSync } from 'node:child_process';
import { booleanPointInPolygon, point, pointOnFeature, polygon } from '@turf/turf';
import { cliLayout } from './plan-data';
import { openApp, type AppSession } from './harness';

/** A corner as the corner table lists it: X northing, Y easting (m). */
export interface TableCorner { no: number; x: number; y: number }

let cached: Map<string, TableCorner[]> | null = null;

/** Plot code → its corners from `phanlo layout --format csv`. */
export function cliCorners(): Map<string, TableCorner[]> {
  if (cached) return cached;
  const text = cliLayout('csv' as 'geojson');
  const plots = new Map<string, TableCorner[]>();
  for (const line of text.trim().split(/\r?\n/).slice(1)) {
    const [code, no, x, y] = line.replace(/^\uFEFF/, '').split(',');
    if (!code || !/^\d+$/.test(no)) continue;
    plots.set(code, [...(plots.get(code) ?? []), { no: Number(no), x: Number(x), y: Number(y) }]);
  }
  cached = plots;
  return plots;
}

/** Easting/northing ring of a plot, closed. */
export const ringOf = (corners: readonly TableCorner[]): [number, number][] => [...corners.map((c) => [c.y, c.x] as [number, number]), [corners[0].y, corners[0].x]];

/** The plots containing a plane point (easting, northing), by Turf's point-in-polygon on plane metres. */
export function plotsContaining(e: number, n: number, { ignoreBoundary = true } = {}): string[] {
  return [...cliCorners()].filter(([, corners]) => booleanPointInPolygon(point([e, n]), polygon([ringOf(corners)]), { ignoreBoundary })).map(([code]) => code);
}

/** A point well inside a plot: the mean of its corners, checked inside by Turf (and in no other plot). */
export function insidePoint(code: string): { e: number; n: number } {
  const corners = cliCorners().get(code)!;
  const e = corners.reduce((s, c) => s + c.y, 0) / corners.length;
  const n = corners.reduce((s, c) => s + c.x, 0) / corners.length;
  const containing = plotsContaining(e, n);
  if (containing.length !== 1 || containing[0] !== code) throw new Error(`mean of ${code}'s corners is in ${containing.join(',') || 'no plot'}`);
  return { e, n };
}

/** VN-2000 (EPSG:9209) plane metres → WGS84 degrees, by PROJ. */
export function planeToWgs84(points: readonly { e: number; n: number }[]): { lat: number; lng: number }[] {
  const out = execFileSync('cs2cs', ['-f', '%.11f', 'EPSG:9209', 'EPSG:4326'], { input: points.map((p) => `${p.e} ${p.n}\n`).join(''), encoding: 'utf8' });
  return out.trim().split('\n').map((line) => {
    const [lat, lng] = line.trim().split(/\s+/).map(Number);
    return { lat, lng };
  });
}

/** Hand-written plane formulas: distance and grid bearing (clockwise from grid north) from a to b. */
export function planeBearingDistance(a: { e: number; n: number }, b: { e: number; n: number }): { distanceM: number; bearingDeg: number } {
  const de = b.e - a.e;
  const dn = b.n - a.n;
  let bearing = (Math.atan2(de, dn) * 180) / Math.PI;
  if (bearing < 0) bearing += 360;
  return { distanceM: Math.sqrt(de * de + dn * dn), bearingDeg: bearing };
}

/** Plots with an edge within `toleranceM` of a plane point (hand-written point-to-segment distance). */
export function plotsTouching(e: number, n: number, toleranceM = 0.001): string[] {
  const near = (corners: readonly TableCorner[]) => corners.some((a, i) => {
    const b = corners[(i + 1) % corners.length];
    const [ax, ay, bx, by] = [a.y, a.x, b.y, b.x];
    const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
    const t = Math.max(0, Math.min(1, ((e - ax) * (bx - ax) + (n - ay) * (by - ay)) / len2));
    return Math.hypot(e - (ax + t * (bx - ax)), n - (ay + t * (by - ay))) <= toleranceM;
  });
  return [...cliCorners()].filter(([, corners]) => near(corners)).map(([code]) => code);
}

/** A tablet session with the geolocation permission granted (the page opens at #/parcels first). */
export async function openField(options: { persistent?: boolean; viewport?: { width: number; height: number } } = {}): Promise<AppSession> {
  const session = await openApp({ route: '#/parcels', touch: true, viewport: options.viewport ?? { width: 800, height: 1280 }, waitFor: 'load', persistent: options.persistent });
  await session.context.grantPermissions(['geolocation'], { origin: session.server.origin });
  return session;
}

/** Opens #/field and waits for its screen. */
export async function gotoField(session: AppSession): Promise<void> {
  await session.page.goto(session.appUrl('#/field'), { waitUntil: 'load' });
  await session.page.getByTestId('field-page').waitFor({ state: 'visible', timeout: 60_000 });
}


/** WGS84 → VN-2000 plane metres (EPSG:9209), by PROJ. */
export function wgs84ToPlane(points: readonly number[][]): { e: number; n: number }[] {
  const out = execFileSync('cs2cs', ['-f', '%.6f', 'EPSG:4326', 'EPSG:9209'], { input: points.map(([lng, lat]) => `${lat} ${lng}\n`).join(''), encoding: 'utf8' });
  return out.trim().split('\n').map((line) => {
    const [e, n] = line.trim().split(/\s+/).map(Number);
    return { e, n };
  });
}

/** A plot's buildable envelope (outer ring, plane metres) from the command line's GeoJSON, through PROJ. */
export function cliEnvelope(code: string): { e: number; n: number }[] {
  const file = JSON.parse(cliLayout('geojson')) as { features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: number[][][] } }[] };
  const feature = file.features.find((f) => f.properties.kind === 'buildable' && f.properties.plotCode === code);
  if (!feature || feature.geometry.type !== 'Polygon') throw new Error(`no single-polygon envelope for ${code}`);
  return wgs84ToPlane(feature.geometry.coordinates[0]);
}

/** How far a point lies outside a ring (0 inside): Turf for inside, hand-written point-to-segment distance. */
export function outsideDistanceM(p: { e: number; n: number }, ring: readonly { e: number; n: number }[]): number {
  if (booleanPointInPolygon(point([p.e, p.n]), polygon([ring.map((q) => [q.e, q.n])]))) return 0;
  let best = Infinity;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    const len2 = (b.e - a.e) ** 2 + (b.n - a.n) ** 2;
    const t = Math.max(0, Math.min(1, ((p.e - a.e) * (b.e - a.e) + (p.n - a.n) * (b.n - a.n)) / len2));
    best = Math.min(best, Math.hypot(p.e - (a.e + t * (b.e - a.e)), p.n - (a.n + t * (b.n - a.n))));
  }
  return best;
}

/** A point on the first road polygon of the command line's GeoJSON (Turf's pointOnFeature), in plane metres by PROJ. */
export function cliRoadPoint(): { e: number; n: number } {
  const file = JSON.parse(cliLayout('geojson')) as { features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: number[][][] } }[] };
  const road = file.features.find((f) => f.properties.kind === 'road' && f.geometry.type === 'Polygon');
  if (!road) throw new Error('no road polygon in the layout');
  const [lng, lat] = pointOnFeature(polygon(road.geometry.coordinates)).geometry.coordinates;
  return wgs84ToPlane([[lng, lat]])[0];
}
