/**
 * The first step of the road network: the main road from the entrance, through the green strip there
 * (with its kerb corners on the public road), to the last branch or the far side of the land. Starts
 * the draft (road-draft.ts) the other steps extend.
 */
import type { PlanePoint } from '../coordinates';
import { ringPerimeterM, ringSignedAreaM2, type PlanePolygon, type PlaneRing } from '../plane-measure';
import { intersectPolygons, unitePolygons } from './clip';
import { localExtent, localRect, sSlab, toPlane, tSlab, type LocalFrame } from './frame';
import { cornerCut } from './kerb-corners';
import type { RoadDraft } from './road-draft';
import { pointInPolygon } from './segments';
import type { LayoutParameters } from './types';

/**
 * The width of the rectangle with the ring's area and perimeter, m (exact for a rectangle; a zone's
 * jogs lengthen the perimeter and narrow it a little): how narrow a zone is, before any entrance is
 * found, for scaling the main road. Infinity when no rectangle has them (a round or square-ish zone).
 */
export function rectangleWidthM(ring: PlaneRing): number {
  const half = ringPerimeterM(ring) / 2, area = Math.abs(ringSignedAreaM2(ring));
  const d = half * half - 4 * area;
  return d < 0 ? Infinity : (half - Math.sqrt(d)) / 2;
}

/**
 * @param tStart t where the land starts behind the entrance, m
 * @param lastT t of the last branch (the main road ends there), or the frame's far bound when none
 */
export function startWithMainRoad(
  f: LocalFrame, zone: PlanePolygon, inner: PlanePolygon[], tStart: number, lastT: number, p: LayoutParameters,
): RoadDraft {
  const halfMain = p.mainRoadWidthM / 2;
  const r = p.kerbRadiusM;
  const raw: PlanePolygon[] = [];
  // Through the strip at the entrance, then inside the land; the piece the entrance leads into.
  const crossing = intersectPolygons([zone], [localRect(f, -halfMain - r, halfMain + r, -1, tStart + 1)]);
  const allowed = unitePolygons(inner, crossing);
  const lane = sSlab(f, -halfMain, halfMain);
  const mainAll = intersectPolygons(intersectPolygons(allowed, [lane]), [tSlab(f, f.tLo, lastT)]);
  const probe = toPlane(f, 0, Math.min(0.5, tStart / 2 + 0.01));
  let main = mainAll.filter((poly) => pointInPolygon(probe[0], probe[1], poly));
  if (!main.length) main = mainAll.slice(0, 1);
  const mainTEnd = localExtent(f, main)[3];
  raw.push(...intersectPolygons([lane], [tSlab(f, f.tLo, Math.min(lastT, mainTEnd))]));
  const mainRawCount = raw.length;
  // Kerb corners where the main road meets the public road.
  const kerbs: PlanePoint[][] = [];
  const entranceCuts: PlanePolygon[] = [];
  for (const sigma of r > 0 ? [-1, 1] : []) {
    const cut = cornerCut(f, sigma * halfMain, 0, sigma, 1, r);
    entranceCuts.push(cut.triangle);
    kerbs.push(cut.arc);
  }
  if (entranceCuts.length) main = unitePolygons(main, intersectPolygons([zone], entranceCuts));
  raw.push(...entranceCuts);
  return {
    f, zone, inner, p, halfMain, halfBranch: p.branchRoadWidthM / 2, main, mainTEnd, lastJunctionT: 0,
    raw, mainRawCount, crossing: [...intersectPolygons([lane], [tSlab(f, f.tLo, tStart + 1)]), ...entranceCuts], kerbs,
    pieces: [{ role: 'main', widthM: p.mainRoadWidthM, polygons: main }],
    centrelines: [{ role: 'main', widthM: p.mainRoadWidthM, points: [toPlane(f, 0, 0), toPlane(f, 0, mainTEnd)] }],
    later: [], spines: [{ s: 0, half: halfMain, tFrom: 0, tTo: mainTEnd }], reached: [], built: [], warnings: [],
  };
}
