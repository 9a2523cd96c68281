// Drawings exported from #/plan carry the accepted separations on a layer of their own, with the width
// kept; read back by GDAL's ogrinfo, not by our own reader.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportLayout, siteFeatures } from '../../../src/features/plan/export-layout';
import { asPlane } from '../../../src/geo/coordinates';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout } from '../../../src/geo/layout';
import type { ZoneSite } from '../../../src/geo/zone-site';
import { loadSite } from '../../geo/layout/load-site';

const demo = loadSite(new URL('../../../public/geo/dong-doc-zone.geojson', import.meta.url).pathname);
const [b, c] = [demo.zone[0][1], demo.zone[0][2]];
const site: ZoneSite = { ...demo, separationEdges: [{ line: [asPlane([b[0], b[1]]), asPlane([c[0], c[1]])], stripM: 2.5 }] };

describe('exported drawings with an accepted separation', () => {
  it('list the separation as a feature of its own kind with its width', () => {
    const marks = siteFeatures(site).filter((f) => f.properties.kind === 'separation');
    expect(marks).toEqual([{ geometry: { type: 'LineString', coordinates: [b, c] }, properties: { kind: 'separation', stripM: 2.5 } }]);
    expect(siteFeatures(demo).some((f) => f.properties.kind === 'separation')).toBe(false);
  });

  it('put it on the DXF layer SEPARATION, at its VN-2000 corners (ogrinfo)', async () => {
    const layout = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS);
    if (!layout.ok) throw new Error('engine refused');
    const file = await exportLayout(layout, 'dxf', site);
    const path = join(mkdtempSync(join(tmpdir(), 'phanlo-sep-')), file.fileName);
    writeFileSync(path, file.text);
    const info = execFileSync('ogrinfo', ['-al', '-q', '-where', "Layer = 'separation'", path], { encoding: 'utf8' });
    const line = /LINESTRING (?:Z )?\(([^)]+)\)/.exec(info)?.[1].split(',').map((p) => p.trim().split(/\s+/).map(Number));
    expect(line).toBeDefined();
    expect(line![0][0]).toBeCloseTo(b[0], 2);
    expect(line![0][1]).toBeCloseTo(b[1], 2);
    expect(line![1][0]).toBeCloseTo(c[0], 2);
    expect(line![1][1]).toBeCloseTo(c[1], 2);
  });
});
