/** Reads a test zone file (VN-2000 plane GeoJSON, the zone-file format of TEAM-CONTRACTS.md) into a ZoneSite. */
import { readFileSync } from 'node:fs';
import { asPlane, type PlanePoint } from '../../../src/geo/coordinates';
import type { ZoneSite } from '../../../src/domain/site';

interface Fc {
  name?: string; source?: string; crs?: { properties?: { name?: string } };
  features: { properties: { role?: string }; geometry: { type: string; coordinates: unknown } }[];
}

export function siteFromGeoJson(fc: Fc): ZoneSite {
  const line = (c: unknown): PlanePoint[] => (c as number[][]).map((q) => asPlane([q[0], q[1]]));
  const zone = fc.features.find((f) => f.properties.role === 'zone')!;
  const entrance = fc.features.find((f) => f.properties.role === 'entrance');
  const crsName = fc.crs?.properties?.name ?? 'EPSG:9209';
  const epsg = /(\d+)$/.exec(crsName);
  return {
    name: fc.name ?? '',
    source: fc.source ?? '',
    crs: epsg ? `EPSG:${epsg[1]}` : crsName,
    zone: (zone.geometry.coordinates as number[][][]).map(line),
    accessRoads: fc.features.filter((f) => f.properties.role === 'access-road').map((f) => line(f.geometry.coordinates)),
    residentialEdges: fc.features.filter((f) => f.properties.role === 'residential').map((f) => line(f.geometry.coordinates)),
    entrance: entrance ? asPlane(entrance.geometry.coordinates as [number, number]) : null,
  };
}

export const loadSite = (path: string): ZoneSite => siteFromGeoJson(JSON.parse(readFileSync(path, 'utf8')) as Fc);
