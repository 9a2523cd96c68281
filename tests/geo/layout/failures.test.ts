/** Bad zones and impossible parameters give a LayoutFailure with the right code, never a half layout. */
import { describe, expect, it } from 'vitest';
import { asPlane } from '../../../src/geo/coordinates';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout } from '../../../src/geo/layout';
import type { ZoneSite } from '../../../src/domain/site';

const E0 = 592700, N0 = 2306300;
const P = (x: number, y: number) => asPlane([E0 + x, N0 + y]);
const site = (ring: [number, number][], road: [number, number][] = [[-20, -6], [300, -6]]): ZoneSite => ({
  name: 't', source: 't', crs: 'EPSG:9209', zone: [[...ring, ring[0]].map(([x, y]) => P(x, y))],
  accessRoads: [road.map(([x, y]) => P(x, y))], residentialEdges: [], entrance: null,
});
const square: [number, number][] = [[0, 0], [200, 0], [200, 200], [0, 200]];
const codes = (r: ReturnType<typeof generateLayout>) => (r.ok ? [] : r.errors.map((e) => e.code));

describe('layout failures', () => {
  it('refuses a self-intersecting zone', () => {
    expect(codes(generateLayout(site([[0, 0], [200, 200], [200, 0], [0, 200]]), DEFAULT_LAYOUT_PARAMETERS))).toEqual(['zone-self-intersecting']);
  });
  it('refuses a zone too small for one plot', () => {
    expect(codes(generateLayout(site([[0, 0], [15, 0], [15, 15], [0, 15]]), DEFAULT_LAYOUT_PARAMETERS))).toEqual(['zone-too-small']);
  });
  it('refuses a zone too shallow for a road and a row of plots', () => {
    expect(codes(generateLayout(site([[0, 0], [200, 0], [200, 20], [0, 20]]), DEFAULT_LAYOUT_PARAMETERS))).toEqual(['zone-too-small']);
  });
  it('refuses a zone whose public road is far away', () => {
    expect(codes(generateLayout(site(square, [[-20, -100], [300, -100]]), DEFAULT_LAYOUT_PARAMETERS))).toEqual(['access-road-not-touching']);
  });
  it('refuses a zone without a public road', () => {
    expect(codes(generateLayout({ ...site(square), accessRoads: [] }, DEFAULT_LAYOUT_PARAMETERS))).toEqual(['no-access-road']);
  });
  it('refuses a frontage too narrow for the fire separation', () => {
    const r = generateLayout(site(square), { ...DEFAULT_LAYOUT_PARAMETERS, minFrontageM: 10, targetFrontageM: 12 });
    expect(codes(r)).toEqual(['frontage-too-narrow-for-fire-separation']);
    expect(!r.ok && r.errors[0].params).toMatchObject({ field: 'minFrontageM', fireSeparationM: 9 });
  });
  it('refuses a road too narrow for fire trucks', () => {
    expect(codes(generateLayout(site(square), { ...DEFAULT_LAYOUT_PARAMETERS, branchRoadWidthM: 3 }))).toEqual(['road-narrower-than-fire-access']);
  });
  it('refuses a front setback beyond the 5 m fire-access reach', () => {
    expect(codes(generateLayout(site(square), { ...DEFAULT_LAYOUT_PARAMETERS, frontSetbackM: 6 }))).toEqual(['front-setback-over-fire-access']);
  });
});
