/**
 * The last step of the road network: the draft drawn. Spines first (after the main road) with their
 * kerb corners, then the branches, each losing what came before it; second gates across the strip;
 * turning areas written whole (carved out of the roads under them); only the pieces connected to the
 * main gate kept, and the centre lines of roads that were dropped go too.
 */
import type { PlanePolygon } from '../plane-measure';
import { intersectPolygons, subtractPolygons, unitePolygons } from './clip';
import { sSlab, toPlane, tSlab } from './frame';
import { cornerCut } from './kerb-corners';
import { boundingBox } from '../ring-helpers';
import type { RoadDraft, RoadLine } from './road-draft';
import type { RoadNetwork } from './road-network';
import { keepConnected, solid } from './road-pieces';
import type { RoadStub } from './road-stubs';
import type { SecondGate } from './second-gates';
import { pointInPolygon } from './segments';
import type { TurningArea } from './turning-areas';
import type { LayoutWarning } from './types';

export function drawRoads(
  d: RoadDraft, gates: readonly { key: string; gate: SecondGate }[], turning: { areas: TurningArea[]; added: LayoutWarning[] }, stubs: RoadStub[],
): RoadNetwork {
  const { f, p, halfBranch, raw, pieces, centrelines, later, warnings } = d;
  const r = p.kerbRadiusM;
  for (const sp of d.spines.slice(1)) {
    const cuts: PlanePolygon[] = [];
    // A loop gets its corners at both ends on its inner side, a cross street at both ends on both sides,
    // other spines at the junction they start from.
    const corners: [number, number, number][] = sp.loop
      ? [[-sp.loop, sp.tFrom + halfBranch, 1], [-sp.loop, sp.tTo - halfBranch, -1]]
      : sp.cross
        ? [[-1, sp.tFrom + halfBranch, 1], [1, sp.tFrom + halfBranch, 1], [-1, sp.tTo - halfBranch, -1], [1, sp.tTo - halfBranch, -1]]
        : [-1, 1].map((sigma): [number, number, number] => (sp.down ? [sigma, sp.tTo - halfBranch, -1] : [sigma, sp.tFrom + halfBranch, 1]));
    for (const [sigma, ct, tau] of r > 0 ? corners : []) {
      const cut = cornerCut(f, sp.s + sigma * sp.half, ct, sigma, tau, r);
      cuts.push(cut.triangle);
      d.kerbs.push(cut.arc);
    }
    later.unshift({ role: 'branch', raw: [...intersectPolygons([sSlab(f, sp.s - sp.half, sp.s + sp.half)], [tSlab(f, sp.tFrom, sp.tTo)]), ...cuts] });
    centrelines.push({ role: 'branch', widthM: p.branchRoadWidthM, points: [toPlane(f, sp.s, sp.tFrom), toPlane(f, sp.s, sp.tTo)] });
  }
  for (const road of later) {
    const drawn = solid(subtractPolygons(intersectPolygons(d.inner, road.raw), raw));
    raw.push(...road.raw);
    if (drawn.length) pieces.push({ role: 'branch', widthM: p.branchRoadWidthM, polygons: drawn });
  }
  // Second gates cross the strip like the main road at the entrance; their centre lines run on to the edge.
  for (const { key, gate } of gates) {
    // The road end is drawn to the land's edge: the gate is what lies beyond it, in the strip, with
    // its kerb corners on the public road (only their part in the strip: the land keeps its plots).
    const mouth = gate.kerbCuts.length ? unitePolygons([gate.raw], gate.kerbCuts) : [gate.raw];
    const drawn = solid(subtractPolygons(intersectPolygons([d.zone], mouth), d.inner));
    raw.push(gate.raw);
    d.crossing.push(gate.raw, ...gate.kerbCuts);
    d.kerbs.push(...gate.kerbArcs);
    const isMain = key === 'main';
    if (drawn.length) pieces.push({ role: isMain ? 'main' : 'branch', widthM: isMain ? p.mainRoadWidthM : p.branchRoadWidthM, polygons: drawn });
    const index = isMain ? 0 : d.built[Number(key.split(':')[0])].line!;
    const line = centrelines[index];
    const atEnd = isMain || key.endsWith(':1');
    const points = atEnd ? [line.points[0], gate.point] : [gate.point, line.points[line.points.length - 1]];
    centrelines[index] = { ...line, points, gateEnd: atEnd ? 'end' : 'start' };
    warnings.push({ code: 'second-entrance', params: { distanceM: Math.round(Math.hypot(gate.point[0] - f.origin[0], gate.point[1] - f.origin[1])) } });
  }
  for (const area of turning.areas) {
    raw.push(area.square);
    // The turning area is written whole, the road under it included (carved out of the roads drawn
    // before), so that its own polygon holds the turnaroundM square a checker looks for, a square as
    // wide as its branch too (frontage is measured on the roads' union, judge-plot.ts roadGridOf, so
    // the inner edge it shares with the branch is no frontage).
    const turn = solid(area.polygons);
    if (!turn.length) continue;
    // Carved with the raw square (the roads lie on the land, so the result is the same): the square as
    // written is cut to the land, and its corners a millimetre off a road's own corner left that road
    // with a hole touching its shell (legacy seed 19, parameter set 1).
    for (let i = 0; i < pieces.length; i++) pieces[i] = { ...pieces[i], polygons: solid(subtractPolygons(pieces[i].polygons, [area.square])) };
    pieces.push({ role: 'turnaround', widthM: p.turnaroundM, polygons: turn });
  }
  warnings.push(...turning.added);
  const connected = keepConnected(pieces);
  const all = connected.flatMap((q) => q.polygons);
  return {
    pieces: connected, centrelines: centrelines.filter(onRoads(all)), kerbs: d.kerbs, all, raw, crossing: d.crossing, warnings, stubs,
  };
}

/** Whether a centre line runs on the kept roads over at least a third of it (a road a hole cut off was dropped). */
function onRoads(all: readonly PlanePolygon[]): (line: RoadLine) => boolean {
  const boxes = all.map((poly) => boundingBox(poly[0]));
  return (line) => {
    const [a, b] = [line.points[0], line.points[line.points.length - 1]];
    const n = Math.max(2, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 2));
    let on = 0;
    for (let k = 0; k <= n; k++) {
      const x = a[0] + ((b[0] - a[0]) * k) / n, y = a[1] + ((b[1] - a[1]) * k) / n;
      if (all.some((poly, i) => x >= boxes[i][0] && x <= boxes[i][2] && y >= boxes[i][1] && y <= boxes[i][3] && pointInPolygon(x, y, poly))) on++;
    }
    return on * 3 >= n + 1;
  };
}
