/**
 * Road stubs that lead nowhere: a branch running on past the outer side of a loop that no plot or
 * facility fronts (found once the plots are cut) leaves the road for the leftover green, and its
 * centre line ends in the loop's side. One step after road-network.ts's buildRoadNetwork.
 */
import type { PlanePoint } from '../coordinates';
import type { PlanePolygon } from '../plane-measure';
import { subtractPolygons } from './clip';
import { localRect, toPlane } from './frame';
import type { RoadDraft } from './road-draft';
import type { RoadNetwork } from './road-network';
import { keepConnected, solid } from './road-pieces';
import { pointInPolygon } from './segments';

/** A branch end past a loop: the road land it covers and where the branch ends without it. */
export interface RoadStub {
  readonly region: PlanePolygon;
  readonly end: PlanePoint;
}

/** A branch end shorter than this past a loop is no stub, m. */
const STUB_MIN_M = 0.01;

/**
 * Branch ends running on past the outer edge of a loop, with no other road joining them there. The
 * layout drops those that no plot or facility fronts (`withoutStubs`).
 */
export function findStubs(d: RoadDraft): RoadStub[] {
  const { f, spines, halfBranch } = d;
  const stubs: RoadStub[] = [];
  for (const sp of spines) {
    if (!sp.loop) continue;
    const dir = sp.loop;
    const edge = sp.s + dir * sp.half;
    for (const b of d.built.filter((q) => (Math.abs(q.t - sp.tFrom) < 0.01 || Math.abs(q.t - sp.tTo) < 0.01) && q.pMin < sp.s && sp.s < q.pMax)) {
      const far = dir > 0 ? b.s1 : b.s0;
      if (b.s1 === b.s0 || !(dir > 0 ? b.rightFree : b.leftFree) || dir * ((dir > 0 ? b.pMax : b.pMin) - edge) < STUB_MIN_M) continue;
      const [lo, hi] = [Math.min(edge, far), Math.max(edge, far)];
      const joined = spines.some((other) => other !== sp && other.s - other.half < hi && other.s + other.half > lo &&
        other.tFrom <= b.t + halfBranch && other.tTo >= b.t - halfBranch);
      if (!joined) stubs.push({ region: localRect(f, lo, hi, b.t - halfBranch, b.t + halfBranch), end: toPlane(f, edge, b.t) });
    }
  }
  return stubs;
}

/**
 * The network without the given stubs: their land leaves the road polygons (it falls to the leftover
 * green) and the branch centre lines that ran into them end at the loop.
 */
export function withoutStubs(network: RoadNetwork, stubs: readonly RoadStub[]): RoadNetwork {
  if (!stubs.length) return network;
  const regions = stubs.map((stub) => stub.region);
  const pieces = keepConnected(network.pieces.map((piece) => ({ ...piece, polygons: solid(subtractPolygons(piece.polygons, regions)) }))
    .filter((piece) => piece.polygons.length > 0));
  const centrelines = network.centrelines.map((line) => {
    const points = line.points.map((q) => stubs.find((stub) => pointInPolygon(q[0], q[1], stub.region))?.end ?? q);
    return points.some((q, i) => q !== line.points[i]) ? { ...line, points } : line;
  });
  return { ...network, pieces, centrelines, all: pieces.flatMap((piece) => piece.polygons) };
}
