/**
 * The zones of the layout efficiency benchmark, built in VN-2000 plane metres near Đồng Dọc: each
 * named shape with its public road 6 m outside one edge and homes along another, so that the bench
 * shows the same cases the issue was measured on (rectangles entered from the long or short side,
 * a trapezoid, a triangle, an L, a U, a jogged 15-gon, strips entered from the side or the end,
 * 0.8 ha and 40 ha rectangles, a zone with two ponds).
 */
import { asPlane, type PlanePoint } from '../src/geo/coordinates';
import type { ZoneSite } from '../src/domain/site';

const E0 = 592700, N0 = 2306300;
const mm = (x: number): number => Math.round(x * 1000) / 1000;
const at = (x: number, y: number): PlanePoint => asPlane([mm(E0 + x), mm(N0 + y)]);

export interface BenchZone {
  readonly name: string;
  readonly site: ZoneSite;
  /** Width across the main road's direction, m, for the strip target (null for other shapes). */
  readonly stripWidthM: number | null;
  /** Rectangles of 4.5 ha: the hand layout is computed beside them. */
  readonly rectangle?: { lengthM: number; widthM: number; roadOnLong: boolean };
}

/** A line 6 m outside the edge from ring[i] to ring[i + 1] of a counter-clockwise ring, 20 m longer at each end. */
function roadAlong(ring: readonly [number, number][], i: number, offsetM = 6): PlanePoint[] {
  const a = ring[i], b = ring[(i + 1) % ring.length];
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const ux = (b[0] - a[0]) / len, uy = (b[1] - a[1]) / len;
  const ox = uy * offsetM, oy = -ux * offsetM;
  return [at(a[0] - ux * 20 + ox, a[1] - uy * 20 + oy), at(b[0] + ux * 20 + ox, b[1] + uy * 20 + oy)];
}

function edge(ring: readonly [number, number][], i: number): PlanePoint[] {
  const a = ring[i], b = ring[(i + 1) % ring.length];
  return [at(a[0], a[1]), at(b[0], b[1])];
}

function zone(name: string, ring: [number, number][], roadEdge: number, homesEdge: number | null, extra: Partial<BenchZone> = {}, holes: [number, number][][] = []): BenchZone {
  const outer = [...ring.map(([x, y]) => at(x, y)), at(ring[0][0], ring[0][1])];
  const holeRings = holes.map((h) => [...h.map(([x, y]) => at(x, y)), at(h[0][0], h[0][1])]);
  return {
    name, stripWidthM: null, ...extra,
    site: {
      name, source: 'bench zone', crs: 'EPSG:9209', zone: [outer, ...holeRings],
      accessRoads: [roadAlong(ring, roadEdge)], residentialEdges: homesEdge === null ? [] : [edge(ring, homesEdge)], entrance: null,
    },
  };
}

const rect = (w: number, h: number): [number, number][] => [[0, 0], [w, 0], [w, h], [0, h]];

/** A strip of the strip table: access road and homes on the long edges (side) or the short ends (end). */
export interface StripZone extends BenchZone {
  readonly lengthM: number;
  readonly entered: 'side' | 'end';
}

/** The strips of the strip table (issue 7, "narrower strips"): 50–100 m wide, 300–800 m long, entered from the side or the end. */
export function stripZones(widthsM = [50, 60, 70, 80, 100], lengthsM = [300, 500, 800]): StripZone[] {
  const out: StripZone[] = [];
  for (const widthM of widthsM) {
    for (const lengthM of lengthsM) {
      for (const entered of ['side', 'end'] as const) {
        const ring = entered === 'side' ? rect(lengthM, widthM) : rect(widthM, lengthM);
        const z = zone(`strip ${widthM} × ${lengthM} m, ${entered}`, ring, 0, 2, { stripWidthM: widthM });
        out.push({ ...z, lengthM, entered });
      }
    }
  }
  return out;
}

export function benchZones(): BenchZone[] {
  const jogged: [number, number][] = [];
  for (let i = 0; i < 15; i++) {
    const ang = (i / 15) * 2 * Math.PI;
    const r = 125 + ((i * 37) % 7) * 0.5 + (i % 3) * 1.2;
    jogged.push([Math.round(r * Math.cos(ang) * 1.2 * 1000) / 1000, Math.round(r * Math.sin(ang) * 1000) / 1000]);
  }
  return [
    zone('rectangle 4.5 ha, road on the long side', rect(300, 150), 0, 2, { rectangle: { lengthM: 300, widthM: 150, roadOnLong: true } }),
    zone('rectangle 4.5 ha, road on the short side', rect(150, 300), 0, 2, { rectangle: { lengthM: 300, widthM: 150, roadOnLong: false } }),
    zone('trapezoid 4.5 ha', [[0, 0], [360, 0], [300, 150], [60, 150]], 0, 2),
    zone('triangle 4.5 ha', [[0, 0], [400, 0], [180, 225]], 0, 1),
    zone('L 4.5 ha', [[0, 0], [300, 0], [300, 100], [150, 100], [150, 200], [0, 200]], 0, 3),
    zone('U 6 ha', [[0, 0], [300, 0], [300, 260], [200, 260], [200, 110], [100, 110], [100, 260], [0, 260]], 0, 4),
    zone('jogged 15-gon 5.6 ha', jogged, 11, 4),
    zone('two ponds 6 ha', rect(300, 200), 0, 2, {}, [[[80, 80], [80, 110], [110, 110], [110, 80]], [[200, 60], [200, 90], [230, 90], [230, 60]]]),
    zone('40 ha rectangle', rect(800, 500), 0, 2),
    zone('0.8 ha rectangle', rect(100, 80), 0, 2),
    zone('strip 60 m, entered from the side', rect(700, 60), 0, 2, { stripWidthM: 60 }),
    zone('strip 60 m, entered from the end', rect(60, 700), 0, 2, { stripWidthM: 60 }),
    zone('strip 80 m, entered from the end', rect(80, 600), 0, 2, { stripWidthM: 80 }),
    zone('strip 100 m, entered from the end', rect(100, 500), 0, 2, { stripWidthM: 100 }),
  ];
}
