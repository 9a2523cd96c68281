/**
 * Roads as the checker sees them: every centre line inside the zone and its road as wide as it says
 * along its whole length (cross-sections sampled every metre against the union of the road polygons),
 * the road pieces one connected network that reaches the public road, and no dead end longer than
 * maxDeadEndM without a real turnaroundM × turnaroundM turning area (or else reported).
 */
import { openRingOf, pointSegDist, segsOfRing, type Pt, type Seg } from './checker-measure';
import { BAND_M, clippable, type CheckContext, type Piece } from './checker';
import { areaLocator, unionOf, type Geometry } from './jsts-geometry';

interface Centreline { a: Pt; b: Pt; widthM: number; role: string; lengthM: number; ux: number; uy: number }

const centrelinesOf = (c: CheckContext): Centreline[] => c.r.features
  .filter((f) => f.properties.kind === 'road-centreline' && f.geometry.type === 'LineString')
  .flatMap((f) => {
    const pts = f.geometry.coordinates as unknown as Pt[];
    const props = f.properties as { widthM: number; role: string };
    return pts.slice(1).map((b, i) => {
      const a = pts[i];
      const lengthM = Math.hypot(b[0] - a[0], b[1] - a[1]);
      return { a, b, widthM: props.widthM, role: props.role, lengthM, ux: (b[0] - a[0]) / lengthM, uy: (b[1] - a[1]) / lengthM };
    });
  });

const at = (l: Centreline, s: number, n = 0): Pt => [l.a[0] + l.ux * s - l.uy * n, l.a[1] + l.uy * s + l.ux * n];

/** Runs of sample positions (metres along a line) merged into "from–to" text. */
function runs(list: number[]): string {
  const out: string[] = [];
  let start = list[0], prev = list[0];
  for (const s of [...list.slice(1), Infinity]) {
    if (s - prev > 1.5) { out.push(`${start.toFixed(0)}–${prev.toFixed(0)} m`); start = s; }
    prev = s;
  }
  return out.slice(0, 3).join(', ') + (out.length > 3 ? ', …' : '');
}

function checkWidths(c: CheckContext, lines: Centreline[], roadUnion: Geometry): void {
  const roadsNear = areaLocator(roadUnion.buffer(BAND_M), c.frame);
  const zoneNear = areaLocator(c.zone.buffer(BAND_M), c.frame);
  const boundary = [...c.site.zone.flatMap((ring) => segsOfRing(ring as readonly Pt[]))];
  const onBoundary = (p: Pt, d: number) => boundary.some((s) => pointSegDist(p, s) <= d);
  for (const l of lines) {
    const h = l.widthM / 2;
    // An end on the zone edge or a hole may be cut askew: its last half width is not a full cross-section.
    const skipA = onBoundary(l.a, 1) ? h : 0, skipB = onBoundary(l.b, 1) ? h : 0;
    const outside: number[] = [], narrow: number[] = [];
    for (let s = 0.5; s < l.lengthM; s += 1) {
      if (!zoneNear(at(l, s))) outside.push(s);
      if (s < skipA || s > l.lengthM - skipB) continue;
      const cross = [-(h - BAND_M), -h / 2, h / 2, h - BAND_M].map((n) => at(l, s, n));
      if (!cross.every((q) => roadsNear(q))) narrow.push(s);
    }
    const name = `${l.role} centre line (${l.widthM} m, ${l.lengthM.toFixed(1)} m long)`;
    if (outside.length) c.add('road-outside-zone', `${name}: ${outside.length} m outside the zone, at ${runs(outside)}`);
    const said = c.r.warnings.some((w) => w.code === 'road-narrower-than-width' && w.params?.role === l.role && w.params?.widthM === l.widthM);
    if (narrow.length) c.add('road-width', `${name}: narrower than ${l.widthM} m over ${narrow.length} m, at ${runs(narrow)}`, said);
  }
}

function checkConnected(c: CheckContext, roads: Piece[], roadUnion: Geometry): void {
  if (!roads.length) { c.add('roads-connected', 'no roads'); return; }
  // Pieces drawn edge to edge may stand a grid step apart: joined within the band.
  const joined = roadUnion.buffer(BAND_M);
  if (joined.getNumGeometries() !== 1) c.add('roads-connected', `the roads are ${joined.getNumGeometries()} separate networks`);
  const zoneSegs = segsOfRing(c.site.zone[0] as readonly Pt[]);
  const accessSegs: Seg[] = c.site.accessRoads.flatMap((line) => line.slice(1).map((b, i): Seg => [line[i], b]));
  const reaches = roads.some((q) => openRingOf(q.polygon[0]).some((v) =>
    zoneSegs.some((s) => pointSegDist(v, s) < 0.01) && accessSegs.some((s) => pointSegDist(v, s) <= 25)));
  if (!reaches) c.add('roads-connected', 'no road reaches the public road');
}

/** Where along `l` (metres from a) another centre line meets it, with that road's half width; null when none. */
function junctionsOn(l: Centreline, lines: Centreline[]): { s: number; half: number }[] {
  const out: { s: number; half: number }[] = [];
  for (const m of lines) {
    if (m === l) continue;
    const den = l.ux * m.uy - l.uy * m.ux;
    if (Math.abs(den) > 1e-9) {
      const dx = m.a[0] - l.a[0], dy = m.a[1] - l.a[1];
      const s = (dx * m.uy - dy * m.ux) / den, t = (dx * l.uy - dy * l.ux) / den;
      if (s >= -l.widthM / 2 - 0.05 && s <= l.lengthM + l.widthM / 2 + 0.05 && t >= -0.05 - l.widthM / 2 && t <= m.lengthM + 0.05 + l.widthM / 2) {
        out.push({ s: Math.max(0, Math.min(l.lengthM, s)), half: m.widthM / 2 });
      }
    }
  }
  return out;
}

