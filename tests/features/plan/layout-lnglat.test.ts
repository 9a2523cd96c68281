// The drawing conversion of a layout (layout-lnglat.ts) against the exact one of src/geo/coordinates.ts,
// vertex by vertex: within 0.1 mm on the demo zone and on a 75 ha zone; the map data uses it.
import { describe, expect, it } from 'vitest';
import { planeProjection } from '../../../src/geo/coordinates';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../../src/geo/layout';
import { drawingLngLat } from '../../../src/features/plan/layout-lnglat';
import { layoutMapData } from '../../../src/features/plan/layout-map-data';
import { plotRows } from '../../../src/features/plan/plot-rows';
import { randomZone } from '../../geo/layout/random-zones';
import { demoSite } from './fakes';

const M_PER_DEG = 111_320;
const positions = (value: unknown, out: number[][] = []): number[][] => {
  if (Array.isArray(value) && typeof value[0] === 'number') out.push(value as number[]);
  else if (Array.isArray(value)) for (const item of value) positions(item, out);
  return out;
};

function worstErrorM(layout: LayoutResult): number {
  const projection = planeProjection(layout.crs);
  const points = layout.features.flatMap((f) => positions(f.geometry.coordinates));
  const box = points.reduce((b, q) => [Math.min(b[0], q[0]), Math.min(b[1], q[1]), Math.max(b[2], q[0]), Math.max(b[3], q[1])], [Infinity, Infinity, -Infinity, -Infinity]);
  const fast = drawingLngLat(projection, box as [number, number, number, number]);
  let worst = 0;
  for (const q of points) {
    const [lng, lat] = projection.toLngLat([q[0], q[1]]);
    const [flng, flat] = fast([q[0], q[1]]);
    worst = Math.max(worst, Math.hypot((flng - lng) * M_PER_DEG * Math.cos((lat * Math.PI) / 180), (flat - lat) * M_PER_DEG));
  }
  return worst;
}

describe('drawing a layout in WGS84', () => {
  it('is within 0.1 mm of the exact conversion on the demo zone and on 75 ha', () => {
    for (const site of [demoSite(), randomZone(7501, { minHa: 75, maxHa: 75 })]) {
      const layout = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS) as LayoutResult;
      expect(layout.ok).toBe(true);
      expect(worstErrorM(layout)).toBeLessThan(1e-4);
    }
  }, 120_000);

  it('converts a point outside the box exactly, and a box of one point still works', () => {
    const projection = planeProjection('EPSG:9209');
    const p: [number, number] = [592756.646, 2306382.38];
    const far: [number, number] = [p[0] + 5000, p[1] - 3000];
    const exact = (q: [number, number]) => [...projection.toLngLat(q)];
    expect(drawingLngLat(projection, [p[0], p[1], p[0] + 100, p[1] + 100])(far)).toEqual(exact(far));
    const one = drawingLngLat(projection, [p[0], p[1], p[0], p[1]])(p);
    expect(one[0]).toBeCloseTo(exact(p)[0], 11);
    expect(one[1]).toBeCloseTo(exact(p)[1], 11);
  });

  it('the map data of the demo layout puts every vertex where the exact conversion does (to 0.1 mm)', () => {
    const layout = generateLayout(demoSite(), DEFAULT_LAYOUT_PARAMETERS) as LayoutResult;
    const projection = planeProjection(layout.crs);
    const data = layoutMapData(layout, plotRows(layout));
    const drawn = data.features.features.flatMap((f) => positions((f.geometry as { coordinates: unknown }).coordinates));
    const plane = layout.features.flatMap((f) => positions(f.geometry.coordinates));
    expect(drawn).toHaveLength(plane.length);
    plane.forEach((q, i) => {
      const [lng, lat] = projection.toLngLat([q[0], q[1]]);
      expect(Math.abs(drawn[i][0] - lng) * M_PER_DEG).toBeLessThan(1e-4);
      expect(Math.abs(drawn[i][1] - lat) * M_PER_DEG).toBeLessThan(1e-4);
    });
  });
});
