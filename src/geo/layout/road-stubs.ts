/**
 * Road stubs that lead nowhere: a branch running on past the outer side of a loop that no plot or
 * facility fronts (found once the plots are cut) leaves the road for the leftover green, and its
 * centre line ends in the loop's side. One step after road-network.ts's buildRoadNetwork.
 */
import { subtractPolygons } from './clip';
import type { RoadNetwork, RoadStub } from './road-network';
import { keepConnected, solid } from './road-pieces';
import { pointInPolygon } from './segments';

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
