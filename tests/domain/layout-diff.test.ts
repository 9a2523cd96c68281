// What differs between two layouts: plots only in one, changed shape, the same.
import { describe, expect, it } from 'vitest';
import { diffLayouts } from '../../src/domain/layout-diff';
import { asPlane } from '../../src/geo/coordinates';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutFeature, type LayoutResult } from '../../src/geo/layout';
import { demoSite } from '../features/plan/fakes';

const box = (x: number, w: number, h = 40) => [[asPlane([x, 0]), asPlane([x + w, 0]), asPlane([x + w, h]), asPlane([x, h]), asPlane([x, 0])]];
const plot = (code: string, x: number, w: number, h = 40): LayoutFeature => ({
  geometry: { type: 'Polygon', coordinates: box(x, w, h) }, properties: { kind: 'plot', code, areaM2: w * h, frontageM: w, depthM: h },
});
const layoutOf = (features: LayoutFeature[]): LayoutResult => ({
  ok: true, crs: 'EPSG:9209', parameters: DEFAULT_LAYOUT_PARAMETERS, features, landUse: { zoneAreaM2: 0, rows: [], checks: [] }, warnings: [],
});

describe('diffLayouts', () => {
  it('classifies plots only in A, only in B, changed and the same', () => {
    const a = layoutOf([plot('A-1', 0, 20), plot('A-2', 20, 20), plot('A-3', 40, 20)]);
    const b = layoutOf([plot('A-1', 0, 20), plot('A-2', 20, 25), plot('B-1', 80, 20)]);
    const diff = diffLayouts(a, b);
    expect(diff.plots.map((p) => [p.code, p.status])).toEqual([['A-1', 'same'], ['A-2', 'changed'], ['A-3', 'only-a'], ['B-1', 'only-b']]);
    expect(diff.counts).toEqual({ 'only-a': 1, 'only-b': 1, changed: 1, same: 1 });
    expect(diff.plots[1].geometryB).toEqual(b.features[1].geometry);
  });

  it('counts a millimetre of rounding as the same, and a moved corner of the same area as changed', () => {
    const a = layoutOf([plot('A-1', 0, 20)]);
    const nudged = layoutOf([plot('A-1', 0.004, 20)]);
    expect(diffLayouts(a, nudged).plots[0].status).toBe('same');
    const moved = layoutOf([plot('A-1', 5, 20)]);
    expect(diffLayouts(a, moved).plots[0].status).toBe('changed');
  });

  it('finds nothing but sameness between a layout and itself, and a change when a parameter changes', () => {
    const site = demoSite();
    const base = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS) as LayoutResult;
    const same = diffLayouts(base, base);
    expect(same.counts.same).toBe(base.features.filter((f) => f.properties.kind === 'plot').length);
    const other = generateLayout(site, { ...DEFAULT_LAYOUT_PARAMETERS, targetFrontageM: 25 }) as LayoutResult;
    expect(other.ok).toBe(true);
    const diff = diffLayouts(base, other);
    expect(diff.counts.changed + diff.counts['only-a'] + diff.counts['only-b']).toBeGreaterThan(0);
  });
});
