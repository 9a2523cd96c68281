import { describe, expect, it } from 'vitest';
import { asPlane, type PlanePoint } from '../../../src/geo/coordinates';
import { plotFactsOf, plotsAreAdjacent, type FactsFeature } from '../../../src/domain/allocation';

const square = (x0: number, y0: number, w: number, h: number): PlanePoint[] =>
  [[x0, y0], [x0 + w, y0], [x0 + w, y0 + h], [x0, y0 + h], [x0, y0]].map((p) => asPlane(p as [number, number]));
const polygon = (ring: PlanePoint[], properties: FactsFeature['properties']): FactsFeature =>
  ({ geometry: { type: 'Polygon', coordinates: [ring] }, properties });

// A row of three 20 × 40 m plots north of an east–west road (y −10…0), with a north–south road on the west (x −10…0).
const features: FactsFeature[] = [
  polygon(square(-10, -10, 100, 10), { kind: 'road' }),
  polygon(square(-10, 0, 10, 60), { kind: 'road' }),
  polygon(square(0, 0, 20, 40), { kind: 'plot', code: 'A-01', areaM2: 800 }),
  polygon(square(20, 0, 20, 40), { kind: 'plot', code: 'A-02', areaM2: 800 }),
  polygon(square(40.5, 0, 20, 40), { kind: 'plot', code: 'A-03', areaM2: 800 }), // 0.5 m gap: not adjacent
  polygon(square(40, 0, 0.5, 0.5), { kind: 'green' }),
];
const homes = [[asPlane([0, 100]), asPlane([100, 100])]];

describe('plot facts from the geometry', () => {
  const facts = plotFactsOf(features, homes);
  const byCode = new Map(facts.map((f) => [f.code, f]));

  it('marks a plot fronting two roads as a corner plot, and one fronting one road not', () => {
    expect(byCode.get('A-01')?.corner).toBe(true);
    expect(byCode.get('A-02')?.corner).toBe(false);
  });

  it("reads the engine's corner mark when the plot carries one (issue 7), over the geometry", () => {
    const marked = features.map((f) => (f.properties.code === 'A-01' ? { ...f, properties: { ...f.properties, corner: false } }
      : f.properties.code === 'A-02' ? { ...f, properties: { ...f.properties, corner: true } } : f));
    const read = new Map(plotFactsOf(marked, homes).map((f) => [f.code, f]));
    expect(read.get('A-01')?.corner).toBe(false);
    expect(read.get('A-02')?.corner).toBe(true);
    // Unmarked (a layout stored before the mark): measured from the geometry.
    expect(read.get('A-03')?.corner).toBe(false);
  });

  it('finds neighbours sharing at least a metre of boundary', () => {
    expect(byCode.get('A-01')?.neighbours).toEqual(['A-02']);
    expect(byCode.get('A-02')?.neighbours).toEqual(['A-01']);
    expect(byCode.get('A-03')?.neighbours).toEqual([]);
    expect(byCode.get('A-02')?.sharedBoundaryShare).toBeCloseTo(40 / 120, 2);
  });

  it('measures the distance to the homes edge in plane metres', () => {
    expect(byCode.get('A-01')?.homesDistanceM).toBeCloseTo(60, 6);
  });

  it('accepts a connected group as adjacent, and refuses one with a gap', () => {
    expect(plotsAreAdjacent(['A-01', 'A-02'], byCode)).toBe(true);
    expect(plotsAreAdjacent(['A-02', 'A-03'], byCode)).toBe(false);
    expect(plotsAreAdjacent(['A-01'], byCode)).toBe(true);
    expect(plotsAreAdjacent([], byCode)).toBe(false);
  });
});
