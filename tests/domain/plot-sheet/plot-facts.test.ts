/**
 * The facts of every plot of the demo layout, checked by an independent geometry library (JSTS):
 * which plots share boundary with a plot, which road it fronts, and the corner table's numbering.
 * The layout is the command line's (`phanlo layout`, in-process) read back from its GeoJSON.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { realLayoutEngine } from '../../../src/cli/real-layout-engine';
import { plotCodesOf, plotFacts, polygonsOf } from '../../../src/domain/plot-sheet/plot-facts';
import { readLayoutFile } from '../../../src/io/plot-sheet/read-layout-file';
import { fakeIo } from '../../cli/fake-io';
import { JstsFrame } from '../../geo/layout/jsts-geometry';

const ZONE = readFileSync(new URL('../../../public/geo/dong-doc-zone.geojson', import.meta.url), 'utf8');
const io = fakeIo({ 'zone.geojson': ZONE });
expect(main(['layout', 'zone.geojson', '--out', 'layout.geojson'], { io, engine: realLayoutEngine })).toBe(0);
const read = readLayoutFile(JSON.parse(io.files.get('layout.geojson')!), 'layout.geojson');
if (!read.ok) throw new Error('layout not read');
const { features, crs } = read.value;
const parameters = { frontSetbackM: read.value.frontSetbackM, rearSetbackM: read.value.rearSetbackM };
const codes = plotCodesOf(features);
const first = features.find((f) => f.geometry.type === 'Polygon')!;
const frame = new JstsFrame(...(polygonsOf(first.geometry)[0][0][0] as unknown as [number, number]));
const jsts = (f: (typeof features)[number]) => frame.polygon(polygonsOf(f.geometry)[0] as never);
const plotFeature = (code: string) => features.find((f) => f.properties.kind === 'plot' && f.properties.code === code)!;

describe('plotFacts on the demo layout', () => {
  it('is null for a code the layout does not have', () => {
    expect(plotFacts(features, parameters, 'Z-99')).toBeNull();
    expect(crs).toBe('EPSG:9209');
  });

  it.each(codes)('%s: neighbours, front road and corners agree with JSTS', (code) => {
    const facts = plotFacts(features, parameters, code)!;
    const plot = jsts(plotFeature(code));
    const boundary = plot.getBoundary();
    // Neighbours: plots whose boundary runs along this one's for at least half a metre.
    const expected = codes.filter((other) => other !== code &&
      boundary.intersection(jsts(plotFeature(other)).buffer(0.05)).getLength() >= 0.5);
    expect([...facts.neighbours].sort()).toEqual([...expected].sort());
    // The front road: the road along which most of the boundary runs.
    const roads = features.filter((f) => f.properties.kind === 'road')
      .map((f) => ({ f, shared: boundary.intersection(jsts(f).buffer(0.05)).getLength() }))
      .filter((r) => r.shared >= 0.5).sort((a, b) => b.shared - a.shared);
    if (roads.length === 0) expect(facts.frontRoad).toBeNull();
    else {
      expect(facts.frontRoad).not.toBeNull();
      expect(facts.frontRoad!.widthM).toBe((roads[0].f.properties as { widthM: number }).widthM);
      expect(facts.frontRoad!.sharedM).toBeCloseTo(roads[0].shared, 0);
    }
    // Corners: every corner of the ring once, clockwise (negative shoelace), edges summing to the perimeter.
    const ring = polygonsOf(plotFeature(code).geometry)[0][0];
    expect(facts.corners).toHaveLength(ring.length - 1);
    const signed = facts.corners.reduce((s, c, i) => {
      const n = facts.corners[(i + 1) % facts.corners.length].point;
      return s + c.point[0] * n[1] - n[0] * c.point[1];
    }, 0);
    expect(signed).toBeLessThan(0);
    expect(facts.corners.reduce((s, c) => s + c.edgeToNextM, 0)).toBeCloseTo(boundary.getLength(), 3);
    // The envelope lies inside the plot.
    if (facts.envelope) expect(plot.buffer(0.01).contains(frame.polygon(facts.envelope as never))).toBe(true);
  });
});
