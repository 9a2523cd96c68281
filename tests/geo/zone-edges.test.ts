// Marking the zone's edges: one role per edge, other role lines kept, inputs never changed.
import { describe, expect, it } from 'vitest';
import { asPlane } from '../../src/geo/coordinates';
import { markZoneEdge, withZoneBoundary, zoneEdges } from '../../src/geo/zone-edges';
import type { ZoneSite } from '../../src/geo/zone-site';

const ring = [asPlane([0, 0]), asPlane([100, 0]), asPlane([100, 60]), asPlane([0, 60]), asPlane([0, 0])];
const roadCentre = [asPlane([-20, -8]), asPlane([120, -8])];
const site: ZoneSite = { name: 'z', source: 's', crs: 'EPSG:9209', zone: [ring], accessRoads: [roadCentre], residentialEdges: [], entrance: null };

describe('zoneEdges', () => {
  it('lists the outer edges with their plane lengths; an unmarked zone has no roles on its edges', () => {
    const edges = zoneEdges(site);
    expect(edges.map((e) => e.lengthM)).toEqual([100, 60, 100, 60]);
    expect(edges.every((e) => e.role === null)).toBe(true);
  });

  it('says which edge a file\'s road centre line runs along, as the engine takes it, in either ring direction', () => {
    expect(zoneEdges(site).map((e) => e.fileRole)).toEqual(['access-road', null, null, null]);
    const clockwise: ZoneSite = { ...site, zone: [[...ring].reverse()] };
    // Reversed ring: corners 0,0 → 0,60 → 100,60 → 100,0; the south edge (100,0 → 0,0) is edge 4 of 4.
    expect(zoneEdges(clockwise).map((e) => e.fileRole)).toEqual([null, null, null, 'access-road']);
    const homes: ZoneSite = { ...site, residentialEdges: [[asPlane([100.5, -10]), asPlane([100.5, 70])]] };
    expect(zoneEdges(homes)[1].fileRole).toBe('residential');
  });
});

describe('markZoneEdge', () => {
  it('marks an edge as public road, then as facing homes (one role), then clears it', () => {
    const road = markZoneEdge(site, 2, 'access-road')!;
    expect(zoneEdges(road).map((e) => e.role)).toEqual([null, null, 'access-road', null]);
    expect(road.accessRoads).toHaveLength(2);
    expect(road.accessRoads[0]).toBe(roadCentre);
    const homes = markZoneEdge(road, 2, 'residential')!;
    expect(zoneEdges(homes).map((e) => e.role)).toEqual([null, null, 'residential', null]);
    expect(homes.accessRoads).toEqual([roadCentre]);
    const none = markZoneEdge(homes, 2, null)!;
    expect(none).toEqual(site);
    expect(site.accessRoads).toEqual([roadCentre]); // never mutated
  });

  it('recognises a role line drawn the other way round and refuses a no-op or a missing edge', () => {
    const reversed: ZoneSite = { ...site, residentialEdges: [[asPlane([100, 60]), asPlane([100, 0])]] };
    expect(zoneEdges(reversed)[1].role).toBe('residential');
    expect(markZoneEdge(reversed, 1, 'residential')).toBeNull();
    expect(markZoneEdge(site, 7, 'residential')).toBeNull();
  });
});

describe('withZoneBoundary', () => {
  it('keeps roles on edges that remain and the road centre line, drops roles on edges that went', () => {
    const marked = markZoneEdge(markZoneEdge(site, 0, 'residential')!, 2, 'access-road')!;
    // Corner 2 moves: edges 1 and 2 change, edge 0 stays.
    const moved = [asPlane([0, 0]), asPlane([100, 0]), asPlane([110, 70]), asPlane([0, 60]), asPlane([0, 0])];
    const next = withZoneBoundary(marked, [moved]);
    expect(zoneEdges(next).map((e) => e.role)).toEqual(['residential', null, null, null]);
    expect(next.accessRoads).toEqual([roadCentre]);
  });
});