function checkDeadEnds(c: CheckContext, lines: Centreline[], roadUnion: Geometry): void {
  const { p } = c;
  const roadsNear = areaLocator(roadUnion.buffer(BAND_M), c.frame);
  const zoneSegs = segsOfRing(c.site.zone[0] as readonly Pt[]);
  const accessSegs: Seg[] = c.site.accessRoads.flatMap((line) => line.slice(1).map((b, i): Seg => [line[i], b]));
  const isGate = (q: Pt) => zoneSegs.some((s) => pointSegDist(q, s) < 0.05) && accessSegs.some((s) => pointSegDist(q, s) <= 25);
  const turnarounds = c.of('road', (q) => q.role === 'turnaround');
  const deadEndRuleFails = c.r.landUse.checks.some((q) => q.rule === 'dead-end-max' && !q.pass);
  for (const l of lines) {
    const meets = junctionsOn(l, lines);
    for (const [end, fromA] of [[l.a, true], [l.b, false]] as const) {
      const sEnd = fromA ? 0 : l.lengthM;
      if (isGate(end)) continue;
      // An end inside another road's width is a junction, not a dead end.
      if (meets.some((j) => Math.abs(j.s - sEnd) <= j.half + 0.05)) continue;
      const nearest = meets.length ? Math.min(...meets.map((j) => Math.abs(j.s - sEnd) - j.half)) : l.lengthM;
      if (nearest <= p.maxDeadEndM + 0.5) continue;
      const real = turnarounds.some((t) => squareTurningArea(c, l, t, roadsNear));
      if (real) continue;
      const name = `${l.role} dead end of ${nearest.toFixed(1)} m at ${end[0].toFixed(1)}, ${end[1].toFixed(1)}`;
      // Reported when the layout does not claim QCVN 06 6.2.5 kept: its balance fails dead-end-max.
      c.add('dead-end', `${name} without a ${p.turnaroundM} × ${p.turnaroundM} m turning area`, deadEndRuleFails);
    }
  }
  for (const t of turnarounds) {
    const l = nearestLine(t, lines);
    if (l && !squareTurningArea(c, l, t, roadsNear)) c.add('turnaround-size', `turning area at ${openRingOf(t.polygon[0])[0].map((v) => v.toFixed(1)).join(', ')} holds no ${p.turnaroundM} × ${p.turnaroundM} m square`);
  }
}

/** Distance between two segments: 0 where they cross, else the least of their ends' distances. */
function segSegDist(e: Seg, f: Seg): number {
  const side = (p: Pt, s: Seg) => Math.sign((s[1][0] - s[0][0]) * (p[1] - s[0][1]) - (s[1][1] - s[0][1]) * (p[0] - s[0][0]));
  if (side(e[0], f) * side(e[1], f) < 0 && side(f[0], e) * side(f[1], e) < 0) return 0;
  return Math.min(pointSegDist(e[0], f), pointSegDist(e[1], f), pointSegDist(f[0], e), pointSegDist(f[1], e));
}

function nearestLine(t: Piece, lines: Centreline[]): Centreline | null {
  const pts = openRingOf(t.polygon[0]);
  let best: Centreline | null = null, bestD = 1;
  for (const l of lines) {
    const d = Math.min(...pts.map((q) => pointSegDist(q, [l.a, l.b])));
    if (d < bestD) { bestD = d; best = l; }
  }
  return best;
}

/**
 * Whether the turning area `t` beside line `l`, with the road itself, holds a turnaroundM square
 * (aligned with the road): its extent along and across the road, sampled on a 5 × 5 grid.
 */
function squareTurningArea(c: CheckContext, l: Centreline, t: Piece, roadsNear: (p: Pt) => boolean): boolean {
  const pts = openRingOf(t.polygon[0]);
  const local = pts.map((q) => [(q[0] - l.a[0]) * l.ux + (q[1] - l.a[1]) * l.uy, -(q[0] - l.a[0]) * l.uy + (q[1] - l.a[1]) * l.ux]);
  // How far the area's boundary is from the centre line (0 where the line crosses it: a whole square
  // written over the road's end has no corner near the line itself).
  const d = Math.min(...segsOfRing(t.polygon[0] as readonly Pt[]).map((e) => segSegDist(e, [l.a, l.b])));
  if (d > l.widthM / 2 + 0.5) return false;
  const s0 = Math.min(...local.map((q) => q[0])), s1 = Math.max(...local.map((q) => q[0]));
  const n0 = Math.min(-l.widthM / 2, ...local.map((q) => q[1])), n1 = Math.max(l.widthM / 2, ...local.map((q) => q[1]));
  const side = c.p.turnaroundM - 0.02;
  if (s1 - s0 < side || n1 - n0 < side) return false;
  for (let i = 0; i <= 4; i++) {
    for (let k = 0; k <= 4; k++) {
      const s = s0 + 0.01 + ((s1 - s0 - 0.02) * i) / 4, n = n0 + 0.01 + ((n1 - n0 - 0.02) * k) / 4;
      if (!roadsNear(at(l, s, n))) return false;
    }
  }
  return true;
}

export function checkRoads(c: CheckContext): void {
  const roads = c.of('road').filter((q) => q.g);
  const roadUnion = unionOf(roads.map(clippable));
  const lines = centrelinesOf(c);
  checkConnected(c, roads, roadUnion);
  checkWidths(c, lines, roadUnion);
  checkDeadEnds(c, lines, roadUnion);
}
